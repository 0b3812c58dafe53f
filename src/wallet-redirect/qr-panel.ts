import { html, nothing, type TemplateResult } from 'lit';
import { fillTemplate } from '../i18n/strings.js';
import { formatCountdown } from './countdown-controller.js';
import {
  renderLinkField,
  renderQrImage,
  renderSummary,
  type PanelContext,
} from './panel-context.js';
import type { QrState } from './qr-controller.js';

/** The state the QR panel shows. */
export interface QrPanelState {
  qr: QrState;
  /** Milliseconds until `expiresAt`, or null without one. */
  remaining: number | null;
  /** The payload is a safe http(s) URL: offer "Copy link". */
  canCopyLink: boolean;
  /** The link to show in a field after copying failed, or null. */
  fallbackLink: string | null;
  onSave: () => void;
  onCopy: () => void;
}

/**
 * Scan to pay: the code with an accessible name that says amount and wallet, amount and payee
 * beside it, a visible countdown, "Save image" and "Copy link".
 * @internal
 */
export function renderQrPanel(ctx: PanelContext, state: QrPanelState): TemplateResult {
  const { strings, wallet, amount } = ctx;
  const label =
    amount !== null
      ? fillTemplate(strings.qrLabel, { amount, wallet })
      : fillTemplate(strings.qrLabelNoAmount, { wallet });
  const ready = state.qr.state === 'ready';
  return html`<div class="panel-body qr" part="qr-panel">
    <div class="qr-layout">
      <div class="qr-frame" part="qr-frame">${renderQrImage(state.qr, label, strings)}</div>
      <div class="qr-side">
        <h2 class="title" part="title">${strings.qrTitle}</h2>
        <p class="hint" part="hint">${fillTemplate(strings.qrInstructions, { wallet })}</p>
        ${renderSummary(ctx)}
        ${
          state.remaining !== null
            ? html`<p class="countdown" part="countdown">
                <span aria-hidden="true" class="clock"></span>
                ${fillTemplate(strings.expiresIn, { time: formatCountdown(state.remaining) })}
              </p>`
            : nothing
        }
        <div class="actions" part="actions">
          ${
            ready
              ? html`<button
                  class="secondary"
                  part="save-button"
                  type="button"
                  @click=${state.onSave}
                >
                  ${strings.saveImage}
                </button>`
              : nothing
          }
          ${
            state.canCopyLink
              ? html`<button
                  class="secondary"
                  part="copy-button"
                  type="button"
                  @click=${state.onCopy}
                >
                  ${strings.copyLink}
                </button>`
              : nothing
          }
        </div>
      </div>
    </div>
    ${
      state.fallbackLink !== null
        ? renderLinkField(strings.linkField, state.fallbackLink, strings.copyFailed)
        : nothing
    }
  </div>`;
}
