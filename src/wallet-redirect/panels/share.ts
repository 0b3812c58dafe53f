import { html, type nothing, type TemplateResult } from 'lit';
import { fillTemplate } from '../../i18n/strings.js';
import type { WalletStrings } from '../../i18n/strings.js';
import type { QrState } from '../state.js';
import { linkField } from './link-field.js';
import { qrImage } from './qr-image.js';
import { panelHint, panelTitle } from './text.js';

/**
 * Ask a friend to pay: share `url` (`onShare`: share sheet → clipboard → a selectable field,
 * shown once both `failed`) or show its `code`, for a friend standing beside the shopper.
 * @internal
 */
export const sharePanel = (
  strings: WalletStrings,
  amount: string | null,
  summary: TemplateResult | typeof nothing,
  url: string,
  code: QrState,
  sharing: boolean,
  failed: boolean | undefined,
  onShare: () => void,
): TemplateResult =>
  html`<div class="panel-body" part="share-panel">
    ${summary} ${panelTitle(strings.shareTitle)}
    ${panelHint(amount !== null ? fillTemplate(strings.shareText, { amount }) : strings.shareTextNoAmount)}
    <button
      class="primary"
      part="share-button"
      type="button"
      aria-disabled=${sharing}
      @click=${onShare}
    >
      <svg class="button-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"></path>
      </svg>
      ${strings.shareButton}
    </button>
    ${linkField(strings.linkField, failed ? url : undefined, strings.shareFailed)}
    <div class="share-qr">
      <div class="qr-frame small" part="qr-frame">
        ${qrImage(strings, code, strings.shareQrLabel)}
      </div>
      <p class="hint">${strings.shareQrHint}</p>
    </div>
  </div>`;
