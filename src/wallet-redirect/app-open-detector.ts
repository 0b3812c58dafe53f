/**
 * Did the wallet app open? After navigating to an app link the page either goes to the
 * background (`visibilitychange` → hidden, or `pagehide`): the app opened; or it stays visible
 * for `timeout` ms: it did not. `blur` alone is no evidence (iOS's "Open in app?" prompt blurs
 * the page), so it is not listened to. The result is a hint; the server's status is the truth.
 */

/** Timers, injected so tests can drive the detector. */
export interface DetectorClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the detector listens to: `document` for visibility, `window` for `pagehide`. */
export interface AppOpenDetectorOptions {
  /** How long the page must stay visible to conclude the app did not open, in ms. */
  timeout: number;
  /** Called once: `opened` (the page went away) or `not-opened` (still visible at the timeout). */
  onResult: (result: 'opened' | 'not-opened') => void;
  document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  clock?: DetectorClock;
}

const systemClock: DetectorClock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

/**
 * One detection after one navigation; {@link stop} cancels it without a result.
 * @internal
 */
export class AppOpenDetector {
  private readonly options: AppOpenDetectorOptions;
  private readonly clock: DetectorClock;
  private timer: unknown = undefined;
  private active = false;

  constructor(options: AppOpenDetectorOptions) {
    this.options = options;
    this.clock = options.clock ?? systemClock;
  }

  /** True between {@link start} and the result or {@link stop}. */
  get running(): boolean {
    return this.active;
  }

  /** Starts watching; call right after navigating. */
  start(): void {
    if (this.active) return;
    this.active = true;
    const doc = this.options.document ?? document;
    const win = this.options.window ?? window;
    doc.addEventListener('visibilitychange', this.onVisibility);
    win.addEventListener('pagehide', this.onPageHide);
    const timeout = Number.isFinite(this.options.timeout) ? Math.max(0, this.options.timeout) : 0;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      // A hidden page at the deadline means the app took the foreground after all.
      this.finish(doc.visibilityState === 'hidden' ? 'opened' : 'not-opened');
    }, timeout);
  }

  /** Stops watching without a result (element removed, new session). */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const doc = this.options.document ?? document;
    const win = this.options.window ?? window;
    doc.removeEventListener('visibilitychange', this.onVisibility);
    win.removeEventListener('pagehide', this.onPageHide);
  }

  private finish(result: 'opened' | 'not-opened'): void {
    if (!this.active) return;
    this.stop();
    this.options.onResult(result);
  }

  private readonly onVisibility = (): void => {
    const doc = this.options.document ?? document;
    if (doc.visibilityState === 'hidden') this.finish('opened');
  };

  private readonly onPageHide = (): void => this.finish('opened');
}
