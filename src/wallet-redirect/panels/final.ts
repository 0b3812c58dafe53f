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

/**
 * The end: a heading (the element focuses it for paid and failed), the shop's own content in the
 * slot named after the status or a localized default, and "Get a new code" (`onRefresh`) after
 * expiry.
 * @internal
 */
export function finalView(
  strings: WalletStrings,
  status: FinalStatus,
  amount: string | null,
  onRefresh: () => void,
): TemplateResult {
  const text =
    status === 'paid'
      ? amount !== null
        ? fillTemplate(strings.paidText, { amount })
        : ''
      : strings[`${status}Text`];
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
    <slot name=${status}>${text ? html`<p>${text}</p>` : nothing}</slot>
    ${
      status === 'expired'
        ? html`<button class="primary" part="refresh-button" type="button" @click=${onRefresh}>
            ${strings.newCode}
          </button>`
        : nothing
    }
  </section>`;
}
