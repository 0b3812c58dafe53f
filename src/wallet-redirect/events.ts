import type { Flow, FlowReason, PaymentSession, PaymentStatus } from '../core/types.js';

/** The `detail` of `wallet-flow`: a flow was chosen, switched to, or fallen back to. */
export interface WalletFlowDetail {
  flow: Flow;
  reason: FlowReason;
}

/** The `detail` of `wallet-redirect` (cancelable): the element is about to navigate to `url`. */
export interface WalletRedirectDetail {
  url: string;
}

/** The `detail` of `wallet-status`: the payment's status changed. */
export interface WalletStatusDetail {
  status: PaymentStatus;
  session: PaymentSession;
}

/** The `detail` of `wallet-refresh`: the shopper asks for a new code; set a new `session`. */
export interface WalletRefreshDetail {
  session: PaymentSession;
}

/**
 * The `detail` of `wallet-continue` (paid: "Continue") and `wallet-change-method` (not paid:
 * "Choose another method"): the session that ended, and how.
 */
export interface WalletNextDetail {
  session: PaymentSession;
  status: PaymentStatus;
}

/**
 * The `detail` of `wallet-in-app`: the wallet's own pay sheet answered. `ok` and `processing`
 * only mean "ask the shop" (the element does at once); `code` is the app's own answer
 * (`get_brand_wcpay_request:cancel`, `6001`…).
 */
export interface WalletInAppDetail {
  result: 'ok' | 'processing' | 'cancel' | 'fail';
  code: string;
}

/**
 * The `detail` of `wallet-miniprogram` (cancelable): the page is a WeChat mini-program web view,
 * where WeChat does not let a page pay; navigate to your mini program's own pay page
 * (`wx.miniProgram.navigateTo`). The session has no `jsapi` here.
 */
export interface WalletMiniProgramDetail {
  session: PaymentSession;
}

/** The `detail` of `wallet-share`: the link was handed to the share sheet or copied. */
export interface WalletShareDetail {
  via: 'share' | 'clipboard';
}

/**
 * The codes of `wallet-error`. Only `invalid-session` means nothing can be shown; the others
 * remove one piece (a flow, the amount) or report a passing trouble, and the rest works on.
 */
export type WalletErrorCode =
  | 'invalid-session'
  | 'invalid-field'
  | 'invalid-amount'
  | 'unsafe-url'
  | 'qr-too-long'
  | 'status-unreachable'
  | 'share-failed'
  | 'in-app-failed';

/** The `detail` of `wallet-error`. */
export interface WalletErrorDetail {
  code: WalletErrorCode;
  /** English, developer-facing explanation. */
  message: string;
}

export type WalletFlowEvent = CustomEvent<WalletFlowDetail>;
export type WalletRedirectEvent = CustomEvent<WalletRedirectDetail>;
export type WalletStatusEvent = CustomEvent<WalletStatusDetail>;
export type WalletRefreshEvent = CustomEvent<WalletRefreshDetail>;
export type WalletShareEvent = CustomEvent<WalletShareDetail>;
export type WalletErrorEvent = CustomEvent<WalletErrorDetail>;
export type WalletContinueEvent = CustomEvent<WalletNextDetail>;
export type WalletInAppEvent = CustomEvent<WalletInAppDetail>;
export type WalletMiniProgramEvent = CustomEvent<WalletMiniProgramDetail>;
export type WalletChangeMethodEvent = CustomEvent<WalletNextDetail>;

/** Events of `<wallet-redirect>`, for typed listeners. */
export interface WalletRedirectEventMap {
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

/**
 * Dispatches a bubbling, composed event; returns false when a cancelable one was cancelled.
 * @internal
 */
export function emit<K extends keyof WalletRedirectEventMap>(
  target: EventTarget,
  type: K,
  detail: WalletRedirectEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}
