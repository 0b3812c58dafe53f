/** The small text blocks the panels share. */
import { html, type TemplateResult } from 'lit';

/** A panel's heading. @internal */
export const panelTitle = (text: string): TemplateResult => html`<h2 part="title">${text}</h2>`;

/** Explanatory text in a panel. @internal */
export const panelHint = (text: string): TemplateResult =>
  html`<p class="hint" part="hint">${text}</p>`;

/** An error message (invalid session, unsafe link, code too long). @internal */
export const errorMessage = (text: string): TemplateResult =>
  html`<p class="message error" part="error">${text}</p>`;

/**
 * A calm note to the shopper (the app didn't open; some ways to pay aren't available here): not
 * an error they caused, so not in red. The shop gets the details in `wallet-error`.
 * @internal
 */
export const notice = (text: string, part: string): TemplateResult =>
  html`<p class="message notice" part=${part}>${text}</p>`;
