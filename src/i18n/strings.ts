import type { InAppBrowser, KnownMethodId } from '../core/types.js';

/**
 * Every visible string of `<payment-picker>`, per locale. Templates use `{name}` placeholders,
 * filled by {@link fillTemplate}. Override any of them through an element's `strings` property.
 */
export interface Strings {
  /** Default legend and accessible name of `<payment-picker>`. */
  pickerLabel: string;
  /** The total beside the legend; `{amount}` is the formatted amount. */
  total: string;
  /** Shown in place of the total when `amount` and `currency` cannot be shown exactly. */
  invalidAmount: string;
  /** The button that reveals the methods beyond `visible-count`; `{count}` is how many. */
  moreMethods: string;
  /** Shown when no method is offered (the `empty` slot's fallback). */
  noMethods: string;
  /** Shown when every offered method is disabled. */
  allDisabled: string;
  /** Announced while the skeleton shows. */
  loadingMethods: string;
  /** Shown when some methods could not be read (bad `methods` input). */
  invalidMethods: string;
  /** Validation message when a choice is required, if the browser gives none of its own. */
  chooseMethod: string;
  /** Reason shown for a disabled method that has no `disabledReason` of its own. */
  unavailable: string;
  /** Default labels of the known method ids. */
  methodLabels: Record<KnownMethodId, string>;
  /** The app that pays, named in hints; `{app}` in the hint templates. */
  appNames: Partial<Record<KnownMethodId, string>>;
  /** Hint when paying means scanning a QR code with the phone. */
  hintQr: string;
  /** Hint when paying opens the wallet app. */
  hintRedirect: string;
  /** Hint when paying means sending a link to a friend who pays. */
  hintShare: string;
  /** Hint when this in-app browser blocks the wallet and the page must open in a real browser. */
  hintOpenInBrowser: string;
  /** The hint of a wallet paid in the app the page is open in: "Pay here in WeChat". */
  hintInApp: string;
}

/** A partial override of {@link Strings}; nested maps may be partial too. */
export type StringOverrides = Partial<Omit<Strings, 'methodLabels' | 'appNames'>> & {
  methodLabels?: Partial<Record<KnownMethodId, string>>;
  appNames?: Partial<Record<KnownMethodId, string>>;
};

/**
 * Every visible string of `<wallet-redirect>`, per locale. Templates use `{name}` placeholders
 * (filled by `fillTemplate`): `{amount}` a formatted amount, `{wallet}` the method's name,
 * `{app}` the in-app browser's name, `{browser}` the browser to open, `{time}` mm:ss.
 * Method names come from `METHOD_LABELS`, shared with the picker, so both elements name a
 * wallet alike.
 */
export interface WalletStrings {
  /** Accessible name of the tab list. */
  flowTabs: string;
  /** Tab labels. */
  tabRedirect: string;
  tabQr: string;
  tabShare: string;
  tabOpenInBrowser: string;
  /** Tab of the wallet's own pay sheet, in its app ("Pay here"). */
  tabInApp: string;

  /** "Amount" and "Payee" labels beside the hand-off. */
  amountLabel: string;
  payeeLabel: string;

  /**
   * Redirect panel. `{walletApp}` is the wallet's app ("WeChat", "微信": WeChat Pay is not an
   * app), `{wallet}` the payment method ("WeChat Pay").
   */
  redirectTitle: string;
  /** Button when the amount is known (EU CRD Art. 8(2): says it commits to pay). */
  payWith: string;
  /** Button when no amount is known. */
  openWallet: string;
  redirectHint: string;
  /** Shown (and announced) after falling back because the app did not open. */
  appNotOpened: string;
  /** Shown while waiting to see whether the app opened. */
  opening: string;

