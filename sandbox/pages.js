// @ts-check
/**
 * The sandbox's HTML pages: the phone-sized "wallet" a QR code or redirect opens, the friend-pay
 * page, and result pages. Server-rendered, no scripts, every interpolated value escaped, styled by
 * /sandbox/assets/wallet.css under a strict Content-Security-Policy. Text in en, zh-CN and zh-TW.
 */
import { readFileSync } from 'node:fs';
import { URLSearchParams } from 'node:url';
import { isHttpUrl } from './validate.js';

/** @typedef {import('./store.js').SessionRecord} SessionRecord */
/** @typedef {import('./store.js').SessionStatus} SessionStatus */
/** @typedef {'en' | 'zh-CN' | 'zh-TW'} PageLang */

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

/** @type {Record<string, string>} */
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Where the stylesheet lives; also the only style source the CSP allows. */
export const STYLESHEET_PATH = '/sandbox/assets/wallet.css';

/** The CSP of every sandbox page: nothing but the sandbox's own stylesheet and forms. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'";

/**
 * The CSP of the any-app landing page, which runs the built components: scripts and
 * connections to its own origin only, no inline code, Trusted Types required (Lit's `lit-html`
 * policy is the only one).
 */
export const LANDING_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const STRINGS = {
  en: {
    brand: 'Sandbox Wallet',
    notice: 'Test wallet: no real money moves.',
    payTitle: 'Confirm payment',
    amount: 'Amount',
    payee: 'Payee',
    method: 'Method',
    order: 'Order',
    expires: 'Expires',
    confirm: 'Confirm and pay {amount}',
    decline: 'Decline',
    friendTitle: '{payee} asks you to pay {amount}',
    friendIntro: 'Someone shared this payment with you. Check the amount and payee before you pay.',
    friendPay: 'Pay {amount}',
    paid: 'Payment confirmed',
    paidBody: 'You paid {amount} to {payee}.',
    failed: 'Payment declined',
    failedBody: 'Nothing was charged.',
    expired: 'This code has expired',
    expiredBody: 'Nothing was charged. Ask the shop for a new code.',
    cancelled: 'This payment was cancelled',
    cancelledBody: 'The shop cancelled this payment. Nothing was charged.',
    unchanged: 'Nothing was changed: this payment was already settled.',
    notFound: 'Payment not found',
    notFoundBody: 'The link may be wrong, or the sandbox was restarted.',
    closeHint: 'You can close this page and return to the shop.',
    back: 'Back to the shop',
    shopNotice: 'Sandbox shop page: test money only.',
    landingTitle: 'Pay {payee}',
    landingPay: 'Pay {amount}',
    landingPicker: 'Pay with',
    landingOther: 'Choose another way to pay',
    landingNotBuilt:
      'The components are not built: run “npm run build” (npm start does) and reload this page.',
  },
  'zh-CN': {
    brand: '沙盒钱包',
    notice: '测试钱包：不会发生真实扣款。',
    payTitle: '确认付款',
    amount: '金额',
    payee: '收款方',
    method: '支付方式',
    order: '订单号',
    expires: '有效期',
    confirm: '确认支付 {amount}',
    decline: '拒绝',
    friendTitle: '{payee} 请你支付 {amount}',
    friendIntro: '有人请你帮忙付款。付款前请核对金额和收款方。',
    friendPay: '支付 {amount}',
    paid: '付款成功',
    paidBody: '你已向 {payee} 支付 {amount}。',
    failed: '已拒绝付款',
    failedBody: '未产生扣款。',
    expired: '此付款码已过期',
    expiredBody: '未产生扣款。请向商家获取新的付款码。',
    cancelled: '此付款已取消',
    cancelledBody: '商家已取消此付款，未产生扣款。',
    unchanged: '未作任何更改：此付款已结束。',
    notFound: '找不到此付款',
    notFoundBody: '链接可能有误，或沙盒已重启。',
    closeHint: '你可以关闭此页面并返回商家。',
    back: '返回商家',
    shopNotice: '沙盒商家页面：仅使用测试资金。',
    landingTitle: '向 {payee} 付款',
    landingPay: '支付 {amount}',
    landingPicker: '付款方式',
    landingOther: '选择其他付款方式',
    landingNotBuilt: '组件尚未构建：请运行“npm run build”（npm start 会自动运行）后刷新此页面。',
  },
  'zh-TW': {
    brand: '沙盒錢包',
    notice: '測試錢包：不會產生真實扣款。',
    payTitle: '確認付款',
    amount: '金額',
    payee: '收款方',
    method: '付款方式',
    order: '訂單編號',
    expires: '有效期限',
    confirm: '確認支付 {amount}',
    decline: '拒絕',
    friendTitle: '{payee} 請你支付 {amount}',
    friendIntro: '有人請你幫忙付款。付款前請核對金額與收款方。',
    friendPay: '支付 {amount}',
    paid: '付款成功',
    paidBody: '你已向 {payee} 支付 {amount}。',
    failed: '已拒絕付款',
    failedBody: '未產生扣款。',
    expired: '此付款碼已過期',
    expiredBody: '未產生扣款。請向商家取得新的付款碼。',
    cancelled: '此付款已取消',
    cancelledBody: '商家已取消此付款，未產生扣款。',
    unchanged: '未作任何變更：此付款已結束。',
    notFound: '找不到此付款',
    notFoundBody: '連結可能有誤，或沙盒已重新啟動。',
    closeHint: '你可以關閉此頁面並返回商家。',
    back: '返回商家',
    shopNotice: '沙盒商家頁面：僅使用測試資金。',
    landingTitle: '向 {payee} 付款',
    landingPay: '支付 {amount}',
    landingPicker: '付款方式',
    landingOther: '選擇其他付款方式',
    landingNotBuilt:
      '元件尚未建置：請執行「npm run build」（npm start 會自動執行）後重新整理此頁面。',
  },
};

