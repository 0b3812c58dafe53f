/**
 * The element's language and strings, for its render and for the announcements of its modules.
 */
import type { KnownMethodId, PaymentSession } from '../core/types.js';
import { localize } from '../i18n/locale.js';
import { fillTemplate, type WalletStringOverrides, type WalletStrings } from '../i18n/strings.js';
import { WALLET_STRINGS } from '../i18n/wallet/index.js';

/**
 * The language of `element` (its nearest `lang`) and its strings, with its overrides.
 * @internal
 */
export function localized(
  element: HTMLElement & { readonly strings: WalletStringOverrides | null },
): {
  lang: string;
  strings: WalletStrings;
} {
  const { lang, strings } = localize(element, WALLET_STRINGS, element.strings);
  return { lang, strings };
}

/**
 * What a template may call the session's wallet: `wallet`, the payment method ("WeChat Pay",
 * "微信支付"), and `walletApp`, the app the shopper opens ("WeChat", "微信": WeChat Pay is not an
 * app). Unknown methods get a generic name for both.
 * @internal
 */
export interface WalletNames {
  wallet: string;
  walletApp: string;
}

/** The {@link WalletNames} of `session`'s method. @internal */
export function walletNames(
  strings: WalletStrings,
  session: PaymentSession | undefined,
): WalletNames {
  const method = session?.method ?? '';
  if (!Object.hasOwn(strings.methodLabels, method)) {
    return { wallet: strings.genericWallet, walletApp: strings.genericWallet };
  }
  const id = method as KnownMethodId;
  const wallet = strings.methodLabels[id];
  return { wallet, walletApp: strings.appNames[id] ?? wallet };
}

/**
 * `template` with the wallet's names for `{wallet}` and `{walletApp}` (and any other `values`).
 * @internal
 */
export const withWallet = (
  template: string,
  names: WalletNames,
  values?: Record<string, string>,
): string => fillTemplate(template, { ...names, ...values });
