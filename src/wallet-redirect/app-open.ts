/**
 * Opening the wallet app, one opening at a time (two rapid clicks navigate once), and watching
 * whether it opened: the page either goes to the background (`visibilitychange` → hidden, or
 * `pagehide`): it did; or it stays visible for `redirect-timeout`: it did not, and the element
 * falls back to the QR code or the share link. `blur` alone is no evidence (iOS's "Open in app?"
 * prompt blurs the page). A hint; the server has the truth.
 */
import { fallbackFlow } from '../core/flow.js';
import { emit } from './events.js';
import { localized, walletNames, withWallet } from './localized.js';
import { isOver, type WalletHost } from './state.js';
import { switchFlow } from './switch-flow.js';

/** What opening needs of the element besides its state. @internal */
export interface AppOpenHost extends WalletHost {
  readonly redirectTimeout: number;
  navigate(url: string): void;
}

/**
 * Opens the wallet app, as `open()` documents, and watches whether it opened; `stopWatching`
 * ends the watch.
 * @internal
 */
export function openWallet(host: AppOpenHost): void {
  const state = host.state_;
  const { hand } = state;
  const url = hand?.redirectUrl;
  if (
    !url ||
    isOver(state) ||
    !hand.choice.available.includes('redirect') ||
    state.unwatch ||
    !emit(host, 'wallet-redirect', { url }, true)
  ) {
    return;
  }
  state.unwatch = () => {}; // opening: another click does nothing meanwhile
  host.requestUpdate();
  try {
    host.navigate(url);
  } catch (error) {
    console.error('<wallet-redirect>: navigation failed', error);
  }
  const finish = (opened: boolean): void => {
    stopWatching(host);
    if (!opened) appNotOpened(host);
  };
  const doc = host.ownerDocument;
  const view = doc.defaultView ?? window;
  const onVisibility = (): void => {
    if (doc.visibilityState === 'hidden') finish(true);
  };
  const onPageHide = (): void => finish(true);
  const timeout = host.redirectTimeout;
  // A hidden page at the deadline means the app took the foreground after all.
  const timer = setTimeout(
    () => finish(doc.visibilityState === 'hidden'),
    // Not a number (a malformed attribute): the default, not an instant "didn't open".
    Number.isFinite(timeout) ? timeout : 2500, // negative: at once, as setTimeout does
  );
  doc.addEventListener('visibilitychange', onVisibility);
  view.addEventListener('pagehide', onPageHide);
  state.unwatch = () => {
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
    view.removeEventListener('pagehide', onPageHide);
  };
  state.notice = '';
}

/**
 * Stops watching whether the wallet app opened, without a result.
 * @internal
 */
export function stopWatching(host: WalletHost): void {
  const state = host.state_;
  if (!state.unwatch) return;
  state.unwatch();
  state.unwatch = undefined;
  host.requestUpdate();
}

/** The page stayed visible: show a notice and the QR code, else the share link, if allowed. */
function appNotOpened(host: WalletHost): void {
  const state = host.state_;
  const { hand } = state;
  if (!hand || isOver(state)) return;
  const { strings } = localized(host);
  const notice = withWallet(strings.appNotOpened, walletNames(strings, hand.session));
  host.announce_(notice);
  state.notice = notice;
  host.requestUpdate();
  const flow = fallbackFlow(hand, hand.choice.available);
  if (flow) switchFlow(host, flow, 'app-not-opened');
}
