import { html, nothing, type TemplateResult } from 'lit';
import type { FinalStatus } from '../../core/types.js';
import { fillTemplate } from '../../i18n/strings.js';
import type { WalletStrings } from '../../i18n/strings.js';

/** The mark in the circle of each final view. */
const FINAL_ICON = {
  paid: 'M7 12.5l3.2 3.2L17 9',
  failed: 'M8.5 8.5l7 7M15.5 8.5l-7 7',
  expired: 'M12 7v5l3 2',
  cancelled: 'M8 12h8',
};

/** The next steps a final view offers; each is the element's event for the shop to act on. @internal */
export interface FinalActions {
  /** Paid: "Continue" (`wallet-continue`). */
  onContinue: () => void;
  /** Not paid: a new session, "Get a new code" or "Try again" (`wallet-refresh`). */
  onRefresh: () => void;
  /** Not paid: "Choose another method" (`wallet-change-method`). */
  onChangeMethod: () => void;
}

/**
 * The end, with a way forward from every outcome, as the cashiers have it (完成 / 返回商家): a
 * heading (the element focuses it when the status arrives), the amount again when paid, the
 * shop's own content in the slot named after the status or a localized default, and the next
 * steps in the `<status>-actions` slot: "Continue" when paid; "Try again" (or "Get a new code"
 * after expiry) and "Choose another method" otherwise.
 * @internal
 */
export function finalView(
  strings: WalletStrings,
  status: FinalStatus,
  amount: string | null,
  actions: FinalActions,
): TemplateResult {
  const paid = status === 'paid';
  const text = fillTemplate(strings[`${status}Text`], { amount: amount ?? '' });
  const button = (kind: string, part: string, label: string, onClick: () => void) =>
    html`<button class=${kind} part=${part} type="button" @click=${onClick}>${label}</button>`;
  // Formatted by hand: the heading keeps the spaces around its text (its `textContent`).
  // prettier-ignore
  return html`<section
    class="final final-${status}"
    part="final final-${status}"
    aria-labelledby="final-heading"
  >
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10"></circle>
      <path d=${FINAL_ICON[status]}></path>
    </svg>
    <h2 id="final-heading" part="final-heading" tabindex="-1">
      ${strings[`${status}Title`]}
    </h2>
    ${paid && amount !== null ? html`<p class="final-amount" part="final-amount">${amount}</p>` : nothing}
    <slot name=${status}>${text ? html`<p>${text}</p>` : nothing}</slot>
    <div class="actions final-actions" part="final-actions">
      <slot name="${status}-actions">
        ${
          paid
            ? button('primary', 'continue-button', strings.continueLabel, actions.onContinue)
            : html`${button(
                'primary',
                status === 'expired' ? 'refresh-button' : 'retry-button',
                status === 'expired' ? strings.newCode : strings.tryAgain,
                actions.onRefresh,
              )}
              ${button('secondary', 'change-method-button', strings.chooseAnother, actions.onChangeMethod)}`
        }
      </slot>
    </div>
  </section>`;
}
