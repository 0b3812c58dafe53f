/**
 * The open event streams of one hub: one {@link Topic} (and one transport subscription) per
 * payment id, one {@link EventStream} per client, one shared heartbeat timer, and the re-reads a
 * transport gap asks for. Part of `payment-picker/server`.
 */
import {
  HEARTBEAT,
  StatusHubError,
  isFinal,
  isReportedStatus,
  quote,
  statusEvent,
  utf8,
  type ReportedStatus,
} from './protocol.js';
import type { StatusListener, StatusTransport } from './transport.js';

/** What the streams need from their hub. */
export interface StreamContext {
  readonly transport: StatusTransport;
  readonly retryMs: number;
  readonly heartbeatMs: number;
  readonly maxStreamMs: number;
  /** `getStatus`, bounded and checked: a status, or null for an unknown id. */
  read(id: string): Promise<ReportedStatus | null>;
  /** Tells the hub's `onError`. */
  report(error: StatusHubError): void;
}

/** How many `getStatus` re-reads a transport reconnect runs at once. */
const REFRESH_CONCURRENCY = 16;

/** Every open stream of a hub. */
export class StreamRegistry {
  readonly topics = new Map<string, Topic>();
  /** Open streams, including those still waiting for their first status. */
  open = 0;
  closed = false;
  #ticker: ReturnType<typeof setInterval> | undefined;
  readonly #queue: Topic[] = [];
  #refreshing = 0;

  constructor(readonly context: StreamContext) {}

  /**
   * Registers a stream for `id` before its status is read, so that a status published during
   * the read is kept; `signal` aborting (the client left) ends it.
   */
  add(id: string, signal: AbortSignal | undefined): EventStream {
    let topic = this.topics.get(id);
    if (!topic) this.topics.set(id, (topic = new Topic(this, id)));
    this.open++;
    if (this.#ticker === undefined) {
      this.#ticker = setInterval(() => this.#tick(), this.context.heartbeatMs);
      (this.#ticker as { unref?: () => void }).unref?.(); // an idle heartbeat keeps no process up
    }
    return new EventStream(this, topic, signal);
  }

  /** Called once by each stream as it ends. */
  removed(): void {
    this.open--;
    if (this.open === 0 && this.#ticker !== undefined) {
      clearInterval(this.#ticker);
      this.#ticker = undefined;
    }
  }

  /** Re-reads one topic's status (after a transport gap), a few topics at a time. */
  refresh(topic: Topic): void {
    if (this.closed) return;
    if (topic.reading) {
      topic.again = true; // this read may have started before the news: read once more after it
      return;
    }
    if (topic.queued) return;
    topic.queued = true;
    this.#queue.push(topic);
    this.#pump();
  }

  /** Ends every stream; no more re-reads. */
  closeAll(): void {
    this.closed = true;
    this.#queue.length = 0;
    for (const topic of [...this.topics.values()]) {
      for (const stream of [...topic.streams]) stream.end();
    }
  }

  #pump(): void {
    while (this.#refreshing < REFRESH_CONCURRENCY && this.#queue.length > 0) {
      const topic = this.#queue.shift()!;
      topic.queued = false;
      if (topic.streams.size === 0) continue;
      this.#refreshing++;
      topic.reading = true;
      this.context
        .read(topic.id)
        .then(
          (status) => {
            if (status) topic.deliver(status);
            else for (const stream of [...topic.streams]) stream.end(); // the id is gone
          },
          (error: StatusHubError) => this.context.report(error),
        )
        .finally(() => {
          this.#refreshing--;
          topic.reading = false;
          if (topic.again) {
            topic.again = false;
            this.refresh(topic);
          }
          this.#pump();
        })
        .catch(() => {}); // nothing above throws; keeps the chain handled
    }
  }

  #tick(): void {
    const now = Date.now();
    for (const topic of [...this.topics.values()]) {
      for (const stream of [...topic.streams]) stream.tick(now);
    }
  }
}

/** The streams of one payment id, and its one transport subscription. */
export class Topic {
  readonly streams = new Set<EventStream>();
  reading = false;
  again = false;
  queued = false;
  #unsubscribe: () => void = () => {};

  constructor(
    readonly registry: StreamRegistry,
    readonly id: string,
  ) {
    const listener: StatusListener = (status) => this.#heard(status);
    try {
      this.#unsubscribe = registry.context.transport.subscribe(id, listener);
    } catch (cause) {
      // Streams still get the status read at open, and the client's safety-net poll.
      registry.context.report(transportError(`subscribing to ${quote(id)}`, id, cause));
    }
  }

