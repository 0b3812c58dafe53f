import { html, nothing, type TemplateResult } from 'lit';
import type { Environment } from '../../core/types.js';
import { fillTemplate } from '../../i18n/strings.js';
import type { WalletStrings } from '../../i18n/strings.js';
import { linkField } from './link-field.js';
import { panelHint, panelTitle } from './text.js';

/** The arrow from the steps up to the app's ⋯ menu. */
const ARROW = html`<svg class="menu-arrow" part="menu-arrow" viewBox="0 0 64 64" aria-hidden="true">
  <path d="M10 58C14 34 28 18 52 12"></path>
  <path d="M40 8l13 4-5 12"></path>
</svg>`;

/**
 * This in-app browser blocks the wallet: say which app (from `environment`), how to leave it
 * ("Tap ⋯ at the top right…"), and offer to copy the page's link (`onCopy`) to paste into a real
 * browser; the link in a field when the clipboard refused it. On a phone (`overlay`), a dimmed
 * full-screen layer points from the top-right corner of the screen at the app's own ⋯ menu, as
 * pages made for WeChat do; "Got it" (`onDismiss`) or Escape closes it, and the panel stays.
 * @internal
 */
export const openInBrowserPanel = (
  strings: WalletStrings,
  wallet: string,
  { inApp, os }: Environment,
  onCopy: () => void,
  fallbackLink: string | undefined,
  overlay: boolean,
  onDismiss: () => void,
): TemplateResult => {
  const app =
    inApp && Object.hasOwn(strings.inAppNames, inApp) ? strings.inAppNames[inApp] : strings.thisApp;
  const browser = os === 'ios' ? strings.browserIos : strings.browserOther;
  const steps = fillTemplate(strings.openInBrowserSteps, { browser, app });
  return html`<div class="panel-body open-in-browser" part="open-in-browser-panel">
    ${panelTitle(strings.openInBrowserTitle)}
    ${panelHint(fillTemplate(strings.openInBrowserWhy, { wallet, app }))}
    <ol class="steps" part="steps">
      <li><span class="step-dots" aria-hidden="true">⋯</span> ${steps}</li>
    </ol>
    <button class="primary" part="copy-page-button" type="button" @click=${onCopy}>
      ${strings.copyPageLink}
    </button>
    ${linkField(strings.linkField, fallbackLink, strings.copyFailed)}
    ${
      overlay
        ? html`<div
            class="browser-overlay"
            part="browser-overlay"
            role="dialog"
            aria-modal="true"
            aria-label=${strings.openInBrowserTitle}
            @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && onDismiss()}
            @click=${(event: Event) => event.target === event.currentTarget && onDismiss()}
          >
            ${ARROW}
            <p class="overlay-text">${steps}</p>
            <button
              class="secondary on-dark"
              part="overlay-close"
              type="button"
              @click=${onDismiss}
            >
              ${strings.gotIt}
            </button>
          </div>`
        : nothing
    }
  </div>`;
};
