/**
 * Paying inside the wallet's own app (flow `in-app`): WeChat Pay through `WeixinJSBridge` in
 * WeChat's browser, Alipay through `AlipayJSBridge` in Alipay's. The element waits for the
 * bridge (its ready event, up to 3 s), opens the pay sheet when the session arrives and again
 * from the pay button or `open()`, one call at a time. The sheet's answer is a hint, never the
 * truth: "paid" there means "ask the shop now"; only the shop's status ends the payment. A new
 * session, or the element leaving the page, while a call is out makes its answer count for
 * nothing. `jsapi` goes to the bridge alone, never into an event, an error or a log.
 */
import type { AlipayJsapi, Flow, WeChatJsapi } from '../core/types.js';
import { emit, type WalletInAppDetail } from './events.js';
import { localize } from '../i18n/locale.js';
import type { InAppStrings } from '../i18n/strings.js';
import { IN_APP_STRINGS } from '../i18n/wallet/in-app.js';
import { localized, walletNames, withWallet } from './localized.js';
import { isOver, type InAppPhase, type WalletHost } from './state.js';
import { switchFlow } from './switch-flow.js';
import { checkNow, type TrackingHost } from './tracking.js';

/** How long to wait for the app's bridge before paying another way. */
export const BRIDGE_TIMEOUT = 3000;

/** WeChat's and Alipay's bridges, as much of them as is used here. */
interface WeixinBridge {
  invoke(name: string, args: WeChatJsapi, callback: (result: { err_msg?: string }) => void): void;
}
interface AlipayBridge {
  call(name: string, args: AlipayJsapi, callback: (result: { resultCode?: string }) => void): void;
}

/** Where each app's bridge lives and how it says it is ready. */
const BRIDGES = {
  'wechat-pay': { global: 'WeixinJSBridge', ready: 'WeixinJSBridgeReady' },
  alipay: { global: 'AlipayJSBridge', ready: 'AlipayJSBridgeReady' },
} as const;

/** What paying in the app needs of the element besides its state. @internal */
export interface InAppHost extends WalletHost, TrackingHost {
  readonly ownerDocument: Document;
}

/**
 * The session arrived with flow `in-app`: in a WeChat mini-program web view, which may not pay,
 * hand over to the mini program (`wallet-miniprogram`, cancelable); else open the pay sheet.
 * @internal
 */
export function startInApp(host: InAppHost, miniProgram: boolean): void {
  const state = host.state_;
  if (state.flow !== 'in-app' || isOver(state)) return;
  const view = host.ownerDocument.defaultView as (Window & { __wxjs_environment?: string }) | null;
  if (miniProgram || view?.__wxjs_environment === 'miniprogram') {
    setPhase(host, 'miniprogram');
    emit(host, 'wallet-miniprogram', { session: state.hand!.session }, true);
    return;
  }
  payInApp(host);
}

/**
 * Opens the wallet's pay sheet, unless a call is out or the payment is over (the pay button,
 * "Pay again" and `open()`).
 * @internal
 */
export function payInApp(host: InAppHost): void {
  const state = host.state_;
  const { hand, inApp } = state;
  if (!hand?.jsapi || isOver(state) || inApp === 'opening' || inApp === 'miniprogram') return;
  const method = hand.session.method as keyof typeof BRIDGES;
  setPhase(host, 'opening');
  void waitForBridge(host.ownerDocument, method).then((bridge) => {
    if (host.state_ !== state || !host.isConnected) return; // another session, or gone
    if (!bridge) return bridgeUnavailable(host);
    void invoke(bridge, method, hand.jsapi!).then((code) => {
      if (host.state_ !== state || !host.isConnected || isOver(state)) return;
      answered(host, resultOf(method, code), code);
    });
  });
}

