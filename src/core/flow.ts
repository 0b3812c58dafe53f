/**
 * Choosing how the shopper completes a payment here: open the wallet app (`redirect`), scan a QR
 * code (`qr`), ask a friend (`share`), or leave an in-app browser that blocks the wallet
 * (`open-in-browser`). Pure and table-driven, so `<wallet-redirect>` and the picker's hints
 * always agree; see DESIGN.md ("Flow choice").
 */
import type {
  Environment,
  Flow,
  FlowChoice,
  FlowPreference,
  InAppBrowser,
  PaymentSession,
} from './types.js';

/** The parts of a session that decide the flow. */
export type FlowSession = Pick<PaymentSession, 'redirectUrl' | 'qrPayload' | 'shareUrl' | 'jsapi'>;

/**
 * Whether the page is in `methodId`'s own app, whose bridge opens its pay sheet: WeChat Pay in
 * WeChat's browser, Alipay in Alipay's. A WeChat mini-program web view counts (the element then
 * hands over to the mini program, where WeChat allows paying).
 */
export function ownApp(methodId: string, environment: Environment): boolean {
  return (
    (methodId === 'wechat-pay' && environment.inApp === 'wechat') ||
    (methodId === 'alipay' && environment.inApp === 'alipay')
  );
}

/** Method ids that hand off to a wallet app; the rest (cards, PayPal…) get no flow hint. */
export const WALLET_METHOD_IDS = [
  'alipay',
  'wechat-pay',
  'unionpay',
  'jd-pay',
  'ecny',
  'bestpay',
  'hebao',
] as const;

/** Whether `methodId` is one of {@link WALLET_METHOD_IDS}. */
export function isWalletMethodId(methodId: unknown): boolean {
  return (WALLET_METHOD_IDS as readonly unknown[]).includes(methodId);
}

/**
 * Wallets whose hand-off cannot complete inside each in-app browser. The rule for listing: the
 * failure is documented or widely reported. A wrong entry sends the shopper out of the app for
 * nothing, while a missing one still ends in the `app-not-opened` fallback (QR or share) after
 * `redirect-timeout`, so doubtful cases stay out.
 */
export const blockedWallets: Readonly<Record<InAppBrowser, readonly string[]>> = {
  // WeChat intercepts Alipay pages and alipays:// links, and launches other apps only for the
  // partners it lists (its `wx-open-launch-app` tag needs registration), so every other wallet
  // app fails. WeChat Pay's H5 page (h5_url) refuses to run inside WeChat: a shop pays there with
  // JSAPI (WeixinJSBridge) in its own code, not with <wallet-redirect> — see predictFlow.
  wechat: WALLET_METHOD_IDS,
  // WeCom runs WeChat's web view and says MicroMessenger, which is what the H5 page checks:
  // assumed to behave like WeChat.
  wecom: WALLET_METHOD_IDS,
  // Unverified (DOMAIN.md): Alipay is said to block weixin:// links.
  alipay: ['wechat-pay'],
  // QQ, Weibo, Douyin/TikTok and Xiaohongshu open other apps only from their own allow-lists
  // (QQ and Weibo also block Universal Links on iOS), so wallet apps do not open from them.
  qq: WALLET_METHOD_IDS,
  weibo: WALLET_METHOD_IDS,
  douyin: WALLET_METHOD_IDS,
  xiaohongshu: WALLET_METHOD_IDS,
  // DingTalk is Alibaba's and opens Alipay; nothing documented for the others.
  dingtalk: [],
  // Reported (unverified): Alibaba's shopping apps refuse WeChat links as Alipay does.
  taobao: ['wechat-pay'],
  tmall: ['wechat-pay'],
  // UC is a standalone browser: there is no "real browser" to send the shopper to.
  uc: [],
  // UnionPay's own app, and Facebook, Instagram and LINE: they hand app links to the system
  // (iOS may ask first); if the app does not open, the app-not-opened fallback takes over.
  unionpay: [],
  facebook: [],
  instagram: [],
  line: [],
};

/** Redirect links an in-app browser refuses whatever the method id says. */
export interface BlockedLinks {
  /** App schemes it will not open (without `:`); `'*'` means every non-http(s) scheme. */
  readonly schemes: readonly string[];
  /** Hosts (and their subdomains) whose pages it intercepts or that refuse to run in it. */
  readonly hosts: readonly string[];
}