  /** Sends a status to every stream of this id (each skips what it already sent). */
  deliver(status: ReportedStatus): void {
    if (this.streams.size === 1) {
      for (const stream of this.streams) return stream.send(status); // the common case: no copy
    }
    for (const stream of [...this.streams]) stream.send(status);
  }

  /** Forgets a stream; the last one unsubscribes the id. */
  remove(stream: EventStream): void {
    this.streams.delete(stream);
    if (this.streams.size > 0 || this.registry.topics.get(this.id) !== this) return;
    this.registry.topics.delete(this.id);
    try {
      this.#unsubscribe();
    } catch (cause) {
      this.registry.context.report(
        transportError(`unsubscribing from ${quote(this.id)}`, this.id, cause),
      );
    }
  }

  #heard(status: unknown): void {
    if (status === undefined) return this.registry.refresh(this);
    if (!isReportedStatus(status)) {
      return this.registry.context.report(
        new StatusHubError(
          'invalid-status',
          `The transport delivered ${quote(status)} for ${quote(this.id)}, which is not a status; ignored.`,
          { id: this.id },
        ),
      );
    }
    this.deliver(status);
  }
}

/**
 * One open stream: the source of its `ReadableStream` body, and the `abort` listener of its
 * request (an object with `handleEvent`, so an open stream costs one object, not a handful of
 * closures).
 */
export class EventStream {
  /** The status read at open; set before the body (this object is its source) starts. */
  first: ReportedStatus = 'pending';
  ended = false;
  readonly deadline: number;
  #controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  /** The last status sent; a status heard before the body started waits in `#early`. */
  #last: ReportedStatus | undefined;
  #early: ReportedStatus | undefined;

  constructor(
    readonly registry: StreamRegistry,
    readonly topic: Topic,
    readonly signal: AbortSignal | undefined,
  ) {
    // Spread over the last tenth of the lifetime, so clients do not all reconnect at once.
    this.deadline = Date.now() + registry.context.maxStreamMs * (1 - 0.1 * Math.random());
    topic.streams.add(this);
    signal?.addEventListener('abort', this);
  }

  /** Starts the body: the `retry:` hint and the current status, in one chunk. */
  start(controller: ReadableStreamDefaultController<Uint8Array>): void {
    const status = this.first;
    this.#controller = controller;
    this.#last = status;
    this.#write(`retry: ${this.registry.context.retryMs}\n\n${statusEvent(this.topic.id, status)}`);
    if (isFinal(status)) return this.end();
    const early = this.#early;
    this.#early = undefined;
    if (early) this.send(early);
  }

  /** Sends `status` unless it was the last one sent; ends the stream after a final status. */
  send(status: ReportedStatus): void {
    if (this.ended) return;
    if (!this.#controller) {
      // Not started yet: keep the newest news, but a final status is never replaced.
      if (!this.#early || !isFinal(this.#early)) this.#early = status;
      return;
    }
    if (status === this.#last) return;
    this.#last = status;
    this.#write(statusEvent(this.topic.id, status));
    if (isFinal(status)) this.end();
  }

  /** Heartbeat or end of life, from the shared timer. */
  tick(now: number): void {
    if (now >= this.deadline) return this.end();
    // Skip the heartbeat while earlier bytes are still unread: the client is not reading.
    if (this.#controller && (this.#controller.desiredSize ?? 0) > 0) this.#write(HEARTBEAT);
  }

  /** Frees the stream: subscription, counters, listener; closes the body if still open. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.topic.remove(this);
    this.registry.removed();
    this.signal?.removeEventListener('abort', this);
    try {
      this.#controller?.close();
    } catch {
      // Already closed or cancelled.
    }
  }

  /** The request's `abort` event: the client went away. */
  handleEvent(): void {
    this.end();
  }

  /** The consumer cancelled the body (the HTTP layer saw the client leave). */
  cancel(): void {
    this.end();
  }

  #write(text: string): void {
    try {
      this.#controller?.enqueue(utf8(text));
    } catch {
      this.end(); // the body was cancelled under us
    }
  }
}

/** A `transport-failed` error with the transport's own message. */
export function transportError(
  doing: string,
  id: string | undefined,
  cause: unknown,
): StatusHubError {
  const detail = cause instanceof Error ? cause.message : quote(cause);
  return new StatusHubError('transport-failed', `The transport failed ${doing}: ${detail}`, {
    id,
    cause,
  });
}
