/**
 * When {@link StatusTracker} asks the server again: the polling cadence, its slow-downs and the
 * error backoff, as pure functions so the numbers can be read (and tested) in one place.
 *
 * With the defaults a payment that stays pending is checked at once, every 2 s during the first
 * minute (30 requests: a shopper who scans at once hears back fast), then every 15 s: 39
 * requests over 3 minutes where Adyen's drop-in makes 42 (2 s, then 10 s).
 */

/** Default period between checks while the page is visible (the `poll-interval` attribute). */
export const DEFAULT_POLL_INTERVAL = 2000;

/**
 * The shortest period allowed: a smaller `poll-interval` (a typo such as `"1"`) is raised to it,
 * so one shopper's page never sends more than two requests a second.
 */
export const MIN_POLL_INTERVAL = 500;

/**
 * How long checks go on after the code's time ran out (`expiresAt`, on the server's clock): a
 * shopper who scanned at the last second may still be confirming in the wallet app. Only the
 * server's reply makes the payment final; after this the tracker stops asking (`onLapse`).
 */
export const EXPIRY_GRACE = 120_000;

/**
 * A server clock reading (the HTTP `Date` of a status reply, whole seconds) replaces the one in
 * use only when it differs by more than this, so the countdown does not jitter.
 */
export const CLOCK_TOLERANCE = 2000;

/** How long the fast cadence lasts: most wallet payments finish within a minute of scanning. */
export const FAST_PHASE = 60_000;

/**
 * Period after the first minute, and of the safety-net checks while a Server-Sent Events
 * stream is healthy (the stream does the real work then). Never shorter than `pollInterval`.
 */
export const SLOW_POLL_INTERVAL = 15_000;

/**
 * Hidden pages check 5× less often: the shopper is in the wallet app, browsers throttle
 * background timers anyway, and returning to the page triggers an immediate check.
 */
export const HIDDEN_FACTOR = 5;

/** Upper bound of the error backoff, so a recovered server is noticed within half a minute. */
export const BACKOFF_CAP = 30_000;

/** Consecutive failures after which `status-unreachable` is reported (once per failure streak). */
export const UNREACHABLE_AFTER = 3;

/** Stream failures in a row after which a tracker that also has a `statusUrl` polls instead. */
export const STREAM_GIVE_UP = 3;

/** How long one status request may take before it is aborted and counted as a failure. */
export const DEFAULT_REQUEST_TIMEOUT = 10_000;

/** Time, injected so tests can run minutes of polling in milliseconds. */
export interface Clock {
  /** Epoch milliseconds, like `Date.now()`. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the polling cadence depends on. */
export interface PollContext {
  /** Milliseconds since tracking started. */
  elapsed: number;
  /** The configured period while visible. */
  pollInterval: number;
  /** The page is hidden (another tab, or the wallet app in front). */
  hidden: boolean;
  /** A Server-Sent Events stream carries the status; polling is only a safety net. */
  streaming: boolean;
}

/** The delay before the next check when the last one succeeded. */
export function pollDelay({ elapsed, pollInterval, hidden, streaming }: PollContext): number {
  const base =
    streaming || elapsed >= FAST_PHASE ? Math.max(pollInterval, SLOW_POLL_INTERVAL) : pollInterval;
  return hidden ? base * HIDDEN_FACTOR : base;
}

/**
 * The delay after `failures` consecutive failures (1, 2, …): doubling from twice the poll
 * interval up to {@link BACKOFF_CAP}, with "equal jitter" (a random point in the upper half) so
 * many shoppers' pages do not hammer a recovering server in step.
 *
 * @param random - a number in [0, 1), `Math.random` in production.
 */
export function backoffDelay(failures: number, pollInterval: number, random: () => number): number {
  const exponent = Math.min(Math.max(failures, 1), 16); // 2^16 × any sane interval is past the cap
  const ceiling = Math.min(BACKOFF_CAP, pollInterval * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