/** @typedef {keyof typeof STRINGS.en} StringKey */

/**
 * Wallet names for the known method ids (others are shown as given): the library's own names,
 * read from the one file both elements use.
 * @type {Record<string, Record<string, string>>}
 */
const METHOD_LABELS = JSON.parse(
  readFileSync(new URL('../src/i18n/method-labels.json', import.meta.url), 'utf8'),
);

/**
 * @typedef {object} PageLocale
 * @property {PageLang} lang the language of the page text (the `lang` attribute)
 * @property {string} numberLocale the locale for amounts and times, e.g. `en-GB`, `zh-HK`
 */

/**
 * Picks the page language from `?lang=` or Accept-Language (en, zh-CN or zh-TW; default en).
 * Amounts are formatted in the exact locale asked for, so zh-CN shows `¥` and others `CN¥`.
 * @param {string | null | undefined} queryLang
 * @param {string | undefined} acceptLanguage
 * @returns {PageLocale}
 */
export function resolveLocale(queryLang, acceptLanguage) {
  /** @type {string[]} */
  const candidates = queryLang ? [queryLang] : [];
  const ranked = String(acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, index };
    })
    .filter(({ tag, q }) => tag !== '' && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  candidates.push(...ranked.map(({ tag }) => tag));
  for (const tag of candidates.slice(0, 10)) {
    let canonical;
    try {
      [canonical] = Intl.getCanonicalLocales(tag);
    } catch {
      continue;
    }
    if (!canonical) continue;
    const lower = canonical.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) {
      const traditional = /^zh-(hant|tw|hk|mo)\b/.test(lower);
      return { lang: traditional ? 'zh-TW' : 'zh-CN', numberLocale: canonical };
    }
    if (lower === 'en' || lower.startsWith('en-')) return { lang: 'en', numberLocale: canonical };
  }
  return { lang: 'en', numberLocale: 'en' };
}

