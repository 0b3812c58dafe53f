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

/** Formatters by locale and currency: making one costs ~25 µs, formatting with one ~0.5 µs. */
const formatters = new Map<string, Intl.NumberFormat>();

/** The currency formatter of `locale`, made once (throws for a malformed tag). */
function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = locale + ' ' + currency;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    if (formatters.size > 99) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

/** `value` in a message: a string quoted (a long one cut short), anything else by its type. */
const shown = (value: unknown): string =>
  typeof value == 'string'
    ? JSON.stringify(value.length > 24 ? value.slice(0, 20) + '…' : value)
    : `of type ${typeof value}`;

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
 * Why an amount cannot be shown, for developers (English), or null when it can, or when there is
 * nothing to show (no amount, or a blank one: then no total and no problem, whatever `currency`
 * says). An amount is shown exactly or not at all: never rounded, never as `∞`.
 *
 * `amountProblem('-5', 'CNY')` → `amount "-5" is not a decimal string in major units`;
 * `amountProblem('99.999', 'CNY')` → `amount "99.999" has more decimals than CNY allows`
 * (trailing zeros are fine: `"99.9900"` shows as `99.99`); `amountProblem('12', '')` →
 * `currency is missing`; an amount beyond about 1.8e308, which `Intl` would show as `∞`, is
 * `too large to show`.
 *
 * @param amount - decimal string in major units, see {@link isDecimalAmount}
 * @param currency - ISO 4217 code, e.g. `CNY`
 */
export function amountProblem(amount: unknown, currency: unknown): string | null {
  if (amount == null || (typeof amount == 'string' && !amount.trim())) return null;
  const what = 'amount ' + shown(amount);
  if (!isDecimalAmount(amount)) return what + ' is not a decimal string in major units';
  if (!currency) return 'currency is missing';
  if (typeof currency != 'string' || !CURRENCY_CODE.test(currency)) {
    return `currency ${shown(currency)} is not an ISO 4217 code`;
  }
  // Intl formats a decimal string exactly (ES2023) with the currency's number of decimals, so it
  // is shown exactly unless it has more of them (trailing zeros aside) or overflows to ∞.
  const decimals = (amount.split('.')[1] ?? '').replace(/0+$/, '').length;
  return decimals > formatter(FALLBACK_LOCALE, currency).resolvedOptions().maximumFractionDigits!
    ? `${what} has more decimals than ${currency} allows`
    : isFinite(+amount)
      ? null
      : what + ' is too large to show';
}

/**
 * Formats a decimal amount as currency for a locale with `Intl.NumberFormat`, e.g.
 * `formatAmount('1234.5', 'CNY', 'zh-CN')` → `¥1,234.50` and `formatAmount('1234.5', 'CNY', 'en-US')`
 * → `CN¥1,234.50` (outside zh-CN the yuan is never a bare `¥`). The string is formatted exactly,
 * without a detour through a binary float, and never rounded: an amount that cannot be shown
 * exactly (see {@link amountProblem}) gives null. A malformed locale falls back to English.
 *
 * @param amount - decimal string in major units, see {@link isDecimalAmount}
 * @param currency - ISO 4217 code, e.g. `CNY`
 * @param locale - BCP 47 language tag, e.g. `zh-CN`
 * @returns the formatted amount, or null (never throws) when the amount is not a decimal string,
 *   the currency code is not well-formed, or the amount cannot be shown exactly in that currency
 *   (more decimals than it has, like `"99.999"` CNY or `"100.5"` JPY; too large)
 */
export function formatAmount(amount: string, currency: string, locale: string): string | null {
  if (!isDecimalAmount(amount) || amountProblem(amount, currency)) return null;
  // Intl formats numeric strings exactly (ES2023), so "0.10" stays ten fen, not 0.1000000001.
  for (const tag of [locale, FALLBACK_LOCALE]) {
    try {
      return formatter(tag, currency).format(amount as Intl.StringNumericLiteral);
    } catch {
      // A malformed locale tag throws RangeError: try the fallback.
    }
  }
  return null;
}
