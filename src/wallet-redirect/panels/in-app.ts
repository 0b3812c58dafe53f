import { html, nothing, type TemplateResult } from 'lit';
import type { InAppStrings, WalletStrings } from '../../i18n/strings.js';
import { withWallet, type WalletNames } from '../localized.js';
import type { InAppPhase } from '../state.js';
import { panelHint, panelTitle } from './text.js';

/**
 * Pay here, in the wallet's own app: amount and payee (`summary`), "Pay here in WeChat", and
 * one button that says it commits to pay ("Pay ¥128.00 with WeChat Pay"; "Pay again" after the
 * sheet was cancelled or failed), busy while the sheet opens or the shop confirms. What is
 * happening (`phase`) is said under it. In a mini program: where to pay instead.
 * @internal
 */
export function inAppPanel(
  strings: WalletStrings & InAppStrings,
  names: WalletNames,
  amount: string | null,
  summary: TemplateResult | typeof nothing,
  phase: InAppPhase | undefined,
  onPay: () => void,
): TemplateResult {
  if (phase === 'miniprogram') {
    return html`<div class="panel-body" part="in-app-panel">
      ${summary} ${panelTitle(strings.miniProgramTitle)} ${panelHint(strings.miniProgramText)}
    </div>`;
  }
  const busy = phase === 'opening' || phase === 'confirming';
  const again = phase === 'cancelled' || phase === 'failed';
  const note =
    phase === 'opening'
      ? withWallet(strings.inAppWaiting, names)
      : phase === 'confirming'
        ? strings.inAppConfirming
        : phase === 'cancelled'
          ? strings.inAppCancelled
          : phase === 'failed'
            ? strings.inAppFailed
            : '';
  return html`<div class="panel-body" part="in-app-panel">
    ${summary} ${panelTitle(withWallet(strings.inAppTitle, names))}
    <button class="primary" part="pay-button" type="button" aria-disabled=${busy} @click=${onPay}>
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      ${
        again
          ? strings.payAgain
          : amount !== null
            ? withWallet(strings.payWith, names, { amount })
            : withWallet(strings.openWallet, names)
      }
    </button>
    ${
      note
        ? html`<p class="message ${phase === 'failed' ? 'error' : 'notice'}" part="in-app-note">
            ${note}
          </p>`
        : nothing
    }
  </div>`;
}
