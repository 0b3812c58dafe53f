/**
 * {@link redisTransport}: status changes between processes over Redis Pub/Sub, on the official
 * `redis` client (an optional peer dependency, imported only when this transport is created from
 * a URL). Part of `payment-picker/server`.
 */
import { StatusHubError, isReportedStatus, quote, type ReportedStatus } from './protocol.js';
import { addListener, type StatusListener, type StatusTransport } from './transport.js';

/**
 * The part of a node-redis client (`createClient()` of the `redis` package, v5 or v6) this
 * transport uses. Declared here so the types of `payment-picker/server` do not depend on
 * `redis` being installed.
 */
export interface RedisClientLike {
  readonly isReady: boolean;
  connect(): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(
    channel: string,
    listener: (message: string, channel: string) => unknown,
  ): Promise<unknown>;
  duplicate(overrides?: Record<string, unknown>): RedisClientLike;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- node-redis's own listener type
  on(event: string, listener: (...args: any[]) => void): unknown;
  close?(): Promise<unknown>;
  destroy?(): unknown;
  quit?(): Promise<unknown>;
  disconnect?(): Promise<unknown>;
}

/** Options of {@link redisTransport}: `url` or `client`, and the rest optional. */
export type RedisTransportOptions = (
  | {
      /**
       * A Redis URL (`redis://user:password@host:6379/0`, `rediss://` for TLS). The transport
       * imports `redis`, creates its two connections (publish, subscribe) and closes both.
       */
      url: string;
      client?: undefined;
      /** More `createClient` options for both connections (e.g. `{ RESP: 2 }`, TLS settings). */
      clientOptions?: Record<string, unknown>;
    }
  | {
      /**
       * Your own node-redis client: the transport publishes through it and subscribes on one
       * `client.duplicate()` of it, which it connects and closes; your client stays yours
       * (connect it yourself, close it after the hub). Reconnects follow your client's options.
       */
      client: RedisClientLike;
      url?: undefined;
      clientOptions?: undefined;
    }
) & {
  /** The Pub/Sub channel; every process of one shop must use the same. Default `payment-picker:status`. */
  channel?: string;
  /** Told about connection failures (once per outage) and malformed messages. Default `console.error`. */
  onError?: (error: StatusHubError) => void;
};

/** Counters of a {@link redisTransport}, for tests and monitoring. */
export interface RedisTransportStats {
  /** Subscriber connections this transport holds: 1 (whatever the number of streams), 0 once closed. */
  subscriberConnections: number;
  /** The subscription is active: messages are being received. */
  subscribed: boolean;
  /** Payment ids with at least one listener. */
  ids: number;
  /** Listeners, over all ids. */
  listeners: number;
  /** Statuses published through this transport. */
  published: number;
  /** Messages received on the channel (for any id). */
  received: number;
  /** Times the subscriber reconnected after losing Redis (each triggered a re-read). */
  reconnects: number;
}

/** A {@link StatusTransport} over Redis Pub/Sub. */
export interface RedisTransport extends StatusTransport {
  /** Resolves once the subscription is active (first connection); rejects if it cannot start. */
  readonly ready: Promise<void>;
  /** The transport's counters right now. */
  stats(): RedisTransportStats;
}

/** The default Pub/Sub channel. */
export const DEFAULT_REDIS_CHANNEL = 'payment-picker:status';

/** Names the connections in `CLIENT LIST`. */
const SUBSCRIBER_NAME = 'payment-picker-subscriber';
const PUBLISHER_NAME = 'payment-picker-publisher';

/** Module specifier kept out of bundlers' sight: `redis` is optional and loaded only here. */
const REDIS_MODULE = 'redis';

/**
 * Reconnect delays: 50 ms doubling to 3 s, plus up to 250 ms of jitter so that many processes do
 * not all reconnect at the same instant; never gives up (a status server must come back).
 */
export function redisReconnectDelay(retries: number, random: () => number = Math.random): number {
  return Math.min(50 * 2 ** Math.min(retries, 16), 3000) + Math.floor(random() * 250);
}

/**
 * A transport over Redis Pub/Sub, for a shop that runs more than one server process.
 *
 * Layout: ONE channel (`payment-picker:status`) carrying `{"id","status"}` JSON, and ONE
 * subscriber connection per transport (create one per process), whatever the number of open
 * streams. Opening or closing a stream sends nothing to Redis: ids are matched in memory. Every
 * process receives every status change, which is a few messages per payment, not per shopper
 * poll, so even a busy shop's volume is small; in exchange there are no per-stream SUBSCRIBE
 * round trips, no window where a new stream's channel is not subscribed yet, and one command to
 * restore after a reconnect. Any backend can publish the same JSON with `PUBLISH`.
 *
 * Reconnects: with `url`, after 50 ms doubling to 3 s plus jitter, forever; with `client`, as
 * your client's `socket.reconnectStrategy` says. After the subscriber is back (node-redis
 * re-subscribes before `ready`), every listener is called with no status, and the hub re-reads
 * `getStatus` for each open stream: a status published while Redis was down is never lost.
 * Publishing while Redis is down rejects at once (no offline queue), and the hub's `publish`
 * reports it as `transport-failed`.
 *
 * @throws {TypeError} unless exactly one of `url` and `client` is given
 */
