import { html, type TemplateResult } from 'lit';
import type { Environment } from '../../core/types.js';
import { fillTemplate } from '../../i18n/strings.js';
import type { WalletStrings } from '../../i18n/strings.js';
import { linkField } from './link-field.js';
import { panelHint, panelTitle } from './text.js';

/**
 * This in-app browser blocks the wallet: say which app (from `environment`), show where its ⋯
 * menu is (a decorative arrow to the top corner), and offer to copy the page's link (`onCopy`)
 * to paste into a real browser; the link in a field when the clipboard refused it.
 * @internal
 */
export const openInBrowserPanel = (
  strings: WalletStrings,
  wallet: string,
  { inApp, os }: Environment,
  onCopy: () => void,
  fallbackLink: string | undefined,
): TemplateResult => {
  const app =
    inApp && Object.hasOwn(strings.inAppNames, inApp) ? strings.inAppNames[inApp] : strings.thisApp;
  const browser = os === 'ios' ? strings.browserIos : strings.browserOther;
  return html`<div class="panel-body open-in-browser" part="open-in-browser-panel">
    <svg class="menu-arrow" part="menu-arrow" viewBox="0 0 64 64" aria-hidden="true">
      <path d="M10 58C14 34 28 18 52 12"></path>
      <path d="M40 8l13 4-5 12"></path>
    </svg>
    ${panelTitle(strings.openInBrowserTitle)}
    ${panelHint(fillTemplate(strings.openInBrowserWhy, { wallet, app }))}
    <ol class="steps" part="steps">
      <li>
        <span class="step-dots" aria-hidden="true">⋯</span>
        ${fillTemplate(strings.openInBrowserSteps, { browser, app })}
      </li>
    </ol>
    <button class="primary" part="copy-page-button" type="button" @click=${onCopy}>
      ${strings.copyPageLink}
    </button>
    ${linkField(strings.linkField, fallbackLink, strings.copyFailed)}
  </div>`;
};
