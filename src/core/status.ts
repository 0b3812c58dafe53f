/**
 * StatusTracker: follows one PaymentSession's status, as the shop's server reports it, until it
 * is final. The page never decides a payment's outcome; it only asks, patiently and politely.
 * The cadence lives in status-schedule.ts, one request and reply validation in
 * status-transport.ts, the event stream in status-stream.ts, page visibility in
 * status-visibility.ts.
 */
import {
  backoffDelay,
  DEFAULT_POLL_INTERVAL,
  DEFAULT_REQUEST_TIMEOUT,
  pollDelay,
  STREAM_GIVE_UP,
  UNREACHABLE_AFTER,
  type Clock,
} from './status-schedule.js';
import { createStatusStream, type StatusStream } from './status-stream.js';
import {
  requestStatus,
  resolveStatusUrl,
  StatusCheckError,
  type CheckStatus,
  type EventSourceFactory,
  type FetchLike,
  type ReportedStatus,
} from './status-transport.js';
import { isFinalStatus } from './session.js';
import { defaultPageVisibility, type PageVisibility } from './status-visibility.js';
import type { FinalStatus, PaymentSession } from './types.js';

export type { Clock } from './status-schedule.js';
export type {
  CheckStatus,
  EventSourceFactory,
  EventSourceLike,
  FetchLike,
  ReportedStatus,
} from './status-transport.js';
export type {
  PageVisibility,
  PageVisibilityChange,
  PageVisibilityListener,
} from './status-visibility.js';

/** The error {@link StatusTracker} reports; the element forwards it as `wallet-error`. */
export interface StatusTrackerError {
  code: 'status-unreachable';
  /** Developer-facing English: what failed last. */
  message: string;
}

/** Options of {@link StatusTracker}. Only `session` is required. */
export interface StatusTrackerOptions {
  session: PaymentSession;
  /** Period between checks while the page is visible, in ms. Default 2000. */
  pollInterval?: number;
  /** How long one request may take before it is aborted, in ms. Default 10 000. */
  timeout?: number;
  /** A custom transport; when given, `statusUrl` and `eventsUrl` are not used. */
  checkStatus?: CheckStatus | undefined;
  /** Default: `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Default: `globalThis.EventSource` where it exists; `null` disables the stream. */
  EventSource?: EventSourceFactory | null;
  /** Default: the system clock. */
  clock?: Clock;
  /** A number in [0, 1) for backoff jitter. Default: `Math.random`. */
  random?: () => number;
  /** Default: the page's `document`/`window` in a browser, always visible elsewhere. */
  visibility?: PageVisibility;
  /** Base for relative `statusUrl`/`eventsUrl`. Default: `document.baseURI` in a browser. */
  baseUrl?: string;
  /** Called once with the final status; nothing is called after it. */
  onStatus?: (status: FinalStatus) => void;
  /** Called once per streak of {@link UNREACHABLE_AFTER} consecutive failures; tracking goes on. */
  onError?: (error: StatusTrackerError) => void;
  /** Called when a check succeeds again after `status-unreachable` was reported. */
  onRecovered?: () => void;
}

/** The request on its way and its timeout. */
interface InFlight {
  controller: AbortController;
  timer: unknown;
}

/** The phases of a tracker: created, started, and stopped or final (single-use). */
const NEW = 0;
const RUNNING = 1;
const STOPPED = 2;

/** Longer timers overflow and fire at once in browsers, so long expiries are armed in steps. */
const MAX_TIMER = 2 ** 31 - 1;

/** The timer functions are wrapped: browsers refuse them called as another object's methods. */
const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/**
 * Tracks one session's status until it is `paid`, `failed`, `expired` or `cancelled`.
 *
 * - Transport: `checkStatus` if given; else the `eventsUrl` stream, with `statusUrl` polled
 *   every 15 s as a safety net and polled at the full rate once the stream fails
 *   {@link STREAM_GIVE_UP} times in a row; else polling `statusUrl`.
 * - Cadence: at once, every `pollInterval` for a minute, then every 15 s; 5× slower while the
 *   page is hidden; at once when it becomes visible or is restored from the back/forward cache.
 * - Errors (HTTP, network, timeout, malformed JSON, another session's id, unknown status) never
 *   change the status; they back off up to 30 s with jitter and report `status-unreachable`
 *   once after 3 in a row.
 * - Expiry: at `expiresAt` it asks one last time; if the server still says `pending` (or cannot
 *   be reached) the payment is reported `expired`, so the page can offer a new code.
 *
 * A tracker starts in `pending` (the session exists) and is single-use: after `stop()` or a
 * final status it is inert, and replies still on their way are ignored.
 */
