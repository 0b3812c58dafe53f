/**
 * The locales that have their own strings, and how a language tag maps onto them. A leaf: the
 * string tables import it, it imports nothing.
 */

/** The locales that have their own strings. */
export type SupportedLocale = 'en' | 'zh-CN' | 'zh-TW';

/** One value per supported locale: the string tables of an element, the method names. */
export type PerLocale<T> = Record<SupportedLocale, T>;

/** A valid, canonical BCP 47 tag for `Intl` (falls back to `en` for malformed tags). */
export function canonicalLang(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The locale whose strings to show for a language tag: Chinese in Traditional script
 * (zh-TW, zh-HK, zh-MO, zh-Hant…) → `zh-TW`, other Chinese → `zh-CN`, everything else → `en`.
 */
export function supportedLocale(tag: string): SupportedLocale {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return 'en';
  }
  if (locale.language !== 'zh') return 'en';
  return locale.script === 'Hant' ? 'zh-TW' : 'zh-CN';
}
