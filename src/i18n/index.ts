export { en } from './en.js';
export { zhCN } from './zh-CN.js';
export { zhTW } from './zh-TW.js';
export { fillTemplate } from './strings.js';
export type { Strings, StringOverrides } from './strings.js';
export {
  LocaleController,
  canonicalLang,
  localeOf,
  resolveLang,
  stringsFor,
  supportedLocale,
} from './locale.js';
export type { LocaleInfo, SupportedLocale } from './locale.js';
