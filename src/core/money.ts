/**
 * Showing an amount to the shopper. Amounts travel as decimal strings in major units ("128.50")
 * because providers disagree on units (WeChat and UnionPay count fen, Alipay yuan) and binary
 * floats would round them; the browser's `Intl.NumberFormat` does the locale work.
 */

/** Plain decimal numbers in major units: digits, optionally a dot and more digits. */
const DECIMAL_AMOUNT = /^\d+(?:\.\d+)?$/;

/** ISO 4217 codes are three letters; `Intl` accepts any such code (unknown ones print as the code). */
const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/** Used when the caller's locale tag is malformed, so a bad `lang` never hides the total. */
const FALLBACK_LOCALE = 'en';

/**
 * Whether `s` is a plain non-negative decimal string in major units, the amount format of
 * payment-picker: `"128"`, `"128.5"`, `"0.01"`. Refuses exponents (`"1e3"`), signs (`"-1"`),
 * whitespace (`" 12"`), grouping or decimal commas (`"12,00"`), `"NaN"` and non-strings.
 *
 * @param s - anything; only strings can pass
 */
export function isDecimalAmount(s: unknown): s is string {
  return typeof s === 'string' && DECIMAL_AMOUNT.test(s);
}

/**
 * Formats a decimal amount as currency for a locale with `Intl.NumberFormat`, e.g.
 * `formatAmount('1234.5', 'CNY', 'zh-CN')` → `¥1,234.50` and `formatAmount('1234.5', 'CNY', 'en-US')`
 * → `CN¥1,234.50` (outside zh-CN the yuan is never a bare `¥`). The string is formatted exactly,
 * without a detour through a binary float. A malformed locale falls back to English.
 *
 * @param amount - decimal string in major units, see {@link isDecimalAmount}
 * @param currency - ISO 4217 code, e.g. `CNY`
 * @param locale - BCP 47 language tag, e.g. `zh-CN`
 * @returns the formatted amount, or null (never throws) when the amount is not a decimal string or
 *   the currency code is not well-formed
 */
export function formatAmount(amount: string, currency: string, locale: string): string | null {
  if (!isDecimalAmount(amount) || typeof currency !== 'string' || !CURRENCY_CODE.test(currency)) {
    return null;
  }
  // Intl formats numeric strings exactly (ES2023), so "0.10" stays ten fen, not 0.1000000001.
  const value = amount as Intl.StringNumericLiteral;
  for (const tag of [locale, FALLBACK_LOCALE]) {
    try {
      return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(value);
    } catch {
      // A malformed locale tag throws RangeError: try the fallback.
    }
  }
  return null;
}
