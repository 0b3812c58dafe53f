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
 * The wallet's name for `{wallet}` ("Alipay", "微信支付"); unknown methods get a generic one.
 * @internal
 */
export function walletName(strings: WalletStrings, session: PaymentSession | undefined): string {
  const method = session?.method ?? '';
  return Object.hasOwn(strings.methodLabels, method)
    ? strings.methodLabels[method as KnownMethodId]
    : strings.genericWallet;
}

/**
 * `template` with the wallet's name for `{wallet}`.
 * @internal
 */
export const withWallet = (template: string, wallet: string): string =>
  fillTemplate(template, { wallet });
