import type { PerLocale } from '../locales.js';
import type { WalletStrings } from '../strings.js';
import { strings as en } from './en.js';
import { strings as zhCN } from './zh-CN.js';
import { strings as zhTW } from './zh-TW.js';

/**
 * The strings of `<wallet-redirect>`, one file per locale; kept apart from the picker's, so a
 * page with the wallet alone does not load them.
 */
export const WALLET_STRINGS: PerLocale<WalletStrings> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
