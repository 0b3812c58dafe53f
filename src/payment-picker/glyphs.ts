import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { KnownMethodId } from '../core/types.js';

/**
 * Neutral line glyphs (24×24, stroked with `currentColor`) for the known method ids. They hint
 * at the kind of method (a chat bubble, a cloud, a coin…); they are not the providers' logos,
 * which shops may show through `icon` under the providers' brand rules.
 */
const GLYPHS: Record<KnownMethodId, SVGTemplateResult> = {
  // A coin-like circle with a stroke pattern that recalls 支.
  alipay: svg`<circle cx="12" cy="12" r="8.5"/><path d="M7.5 9h9M12 6.5V12M8 12.5h8c-1.2 3-3.8 4.6-7.5 5M10.5 14c2 1.6 4.4 2.7 7 3.2"/>`,
  // Two chat bubbles.
  'wechat-pay': svg`<path d="M10 4.5c-3.9 0-7 2.5-7 5.6 0 1.8 1 3.3 2.6 4.4L5 16.8l2.9-1.5c.7.2 1.4.3 2.1.3"/><path d="M15.5 10.5c-3 0-5.5 2-5.5 4.4s2.5 4.4 5.5 4.4c.6 0 1.2-.1 1.7-.2l2.3 1.2-.5-2c1.2-.8 2-2 2-3.4 0-2.4-2.5-4.4-5.5-4.4z"/><path d="M7.5 8.8h.01M12 8.8h.01M13.8 14.5h.01M17.2 14.5h.01"/>`,
  // A cloud with a flash (Cloud QuickPass).
  unionpay: svg`<path d="M7 18.5a4 4 0 0 1-.6-7.95 5.5 5.5 0 0 1 10.75-1.2A4.6 4.6 0 0 1 17 18.5z"/><path d="M12.8 10.5 10.6 14h3l-2.1 3.2"/>`,
  // A shopping bag.
  'jd-pay': svg`<path d="M5 8.5h14l-1.1 11H6.1z"/><path d="M9 8.5V7a3 3 0 0 1 6 0v1.5"/>`,
  // A coin with the yuan sign.
  ecny: svg`<circle cx="12" cy="12" r="8.5"/><path d="M8.8 7.5 12 11.6l3.2-4.1M12 11.6v5.4M9.2 12.3h5.6M9.2 14.8h5.6"/>`,
  // A wing (翼).
  bestpay: svg`<path d="M3.5 14.5c4.2.3 7.4-1.6 9.6-6 1.4 2.6 3.9 4.1 7.4 4.3-1.6 3.8-5 6.2-9 6.2-3.4 0-6-1.6-8-4.5z"/><path d="M8 15.5c2.2.2 4.4-.5 6.3-2"/>`,
  // A pouch (包).
  hebao: svg`<path d="M6.2 9h11.6l1.6 9.3a1.5 1.5 0 0 1-1.5 1.7H6.1a1.5 1.5 0 0 1-1.5-1.7z"/><path d="M9.2 9 7.8 5h8.4l-1.4 4M9.5 14h5"/>`,
  // A bank card.
  card: svg`<rect x="3" y="5.5" width="18" height="13" rx="2.5"/><path d="M3 10h18M7 15h4"/>`,
  // A phone (pay with the phone's wallet).
  'apple-pay': svg`<rect x="6.5" y="2.5" width="11" height="19" rx="2.5"/><path d="M10.5 18.5h3M10 9.5a3 3 0 0 1 0 3.5M12.5 8a5.5 5.5 0 0 1 0 6.5"/>`,
  // Contactless waves.
  'google-pay': svg`<path d="M7 8.5a5 5 0 0 1 0 7M10.5 6a8.6 8.6 0 0 1 0 12M14 3.5a12.4 12.4 0 0 1 0 17"/><circle cx="18.5" cy="12" r="1"/>`,
  // A paper plane (send money).
  paypal: svg`<path d="M20.5 3.5 3.5 10.4l6.8 2.7 2.8 7.3z"/><path d="M20.5 3.5 10.3 13.1"/>`,
};

/** A wallet, for ids without a glyph of their own. */
const GENERIC: SVGTemplateResult = svg`<path d="M4.5 8V7a2.5 2.5 0 0 1 2.5-2.5h10V8"/><rect x="3.5" y="8" width="17" height="11.5" rx="2.5"/><path d="M20.5 12h-4a1.8 1.8 0 0 0 0 3.5h4"/>`;

/** The glyph's paths for a method id (a generic wallet for unknown ids), to place in an `<svg viewBox="0 0 24 24">`. */
export function glyphFor(id: string): SVGTemplateResult {
  return Object.hasOwn(GLYPHS, id) ? GLYPHS[id as KnownMethodId] : GENERIC;
}

/** A circled exclamation mark, beside error and validation messages. */
export const ALERT_GLYPH: SVGTemplateResult = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.5h.01"/>`;

/** A chevron pointing down, on the "More payment methods" button. */
export const MORE_GLYPH: SVGTemplateResult = svg`<path d="M6 9.5 12 15.5 18 9.5"/>`;

/** A decorative 24×24 glyph: one of the paths above in its `<svg>`. */
export const glyph = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true">${paths}</svg>`;
