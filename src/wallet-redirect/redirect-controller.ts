import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AppOpenDetector } from './app-open-detector.js';
import { emit } from './events.js';

/** What {@link RedirectController} reads at the moment of opening, and whom it tells. */
export interface RedirectOptions {
  /** Goes to the wallet (the host's `navigate` property). */
  navigate: (url: string) => void;
  /** The host's `redirectTimeout`, in ms. */
  timeout: () => number;
  /** The page stayed visible for the whole timeout: the wallet app did not open. */
  onNotOpened: () => void;
}

/**
 * Opening the wallet app: the cancelable `wallet-redirect`, the navigation, then watching with
 * an {@link AppOpenDetector} whether the app took the foreground. One opening at a time, so two
 * rapid clicks navigate once; removal or a new session stops the watch without a result.
 * @internal
 */
export class RedirectController implements ReactiveController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: RedirectOptions;
  private detector: AppOpenDetector | null = null;
  private busy = false;

  constructor(host: ReactiveControllerHost & EventTarget, options: RedirectOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** True from the navigation until the detector's result: the open button waits. */
  get opening(): boolean {
    return this.busy;
  }

  /**
   * Fires `wallet-redirect`, navigates to `url` unless it was cancelled, and starts watching.
   *
   * @returns whether it navigated (false while an opening is under way or when cancelled)
   */
  open(url: string): boolean {
    if (this.busy) return false;
    if (!emit(this.host, 'wallet-redirect', { url }, true)) return false;
    this.setBusy(true);
    try {
      this.options.navigate(url);
    } catch (error) {
      console.error('<wallet-redirect>: navigation failed', error);
    }
    this.detector?.stop();
    const detector = new AppOpenDetector({
      timeout: this.options.timeout(),
      onResult: (result) => {
        if (this.detector !== detector) return;
        this.detector = null;
        this.setBusy(false);
        if (result === 'not-opened') this.options.onNotOpened();
      },
    });
    this.detector = detector;
    detector.start();
    return true;
  }

  /** Stops watching without a result: a new session, a final status. */
  reset(): void {
    this.detector?.stop();
    this.detector = null;
    this.setBusy(false);
  }

  hostDisconnected(): void {
    this.reset();
  }

  private setBusy(busy: boolean): void {
    if (this.busy === busy) return;
    this.busy = busy;
    this.host.requestUpdate();
  }
}
