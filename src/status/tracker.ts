/**
 * StatusTracker: follows one PaymentSession's status, as the shop's server reports it, until it
 * is final. The page never decides a payment's outcome; it only asks, patiently and politely.
 * The cadence lives in schedule.ts, one request and reply validation in
 * transport.ts, the event stream in stream.ts, page visibility in
 * visibility.ts.
 */
import {
  backoffDelay,
  CLOCK_TOLERANCE,
  DEFAULT_POLL_INTERVAL,
  DEFAULT_REQUEST_TIMEOUT,
  EXPIRY_GRACE,
  MIN_POLL_INTERVAL,
  pollDelay,
  STREAM_GIVE_UP,
  UNREACHABLE_AFTER,
  type Clock,
} from './schedule.js';
import { createStatusStream, type StatusStream } from './stream.js';
import { FetchEventSource } from './event-source.js';
import {
  requestStatus,
  resolveStatusUrl,
  StatusCheckError,
  type FetchLike,
  type ReportedStatus,
} from './transport.js';
import { isFinalStatus, parseIsoInstant } from '../core/session.js';
import { defaultPageVisibility, type PageVisibility } from './visibility.js';
import { MAX_TIMER, offsetFrom, positive, systemClock } from './clock.js';
import type { StatusTrackerOptions } from './options.js';
import type { FinalStatus, PaymentSession } from '../core/types.js';

export type * from './options.js';

/** The request on its way and its timeout. */
interface InFlight {
  controller: AbortController;
  timer: unknown;
}