const NO_LINKS: BlockedLinks = { schemes: [], hosts: [] };
const WECHAT_LINKS: BlockedLinks = {
  schemes: ['*'],
  // Alipay's pages (and its sandbox) are intercepted; WeChat Pay H5 (wx.tenpay.com) refuses.
  hosts: ['alipay.com', 'alipaydev.com', 'wx.tenpay.com'],
};
const ALIBABA_LINKS: BlockedLinks = { schemes: ['weixin'], hosts: ['wx.tenpay.com'] };
const ALLOW_LIST_LINKS: BlockedLinks = { schemes: ['*'], hosts: [] };

/**
 * Redirect links each in-app browser refuses, so a custom method id that goes through a blocked
 * wallet (an `alipays://` link for "huabei" inside WeChat) is caught too. Same sources as
 * {@link blockedWallets}.
 */
export const blockedLinks: Readonly<Record<InAppBrowser, BlockedLinks>> = {
  wechat: WECHAT_LINKS,
  wecom: WECHAT_LINKS,
  alipay: ALIBABA_LINKS,
  taobao: ALIBABA_LINKS,
  tmall: ALIBABA_LINKS,
  qq: ALLOW_LIST_LINKS,
  weibo: ALLOW_LIST_LINKS,
  douyin: ALLOW_LIST_LINKS,
  xiaohongshu: ALLOW_LIST_LINKS,
  dingtalk: NO_LINKS,
  uc: NO_LINKS,
  unionpay: NO_LINKS,
  facebook: NO_LINKS,
  instagram: NO_LINKS,
  line: NO_LINKS,
};

/**
 * Whether the session's redirect cannot complete in this in-app browser: the wallet is in
 * {@link blockedWallets}, or the link is in {@link blockedLinks}.
 *
 * @param methodId - the session's method
 * @param redirectUrl - the session's `redirectUrl` (may be relative: then only the method counts)
 * @param inApp - the in-app browser, or null for a real browser (never blocked)
 */
