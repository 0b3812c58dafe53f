import { html, nothing } from 'lit';
import type { WalletStrings } from '../../i18n/strings.js';

/**
 * "Waiting for your payment…" (or another `text`) with "I have paid" (`onCheck`, "Checking…"
 * while `checking`), and the note while the shop cannot be reached.
 * @internal
 */
export const statusBar = (
  strings: WalletStrings,
  text: string,
  checking: boolean,
  unreachable: boolean,
  onCheck: () => void,
) =>
  html`<div class="status-bar" part="status">
      <span class="pulse" aria-hidden="true"></span>
      <span>${text}</span>
      <button
        class="link-button"
        part="check-button"
        type="button"
        aria-disabled=${checking}
        @click=${onCheck}
      >
        ${checking ? strings.checking : strings.checkAgain}
      </button>
    </div>
    ${
      unreachable
        ? html`<p class="message warning" part="unreachable">${strings.unreachable}</p>`
        : nothing
    }`;
