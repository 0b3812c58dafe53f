/**
 * Registers `<wallet-redirect>`. Importing this module is the side effect; the class lives in
 * `wallet-redirect.component.ts` and registers nothing.
 */
import { WalletRedirect } from './wallet-redirect.component.js';
import type {
  WalletChangeMethodEvent,
  WalletContinueEvent,
  WalletErrorEvent,
  WalletFlowEvent,
  WalletInAppEvent,
  WalletMiniProgramEvent,
  WalletRedirectEvent,
  WalletRefreshEvent,
  WalletShareEvent,
  WalletStatusEvent,
} from './events.js';

export { WalletRedirect } from './wallet-redirect.component.js';
export type * from './events.js';
export type { WalletStringOverrides, WalletStrings } from '../i18n/strings.js';

// Defined unless something is already registered under the tag (e.g. a second copy of the bundle).
if (!customElements.get('wallet-redirect')) {
  customElements.define('wallet-redirect', WalletRedirect);
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-redirect': WalletRedirect;
  }
  interface HTMLElementEventMap {
    'wallet-flow': WalletFlowEvent;
    'wallet-redirect': WalletRedirectEvent;
    'wallet-status': WalletStatusEvent;
    'wallet-refresh': WalletRefreshEvent;
    'wallet-share': WalletShareEvent;
    'wallet-error': WalletErrorEvent;
    'wallet-continue': WalletContinueEvent;
    'wallet-change-method': WalletChangeMethodEvent;
    'wallet-in-app': WalletInAppEvent;
    'wallet-miniprogram': WalletMiniProgramEvent;
  }
}
