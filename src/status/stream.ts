/**
 * The Server-Sent Events side of {@link StatusTracker}: one EventSource on `eventsUrl`, its
 * reconnects and when to give up on it. It only reports what it hears; the tracker decides.
 */
import type { Clock } from './schedule.js';
import {
  parseStatusText,
  type EventSourceFactory,
  type EventSourceLike,
  type ReportedStatus,
} from './transport.js';

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

/** A stream from {@link createStatusStream}. */
export interface StatusStream {
  /** True until it is closed or gives up: the status arrives through it, polling can relax. */
  readonly active: boolean;
  /**
   * Connects, unless connected, closed or given up; a reconnect that was waiting happens now
   * (the page is back in front).
   */
  open(): void;
  /** Closes for good: no more events, no timers. */
  close(): void;
}

/**
 * An EventSource that reconnects on our schedule rather than the browser's fixed ~3 s retry,
 * so a failing stream backs off like polling does. Messages are whole `{id?, status}` objects,
 * so nothing depends on `Last-Event-ID` replay. Created closed: call `open()`.
 */
export function createStatusStream(options: StatusStreamOptions): StatusStream {
  let source: EventSourceLike | null = null;
  let retryTimer: unknown;
  let failures = 0;
  let hadFailure = false;
  let ended = false;

  function open(): void {
    if (ended || source) return;
    clearRetry();
    let opened: EventSourceLike;
    try {
      opened = new options.EventSource(options.url());
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error), true);
    }
    source = opened;
    opened.addEventListener('open', () => {
      if (source !== opened) return;
      failures = 0;
      options.onOpen(hadFailure);
    });
    opened.addEventListener('message', (event) => {
      if (source !== opened) return;
      let status: ReportedStatus;
      try {
        status = parseStatusText(String(event.data), options.sessionId);
      } catch (error) {
        return fail((error as Error).message, false);
      }
      failures = 0; // the bad messages, if any, are no longer in a row
      options.onStatus(status);
    });
    opened.addEventListener('error', () => {
      if (source === opened) fail('The status event stream failed.', true);
    });
  }

  function close(): void {
    ended = true;
    disconnect();
    clearRetry();
  }

  function fail(message: string, connectionLost: boolean): void {
    failures++;
    hadFailure = true;
    options.onFailure(message);
    if (ended) return; // the failure ended tracking
    if (failures >= options.giveUpAfter) {
      close();
      options.onGiveUp();
      return;
    }
    // A bad message on a live connection is the server's bug, not the connection's.
    if (!connectionLost) return;
    disconnect();
    clearRetry();
    retryTimer = options.clock.setTimeout(() => {
      retryTimer = undefined;
      open();
    }, options.retryDelay(failures));
  }

  function disconnect(): void {
    source?.close();
    source = null;
  }

  function clearRetry(): void {
    if (retryTimer === undefined) return;
    options.clock.clearTimeout(retryTimer);
    retryTimer = undefined;
  }

  return {
    get active() {
      return !ended;
    },
    open,
    close,
  };
}
