import { html, type TemplateResult } from 'lit';
import type { WalletStrings } from '../../i18n/strings.js';
import type { QrState } from '../state.js';

/**
 * A QR code as inline SVG: one `<path>` in module units, crisp at any size; a spinner while it
 * is prepared; a calm note (not an error box: the panel offers the ways forward) when it cannot
 * be shown. Attributes only (no `style`), so it renders under a strict Content-Security-Policy;
 * the colors are presentation attributes, so the SVG stays dark-on-light when saved alone.
 * @internal
 */
export const qrImage = (strings: WalletStrings, code: QrState, label: string): TemplateResult =>
  typeof code === 'object'
    ? html`<svg
        class="qr-svg"
        part="qr-code"
        viewBox="0 0 ${code.size} ${code.size}"
        role="img"
        aria-label=${label}
        shape-rendering="crispEdges"
      >
        <rect width=${code.size} height=${code.size} fill="#ffffff"></rect>
        <path d=${code.path} fill="#000000"></path>
      </svg>`
    : code === 'loading'
      ? html`<div class="qr-placeholder" part="qr-placeholder">
          <span class="spinner" aria-hidden="true"></span>
          <span class="visually-hidden">${strings.qrLoading}</span>
        </div>`
      : html`<div class="qr-placeholder unavailable" part="qr-placeholder">
          <p part="qr-unavailable">${strings.qrTooLong}</p>
        </div>`;