export class StatusTracker {
  /** The session this tracker follows. */
  readonly session: PaymentSession;

  readonly #options: StatusTrackerOptions;
  readonly #clock: Clock;
  readonly #pollInterval: number;
  readonly #timeout: number;
  readonly #random: () => number;
  readonly #canRequest: boolean;
  readonly #stream: StatusStream | null;

  #current: ReportedStatus = 'pending';
  #phase = NEW;
  #startedAt = 0;
  #visibility: PageVisibility | null = null;

  #inFlight: InFlight | null = null;
  #pollTimer: unknown;
  #expiryTimer: unknown;
  #expiring = false;

  /**
   * Failures in a row: of requests when there are requests (the stream then does not count),
   * else of the stream. Backs requests off and reports `status-unreachable`.
   */
  #failureStreak = 0;
  #unreachableReported = false;

  /** Creates an idle tracker; call {@link start}. */
  constructor(options: StatusTrackerOptions) {
    this.#options = options;
    this.session = options.session;
    this.#clock = options.clock ?? systemClock;
    this.#pollInterval = positive(options.pollInterval, DEFAULT_POLL_INTERVAL);
    this.#timeout = positive(options.timeout, DEFAULT_REQUEST_TIMEOUT);
    this.#random = options.random ?? Math.random;
    this.#canRequest = Boolean(options.checkStatus ?? this.session.statusUrl);
    this.#stream = this.#createStream();
  }

  /** The last status the server confirmed: `pending` until a final one. */
  get status(): ReportedStatus {
    return this.#current;
  }

  /** True between {@link start} and the final status or {@link stop}. */
  get running(): boolean {
    return this.#phase === RUNNING;
  }

