/**
 * The countdown to `expiresAt`, on the server's clock (the tracker learns it): the visible m:ss
 * changes every second, but screen readers hear about it only once, at one minute left: a live
 * region updated every second would drown everything else. At the deadline the countdown stops;
 * the tracker then says whether the code expired, on the server's clock.
 */
import { localized } from './localized.js';
import { isLive, isOver, type WalletHost } from './state.js';

/** What the countdown needs of the element besides its state. @internal */
export interface CountdownHost extends WalletHost {
  /** The server's clock minus this device's, in ms, as the last tracker learnt it. */
  clockOffset_: number | undefined;
  /** The countdown's next step, while one is due. */
  countdownTimer_: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Formats milliseconds as m:ss (rounded up, so 0:00 shows only at the end).
 * @internal
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Milliseconds left to pay on the server's clock, or null without a known deadline.
 * @internal
 */
export function timeLeft(host: CountdownHost): number | null {
  const { deadline } = host.state_;
  return deadline === null ? null : deadline - Date.now() - (host.clockOffset_ ?? 0);
}

/**
 * (Re)starts the countdown's timer while in a live page, or stops it.
 * @internal
 */
export function syncCountdown(host: CountdownHost): void {
  clearTimeout(host.countdownTimer_);
  if (isLive(host)) countdown(host);
}

/**
 * One step of the countdown: warns once at one minute left, stops at the deadline, and wakes up
 * again when the displayed second changes, so the display never lags.
 */
function countdown(host: CountdownHost): void {
  const left = timeLeft(host);
  const state = host.state_;
  if (left === null || left <= 0 || isOver(state)) return;
  if (left <= 60_000 && !state.warned) {
    state.warned = true;
    host.announce_(localized(host).strings.oneMinuteLeft);
  }
  host.countdownTimer_ = setTimeout(
    () => {
      host.requestUpdate();
      countdown(host);
    },
    left % 1000 || 1000,
  );
}