/**
 * Formats a decimal amount in major units with Intl.NumberFormat.
 * @param {string} amount
 * @param {string} currency
 * @param {string} locale
 */
export function formatAmount(amount, currency, locale) {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * "in 14 minutes" / "14分钟后", rounded to a sensible unit.
 * @param {number} ms time left
 * @param {string} locale
 */
function formatTimeLeft(ms, locale) {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds >= 5400) return format.format(Math.round(seconds / 3600), 'hour');
  if (seconds >= 90) return format.format(Math.round(seconds / 60), 'minute');
  return format.format(seconds, 'second');
}

/**
 * Looks up a string and fills its `{placeholders}`, escaping the values (the strings themselves
 * are trusted and contain no markup).
 * @param {PageLocale} locale
 * @param {StringKey} key
 * @param {Record<string, string>} [values]
 */
function t(locale, key, values = {}) {
  const template = STRINGS[locale.lang][key];
  return escapeHtml(template).replace(/\{(\w+)\}/g, (match, name) =>
    Object.hasOwn(values, name) ? escapeHtml(values[name]) : match,
  );
}

/**
 * @param {string} method
 * @param {PageLocale} locale
 */
function methodLabel(method, locale) {
  /** @type {Record<string, string>} */
  const own = METHOD_LABELS[locale.lang];
  /** @type {Record<string, string>} */
  const english = METHOD_LABELS.en;
  return own[method] ?? english[method] ?? method;
}

/**
 * The whole document around a page's main content.
 * @param {PageLocale} locale
 * @param {string} title plain text (escaped here)
 * @param {string} main HTML
 * @param {string} [variant] a modifier class for the page
 * @param {{brand?: string, notice?: StringKey, body?: string, scripts?: string[]}} [shell] the
 *   landing page's: the shop's name in the bar, its notice, `<body>` attributes (HTML), module
 *   scripts
 */
function documentHtml(locale, title, main, variant = 'wallet', shell = {}) {
  const brand = shell.brand === undefined ? t(locale, 'brand') : escapeHtml(shell.brand);
  const notice = t(locale, shell.notice ?? 'notice');
  return `<!doctype html>
<html lang="${escapeHtml(locale.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${brand}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${(shell.scripts ?? []).map((src) => `<script type="module" src="${escapeHtml(src)}"></script>\n`).join('')}</head>
<body class="page page-${escapeHtml(variant)}"${shell.body ?? ''}>
<div class="phone">
<header class="bar"><span class="brand">${brand}</span></header>
<p class="notice">${notice}</p>
<main class="content">
${main}
</main>
</div>
</body>
</html>
`;
}

/**
 * @param {SessionRecord} session
 * @param {PageLocale} locale
 * @param {number} now epoch ms
 * @param {{expires?: boolean, method?: boolean, payee?: boolean}} [options] false on the landing
 *   page: the shopper has not chosen a method yet, and its heading names the payee
 */
function detailsHtml(session, locale, now, { expires = true, method = true, payee = true } = {}) {
  /** @type {string[][]} */
  const rows = [];
  if (payee) rows.push([t(locale, 'payee'), `<dd>${escapeHtml(session.payee)}</dd>`]);
  if (method) {
    const label = methodLabel(session.chosenMethod ?? session.method, locale);
    rows.push([t(locale, 'method'), `<dd>${escapeHtml(label)}</dd>`]);
  }
  rows.push([t(locale, 'order'), `<dd class="mono">${escapeHtml(session.id)}</dd>`]);
  if (expires) {
    const iso = new Date(session.expiresAt).toISOString();
    const left = formatTimeLeft(session.expiresAt - now, locale.numberLocale);
    rows.push([
      t(locale, 'expires'),
      `<dd><time datetime="${escapeHtml(iso)}">${escapeHtml(left)}</time></dd>`,
    ]);
  }
  return `<dl class="details">
${rows.map(([term, value]) => `<div class="row"><dt>${term}</dt>${value}</div>`).join('\n')}
</dl>`;
}

