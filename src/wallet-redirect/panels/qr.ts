import { html, nothing, type TemplateResult } from 'lit';
import type { QrSvg } from '../../core/qr.js';
import { fillTemplate } from '../../i18n/strings.js';
import type { WalletStrings } from '../../i18n/strings.js';
import { formatCountdown } from '../countdown.js';
import { withWallet } from '../localized.js';
import type { QrState } from '../state.js';
import { linkField } from './link-field.js';
import { qrImage } from './qr-image.js';
import { panelHint, panelTitle } from './text.js';

/** "Save image": the PNG download comes with the encoder, loaded by the time a code is drawn. */
const saveCode = (code: QrSvg, fileName: string): void =>
  void import('../qr-chunk.js').then(({ downloadQrPng }) => downloadQrPng(code, fileName));

/**
 * Scan to pay: the code with an accessible name that says amount and wallet, amount and payee
 * (`summary`) beside it, the countdown while time is `remaining`, "Save image" (as `fileName`)
 * once the code is drawn and "Copy link" when there is `onCopy`; the link in a field when the
 * clipboard refused it (`fallbackLink`).
 * @internal
 */
export const qrPanel = (
  strings: WalletStrings,
  wallet: string,
  amount: string | null,
  summary: TemplateResult | typeof nothing,
  code: QrState,
  remaining: number | null,
  fileName: string,
  onCopy: (() => void) | undefined,
  fallbackLink: string | undefined,
): TemplateResult =>
  html`<div class="panel-body" part="qr-panel">
    <div class="qr-layout">
      <div class="qr-frame" part="qr-frame">
        ${qrImage(
          strings,
          code,
          amount !== null
            ? fillTemplate(strings.qrLabel, { amount, wallet })
            : withWallet(strings.qrLabelNoAmount, wallet),
        )}
      </div>
      <div class="qr-side">
        ${panelTitle(strings.qrTitle)} ${panelHint(withWallet(strings.qrInstructions, wallet))}
        ${summary}
        ${
          remaining === null || remaining <= 0
            ? nothing
            : html`<p class="countdown" part="countdown">
                <span aria-hidden="true" class="clock"></span>
                ${fillTemplate(strings.expiresIn, { time: formatCountdown(remaining) })}
              </p>`
        }
        <div class="actions" part="actions">
          ${
            typeof code === 'object'
              ? html`<button
                  class="secondary"
                  part="save-button"
                  type="button"
                  @click=${() => saveCode(code, fileName)}
                >
                  ${strings.saveImage}
                </button>`
              : nothing
          }
          ${
            onCopy
              ? html`<button class="secondary" part="copy-button" type="button" @click=${onCopy}>
                  ${strings.copyLink}
                </button>`
              : nothing
          }
        </div>
      </div>
    </div>
    ${linkField(strings.linkField, fallbackLink, strings.copyFailed)}
  </div>`;
