import { html, nothing, type TemplateResult } from 'lit';
import { fillTemplate } from '../i18n/strings.js';
import {
  renderLinkField,
  renderQrImage,
  renderSummary,
  type PanelContext,
} from './panel-context.js';
import type { QrState } from './qr-controller.js';

/** The state the share panel shows. */
export interface SharePanelState {
  /** The code of the share link, for a friend standing beside the shopper. */
  qr: QrState;
  url: string;
  /** A share is on its way (the button is inert meanwhile). */
  sharing: boolean;
  /** Sharing and copying both failed: show the link in a field. */
  failed: boolean;
  onShare: () => void;
}

/**
 * Ask a friend to pay: share the link (share sheet → clipboard → a selectable field) or show its code.
 * @internal
 */
export function renderSharePanel(ctx: PanelContext, state: SharePanelState): TemplateResult {
  const { strings, amount } = ctx;
  return html`<div class="panel-body share" part="share-panel">
    <h2 class="title" part="title">${strings.shareTitle}</h2>
    <p class="hint" part="hint">
      ${amount !== null ? fillTemplate(strings.shareText, { amount }) : strings.shareTextNoAmount}
    </p>
    ${renderSummary(ctx)}
    <button
      class="primary"
      part="share-button"
      type="button"
      aria-disabled=${state.sharing ? 'true' : 'false'}
      @click=${state.onShare}
    >
      <svg class="button-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"></path>
      </svg>
      ${strings.shareButton}
    </button>
    ${state.failed ? renderLinkField(strings.linkField, state.url, strings.shareFailed) : nothing}
    <div class="share-qr">
      <div class="qr-frame small" part="qr-frame">
        ${renderQrImage(state.qr, strings.shareQrLabel, strings)}
      </div>
      <p class="hint">${strings.shareQrHint}</p>
    </div>
  </div>`;
}
