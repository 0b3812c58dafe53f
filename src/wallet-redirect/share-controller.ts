import type { ReactiveControllerHost } from 'lit';
import type { WalletStrings } from '../i18n/wallet-strings.js';
import { emit } from './events.js';
import { copyText, shareLink } from './share-link.js';

/** What {@link ShareController} needs from its host. */
export interface ShareOptions {
  /** The host's strings now (the locale may change between clicks). */
  strings: () => WalletStrings;
  /** Says something through the host's live region. */
  announce: (text: string) => void;
}

/** What the share and copy actions leave on screen. */
interface ShareState {
  sharing: boolean;
  failed: boolean;
  fallbackLink: string | null;
}

/**
 * The share and copy actions and what they leave on screen. "Share payment link" walks the chain
 * in `share-link.ts` (share sheet → clipboard → a selectable field, `share-failed`) and fires
 * `wallet-share`; "Copy link" copies, or shows the link in a field when the clipboard refuses.
 * One share at a time, so two rapid clicks share once.
 * @internal
 */
export class ShareController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: ShareOptions;
  private readonly state: ShareState = { sharing: false, failed: false, fallbackLink: null };

  constructor(host: ReactiveControllerHost & EventTarget, options: ShareOptions) {
    this.host = host;
    this.options = options;
  }

  /** A share is under way (the share sheet is open). */
  get sharing(): boolean {
    return this.state.sharing;
  }

  /** Neither the share sheet nor the clipboard took the share link: show it in a field. */
  get failed(): boolean {
    return this.state.failed;
  }

  /** A link the clipboard refused, shown in a selectable field instead; or null. */
  get fallbackLink(): string | null {
    return this.state.fallbackLink;
  }

  /**
   * Shares `url`. Does nothing while a share is under way.
   *
   * @param isCurrent - false once the session changed meanwhile: its outcome is then dropped
   */
  async share(url: string, isCurrent: () => boolean): Promise<void> {
    if (this.state.sharing) return;
    this.set('sharing', true);
    const strings = this.options.strings();
    let outcome;
    try {
      outcome = await shareLink({ url, title: strings.shareMessage, text: strings.shareMessage });
    } finally {
      this.set('sharing', false);
    }
    if (!isCurrent()) return;
    if (outcome === 'share' || outcome === 'clipboard') {
      this.set('failed', false);
      this.options.announce(outcome === 'share' ? strings.shared : strings.copied);
      emit(this.host, 'wallet-share', { via: outcome });
    } else if (outcome === 'failed') {
      this.set('failed', true);
      this.options.announce(strings.shareFailed);
      emit(this.host, 'wallet-error', {
        code: 'share-failed',
        message: 'Neither navigator.share nor the clipboard could take the link.',
      });
    }
  }

  /** Copies `text` to the clipboard, or shows it in a selectable field when that fails. */
  async copy(text: string): Promise<void> {
    const strings = this.options.strings();
    if (await copyText(text)) {
      this.set('fallbackLink', null);
      this.options.announce(strings.copied);
    } else {
      this.set('fallbackLink', text);
      this.options.announce(strings.copyFailed);
    }
  }

  /** Hides the link field of a failed copy (another flow is shown). */
  clearFallbackLink(): void {
    this.set('fallbackLink', null);
  }

  /** Forgets every outcome (a new session). */
  reset(): void {
    this.set('failed', false);
    this.set('fallbackLink', null);
  }

  /** Changes one piece of state and re-renders the host, as `@state()` would. */
  private set<K extends keyof ShareState>(key: K, value: ShareState[K]): void {
    if (this.state[key] === value) return;
    this.state[key] = value;
    this.host.requestUpdate();
  }
}
