/**
 * The Server-Sent Events side of {@link StatusTracker}: one EventSource on `eventsUrl`, its
 * reconnects and when to give up on it. It only reports what it hears; the tracker decides.
 */
import type { Clock } from './status-schedule.js';
import {
  parseStatusText,
  type EventSourceFactory,
  type EventSourceLike,
  type ReportedStatus,
} from './status-transport.js';

/** What a {@link StatusStream} needs and whom it tells. */
export interface StatusStreamOptions {
  /** The absolute stream URL; may throw (an unresolvable URL is a failure like any other). */
  url: () => string;
  sessionId: string;
  EventSource: EventSourceFactory;
  clock: Clock;
  /** The wait before reconnecting after `failures` failures in a row. */
  retryDelay: (failures: number) => number;
  /** Failures in a row after which the stream closes for good (Infinity: never). */
  giveUpAfter: number;
  /** A valid status message. */
  onStatus: (status: ReportedStatus) => void;
  /** A lost connection or an invalid message. */
  onFailure: (message: string) => void;
  /** Connected; `afterFailure` when messages may have been missed while disconnected. */
  onOpen: (afterFailure: boolean) => void;
  /** Closed for good after `giveUpAfter` failures. */
  onGiveUp: () => void;
}

/**
 * An EventSource that reconnects on our schedule rather than the browser's fixed ~3 s retry,
 * so a failing stream backs off like polling does. Messages are whole `{id?, status}` objects,
 * so nothing depends on `Last-Event-ID` replay.
 */
export class StatusStream {
  #source: EventSourceLike | null = null;
  #retryTimer: unknown = undefined;
  #failures = 0;
  #hadFailure = false;
  #ended = false;

  readonly #options: StatusStreamOptions;

  constructor(options: StatusStreamOptions) {
    this.#options = options;
  }

  /** True until it is closed or gives up: the status arrives through it, polling can relax. */
  get active(): boolean {
    return !this.#ended;
  }

  /** Connects, unless connected, closed or given up. */
  open(): void {
    if (this.#ended || this.#source) return;
    let source: EventSourceLike;
    try {
      source = new this.#options.EventSource(this.#options.url());
    } catch (error) {
      return this.#fail(error instanceof Error ? error.message : String(error), true);
    }
    this.#source = source;
    source.addEventListener('open', () => {
      if (this.#source !== source) return;
      this.#failures = 0;
      this.#options.onOpen(this.#hadFailure);
    });
    source.addEventListener('message', (event) => {
      if (this.#source !== source) return;
      let status: ReportedStatus;
      try {
        status = parseStatusText(String(event.data), this.#options.sessionId);
      } catch (error) {
        return this.#fail((error as Error).message, false);
      }
      this.#options.onStatus(status);
    });
    source.addEventListener('error', () => {
      if (this.#source === source) this.#fail('The status event stream failed.', true);
    });
  }

  /** Connects at once if waiting to reconnect (the page is back in front). */
  reconnectNow(): void {
    if (this.#ended || this.#source) return;
    this.#clearRetry();
    this.open();
  }

  /** Closes for good: no more events, no timers. */
  close(): void {
    this.#ended = true;
    this.#disconnect();
    this.#clearRetry();
  }

  #fail(message: string, connectionLost: boolean): void {
    this.#failures++;
    this.#hadFailure = true;
    this.#options.onFailure(message);
    if (this.#ended) return; // the failure ended tracking
    if (this.#failures >= this.#options.giveUpAfter) {
      this.close();
      this.#options.onGiveUp();
      return;
    }
    // A bad message on a live connection is the server's bug, not the connection's.
    if (!connectionLost) return;
    this.#disconnect();
    this.#clearRetry();
    this.#retryTimer = this.#options.clock.setTimeout(() => {
      this.#retryTimer = undefined;
      this.open();
    }, this.#options.retryDelay(this.#failures));
  }

  #disconnect(): void {
    this.#source?.close();
    this.#source = null;
  }

  #clearRetry(): void {
    if (this.#retryTimer === undefined) return;
    this.#options.clock.clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }
}
