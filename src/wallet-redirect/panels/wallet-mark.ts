import { html, type TemplateResult } from 'lit';
import { glyph, glyphFor } from '../../payment-picker/glyphs.js';

/**
 * The wallet's mark and name, as the cashiers put them on the code's frame: the shop's own
 * `icon` for the method when it has one (a safe image URL; it may hold the wallet's brand
 * artwork), else the library's neutral glyph of the method.
 * @internal
 */
export const walletMark = (method: string, wallet: string, icon: string): TemplateResult =>
  html`<p class="wallet-mark" part="wallet-mark" data-id=${method}>
    ${icon ? html`<img src=${icon} alt="" decoding="async" />` : glyph(glyphFor(method))}
    <span>${wallet}</span>
  </p>`;
