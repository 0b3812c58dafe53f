/**
 * Handing a link to someone else: the friend-pay link to the share sheet (else the clipboard,
 * else a selectable field), and "Copy link" / "Copy page link" to the clipboard (else a field).
 * Outcomes that arrive after a new session are dropped: they belong to the old one.
 */
import { emit } from './events.js';
import { localized } from './localized.js';
import { isOver, type WalletHost } from './state.js';

/** What sharing needs of the element besides its state. @internal */
export interface SharingHost extends WalletHost {
  /** A share is under way (the share sheet is open); it outlives a change of session. */
  sharing_: boolean;
}

/**
 * Shares the session's friend-pay link, as `share()` documents.
 * @internal
 */
export async function shareLink(host: SharingHost): Promise<void> {
  const state = host.state_;
  const url = state.hand?.shareUrl;
  if (!url || host.sharing_ || isOver(state)) return;
  host.sharing_ = true;
  host.requestUpdate();
  const { strings } = localized(host);
  const text = strings.shareMessage;
  let via: 'share' | 'clipboard' | 'aborted' | 'failed' | undefined;
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title: text, text });
      via = 'share';
    } catch (error) {
      // Closed by the shopper: their choice, and nothing more happens. Anything else
      // (NotAllowedError without user activation, unsupported data…): try the clipboard.
      if (error instanceof DOMException && error.name === 'AbortError') via = 'aborted';
    }
  }
  via ??= (await copyText(url)) ? 'clipboard' : 'failed';
  host.sharing_ = false;
  host.requestUpdate();
  if (host.state_ !== state || via === 'aborted') return;
  state.shareFailed = via === 'failed';
  if (via === 'failed') {
    host.announce_(strings.shareFailed);
    emit(host, 'wallet-error', {
      code: 'share-failed',
      message: 'Neither navigator.share nor the clipboard could take the link.',
    });
  } else {
    host.announce_(via === 'share' ? strings.shared : strings.copied);
    emit(host, 'wallet-share', { via });
  }
}

/**
 * Copies `text`, or shows it in a selectable field when the clipboard refuses.
 * @internal
 */
export async function copyLink(host: WalletHost, text: string): Promise<void> {
  const state = host.state_;
  const { strings } = localized(host);
  const copied = await copyText(text);
  if (host.state_ !== state) return;
  state.fallbackLink = copied ? undefined : text;
  host.announce_(copied ? strings.copied : strings.copyFailed);
}

/** Copies text to the clipboard; false when it is missing or refuses. Never throws. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
