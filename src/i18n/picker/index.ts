import type { PerLocale } from '../locales.js';
import type { Strings } from '../strings.js';
import { strings as en } from './en.js';
import { strings as zhCN } from './zh-CN.js';
import { strings as zhTW } from './zh-TW.js';

/** The strings of `<payment-picker>`, one file per locale. */
export const PICKER_STRINGS: PerLocale<Strings> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