  /** Starts tracking: checks at once, opens the stream if any, arms the expiry. Once only. */
  start(): void {
    if (this.#phase !== NEW) return;
    this.#phase = RUNNING;
    this.#startedAt = this.#clock.now();
    this.#visibility = this.#options.visibility ?? defaultPageVisibility();
    this.#visibility.addListener(this.#onVisibility);
    this.#armExpiry();
    this.#stream?.open();
    if (this.#canRequest) this.checkNow();
    else if (!this.#stream) {
      // Nothing to ask: say so once; the expiry timer still ends the payment on time.
      this.#reportUnreachable(
        'The session has no statusUrl or eventsUrl, and no checkStatus is set.',
      );
    }
  }

  /**
   * Checks at once, unless a check is already on its way (then its reply is awaited). For an
   * "I have paid" button; visibility changes do this by themselves.
   */
  checkNow(): void {
    if (this.#phase !== RUNNING || this.#inFlight || !this.#canRequest) return;
    this.#clearPoll();
    const controller = new AbortController();
    const timer = this.#clock.setTimeout(
      () => controller.abort(new StatusCheckError(`No status reply within ${this.#timeout} ms.`)),
      this.#timeout,
    );
    const request = { controller, timer };
    this.#inFlight = request;
    // The options hold the session, `checkStatus` and `fetch`; the base URL gets its default.
    void requestStatus({
      ...this.#options,
      signal: controller.signal,
      baseUrl: this.#baseUrl(),
    }).then(
      (status) => this.#settled(request) && this.#onReply(status),
      (error: unknown) => this.#settled(request) && this.#onRequestFailure(error),
    );
  }

  /** Stops everything: aborts the request, closes the stream, clears timers and listeners. */
  stop(): void {
    if (this.#phase === STOPPED) return;
    this.#phase = STOPPED;
    if (this.#inFlight) {
      this.#inFlight.controller.abort(new StatusCheckError('Status tracking stopped.'));
      this.#clock.clearTimeout(this.#inFlight.timer);
      this.#inFlight = null;
    }
    this.#clearPoll();
    if (this.#expiryTimer !== undefined) this.#clock.clearTimeout(this.#expiryTimer);
    this.#stream?.close();
    this.#visibility?.removeListener(this.#onVisibility);
    this.#visibility = null;
  }

  /** Whether a finished request is still the current one (false after stop or replacement). */
  #settled(request: InFlight): boolean {
    if (this.#inFlight !== request) return false;
    this.#clock.clearTimeout(request.timer);
    this.#inFlight = null;
    return this.#phase === RUNNING;
  }

  #onReply(status: ReportedStatus): void {
    this.#succeeded();
    if (isFinalStatus(status)) return this.#finish(status);
    if (this.#expiring) return this.#finish('expired');
    this.#scheduleCheck();
  }

  #onRequestFailure(error: unknown): void {
    if (this.#expiring) return this.#finish('expired');
    this.#countFailure(error instanceof Error ? error.message : String(error));
    this.#scheduleCheck();
  }

  #scheduleCheck(): void {
    if (this.#phase !== RUNNING) return; // a callback stopped the tracker: no timer after stop()
    const normal = pollDelay({
      elapsed: this.#clock.now() - this.#startedAt,
      pollInterval: this.#pollInterval,
      hidden: this.#visibility?.hidden ?? false,
      streaming: this.#stream?.active ?? false,
    });
    const failures = this.#failureStreak;
    const delay =
      failures > 0
        ? Math.max(normal, backoffDelay(failures, this.#pollInterval, this.#random))
        : normal;
    this.#clearPoll();
    this.#pollTimer = this.#clock.setTimeout(() => {
      this.#pollTimer = undefined;
      this.checkNow();
    }, delay);
  }

  /** The `eventsUrl` stream, unless `checkStatus` replaces every transport. */
  #createStream(): StatusStream | null {
    const { checkStatus, EventSource: injected } = this.#options;
    const EventSourceCtor =
      injected !== undefined ? injected : typeof EventSource === 'function' ? EventSource : null;
    const eventsUrl = this.session.eventsUrl;
    if (checkStatus || !eventsUrl || !EventSourceCtor) return null;
    // Without a statusUrl the stream is the only way to hear back: it counts towards
    // status-unreachable and never gives up. With one, it yields to polling after a few failures.
    const only = !this.#canRequest;
    return createStatusStream({
      url: () => resolveStatusUrl(eventsUrl, this.#baseUrl()),
      sessionId: this.session.id,
      EventSource: EventSourceCtor,
      clock: this.#clock,
      retryDelay: (failures) => backoffDelay(failures, this.#pollInterval, this.#random),
      giveUpAfter: only ? Infinity : STREAM_GIVE_UP,
      onStatus: (status) => {
        if (only) this.#succeeded();
        if (isFinalStatus(status)) this.#finish(status);
      },
      onFailure: (message) => {
        if (only) this.#countFailure(message);
      },
      onOpen: (afterFailure) => {
        if (only) this.#succeeded();
        // Changes sent while disconnected are not replayed: ask once to fill the gap.
        if (afterFailure) this.checkNow();
      },
      onGiveUp: () => this.checkNow(),
    });
  }

  /** Arrow function so add/removeListener see the same reference. */
  readonly #onVisibility = (change: 'hidden' | 'visible' | 'restored'): void => {
    if (this.#phase !== RUNNING || change === 'hidden') return;
    // Back from the wallet app, or out of the bfcache: timers were throttled or frozen.
    this.#stream?.open();
    this.checkNow();
  };

  #armExpiry(): void {
    const expiresAt = this.session.expiresAt ? Date.parse(this.session.expiresAt) : NaN;
    if (Number.isNaN(expiresAt)) return;
    const wait = expiresAt - this.#clock.now();
    if (wait <= 0 && this.#canRequest && this.#phase === RUNNING && !this.#inFlight) {
      // Already past (a resumed session): the check that start() makes at once is the last one.
      this.#expiring = true;
      return;
    }
    this.#expiryTimer = this.#clock.setTimeout(
      () => {
        this.#expiryTimer = undefined;
        if (this.#clock.now() < expiresAt) this.#armExpiry();
        else this.#onExpiry();
      },
      Math.min(Math.max(wait, 0), MAX_TIMER),
    );
  }

  #onExpiry(): void {
    if (this.#phase !== RUNNING) return;
    this.#expiring = true;
    if (!this.#canRequest) return this.#finish('expired');
    // The last check; if one is on its way already, its outcome decides.
    this.checkNow();
  }

  #succeeded(): void {
    this.#failureStreak = 0;
    if (!this.#unreachableReported) return;
    this.#unreachableReported = false;
    this.#options.onRecovered?.();
  }

  #countFailure(message: string): void {
    this.#failureStreak++;
    if (this.#failureStreak >= UNREACHABLE_AFTER) {
      this.#reportUnreachable(
        `The payment status could not be checked ${this.#failureStreak} times in a row. ${message}`,
      );
    }
  }

  #reportUnreachable(message: string): void {
    if (this.#unreachableReported) return;
    this.#unreachableReported = true;
    this.#options.onError?.({ code: 'status-unreachable', message });
  }

  #finish(status: FinalStatus): void {
    if (this.#phase !== RUNNING) return; // a callback stopped the tracker: nothing after stop()
    this.#current = status;
    this.stop();
    this.#options.onStatus?.(status);
  }

  #baseUrl(): string | undefined {
    return (
      this.#options.baseUrl ?? (typeof document === 'undefined' ? undefined : document.baseURI)
    );
  }

  #clearPoll(): void {
    if (this.#pollTimer !== undefined) this.#clock.clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
  }
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
