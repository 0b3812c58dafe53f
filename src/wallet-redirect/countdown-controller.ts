import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The moment at which the one-minute warning is announced.
 * @internal
 */
export const WARNING_AT = 60_000;

/** Options of {@link CountdownController}. */
export interface CountdownOptions {
  /** Called once per deadline when one minute (or less) is left, before the end. */
  onWarning: () => void;
  /** Called once per deadline when it is reached. */
  onEnd: () => void;
  /** Default: `Date.now`. */
  now?: () => number;
}

/**
 * Counts down to a deadline (a session's `expiresAt`) and re-renders its host every second while
 * connected. The visible mm:ss changes every second, but screen readers hear about it only
 * through `onWarning`, once: a live region updated every second would drown everything else.
 * @internal
 */
export class CountdownController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: CountdownOptions;
  private deadline: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private warned = false;
  private ended = false;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: CountdownOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Milliseconds left (never negative), or null without a deadline. */
  get remaining(): number | null {
    if (this.deadline === null) return null;
    return Math.max(0, this.deadline - this.now());
  }

  /** Whether the deadline has passed. */
  get expired(): boolean {
    return this.ended;
  }

  /** Sets (or clears, with null) the deadline in epoch ms; restarts the warnings. */
  setDeadline(deadline: number | null): void {
    if (deadline === this.deadline) return;
    this.deadline = deadline;
    this.warned = false;
    this.ended = false;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private sync(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.connected || this.deadline === null || this.ended) return;
    this.check();
    this.schedule();
  }

  /**
   * Wakes up when the displayed second changes (the remaining time crosses a whole second), so
   * the display never lags and the end comes exactly at the deadline.
   */
  private schedule(): void {
    const left = this.remaining;
    if (left === null || this.ended) return;
    const wait = left % 1000 || 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.check();
      this.host.requestUpdate();
      this.schedule();
    }, wait);
  }

  private check(): void {
    const left = this.remaining;
    if (left === null || this.ended) return;
    if (left <= 0) {
      this.ended = true;
      this.options.onEnd();
      return;
    }
    if (left <= WARNING_AT && !this.warned) {
      this.warned = true;
      this.options.onWarning();
    }
  }
}

/**
 * Formats milliseconds as m:ss (rounded up, so 0:00 shows only at the end).
 * @internal
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
