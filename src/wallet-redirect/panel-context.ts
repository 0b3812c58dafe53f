import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatAmount } from '../core/money.js';
import type { KnownMethodId, PaymentSession } from '../core/types.js';
import { canonicalLang, resolveLang, supportedLocale } from '../i18n/locale.js';
import {
  walletStringsFor,
  type WalletStringOverrides,
  type WalletStrings,
} from '../i18n/wallet-strings.js';
import type { QrState } from './qr-controller.js';

/** What every panel shows about the payment, already localized. */
export interface PanelContext {
  strings: WalletStrings;
  /** The formatted amount, or null when the session has none. */
  amount: string | null;
  payee: string | null;
  /** The wallet's name ("Alipay", "微信支付"). */
  wallet: string;
}

/**
 * The language of `element` (its nearest `lang`) and its strings, with the shop's overrides.
 * @internal
 */
export function localize(
  element: Element,
  overrides: WalletStringOverrides | null,
): { lang: string; strings: WalletStrings } {
  const lang = canonicalLang(resolveLang(element));
  return { lang, strings: walletStringsFor(supportedLocale(lang), overrides) };
}

/**
 * What the panels show about `session` (none yet: no amount, no payee, a generic wallet).
 * @internal
 */
export function panelContext(
  lang: string,
  strings: WalletStrings,
  session: PaymentSession | undefined,
): PanelContext {
  const amount =
    session?.amount && session.currency
      ? formatAmount(session.amount, session.currency, lang)
      : null;
  const method = session?.method ?? '';
  const wallet = Object.hasOwn(strings.methodLabels, method)
    ? strings.methodLabels[method as KnownMethodId]
    : strings.genericWallet;
  return { strings, amount, payee: session?.payee ?? null, wallet };
}

/**
 * Amount and payee, shown before every hand-off (China E-Commerce Law Art. 55).
 * @internal
 */
export function renderSummary(ctx: PanelContext): TemplateResult | typeof nothing {
  if (ctx.amount === null && ctx.payee === null) return nothing;
  return html`<dl class="summary" part="summary">
    ${
      ctx.amount !== null
        ? html`<div class="summary-amount">
            <dt>${ctx.strings.amountLabel}</dt>
            <dd class="amount" part="amount">${ctx.amount}</dd>
          </div>`
        : nothing
    }
    ${
      ctx.payee !== null
        ? html`<div class="summary-payee">
            <dt>${ctx.strings.payeeLabel}</dt>
            <dd class="payee" part="payee">${ctx.payee}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}

/**
 * A QR code as inline SVG: one `<path>` in module units, crisp at any size. Attributes only
 * (no `style`), so it renders under a strict Content-Security-Policy; the colors are
 * presentation attributes, so the SVG stays dark-on-light when saved or serialized on its own.
 * @internal
 */
export function renderQrImage(
  state: QrState,
  label: string,
  strings: WalletStrings,
): TemplateResult {
  switch (state.state) {
    case 'ready': {
      const { size, path } = state.qr;
      return html`<svg
        class="qr-svg"
        part="qr-code"
        viewBox="0 0 ${size} ${size}"
        role="img"
        aria-label=${label}
        shape-rendering="crispEdges"
      >
        ${svg`<rect width=${size} height=${size} fill="#ffffff"></rect><path d=${path} fill="#000000"></path>`}
      </svg>`;
    }
    case 'loading':
      return html`<div class="qr-placeholder" part="qr-placeholder">
        <span class="spinner" aria-hidden="true"></span>
        <span class="visually-hidden">${strings.qrLoading}</span>
      </div>`;
    default:
      return html`<div class="qr-placeholder qr-unavailable" part="qr-placeholder">
        <p class="message error" part="error">${strings.qrTooLong}</p>
      </div>`;
  }
}

/**
 * A read-only, selectable field with a link, shown when sharing or copying failed.
 * @internal
 */
export function renderLinkField(label: string, url: string, message: string): TemplateResult {
  return html`<div class="link-field" part="link-field">
    <p class="message" part="link-message">${message}</p>
    <label class="field-label" for="link-input">${label}</label>
    <input
      id="link-input"
      class="link-input"
      part="link-input"
      type="text"
      inputmode="url"
      readonly
      .value=${url}
      @focus=${selectAll}
      @click=${selectAll}
    />
  </div>`;
}

function selectAll(event: Event): void {
  const input = event.currentTarget as HTMLInputElement;
  // After the browser has placed the caret for the focus or click.
  setTimeout(() => input.select());
}
