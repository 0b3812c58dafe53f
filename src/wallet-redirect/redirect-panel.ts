import { html, nothing, type TemplateResult } from 'lit';
import { fillTemplate } from '../i18n/strings.js';
import { renderSummary, type PanelContext } from './panel-context.js';

/** The state the redirect panel shows. */
export interface RedirectPanelState {
  /** The wallet app is being opened (waiting for the redirect-timeout). */
  opening: boolean;
  onOpen: () => void;
}

/**
 * Open the wallet app: amount and payee, then one button that says it commits to pay (EU CRD
 * Art. 8(2)): "Pay ¥128.00 with Alipay". Navigation happens only in its click handler.
 * @internal
 */
export function renderRedirectPanel(ctx: PanelContext, state: RedirectPanelState): TemplateResult {
  const { strings, wallet, amount } = ctx;
  const label =
    amount !== null
      ? fillTemplate(strings.payWith, { amount, wallet })
      : fillTemplate(strings.openWallet, { wallet });
  return html`<div class="panel-body redirect" part="redirect-panel">
    <h2 class="title" part="title">${fillTemplate(strings.redirectTitle, { wallet })}</h2>
    ${renderSummary(ctx)}
    <button
      class="primary"
      part="open-button"
      type="button"
      aria-disabled=${state.opening ? 'true' : 'false'}
      @click=${state.onOpen}
    >
      ${state.opening ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      ${state.opening ? fillTemplate(strings.opening, { wallet }) : label}
    </button>
    <p class="hint" part="hint">${fillTemplate(strings.redirectHint, { wallet })}</p>
  </div>`;
}
