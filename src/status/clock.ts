/** Time for `StatusTracker`: the system clock, long timers, and the server's clock offset. */
import type { Clock } from './schedule.js';

/** Longer timers overflow and fire at once in browsers, so long expiries are armed in steps. */
export const MAX_TIMER = 2 ** 31 - 1;

/** The timer functions are wrapped: browsers refuse them called as another object's methods. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/**
 * The server's clock minus this device's, from a reply's HTTP `Date` (whole seconds, so the
 * middle of its second) against the middle of the request; undefined without a readable `Date`.
 */
export function offsetFrom(
  date: string | null | undefined,
  sent: number,
  received: number,
): number | undefined {
  const server = date ? Date.parse(date) : NaN;
  return Number.isNaN(server) ? undefined : server + 500 - (sent + received) / 2;
}

/** `value` when it is a positive finite number, else `fallback`. */
export function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
