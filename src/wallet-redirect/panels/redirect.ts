import { html, type nothing, type TemplateResult } from 'lit';
import type { WalletStrings } from '../../i18n/strings.js';
import { withWallet, type WalletNames } from '../localized.js';
import { panelHint, panelTitle } from './text.js';

/**
 * Open the wallet app: amount and payee (`summary`), then one button that says it commits to pay
 * (EU CRD Art. 8(2)): "Pay ¥128.00 with Alipay", a spinner while `opening`. Navigation happens
 * only on a click (`onOpen`). Instructions name the app ("WeChat"), the button the method.
 * @internal
 */
export const redirectPanel = (
  strings: WalletStrings,
  names: WalletNames,
  amount: string | null,
  summary: TemplateResult | typeof nothing,
  opening: boolean,
  onOpen: () => void,
): TemplateResult =>
  html`<div class="panel-body" part="redirect-panel">
    ${summary} ${panelTitle(withWallet(strings.redirectTitle, names))}
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
              ${withWallet(strings.opening, names)}`
          : amount !== null
            ? withWallet(strings.payWith, names, { amount })
            : withWallet(strings.openWallet, names)
      }
    </button>
    ${panelHint(withWallet(strings.redirectHint, names))}
  </div>`;
