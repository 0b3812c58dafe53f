import { html, nothing, svg, type TemplateResult } from 'lit';
import type { FinalStatus } from '../core/types.js';
import { fillTemplate } from '../i18n/strings.js';
import type { WalletStrings } from '../i18n/wallet-strings.js';

/**
 * The pending line under the panels: what is happening, "I have paid", and trouble reaching the shop.
 * @internal
 */
export function renderStatusBar(
  strings: WalletStrings,
  state: { checking: boolean; unreachable: boolean; onCheck: () => void },
): TemplateResult {
  return html`<div class="status-bar" part="status">
      <span class="pulse" aria-hidden="true"></span>
      <span class="status-text">${strings.waiting}</span>
      <button
        class="link-button"
        part="check-button"
        type="button"
        aria-disabled=${state.checking ? 'true' : 'false'}
        @click=${state.onCheck}
      >
        ${state.checking ? strings.checking : strings.checkAgain}
      </button>
    </div>
    ${
      state.unreachable
        ? html`<p class="message warning" part="unreachable">${strings.unreachable}</p>`
        : nothing
    }`;
}

/**
 * The heading of the final view, also what the live region announces.
 * @internal
 */
export function finalTitle(strings: WalletStrings, status: FinalStatus): string {
  return {
    paid: strings.paidTitle,
    failed: strings.failedTitle,
    expired: strings.expiredTitle,
    cancelled: strings.cancelledTitle,
  }[status];
}

const ICONS: Record<FinalStatus, TemplateResult> = {
  paid: svg`<path d="M7 12.5l3.2 3.2L17 9"></path>`,
  failed: svg`<path d="M8.5 8.5l7 7M15.5 8.5l-7 7"></path>`,
  expired: svg`<path d="M12 7v5l3 2"></path>`,
  cancelled: svg`<path d="M8 12h8"></path>`,
};

/**
 * The end of the payment: a heading (focused for paid and failed), the shop's own content in the
 * slot named after the status or a localized default, and "Get a new code" after expiry.
 * @internal
 */
export function renderFinalView(
  strings: WalletStrings,
  status: FinalStatus,
  state: { amount: string | null; onRefresh: () => void },
): TemplateResult {
  const title = finalTitle(strings, status);
  const text = {
    paid: state.amount !== null ? fillTemplate(strings.paidText, { amount: state.amount }) : '',
    failed: strings.failedText,
    expired: strings.expiredText,
    cancelled: strings.cancelledText,
  }[status];
  return html`<section
    class="final final-${status}"
    part="final final-${status}"
    aria-labelledby="final-heading"
  >
    <svg class="final-icon" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10"></circle>
      ${ICONS[status]}
    </svg>
    <h2 class="final-heading" id="final-heading" part="final-heading" tabindex="-1">${title}</h2>
    <slot name=${status}>${text ? html`<p class="final-text">${text}</p>` : nothing}</slot>
    ${
      status === 'expired'
        ? html`<button
            class="primary"
            part="refresh-button"
            type="button"
            @click=${state.onRefresh}
          >
            ${strings.newCode}
          </button>`
        : nothing
    }
  </section>`;
}
