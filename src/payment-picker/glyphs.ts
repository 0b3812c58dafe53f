import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { KnownMethodId } from '../core/types.js';

/**
 * The glyphs of the known method ids: a filled tile drawn in `currentColor` (the picker colors it
 * with the wallet's hue, per id; forced colors make it the system text color) under a white
 * symbol that says what kind of method it is: a coin marked 支, chat bubbles, a cloud with a
 * flash (云闪付), a shopping bag, a round ¥ coin, a wing (翼), a drawstring purse (包), a card, a
 * phone, contactless waves, a P. They are not the providers' logos, which shops may show
 * through `icon` under the providers' brand rules. Cut-outs are drawn in `currentColor` too.
 */
const GLYPHS: Record<KnownMethodId, SVGTemplateResult> = {
  alipay: svg`<circle cx="12" cy="12" r="8"/><path fill="none" stroke="currentColor" stroke-width="1.5" d="M8.5 9h7M12 7v5M9 12h6c-1 3-3 4-6 5M11 14c2 1 3 2 5 2.5"/>`,
  'wechat-pay': svg`<ellipse cx="9.5" cy="10" rx="6.5" ry="5.5"/><path d="m5 14-1 3.5 4-2"/><ellipse cx="15.5" cy="15" rx="5.5" ry="4.5" stroke="currentColor" stroke-width="1.5"/>`,
  unionpay: svg`<path d="M7 18a4 4 0 0 1 0-8 5.5 5.5 0 0 1 10.5-1A4.5 4.5 0 0 1 17 18z"/><path fill="currentColor" d="m13 9-3.5 5.5H12l-1 3.5 3.5-5.5H12z"/>`,
  'jd-pay': svg`<path d="M5 9h14l-1 11H6z"/><path fill="none" stroke-width="2" d="M9 9V7a3 3 0 0 1 6 0v2"/>`,
  ecny: svg`<circle fill="none" stroke-width="1.5" cx="12" cy="12" r="8.5"/><path fill="none" stroke-width="2" d="m9 7 3 4 3-4m-3 4v6m-3-5h6m-6 3h6"/>`,
  bestpay: svg`<path d="M3.5 6.5c6 0 12 1.5 17 4-1.2 1.3-2.8 2-4.5 2 .8.8 1.2 1.7 1.2 2.7-1.7.4-3.4.2-5-.6.2 1.2 0 2.3-.7 3.4-4-1.5-6.7-5.3-8-11.5z"/>`,
  hebao: svg`<path d="M8.5 4.5h7l-2 3.5c3.5 1.5 6 4.5 6 8 0 3-3 4-7.5 4S4.5 19 4.5 16c0-3.5 2.5-6.5 6-8z"/><path fill="none" stroke="currentColor" stroke-width="1.5" d="M10 9h4"/>`,
  card: svg`<rect x="3" y="6" width="18" height="12.5" rx="2"/><path fill="none" stroke="currentColor" stroke-width="2" d="M3 10h18M6.5 15h4"/>`,
  'apple-pay': svg`<rect x="6.5" y="3" width="11" height="18" rx="2.5"/><path fill="none" stroke="currentColor" stroke-width="1.5" d="M10.5 10a2.5 2.5 0 0 1 0 4M13 8.5a5 5 0 0 1 0 7"/>`,
  'google-pay': svg`<path fill="none" stroke-width="2" d="M6.5 9a4.5 4.5 0 0 1 0 6M10 6.5a8 8 0 0 1 0 11M13.5 4a12 12 0 0 1 0 16"/><circle cx="18" cy="12" r="1.5"/>`,
  paypal: svg`<path fill-rule="evenodd" d="M7.5 4.5h6c3 0 5 2 5 4.5 0 3-2 5-5.5 5H11v5.5H7.5zM11 7.5V11h2c1.2 0 2-.7 2-1.8S14.2 7.5 13 7.5z"/>`,
};

/** A wallet, for ids without a glyph of their own. */
const GENERIC: SVGTemplateResult = svg`<path d="M5.5 8 15 5l1 3"/><rect x="3.5" y="8" width="17" height="12" rx="2"/><circle cx="16.5" cy="14" r="1.5" fill="currentColor"/>`;

/**
 * The glyph of a method id (a generic wallet for unknown ids), to place in an
 * `<svg viewBox="0 0 24 24">`: a tile in `currentColor` (round for the e-CNY coin) and a white
 * symbol, in a `<g>` that a forced-colors rule can recolor (`fill: Canvas; stroke: Canvas`).
 */
export function glyphFor(id: string): SVGTemplateResult {
  return svg`<rect width="24" height="24" rx=${id === 'ecny' ? 12 : 6} fill="currentColor"/><g fill="#fff" stroke="#fff" stroke-width="0">${Object.hasOwn(GLYPHS, id) ? GLYPHS[id as KnownMethodId] : GENERIC}</g>`;
}

/** A circled exclamation mark, beside error and validation messages. */
export const ALERT_GLYPH: SVGTemplateResult = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.5h.01"/>`;

/** A chevron pointing down, on the "More payment methods" button. */
export const MORE_GLYPH: SVGTemplateResult = svg`<path d="M6 9.5 12 15.5 18 9.5"/>`;

/** A decorative 24×24 glyph: one of the paths above in its `<svg>`. */
export const glyph = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true">${paths}</svg>`;
