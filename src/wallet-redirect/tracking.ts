/**
 * Following the payment for the element: while it is connected and the payment pending, a
 * StatusTracker asks the shop's server, and the session is kept for resume; a final status
 * clears it. Removal stops everything, a new connection starts again, and a new session stops
 * its tracker, so replies about an old session are never heard.
 */
import {
  clearPendingSession,
  getSessionStorage,
  loadPendingSession,
  savePendingSession,
} from '../status/pending.js';
import { StatusTracker, type CheckStatus } from '../status/tracker.js';
import { documentVisibility } from '../status/visibility.js';
import type { PaymentSession } from '../core/types.js';
import { stopWatching } from './app-open.js';
import { syncCountdown, type CountdownHost } from './countdown.js';
import { emit } from './events.js';
import { localized } from './localized.js';
import { isLive, type WalletHost } from './state.js';

/** What tracking needs of the element besides its state. @internal */
export interface TrackingHost extends CountdownHost {
  session: PaymentSession | null;
  readonly pollInterval: number;
  readonly checkStatus: CheckStatus | undefined;
  readonly resume: boolean;
  /** Move focus to the outcome's heading after the next render (paid or failed). */
  focusFinal_: boolean;
}

/**
 * Starts a tracker for the session while connected and pending; its reports go into the
 * session's state.
 * @internal
 */
export function startTracking(host: TrackingHost): void {
  const state = host.state_;
  const { hand } = state;
  if (!hand || !isLive(host) || state.tracker || state.status !== 'pending') return;
  const { session } = hand;
  state.lapsed = false;
  keepForResume(host);
  // A new tracker has reached nobody yet: the old one's "can't reach the shop" goes.
  if (state.unreachable) {
    state.unreachable = false;
    host.requestUpdate();
  }
  // A stopped tracker calls nothing more (StatusTracker's contract), and every tracker of an old
  // session was stopped: each callback only checks that its session is still the current one.
  const tracker: StatusTracker = (state.tracker = new StatusTracker({
    session: hand.tracked,
    pollInterval: host.pollInterval,
    checkStatus: host.checkStatus,
    clockOffset: host.clockOffset_,
    visibility: documentVisibility(host.ownerDocument, host.ownerDocument.defaultView!),
    // Once, with the final status the server reported.
    onStatus: (status) => {
      if (host.state_ !== state) return;
      state.tracker = null;
      state.status = status;
      clearPendingSession(getSessionStorage(), session.id);
      stopWatching(host);
      state.deadline = null;
      syncCountdown(host);
      host.announce_(localized(host).strings[`${status}Title`]);
      host.focusFinal_ = (status === 'paid' || status === 'failed') && mayTakeFocus(host);
      emit(host, 'wallet-status', { status, session });
    },
    // The server's clock was read (or this device's proved wrong): the countdown follows it.
    onClock: () => {
      if (host.state_ !== state) return;
      host.clockOffset_ = tracker.clockOffset;
      state.deadline = tracker.deadline;
      syncCountdown(host);
      host.requestUpdate();
    },
    // The code's time ran out on the server's clock: hide it; the tracker still listens a while.
    onExpire: () => {
      if (host.state_ !== state) return;
      stopWatching(host);
      state.codeExpired = true;
      host.announce_(localized(host).strings.expiredTitle);
    },
    // The grace period ended with no final word from the server: stop asking ("I have paid" asks again).
    onLapse: () => {
      if (host.state_ !== state) return;
      state.tracker = null;
      state.lapsed = true;
      host.requestUpdate();
    },
    // Once per streak of failures to reach the shop; tracking goes on.
    onError: ({ message }) => {
      if (host.state_ !== state) return;
      state.unreachable = true;
      host.announce_(localized(host).strings.unreachable);
      emit(host, 'wallet-error', { code: 'status-unreachable', message });
    },
    onRecovered: () => {
      if (host.state_ !== state) return;
      state.unreachable = false;
      host.requestUpdate();
    },
  }));
  // Started after this update: a synchronous report (no status URL) then renders normally. A
  // tracker stopped meanwhile does not start.
  queueMicrotask(() => tracker.start());
}

/**
 * Stops the session's tracker, if any.
 * @internal
 */
export function stopTracking(host: WalletHost): void {
  const state = host.state_;
  const { tracker } = state;
  state.tracker = null;
  tracker?.stop();
  // "Checking…" was that tracker's check: a new session's "I have paid" works at once.
  clearTimeout(state.checkingTimer);
  if (state.checking) {
    state.checking = false;
    host.requestUpdate();
  }
}

/**
 * "I have paid": checks at once, showing "Checking…" for a moment.
 * @internal
 */
export function checkNow(host: TrackingHost): void {
  const state = host.state_;
  if (state.lapsed) startTracking(host); // after the grace period: ask again, for another one
  const { tracker } = state;
  if (!tracker || state.checking) return;
  state.checking = true;
  host.requestUpdate();
  tracker.checkNow();
  state.checkingTimer = setTimeout(() => {
    state.checking = false;
    host.requestUpdate();
  }, 1200);
}

/**
 * With `resume`, keeps the pending session for this tab; without, forgets it.
 * @internal
 */
export function keepForResume(host: TrackingHost): void {
  const state = host.state_;
  const { hand } = state;
  if (!hand || state.status !== 'pending') return;
  if (host.resume) savePendingSession(getSessionStorage(), hand.session);
  else clearPendingSession(getSessionStorage(), hand.session.id);
}

/**
 * With `resume` and no session yet: this tab's pending session, if any.
 * @internal
 */
export function restorePending(host: TrackingHost): void {
  if (!host.resume || host.session !== null) return;
  const pending = loadPendingSession(getSessionStorage());
  if (pending) host.session = pending;
}

/**
 * Whether the outcome may take focus: the shopper was using the element (focus inside it), or
 * nothing has focus and the element is on screen. Never from another control on the page, and
 * never by scrolling to an element out of view (a docs page of many would jump); the live region
 * announces the outcome either way.
 */
function mayTakeFocus(host: HTMLElement): boolean {
  const doc = host.ownerDocument;
  const active = doc.activeElement;
  if (active === host || (active !== null && host.contains(active))) return true;
  if (active !== null && active !== doc.body) return false;
  const box = host.getBoundingClientRect();
  return box.bottom > 0 && box.top < (doc.defaultView?.innerHeight ?? 0);
}
