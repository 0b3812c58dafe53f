import { html, type nothing, type TemplateResult } from 'lit';
import { fillTemplate } from '../../i18n/strings.js';
import type { WalletStrings } from '../../i18n/strings.js';
import { withWallet } from '../localized.js';
import { panelHint, panelTitle } from './text.js';

/**
 * Open the wallet app: amount and payee (`summary`), then one button that says it commits to pay
 * (EU CRD Art. 8(2)): "Pay ¥128.00 with Alipay", a spinner while `opening`. Navigation happens
 * only on a click (`onOpen`).
 * @internal
 */
export const redirectPanel = (
  strings: WalletStrings,
  wallet: string,
  amount: string | null,
  summary: TemplateResult | typeof nothing,
  opening: boolean,
  onOpen: () => void,
): TemplateResult =>
  html`<div class="panel-body" part="redirect-panel">
    ${panelTitle(withWallet(strings.redirectTitle, wallet))} ${summary}
    <button
      class="primary"
      part="open-button"
      type="button"
      aria-disabled=${opening}
      @click=${onOpen}
    >
      ${
        opening
          ? html`<span class="spinner" aria-hidden="true"></span>
              ${withWallet(strings.opening, wallet)}`
          : amount !== null
            ? fillTemplate(strings.payWith, { amount, wallet })
            : withWallet(strings.openWallet, wallet)
      }
    </button>
    ${panelHint(withWallet(strings.redirectHint, wallet))}
  </div>`;