/**
 * The query string carried from the page to its form actions (`via`, `return`, `lang`).
 * @param {Record<string, string | null | undefined>} params
 */
function actionQuery(params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * @typedef {object} PageContext
 * @property {PageLocale} locale
 * @property {number} now epoch ms
 * @property {string | null} [via] how the page was reached: `redirect`, `qr`, `friend`
 * @property {string | null} [returnUrl] where "Back to the shop" goes (only http(s) is linked)
 * @property {string | null} [lang] the `?lang=` the page was opened with
 */

/**
 * The wallet page for a pending session: amount, payee, order, Confirm and Decline as plain
 * forms (no JavaScript needed).
 * @param {SessionRecord} session
 * @param {PageContext} context
 */
export function renderPayPage(session, context) {
  const { locale } = context;
  const amount = formatAmount(session.amount, session.currency, locale.numberLocale);
  const query = actionQuery({ via: context.via, return: context.returnUrl, lang: context.lang });
  const base = `/sandbox/pay/${encodeURIComponent(session.id)}`;
  const main = `<h1>${t(locale, 'payTitle')}</h1>
<p class="amount"><span class="label">${t(locale, 'amount')}</span> <span class="value">${escapeHtml(amount)}</span></p>
${detailsHtml(session, locale, context.now)}
<div class="actions">
<form method="post" action="${escapeHtml(`${base}/confirm${query}`)}"><button class="button primary" type="submit">${t(locale, 'confirm', { amount })}</button></form>
<form method="post" action="${escapeHtml(`${base}/decline${query}`)}"><button class="button secondary" type="submit">${t(locale, 'decline')}</button></form>
</div>`;
  return documentHtml(locale, STRINGS[locale.lang].payTitle, main, 'pay');
}

/**
 * The friend-pay page: "<payee> asks you to pay <amount>" with Pay and Decline.
 * @param {SessionRecord} session
 * @param {PageContext} context
 */
export function renderFriendPage(session, context) {
  const { locale } = context;
  const amount = formatAmount(session.amount, session.currency, locale.numberLocale);
  const query = actionQuery({ via: 'friend', lang: context.lang });
  const base = `/sandbox/pay/${encodeURIComponent(session.id)}`;
  const title = t(locale, 'friendTitle', { payee: session.payee, amount });
  const main = `<h1>${title}</h1>
<p class="intro">${t(locale, 'friendIntro')}</p>
<p class="amount"><span class="label">${t(locale, 'amount')}</span> <span class="value">${escapeHtml(amount)}</span></p>
${detailsHtml(session, locale, context.now)}
<div class="actions">
<form method="post" action="${escapeHtml(`${base}/confirm${query}`)}"><button class="button primary" type="submit">${t(locale, 'friendPay', { amount })}</button></form>
<form method="post" action="${escapeHtml(`${base}/decline${query}`)}"><button class="button secondary" type="submit">${t(locale, 'decline')}</button></form>
</div>`;
  const plainTitle = STRINGS[locale.lang].friendTitle
    .replace('{payee}', session.payee)
    .replace('{amount}', amount);
  return documentHtml(locale, plainTitle, main, 'friend');
}

const STATUS_ICONS = /** @type {Record<SessionStatus, string>} */ ({
  pending: '…',
  paid: '✓',
  failed: '✕',
  expired: '⏱',
  cancelled: '⊘',
});

/**
 * The page for a settled session (after Confirm or Decline, or when a settled link is opened).
 * @param {SessionRecord} session
 * @param {PageContext & {unchanged?: boolean}} context `unchanged`: an action was refused (409)
 */
export function renderStatusPage(session, context) {
  const { locale } = context;
  const status = /** @type {Exclude<SessionStatus, 'pending'>} */ (
    session.status === 'pending' ? 'expired' : session.status
  );
  const amount = formatAmount(session.amount, session.currency, locale.numberLocale);
  const body =
    status === 'paid'
      ? t(locale, 'paidBody', { amount, payee: session.payee })
      : t(locale, /** @type {StringKey} */ (`${status}Body`));
  const back = isHttpUrl(context.returnUrl)
    ? `<a class="button primary" href="${escapeHtml(context.returnUrl)}">${t(locale, 'back')}</a>`
    : `<p class="hint">${t(locale, 'closeHint')}</p>`;
  const main = `<div class="result result-${status}">
<p class="icon" aria-hidden="true">${STATUS_ICONS[status]}</p>
<h1>${t(locale, status)}</h1>
${context.unchanged ? `<p class="warning">${t(locale, 'unchanged')}</p>\n` : ''}<p>${body}</p>
</div>
<p class="amount"><span class="label">${t(locale, 'amount')}</span> <span class="value">${escapeHtml(amount)}</span></p>
${detailsHtml(session, locale, context.now, { expires: false })}
<div class="actions">${back}</div>`;
  return documentHtml(locale, STRINGS[locale.lang][status], main, `status`);
}

/**
 * @param {PageLocale} locale
 */
export function renderNotFoundPage(locale) {
  const main = `<div class="result result-missing">
<p class="icon" aria-hidden="true">?</p>
<h1>${t(locale, 'notFound')}</h1>
<p>${t(locale, 'notFoundBody')}</p>
</div>`;
  return documentHtml(locale, STRINGS[locale.lang].notFound, main, 'missing');
}

/**
 * The landing page of an any-app code (聚合码): the shop's own page, which the phone opens inside
 * whichever app scanned the code. The order (amount, payee), `<payment-picker prefer-in-app>`
 * with the code's wallets (inside WeChat WeChat Pay is chosen, inside Alipay Alipay), a pay
 * button, and `<wallet-redirect>` for the session the page gets once the shopper pays
 * (assets/landing.js). The components are the built CDN module, served by the sandbox.
 * @param {SessionRecord} session a pending any-app session
 * @param {PageContext & {built: boolean}} context `built`: dist/cdn/ exists
 */
export function renderLandingPage(session, context) {
  const { locale } = context;
  const amount = formatAmount(session.amount, session.currency, locale.numberLocale);
  const options = (session.scanWith ?? [])
    .map((id) => `<payment-option value="${escapeHtml(id)}"></payment-option>`)
    .join('');
  const main = `<p class="simulation" data-landing-simulation hidden></p>
<h1>${t(locale, 'landingTitle', { payee: session.payee })}</h1>
<p class="amount"><span class="label">${t(locale, 'amount')}</span> <span class="value">${escapeHtml(amount)}</span></p>
${detailsHtml(session, locale, context.now, { method: false, payee: false })}
${context.built ? '' : `<p class="warning" role="alert">${t(locale, 'landingNotBuilt')}</p>\n`}
<form class="landing-form" data-landing-form>
<payment-picker name="method" required prefer-in-app label="${t(locale, 'landingPicker')}" amount="${escapeHtml(session.amount)}" currency="${escapeHtml(session.currency)}">${options}</payment-picker>
<button class="button primary" type="submit">${t(locale, 'landingPay', { amount })}</button>
<p class="error" role="alert" data-landing-error hidden></p>
</form>
<wallet-redirect data-landing-wallet hidden></wallet-redirect>
<button class="button secondary" type="button" data-landing-restart hidden>${t(locale, 'landingOther')}</button>`;
  const title = STRINGS[locale.lang].landingTitle.replace('{payee}', session.payee);
  return documentHtml(locale, title, main, 'landing', {
    brand: session.payee,
    notice: 'shopNotice',
    body: ` data-landing-order="${escapeHtml(session.id)}"`,
    scripts: [
      '/sandbox/assets/landing.js',
      ...(context.built ? ['/sandbox/assets/cdn/payment-picker.min.js'] : []),
    ],
  });
}