export function isRedirectBlocked(
  methodId: string,
  redirectUrl: string,
  inApp: InAppBrowser | null,
): boolean {
  // Own keys only: an `inApp` of `constructor` or `toString` (from a hand-set environment) is no
  // in-app browser we know, not a lookup into Object.prototype.
  if (inApp === null || !Object.hasOwn(blockedWallets, inApp)) return false;
  if (blockedWallets[inApp].includes(methodId)) return true;
  const links = blockedLinks[inApp];
  // A protocol-relative `//host/…` is another site's page (an https one, once resolved).
  const url = redirectUrl.trim().replace(/^\/\//, 'https://');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return false; // path-relative: the shop's own page
  if (scheme !== 'http' && scheme !== 'https') {
    return links.schemes.includes('*') || links.schemes.includes(scheme);
  }
  const host = hostOf(url);
  return host !== null && links.hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * Chooses the flow to show first and lists the ones the shopper may switch to (DESIGN.md, "Flow
 * choice"). In order:
 *
 * 0. The method's own app ({@link ownApp}) and a `jsapi` → `in-app` (the wallet's pay sheet),
 *    first in `available`, reason `in-app`.
 * 1. Nothing usable (no `redirectUrl`, `qrPayload` or `shareUrl`) → flow null, `no-usable-flow`.
 * 2. The redirect cannot complete in this in-app browser ({@link isRedirectBlocked}) →
 *    `open-in-browser` replaces `redirect`, and is chosen (`blocked-in-app`) on a phone, or on a
 *    desktop that has no QR code or share link to offer instead. A desktop in-app browser (WeChat
 *    for Windows) still shows the QR code to scan with the phone: that never navigates here.
 * 3. A `preference` the session allows here → that flow, `requested`.
 * 4. Mobile → `redirect` if possible, else `qr`, else `share` (`mobile`).
 * 5. Desktop → `qr`, else `share`, else `redirect` (`desktop`).
 *
 * `available` lists every flow the session allows here in tab order: `in-app`, then
 * `open-in-browser` or `redirect`, then `qr`, then `share`. On a desktop, a wallet method's `redirect` is left out
 * when there is a QR code or a share link (the wallet app is on the phone), unless `preference`
 * is `redirect` (the shop's link is a web cashier that works on a computer).
 *
 * @param methodId - the session's method id
 * @param session - the session's hand-off fields (empty strings count as absent)
 * @param environment - from `detectEnvironment`
 * @param preference - the `flow` attribute of `<wallet-redirect>`
 */
export function chooseFlow(
  methodId: string,
  session: FlowSession,
  environment: Environment,
  preference: FlowPreference = 'auto',
): FlowChoice {
  const redirect = present(session.redirectUrl);
  const qr = present(session.qrPayload);
  const share = present(session.shareUrl);
  const blocked = redirect !== null && isRedirectBlocked(methodId, redirect, environment.inApp);

  // Every flow the session allows here, in tab order. A wallet app cannot be opened on a computer
  // (there is none there; its H5 page tells the shopper to use the phone): no "Open app" on a
  // desktop when a code or a link can reach the phone instead, unless the shop asks for it
  // (`flow="redirect"`: its link is a web cashier that works on a computer, as Alipay's can be).
  const available: Flow[] = [];
  const appOnPhoneOnly =
    !environment.mobile &&
    isWalletMethodId(methodId) &&
    (qr !== null || share !== null) &&
    preference !== 'redirect';
  if (redirect !== null && !(appOnPhoneOnly && !blocked)) {
    available.push(blocked ? 'open-in-browser' : 'redirect');
  }
  if (qr) available.push('qr');
  if (share) available.push('share');
  if (session.jsapi && ownApp(methodId, environment)) {
    available.unshift('in-app');
    return { flow: 'in-app', reason: 'in-app', available };
  }

  if (available.length === 0) return { flow: null, reason: 'no-usable-flow', available };
  if (blocked && (environment.mobile || (!qr && !share))) {
    return { flow: 'open-in-browser', reason: 'blocked-in-app', available };
  }
  if (preference !== 'auto' && available.includes(preference)) {
    return { flow: preference, reason: 'requested', available };
  }
  const order: readonly Flow[] = environment.mobile
    ? ['redirect', 'qr', 'share']
    : ['qr', 'share', 'redirect'];
  const flow = order.find((f) => available.includes(f)) ?? 'open-in-browser';
  return { flow, reason: environment.mobile ? 'mobile' : 'desktop', available };
}

/**
 * The flow to fall back to when the wallet app did not open (the page stayed visible after
 * `redirect-timeout`; `wallet-flow` reason `app-not-opened`): `qr`, else `share`, else null.
 *
 * @param session - the session's hand-off fields
 * @param available - the `available` list of the current {@link FlowChoice}
 */
export function fallbackFlow(session: FlowSession, available: readonly Flow[]): Flow | null {
  if (present(session.qrPayload) && available.includes('qr')) return 'qr';
  if (present(session.shareUrl) && available.includes('share')) return 'share';
  return null;
}

/** A typical wallet session (redirect link and QR code) for {@link predictFlow}. */
const TYPICAL_SESSION: FlowSession = {
  redirectUrl: 'https://wallet.invalid/pay',
  qrPayload: 'https://wallet.invalid/qr',
  jsapi: {} as FlowSession['jsapi'], // only its presence counts
};

/**
 * The flow a wallet method will most likely use here, for the picker's per-method hint ("Scan a
 * QR code with WeChat", "Pay here in WeChat", "Opens in your browser"). Assumes a typical
 * session with a redirect link, a QR code and a `jsapi` (a shop offering a wallet inside its own
 * app pays there) and asks {@link chooseFlow}. Null for methods that are not wallets (cards,
 * Apple Pay, Google Pay, PayPal, custom ids), and for WeChat Pay inside WeCom, whose pay sheet
 * the shop opens in its own code.
 *
 * @param methodId - a payment method id
 * @param environment - from `detectEnvironment`
 */
export function predictFlow(methodId: string, environment: Environment): Flow | null {
  if (!isWalletMethodId(methodId)) return null;
  if (methodId === 'wechat-pay' && environment.inApp === 'wecom') return null;
  return chooseFlow(methodId, TYPICAL_SESSION, environment).flow;
}

/** The trimmed value, or null for a missing, non-string or blank one. */
function present(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return null;
  }
}
