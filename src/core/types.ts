/**
 * The public data shapes of payment-picker. Pure types: safe to import anywhere (Node included).
 * Each shape's validation lives beside it (`parseMethods` in methods.ts, `parseSession` in
 * session.ts); decisions live in environment.ts and flow.ts.
 */

/** Method ids that get a localized default label, a neutral glyph and, for wallets, a hint. */
export const KNOWN_METHOD_IDS = [
  'alipay',
  'wechat-pay',
  'unionpay',
  'jd-pay',
  'ecny',
  'bestpay',
  'hebao',
  'card',
  'apple-pay',
  'google-pay',
  'paypal',
] as const;

/** One of {@link KNOWN_METHOD_IDS}. */
export type KnownMethodId = (typeof KNOWN_METHOD_IDS)[number];

/** One payment method a shop offers. */
export interface PaymentMethod {
  /** Stable id; the picker's `value` and the submitted form value. Known ids: {@link KnownMethodId}. */
  id: string;
  /** Visible label. Optional for known ids (a localized default is used); required otherwise. */
  label?: string;
  /** A secondary line under the label. */
  description?: string;
  /** Image URL (https: or relative). Anything else is ignored and the default glyph is shown. */
  icon?: string;
  /** A short promotion shown beside the label, e.g. "¥5 off". */
  badge?: string;
  /** Shown but not choosable. */
  disabled?: boolean;
  /** Why it is disabled: shown under the label and in the accessible description. */
  disabledReason?: string;
}

/** The status of a payment as the shop's server reports it; `idle` before any session. */
export type PaymentStatus = 'idle' | 'pending' | 'paid' | 'failed' | 'expired' | 'cancelled';

/** Statuses after which nothing changes any more. */
export type FinalStatus = Extract<PaymentStatus, 'paid' | 'failed' | 'expired' | 'cancelled'>;

/** What the shop's server returns after creating the payment with the provider. */
export interface PaymentSession {
  /** The shop's order/payment id. */
  id: string;
  /** A {@link PaymentMethod} id. */
  method: string;
  /** Decimal string in major units, e.g. "128.00". */
  amount?: string;
  /** ISO 4217 code, e.g. "CNY". */
  currency?: string;
  /** Who is paid, shown before hand-off (China E-Commerce Law Art. 55). */
  payee?: string;
  /** Wallet H5 page or app link (WeChat Pay h5_url, Alipay wap page, alipays://…). */
  redirectUrl?: string;
  /** Text to encode as a QR code (WeChat Native code_url, Alipay precreate qr_code). */
  qrPayload?: string;
  /** Friend-pay page (https) to share. */
  shareUrl?: string;
  /** ISO 8601 instant after which the payment can no longer be completed. */
  expiresAt?: string;
  /** GET → `{"id"?: string, "status": …}`. May be relative to the page. */
  statusUrl?: string;
  /** Optional Server-Sent Events stream of the same JSON objects. May be relative to the page. */
  eventsUrl?: string;
  /**
   * Pay inside the wallet's own app through the bridge it injects into the page: WeChat's six
   * `getBrandWCPayRequest` fields for `wechat-pay`, Alipay's `tradeNO` for `alipay`. Signed by the
   * shop's server; never shown, logged or put in an event.
   */
  jsapi?: WeChatJsapi | AlipayJsapi;
  /**
   * An any-app code (聚合码): `qrPayload` opens the shop's own page, which any of these wallets'
   * apps can open and pay in. Known wallet method ids, in the order to name them.
   */
  scanWith?: string[];
}

/** The arguments of WeChat's `getBrandWCPayRequest` (JSAPI), as the shop's server signed them. */
export interface WeChatJsapi {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  /** `prepay_id=…` */
  package: string;
  signType: string;
  paySign: string;
}

/** Alipay's `tradePay` argument: the `trade_no` of `alipay.trade.create`. */
export interface AlipayJsapi {
  tradeNO: string;
}

/** How the shopper completes the payment. */
export type Flow = 'in-app' | 'redirect' | 'qr' | 'share' | 'open-in-browser';

/** The `flow` attribute of `<wallet-redirect>`: `auto` lets {@link chooseFlow} decide. */
export type FlowPreference = 'auto' | 'redirect' | 'qr' | 'share';

/** Why a flow was chosen (the `reason` of the `wallet-flow` event). */
export type FlowReason =
  /** The current in-app browser blocks this wallet. */
  | 'blocked-in-app'
  /** A mobile browser with a redirect URL: open the app. */
  | 'mobile'
  /** A desktop browser: scan with the phone, or ask a friend. */
  | 'desktop'
  /** The `flow` attribute asked for it and the session allows it. */
  | 'requested'
  /** The page stayed visible after opening the wallet app: fallback. */
  | 'app-not-opened'
  /** The shopper switched tabs. */
  | 'user'
  /** The session has nothing usable. */
  | 'no-usable-flow'
  /** The page is in the method's own app and the session has `jsapi`: its pay sheet. */
  | 'in-app'
  /** The app's bridge did not appear within 3 s: the next flow the session allows. */
  | 'bridge-unavailable';

/** In-app browsers we recognize by user-agent token (see DOMAIN.md). */
export type InAppBrowser =
  | 'wechat'
  | 'wecom'
  | 'alipay'
  | 'qq'
  | 'weibo'
  | 'dingtalk'
  | 'douyin'
  | 'xiaohongshu'
  | 'taobao'
  | 'tmall'
  | 'uc'
  | 'unionpay'
  | 'facebook'
  | 'instagram'
  | 'line';

/** Operating systems we tell apart. */
export type OperatingSystem =
  'ios' | 'android' | 'harmonyos' | 'windows' | 'macos' | 'linux' | 'other';

/** Where the page runs, as far as it matters for paying. */
export interface Environment {
  /** A phone or tablet (touch-first, can hold the wallet app). */
  mobile: boolean;
  os: OperatingSystem;
  /** The in-app browser the page runs in, or null for a real browser. */
  inApp: InAppBrowser | null;
  /** Inside a WeChat mini-program web view. */
  miniProgram: boolean;
  /** `navigator.share` is available. */
  canShare: boolean;
  /** `navigator.clipboard.writeText` is available. */
  canCopy: boolean;
}

/** Feature probes that the user agent string alone cannot tell. */
export interface EnvironmentFeatures {
  /** `navigator.maxTouchPoints` (iPadOS claims to be a Mac; touch points tell them apart). */
  maxTouchPoints?: number;
  /** `typeof navigator.share === 'function'`. */
  share?: boolean;
  /** `typeof navigator.clipboard?.writeText === 'function'`. */
  clipboard?: boolean;
}

/** The result of {@link chooseFlow}. */
export interface FlowChoice {
  /** The flow to show first, or null when the session has nothing usable. */
  flow: Flow | null;
  reason: FlowReason;
  /** Every flow this session allows here, in tab order (for switching). */
  available: Flow[];
}

/** An error in untrusted input, naming the field and what is wrong with it. */
export interface InputError {
  /** Dotted path of the offending field, e.g. `methods[2].id` or `session.expiresAt`. */
  field: string;
  /** English, developer-facing explanation. */
  message: string;
}
