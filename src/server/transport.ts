/**
 * How status changes travel between the processes that serve the status protocol: the
 * {@link StatusTransport} interface, and {@link memoryTransport} for a single process.
 * Part of `payment-picker/server`.
 */
import type { ReportedStatus } from './protocol.js';

/**
 * Called by a transport for one payment id: with the status another (or this) process
 * published, or with no argument when messages may have been missed (after the transport
 * reconnects, or once its subscription becomes active), meaning "read the truth again".
 */
export type StatusListener = (status?: ReportedStatus) => void;

/**
 * Adds `listener` for `id` to a transport's registry; returns the function that removes it (and
 * the id's entry with its last listener), safe to call twice. For transports' `subscribe`.
 * @internal
 */
export function addListener(
  listeners: Map<string, Set<StatusListener>>,
  id: string,
  listener: StatusListener,
): () => void {
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(listener);
  return () => {
    const current = listeners.get(id);
    if (!current?.delete(listener)) return;
    if (current.size === 0) listeners.delete(id);
  };
}

/**
 * Carries "payment `id` is now `status`" from whichever process learns it (the one that received
 * the provider's notification) to every process holding a stream for that payment.
 *
 * Delivery may be at-most-once, as with Redis Pub/Sub: the hub never relies on a message alone.
 * It reads `getStatus` when a stream opens and again whenever a listener is called without a
 * status, so a transport only has to promise this: **after a gap in which messages may have been
 * lost (a reconnect, a late subscription), call every affected listener with no argument.**
 *
 * To plug in another bus, implement the three methods:
 * - Postgres: `publish` runs `SELECT pg_notify('payment_status', $json)`; one dedicated
 *   connection runs `LISTEN payment_status` and dispatches by id; after it reconnects, call every
 *   listener with no argument.
 * - NATS: `publish` to `payments.status.<id>` (or one subject with the id in the payload);
 *   subscribe once per process; on the client's `reconnect` status event, call every listener
 *   with no argument.
 */
export interface StatusTransport {
  /** Sends a status to every process; resolves once the bus accepted it. */
  publish(id: string, status: ReportedStatus): Promise<void>;
  /**
   * Listens to one payment's statuses until the returned function is called. Synchronous: a
   * transport that needs a round trip to start listening calls `listener()` (no argument) once
   * that is done, so a status published in between is not lost.
   */
  subscribe(id: string, listener: StatusListener): () => void;
  /** Stops listening and releases connections; the transport is unusable afterwards. */
  close(): Promise<void>;
}

/** Counters of a {@link memoryTransport}, for tests and monitoring. */
export interface MemoryTransportStats {
  /** Payment ids with at least one listener. */
  ids: number;
  /** Listeners, over all ids. */
  listeners: number;
  /** Statuses published. */
  published: number;
}

/** A {@link StatusTransport} within one process, with counters. */
export interface MemoryTransport extends StatusTransport {
  /** The transport's counters right now. */
  stats(): MemoryTransportStats;
}

/** Options of {@link memoryTransport}. */
export interface MemoryTransportOptions {
  /** Called when a listener throws (the other listeners still run). Default: ignore. */
  onError?: (error: unknown) => void;
}

/**
 * A transport within one process: every hub given the same `memoryTransport()` sees every
 * status published through any of them, at once (synchronously, before `publish` resolves).
 * Right for a single server process; with several, use {@link redisTransport} (or your own
 * {@link StatusTransport}), or a shopper whose stream is on another process waits for a poll.
 */
export function memoryTransport(options: MemoryTransportOptions = {}): MemoryTransport {
  const listeners = new Map<string, Set<StatusListener>>();
  let published = 0;
  let closed = false;

  return {
    publish(id, status) {
      if (closed) return Promise.reject(new Error('The memory transport is closed.'));
      published++;
      const set = listeners.get(id);
      if (set) {
        // A copy: a listener may unsubscribe (a stream that ends on a final status).
        for (const listener of set.size === 1 ? set : [...set]) {
          try {
            listener(status);
          } catch (error) {
            options.onError?.(error);
          }
        }
      }
      return Promise.resolve();
    },
    subscribe(id, listener) {
      if (closed) return () => {};
      return addListener(listeners, id, listener);
    },
    close() {
      closed = true;
      listeners.clear();
      return Promise.resolve();
    },
    stats() {
      let count = 0;
      for (const set of listeners.values()) count += set.size;
      return { ids: listeners.size, listeners: count, published };
    },
  };
}
