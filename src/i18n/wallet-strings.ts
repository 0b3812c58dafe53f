import type { InAppBrowser, KnownMethodId } from '../core/types.js';
import type { SupportedLocale } from './locale.js';
import { METHOD_LABELS } from './method-labels.js';
import { onlyStrings } from './overrides.js';
import { walletEn } from './wallet-en.js';
import { walletZhCN } from './wallet-zh-CN.js';
import { walletZhTW } from './wallet-zh-TW.js';

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

  /** "Amount" and "Payee" labels beside the hand-off. */
  amountLabel: string;
  payeeLabel: string;

  /** Redirect panel. */
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

  /** QR panel. */
  qrTitle: string;
  qrInstructions: string;
  /** Accessible name of the QR image. */
  qrLabel: string;
  /** Accessible name when no amount is known. */
  qrLabelNoAmount: string;
  qrLoading: string;
  qrTooLong: string;
  /** Visible countdown. */
  expiresIn: string;
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

  /** Bad input. */
  invalidSession: string;
  /** Some flows are missing because a link was unsafe or malformed (the shop gets the details). */
  unsafeUrl: string;
  /** In place of the amount when it cannot be shown exactly (`invalid-amount`). */
  amountUnavailable: string;

  /** Method names for `{wallet}`; unknown ids use `genericWallet`. */
  methodLabels: Record<KnownMethodId, string>;
  genericWallet: string;
}

/** A partial override of {@link WalletStrings}; nested maps may be partial too. */
export type WalletStringOverrides = Partial<Omit<WalletStrings, 'inAppNames' | 'methodLabels'>> & {
  inAppNames?: Partial<Record<InAppBrowser, string>>;
  methodLabels?: Partial<Record<KnownMethodId, string>>;
};

/** The wallet strings of each locale, without the method names (shared with the picker). */
export type WalletLocaleStrings = Omit<WalletStrings, 'methodLabels'>;

const WALLET_STRINGS: Record<SupportedLocale, WalletLocaleStrings> = {
  en: walletEn,
  'zh-CN': walletZhCN,
  'zh-TW': walletZhTW,
};

/**
 * The wallet strings of `locale` with `overrides` applied (nested maps merged key by key).
 * Overrides that are not strings are ignored, so a malformed override never breaks rendering.
 *
 * @param locale - from `supportedLocale`
 * @param overrides - the element's `strings` property
 */
export function walletStringsFor(
  locale: SupportedLocale,
  overrides?: WalletStringOverrides | null,
): WalletStrings {
  const base = WALLET_STRINGS[locale];
  return {
    ...base,
    ...onlyStrings(overrides),
    inAppNames: { ...base.inAppNames, ...onlyStrings(overrides?.inAppNames) },
    methodLabels: { ...METHOD_LABELS[locale], ...onlyStrings(overrides?.methodLabels) },
  };
}