/** Maps the bridge's answer: WeChat's `err_msg`, Alipay's `resultCode`. */
function resultOf(method: string, code: string): WalletInAppDetail['result'] {
  if (method === 'wechat-pay') {
    const outcome = /:(\w+)$/.exec(code)?.[1];
    return outcome === 'ok' ? 'ok' : outcome === 'cancel' ? 'cancel' : 'fail';
  }
  return code === '9000'
    ? 'ok'
    : code === '8000' || code === '6004'
      ? 'processing'
      : code === '6001'
        ? 'cancel'
        : 'fail';
}

/** The sheet answered: ask the shop at once after "paid"; say so and offer "Pay again" otherwise. */
function answered(host: InAppHost, result: WalletInAppDetail['result'], code: string): void {
  const strings = inAppStrings(host);
  emit(host, 'wallet-in-app', { result, code });
  if (result === 'ok' || result === 'processing') {
    setPhase(host, 'confirming');
    host.announce_(strings.inAppConfirming);
    checkNow(host);
    return;
  }
  setPhase(host, result === 'cancel' ? 'cancelled' : 'failed');
  host.announce_(result === 'cancel' ? strings.inAppCancelled : strings.inAppFailed);
  if (result === 'fail') {
    emit(host, 'wallet-error', {
      code: 'in-app-failed',
      message: `The wallet's pay sheet answered "${code}". The payment may be retried.`,
    });
  }
}

/** No bridge in time (an old app, or a browser that only claims to be the app): pay another way. */
function bridgeUnavailable(host: InAppHost): void {
  const state = host.state_;
  const notice = withWallet(
    inAppStrings(host).inAppUnavailable,
    walletNames(localized(host).strings, state.hand!.session),
  );
  state.notice = notice;
  host.announce_(notice);
  setPhase(host, undefined);
  const next = state.hand!.choice.available.find((flow: Flow) => flow !== 'in-app');
  if (next) switchFlow(host, next, 'bridge-unavailable');
  else {
    emit(host, 'wallet-error', {
      code: 'in-app-failed',
      message: `The app's payment bridge did not appear within ${BRIDGE_TIMEOUT} ms, and the session has no other flow.`,
    });
  }
}

/** The in-app strings in the element's language, with its overrides. @internal */
export const inAppStrings = (host: InAppHost): InAppStrings =>
  localize(host, IN_APP_STRINGS, host.strings).strings;

function setPhase(host: WalletHost, phase: InAppPhase | undefined): void {
  host.state_.inApp = phase;
  host.requestUpdate();
}

/** The app's bridge once it is there (at once, or on its ready event), or null after 3 s. */
function waitForBridge(
  doc: Document,
  method: keyof typeof BRIDGES,
): Promise<WeixinBridge | AlipayBridge | null> {
  const { global, ready } = BRIDGES[method];
  const view = doc.defaultView as unknown as Record<string, unknown> | null;
  const present = () => (view?.[global] as WeixinBridge | AlipayBridge | undefined) ?? null;
  return new Promise((resolve) => {
    if (present()) return resolve(present());
    const done = (): void => {
      clearTimeout(timer);
      doc.removeEventListener(ready, done);
      resolve(present());
    };
    const timer = setTimeout(done, BRIDGE_TIMEOUT);
    doc.addEventListener(ready, done);
  });
}

/** Calls the bridge; resolves with its answer code (anything thrown counts as a failure). */
function invoke(
  bridge: WeixinBridge | AlipayBridge,
  method: keyof typeof BRIDGES,
  jsapi: WeChatJsapi | AlipayJsapi,
): Promise<string> {
  return new Promise((resolve) => {
    try {
      if (method === 'wechat-pay') {
        (bridge as WeixinBridge).invoke('getBrandWCPayRequest', jsapi as WeChatJsapi, (result) =>
          resolve(String(result?.err_msg ?? 'get_brand_wcpay_request:fail')),
        );
      } else {
        (bridge as AlipayBridge).call('tradePay', jsapi as AlipayJsapi, (result) =>
          resolve(String(result?.resultCode ?? '4000')),
        );
      }
    } catch {
      resolve(method === 'wechat-pay' ? 'get_brand_wcpay_request:fail' : '4000');
    }
  });
}
