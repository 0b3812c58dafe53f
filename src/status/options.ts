/** The public types of `StatusTracker`: its options, its error and the parts it plugs in. */
import type { Clock } from './schedule.js';
import type { CheckStatus, EventSourceFactory, FetchLike } from './transport.js';
import type { PageVisibility } from './visibility.js';
import type { FinalStatus, PaymentSession } from '../core/types.js';

export type { Clock } from './schedule.js';
export type {
  CheckStatus,
  EventSourceFactory,
  EventSourceLike,
  FetchLike,
  ReportedStatus,
} from './transport.js';
export type { PageVisibility, PageVisibilityChange, PageVisibilityListener } from './visibility.js';

/** The error `StatusTracker` reports; the element forwards it as `wallet-error`. */
export interface StatusTrackerError {
  code: 'status-unreachable';
  /** Developer-facing English: what failed last. */
  message: string;
}

/** Options of `StatusTracker`. Only `session` is required. */
export interface StatusTrackerOptions {
  session: PaymentSession;
  /** Period between checks while the page is visible, in ms. Default 2000, at least 500. */
  pollInterval?: number;
  /** How long one request may take before it is aborted, in ms. Default 10 000. */
  timeout?: number;
  /** A custom transport; when given, `statusUrl` and `eventsUrl` are not used. */
  checkStatus?: CheckStatus | undefined;
  /** Default: `globalThis.fetch`. */
  fetch?: FetchLike;
  /**
   * Default: a `fetch`-based Server-Sent Events reader (it checks where redirects lead) where
   * `fetch` and `ReadableStream` exist; `null` disables the stream.
   */
  EventSource?: EventSourceFactory | null;
  /** Default: the system clock. */
  clock?: Clock;
  /** A number in [0, 1) for backoff jitter. Default: `Math.random`. */
  random?: () => number;
  /** Default: the page's `document`/`window` in a browser, always visible elsewhere. */
  visibility?: PageVisibility;
  /** Base for relative `statusUrl`/`eventsUrl`. Default: `document.baseURI` in a browser. */
  baseUrl?: string;
  /**
   * The server's clock minus this device's, in ms, when known from an earlier tracker of the
   * same server (see `StatusTracker.clockOffset`). Default: unknown until a reply tells.
   */
  clockOffset?: number | undefined;
  /** Called once with the final status; nothing is called after it. */
  onStatus?: (status: FinalStatus) => void;
  /**
   * Called when `StatusTracker.now` or `StatusTracker.deadline` changed: a reply
   * told the server's time, or showed that this device's clock cannot be trusted.
   */
  onClock?: () => void;
  /**
   * Called once when `expiresAt` has passed on the server's clock: hide the code. Checks go on
   * for `EXPIRY_GRACE`, so a last-second payment is still heard.
   */
  onExpire?: () => void;
  /** Called once when the grace period ended without a final status; the tracker has stopped. */
  onLapse?: () => void;
  /** Called once per streak of `UNREACHABLE_AFTER` consecutive failures; tracking goes on. */
  onError?: (error: StatusTrackerError) => void;
  /** Called when a check succeeds again after `status-unreachable` was reported. */
  onRecovered?: () => void;
}