  /** QR panel on a computer: scan with the phone (`{walletApp}`). */
  qrTitle: string;
  qrInstructions: string;
  /** An any-app code: "Scan with {apps}" (`{apps}`: the `scanWith` wallets' apps as a list). */
  qrAnyApp: string;
  /** QR panel on a phone, which cannot scan its own screen: save the code, then scan it. */
  qrPhoneTitle: string;
  stepSave: string;
  stepScan: string;
  stepPick: string;
  /** Accessible name of the QR image. */
  qrLabel: string;
  /** Accessible name when no amount is known. */
  qrLabelNoAmount: string;
  qrLoading: string;
  qrTooLong: string;
  /** Visible countdown: more than 2 minutes, under 2 minutes, under 1 minute left. */
  expiresIn: string;
  expiresSoon: string;
  expiresNow: string;
  /** Announced once at one minute left. */
  oneMinuteLeft: string;
  saveImage: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  /** Label of the read-only link field shown when copying or sharing fails. */
  linkField: string;

  /** Share panel. */
  shareTitle: string;
  shareText: string;
  shareTextNoAmount: string;
  shareButton: string;
  /** Title and text handed to `navigator.share`. */
  shareMessage: string;
  shareQrHint: string;
  shareQrLabel: string;
  shared: string;
  shareFailed: string;

  /** Open-in-browser panel. */
  openInBrowserTitle: string;
  openInBrowserWhy: string;
  openInBrowserSteps: string;
  /** The browser named in the steps, on iOS and elsewhere. */
  browserIos: string;
  browserOther: string;
  copyPageLink: string;
  /** Names of in-app browsers, for `{app}`. */
  inAppNames: Record<InAppBrowser, string>;
  /** `{app}` when the in-app browser is unknown. */
  thisApp: string;

  /** Status while pending, and the check button. */
  waiting: string;
  checkAgain: string;
  checking: string;
  unreachable: string;
  /** Beside "I have paid" after the code expired, while the server may still report a payment. */
  lateCheck: string;

  /** Final views: heading and text. */
  paidTitle: string;
  paidText: string;
  failedTitle: string;
  failedText: string;
  expiredTitle: string;
  expiredText: string;
  cancelledTitle: string;
  cancelledText: string;
  newCode: string;
  /** The next step after a final status: paid → `wallet-continue`; failed, cancelled → a new session (`wallet-refresh`); not paid → `wallet-change-method`. */
  continueLabel: string;
  tryAgain: string;
  chooseAnother: string;
  /** Closes the open-in-browser overlay that points at the app's ⋯ menu. */
  gotIt: string;

  /** Bad input. */
  invalidSession: string;
  /** Some flows are missing because a link was unsafe or malformed (the shop gets the details). */
  unsafeUrl: string;
  /** In place of the amount when it cannot be shown exactly (`invalid-amount`). */
  amountUnavailable: string;

  /** Method names for `{wallet}`; unknown ids use `genericWallet`. */
  methodLabels: Record<KnownMethodId, string>;
  genericWallet: string;
  /** App names for `{walletApp}` ("WeChat", not "WeChat Pay"); other ids use their method name. */
  appNames: Partial<Record<KnownMethodId, string>>;
}

/** The strings of paying in the wallet's own app, which come with its lazy chunk. */
export interface InAppStrings {
  /**
   * The panel's heading, then what is happening: waiting for the pay sheet, confirming with the
   * shop after the sheet said paid, not finished (cancelled), failed; "Pay again"; the app's
   * bridge missing; a WeChat mini program, which pays by itself.
   */
  inAppTitle: string;
  inAppWaiting: string;
  inAppConfirming: string;
  inAppCancelled: string;
  inAppFailed: string;
  payAgain: string;
  inAppUnavailable: string;
  miniProgramTitle: string;
  miniProgramText: string;
}

/** A partial override of {@link WalletStrings}; nested maps may be partial too. */
export type WalletStringOverrides = Partial<
  Omit<WalletStrings, 'inAppNames' | 'methodLabels' | 'appNames'>
> &
  Partial<InAppStrings> & {
    inAppNames?: Partial<Record<InAppBrowser, string>>;
    appNames?: Partial<Record<KnownMethodId, string>>;
    methodLabels?: Partial<Record<KnownMethodId, string>>;
  };

/** Replaces `{name}` placeholders with values; unknown placeholders are left as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
