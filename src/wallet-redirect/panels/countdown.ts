import { html, nothing, type TemplateResult } from 'lit';
import type { WalletStrings } from '../../i18n/strings.js';
import { fillTemplate } from '../../i18n/strings.js';
import { formatCountdown } from '../countdown.js';

/** Under these many ms left the countdown turns urgent: `soon`, then `now`. */
const SOON = 120_000;
const NOW = 60_000;

/**
 * The time left to pay, under the code as the cashiers show it ("Pay within 14:58"). Under two
 * minutes it says so in words ("Only 1:45 left to pay") and turns amber; under one minute red
 * ("Hurry: 0:45 left") with a mark: text and shape, never colour alone. Nothing once `remaining`
 * is null or spent.
 * @internal
 */
export function countdownLine(
  strings: WalletStrings,
  remaining: number | null,
): TemplateResult | typeof nothing {
  if (remaining === null || remaining <= 0) return nothing;
  const urgency = remaining <= NOW ? 'now' : remaining <= SOON ? 'soon' : 'calm';
  const template =
    urgency === 'now'
      ? strings.expiresNow
      : urgency === 'soon'
        ? strings.expiresSoon
        : strings.expiresIn;
  return html`<p class="countdown ${urgency}" part="countdown countdown-${urgency}">
    <svg class="clock" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.5"></circle>
      <path d=${urgency === 'now' ? 'M8 4.5v4M8 11v.5' : 'M8 4.5V8l2.5 1.5'}></path>
    </svg>
    <span>${fillTemplate(template, { time: formatCountdown(remaining) })}</span>
  </p>`;
}
