import { html, nothing, type TemplateResult } from 'lit';
import { glyph, glyphFor } from '../../payment-picker/glyphs.js';

/**
 * The wallet's mark and name, as the cashiers put them on the code's frame: the shop's own
 * `icon` for the method when it has one (a safe image URL; it may hold the wallet's brand
 * artwork), else the library's neutral glyph of each of `methods`. An any-app code shows its
 * wallets' glyphs alone (`text` empty): the instruction under the code names them.
 * @internal
 */
export const walletMark = (
  methods: readonly string[],
  text: string,
  icon: string,
): TemplateResult =>
  html`<p class="wallet-mark" part="wallet-mark">
    ${
      icon
        ? html`<img src=${icon} alt="" decoding="async" />`
        : methods.map((id) => html`<span class="mark" data-id=${id}>${glyph(glyphFor(id))}</span>`)
    }
    ${text ? html`<span>${text}</span>` : nothing}
  </p>`;