/** The phases of a tracker: created, started, and stopped or final (single-use). */
const NEW = 0;
const RUNNING = 1;
const STOPPED = 2;

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
 * - Time: `expiresAt` is the server's deadline, so it is read on the server's clock, learnt from
 *   the HTTP `Date` header of status replies (cross-origin, the server must expose it:
 *   `Access-Control-Expose-Headers: Date`). Without it the device's clock is used, unless that
 *   clock already says the deadline passed while the server still says `pending`: then the
 *   deadline is unknown ({@link deadline} null) and the server alone ends the payment.
 * - Expiry: only the server makes a payment final; a bad reply or an unreachable server never
 *   does. When the deadline passes, `onExpire` is called (hide the code), the tracker asks at
 *   once and keeps asking for {@link EXPIRY_GRACE}, then stops (`onLapse`). With nothing to ask
 *   at all (no `statusUrl`, `eventsUrl` or `checkStatus`), the deadline itself reports `expired`.
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

  /** The server's clock minus the device's, in ms; `#clockKnown` once a reply (or the option) told. */
  #offset: number;
  #clockKnown: boolean;
  /** `expiresAt` in epoch ms (server clock), or null: none, or the device's clock is untrusted. */
  #deadline: number | null;
  /** A valid reply arrived (from a request or the stream). */
  #replied = false;
  /** The device's clock said the deadline had passed before tracking started. */
  #pastAtStart = false;
  /** The deadline passed: the grace period runs (or ran). */
  #expired = false;

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
    this.#pollInterval = Math.max(
      MIN_POLL_INTERVAL,
      positive(options.pollInterval, DEFAULT_POLL_INTERVAL),
    );
    this.#timeout = positive(options.timeout, DEFAULT_REQUEST_TIMEOUT);
    this.#random = options.random ?? Math.random;
    this.#canRequest = Boolean(options.checkStatus ?? this.session.statusUrl);
    this.#stream = this.#createStream();
    const { clockOffset } = options;
    this.#clockKnown = Number.isFinite(clockOffset);
    this.#offset = this.#clockKnown ? clockOffset! : 0;
    this.#deadline = parseIsoInstant(this.session.expiresAt);
  }

  /** The server's time now (epoch ms): this device's clock corrected by {@link clockOffset}. */
  now(): number {
    return this.#clock.now() + this.#offset;
  }

  /** The server's clock minus this device's, in ms, once a reply told it; else undefined. */
  get clockOffset(): number | undefined {
    return this.#clockKnown ? this.#offset : undefined;
  }

  /**
   * `expiresAt` in epoch ms on the server's clock (compare with {@link now}), or null when the
   * session has none or this device's clock proved wrong and the server's is unknown.
   */
  get deadline(): number | null {
    return this.#deadline;
  }

  /** True once the deadline has passed (the code's time ran out); the server may still say paid. */
  get expired(): boolean {
    return this.#expired;
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
    this.#pastAtStart = this.#deadline !== null && this.#deadline <= this.now();
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
    // The reply's `Date` tells the server's time: read with the reply, used only if it is valid.
    const doFetch: FetchLike =
      this.#options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const sent = this.#clock.now();
    let offset: number | undefined;
    // The options hold the session, `checkStatus` and `fetch`; the base URL gets its default.
    void requestStatus({
      ...this.#options,
      fetch: (url, init) =>
        doFetch(url, init).then((response) => {
          offset = offsetFrom(response.headers?.get('date'), sent, this.#clock.now());
          return response;
        }),
      signal: controller.signal,
      baseUrl: this.#baseUrl(),
    }).then(
      (status) => this.#settled(request) && this.#onReply(status, offset),
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
    this.#clearExpiry();
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

  #onReply(status: ReportedStatus, offset?: number): void {
    this.#succeeded();
    this.#heard(status, offset);
    if (this.#phase === RUNNING) this.#scheduleCheck();
  }

  /** A valid status from the server, by request or stream, with its clock reading if any. */
  #heard(status: ReportedStatus, offset: number | undefined): void {
    if (isFinalStatus(status)) return this.#finish(status);
    this.#replied = true;
    if (
      offset !== undefined &&
      (!this.#clockKnown || Math.abs(offset - this.#offset) > CLOCK_TOLERANCE)
    ) {
      this.#offset = offset;
      this.#clockKnown = true;
      this.#deadline = parseIsoInstant(this.session.expiresAt);
      this.#options.onClock?.();
    } else if (
      !this.#clockKnown &&
      !this.#expired &&
      this.#deadline !== null &&
      this.#deadline <= this.now()
    ) {
      // Past the deadline by this device's clock, yet the server says pending and its clock is
      // unknown: the device's clock is wrong (or the server lenient). The server decides alone.
      this.#deadline = null;
      this.#options.onClock?.();
    }
    this.#armExpiry();
  }

  #onRequestFailure(error: unknown): void {
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

  /**
   * The `eventsUrl` stream, unless `checkStatus` replaces every transport. It is read with
   * `fetch` by default, which (unlike `EventSource`) sees where a redirect led.
   */
  #createStream(): StatusStream | null {
    const { checkStatus, EventSource: injected } = this.#options;
    const EventSourceCtor =
      injected !== undefined
        ? injected
        : typeof fetch === 'function' && typeof ReadableStream === 'function'
          ? FetchEventSource
          : null;
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
        this.#heard(status, undefined);
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

  /**
   * Waits for the deadline on the server's clock, re-armed whenever that clock is learnt. Past
   * it, the code's time is up (`onExpire`) — unless nothing has told the server's time yet:
   * then the first reply decides whether the device's clock is right.
   */
  #armExpiry(): void {
    if (this.#expired) return; // the grace period's timer runs
    this.#clearExpiry();
    const deadline = this.#deadline;
    if (deadline === null || this.#phase !== RUNNING) return;
    const wait = deadline - this.now();
    if (wait > 0) {
      // Longer timers overflow and fire at once in browsers: long expiries are armed in steps.
      this.#expiryTimer = this.#clock.setTimeout(
        () => this.#armExpiry(),
        Math.min(wait, MAX_TIMER),
      );
    } else if (!this.#canRequest && !this.#stream) {
      this.#finish('expired'); // nothing to ask: the deadline is all there is
    } else if (this.#clockKnown || this.#replied || !this.#pastAtStart) {
      // The server's clock, or this device's as the best guess it has been so far. A device that
      // said "past" before anything was heard waits for the first reply to judge its clock.
      this.#expired = true;
      this.#options.onExpire?.();
      if (this.#phase !== RUNNING) return; // the callback stopped the tracker
      this.checkNow();
      this.#expiryTimer = this.#clock.setTimeout(() => {
        this.#expiryTimer = undefined;
        if (this.#phase !== RUNNING) return;
        this.stop();
        this.#options.onLapse?.();
      }, EXPIRY_GRACE);
    }
  }

  #clearExpiry(): void {
    if (this.#expiryTimer !== undefined) this.#clock.clearTimeout(this.#expiryTimer);
    this.#expiryTimer = undefined;
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