export function redisTransport(options: RedisTransportOptions): RedisTransport {
  const { url, client } = options ?? {};
  if ((url === undefined) === (client === undefined)) {
    throw new TypeError(
      'redisTransport: pass either `url` (a Redis URL) or `client` (a node-redis client).',
    );
  }
  if (url !== undefined && (typeof url !== 'string' || url === '')) {
    throw new TypeError(
      'redisTransport: `url` must be a Redis URL such as redis://localhost:6379.',
    );
  }
  const channel = options.channel ?? DEFAULT_REDIS_CHANNEL;
  const onError = options.onError ?? ((error: StatusHubError) => console.error(error));
  const listeners = new Map<string, Set<StatusListener>>();
  let subscriber: RedisClientLike | undefined;
  let publisher: RedisClientLike | undefined;
  let subscribed = false;
  let closed = false;
  let inOutage = false;
  let published = 0;
  let received = 0;
  let reconnects = 0;

  function report(error: StatusHubError): void {
    try {
      onError(error);
    } catch {
      // A logger that throws must not break the connection handling.
    }
  }

  /** Connection errors: node-redis emits one per failed attempt; report one per outage. */
  function connectionError(cause: unknown): void {
    if (closed || inOutage) return;
    inOutage = true;
    const detail = cause instanceof Error ? cause.message : quote(cause);
    report(
      new StatusHubError('transport-failed', `Redis connection lost (reconnecting): ${detail}`, {
        cause,
      }),
    );
  }

  function resyncAll(): void {
    for (const set of [...listeners.values()]) {
      for (const listener of [...set]) call(listener, undefined);
    }
  }

  function call(listener: StatusListener, status: ReportedStatus | undefined): void {
    try {
      listener(status);
    } catch {
      // One listener's failure must not stop the others (the hub's never throw).
    }
  }

  function onMessage(message: string): void {
    received++;
    let id: unknown;
    let status: unknown;
    try {
      ({ id, status } = JSON.parse(message) as { id?: unknown; status?: unknown });
    } catch {
      // Falls through to the check below.
    }
    if (typeof id !== 'string' || !isReportedStatus(status)) {
      report(
        new StatusHubError(
          'invalid-status',
          `Ignored a malformed message on ${quote(channel)}: ${quote(message)}; expected {"id":"…","status":"paid"}.`,
        ),
      );
      return;
    }
    const set = listeners.get(id);
    if (set) for (const listener of [...set]) call(listener, status);
  }

  /** Every `ready` of the subscriber after the first subscription: a reconnect. */
  function onSubscriberReady(): void {
    inOutage = false;
    if (!subscribed || closed) return;
    reconnects++;
    resyncAll();
  }

  let clientsCreated = () => {};
  const created = new Promise<void>((resolve) => (clientsCreated = resolve));

  async function start(): Promise<void> {
    if (client) {
      publisher = client;
      subscriber = client.duplicate({ name: SUBSCRIBER_NAME });
    } else {
      let redis: { createClient(options: Record<string, unknown>): RedisClientLike };
      try {
        redis = (await import(
          /* webpackIgnore: true */ /* @vite-ignore */ REDIS_MODULE
        )) as typeof redis;
      } catch (cause) {
        throw new StatusHubError(
          'transport-failed',
          'redisTransport({ url }) needs the "redis" package: npm install redis',
          { cause },
        );
      }
      const base = options.clientOptions ?? {};
      const socket = {
        ...(base.socket as Record<string, unknown> | undefined),
        reconnectStrategy: (retries: number) => redisReconnectDelay(retries),
      };
      subscriber = redis.createClient({ ...base, url, socket, name: SUBSCRIBER_NAME });
      publisher = redis.createClient({
        ...base,
        url,
        socket,
        name: PUBLISHER_NAME,
        disableOfflineQueue: true,
      });
      publisher.on('error', connectionError);
    }
    clientsCreated();
    subscriber.on('error', connectionError);
    subscriber.on('ready', onSubscriberReady);
    if (closed) return;
    await Promise.all([subscriber.connect(), client ? undefined : publisher.connect()]);
    await subscriber.subscribe(channel, onMessage);
    if (closed) return;
    subscribed = true;
    inOutage = false;
    resyncAll(); // streams opened before the subscription was active may have missed news
  }

  const ready = start().catch((cause: unknown) => {
    clientsCreated(); // publish stops waiting and fails
    if (closed) return; // closed while starting: not a failure
    const error =
      cause instanceof StatusHubError
        ? cause
        : new StatusHubError(
            'transport-failed',
            `Redis transport could not start: ${String(cause)}`,
            {
              cause,
            },
          );
    report(error);
    throw error;
  });
  ready.catch(() => {}); // reported above; awaiting `ready` is optional

  async function shut(connection: RedisClientLike | undefined): Promise<void> {
    if (!connection) return;
    try {
      if (connection.isReady && connection.close) {
        await Promise.race([connection.close(), delay(1000)]);
      } else if (connection.isReady && connection.quit) {
        await Promise.race([connection.quit(), delay(1000)]);
      }
    } catch {
      // Closing anyway.
    }
    try {
      if (connection.destroy) connection.destroy();
      else await connection.disconnect?.();
    } catch {
      // Already closed.
    }
  }

  return {
    ready,
    async publish(id, status) {
      if (closed) throw new Error('The Redis transport is closed.');
      // Still importing `redis`: wait for the connections to exist (the hub bounds the wait).
      if (!publisher) await created;
      if (!publisher || closed) {
        throw new Error('The Redis transport is closed or could not start.');
      }
      await publisher.publish(channel, JSON.stringify({ id, status }));
      published++;
    },
    subscribe(id, listener) {
      if (closed) return () => {};
      return addListener(listeners, id, listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      subscribed = false;
      listeners.clear();
      await Promise.all([shut(subscriber), client ? undefined : shut(publisher)]);
    },
    stats() {
      let count = 0;
      for (const set of listeners.values()) count += set.size;
      return {
        subscriberConnections: subscriber && !closed ? 1 : 0,
        subscribed: subscribed && !inOutage,
        ids: listeners.size,
        listeners: count,
        published,
        received,
        reconnects,
      };
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    (timer as { unref?: () => void }).unref?.();
  });
}
