import { html, nothing, type TemplateResult } from 'lit';
import type { QrSvg } from '../../core/qr.js';
import { fillTemplate, type WalletStrings } from '../../i18n/strings.js';
import { withWallet, type WalletNames } from '../localized.js';
import type { QrState } from '../state.js';
import { countdownLine } from './countdown.js';
import { linkField } from './link-field.js';
import { qrImage } from './qr-image.js';
import { panelTitle } from './text.js';
import { walletMark } from './wallet-mark.js';

/** "Save image": the PNG download comes with the encoder, loaded by the time a code is drawn. */
const saveCode = (code: QrSvg, fileName: string): void =>
  void import('../qr-chunk.js').then(({ downloadQrPng }) => downloadQrPng(code, fileName));

/** What the QR panel shows and can do. @internal */
export interface QrPanelInput {
  strings: WalletStrings;
  names: WalletNames;
  /** The wallets whose glyphs the card shows: the session's method, or its `scanWith` list. */
  methods: readonly string[];
  /** An any-app code: the apps that scan it, as a list ("WeChat, Alipay or UnionPay"); else null. */
  anyApp: string | null;
  /** The shop's own image for the method, or `''`. */
  icon: string;
  amount: string | null;
  /** Amount and payee, first, as the cashiers have it. */
  summary: TemplateResult | typeof nothing;
  code: QrState;
  /** Milliseconds left to pay, or null. */
  remaining: number | null;
  /** A phone, which cannot scan its own screen: lead with "Save image" and the steps. */
  phone: boolean;
  fileName: string;
  onCopy: (() => void) | undefined;
  /** "Ask a friend": to the share flow, when the session has one. */
  onAskFriend: (() => void) | undefined;
  fallbackLink: string | undefined;
}

/**
 * Scan to pay, in the cashiers' reading order: amount and payee; the wallet's mark and name on
 * the code's frame; under the code, what to do and the time left. On a computer: "Open WeChat on
 * your phone and scan this code". On a phone, which cannot scan its own screen: save the code,
 * open the wallet's scanner, choose the code from the album, with "Save image" first and "Ask a
 * friend" beside it. A code too long to show gets a calm note and the same ways forward.
 * @internal
 */
export function qrPanel(input: QrPanelInput): TemplateResult {
  const { strings, names, amount, code, phone, onCopy, onAskFriend } = input;
  const drawn = typeof code === 'object';
  // An any-app code is named for every app that scans it: "… with WeChat or Alipay".
  const labelNames = input.anyApp ? { ...names, wallet: input.anyApp } : names;
  const label =
    amount !== null
      ? withWallet(strings.qrLabel, labelNames, { amount })
      : withWallet(strings.qrLabelNoAmount, labelNames);
  const button = (kind: string, part: string, text: string, onClick: () => void) =>
    html`<button class=${kind} part=${part} type="button" @click=${onClick}>${text}</button>`;
  // On a phone, saving the code is the way: the first and filled button.
  const save = drawn
    ? button(phone ? 'primary' : 'secondary', 'save-button', strings.saveImage, () =>
        saveCode(code, input.fileName),
      )
    : nothing;
  return html`<div class="panel-body qr-panel${phone ? ' phone' : ''}" part="qr-panel">
    ${input.summary} ${panelTitle(phone && drawn ? strings.qrPhoneTitle : strings.qrTitle)}
    <div class="qr-card" part="qr-card">
      ${walletMark(input.methods, input.anyApp ? '' : names.wallet, input.anyApp ? '' : input.icon)}
      <div class="qr-frame" part="qr-frame">${qrImage(strings, code, label)}</div>
      ${
        !drawn
          ? nothing
          : phone
            ? html`<ol class="save-steps" part="save-steps">
                <li>${strings.stepSave}</li>
                <li>${withWallet(strings.stepScan, names)}</li>
                <li>${strings.stepPick}</li>
              </ol>`
            : html`<p class="hint" part="hint">
                ${
                  input.anyApp
                    ? fillTemplate(strings.qrAnyApp, { apps: input.anyApp })
                    : withWallet(strings.qrInstructions, names)
                }
              </p>`
      }
      ${code === 'too-long' || code === 'error' ? nothing : countdownLine(strings, input.remaining)}
    </div>
    <div class="actions" part="actions">
      ${save}
      ${onAskFriend ? button('secondary', 'ask-friend-button', strings.tabShare, onAskFriend) : nothing}
      ${onCopy ? button('secondary', 'copy-button', strings.copyLink, onCopy) : nothing}
    </div>
    ${linkField(strings.linkField, input.fallbackLink, strings.copyFailed)}
  </div>`;
}
