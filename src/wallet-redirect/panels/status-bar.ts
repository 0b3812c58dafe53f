import { html, nothing } from 'lit';
import type { WalletStrings } from '../../i18n/strings.js';

/**
 * "Waiting for your payment…" (or another `text`) with "I have paid" (`onCheck`, "Checking…"
 * while `checking`). While the shop cannot be reached the line says so in a warning style, with
 * a mark, instead of the calm pulse of waiting.
 * @internal
 */
export const statusBar = (
  strings: WalletStrings,
  text: string,
  checking: boolean,
  unreachable: boolean,
  onCheck: () => void,
) =>
  html`<div class="status-bar${unreachable ? ' unreachable' : ''}" part="status">
    <span class="status-text">
      ${
        unreachable
          ? html`<svg class="alert" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 3 2.5 20h19z"></path>
              <path d="M12 10v4.5M12 17.2v.3"></path>
            </svg>`
          : html`<span class="pulse" aria-hidden="true"></span>`
      }
      <span>${text}</span>
    </span>
    <button
      class="secondary"
      part="check-button"
      type="button"
      aria-disabled=${checking}
      @click=${onCheck}
    >
      ${checking ? strings.checking : strings.checkAgain}
    </button>
    ${unreachable ? html`<p class="unreachable-note" part="unreachable">${strings.unreachable}</p>` : nothing}
  </div>`;
