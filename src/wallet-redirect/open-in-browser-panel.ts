import { html, nothing, type TemplateResult } from 'lit';
import type { Environment } from '../core/types.js';
import { fillTemplate } from '../i18n/strings.js';
import { renderLinkField, type PanelContext } from './panel-context.js';

/** The state the open-in-browser panel shows. */
export interface OpenInBrowserPanelState {
  environment: Environment;
  /** The page link to show in a field after copying failed, or null. */
  fallbackLink: string | null;
  onCopy: () => void;
}

/**
 * This in-app browser blocks the wallet: say which app, show where its ⋯ menu is (a decorative
 * arrow to the top corner), and offer to copy the page's link to paste into a real browser.
 * @internal
 */
export function renderOpenInBrowserPanel(
  ctx: PanelContext,
  state: OpenInBrowserPanelState,
): TemplateResult {
  const { strings, wallet } = ctx;
  const inApp = state.environment.inApp;
  const app = inApp ? strings.inAppNames[inApp] : strings.thisApp;
  const browser = state.environment.os === 'ios' ? strings.browserIos : strings.browserOther;
  return html`<div class="panel-body open-in-browser" part="open-in-browser-panel">
    <svg class="menu-arrow" part="menu-arrow" viewBox="0 0 64 64" aria-hidden="true">
      <path d="M10 58C14 34 28 18 52 12"></path>
      <path d="M40 8l13 4-5 12"></path>
    </svg>
    <h2 class="title" part="title">${strings.openInBrowserTitle}</h2>
    <p class="hint" part="hint">${fillTemplate(strings.openInBrowserWhy, { wallet, app })}</p>
    <ol class="steps" part="steps">
      <li>
        <span class="step-dots" aria-hidden="true">⋯</span>
        ${fillTemplate(strings.openInBrowserSteps, { browser, app })}
      </li>
    </ol>
    <button class="primary" part="copy-page-button" type="button" @click=${state.onCopy}>
      ${strings.copyPageLink}
    </button>
    ${
      state.fallbackLink !== null
        ? renderLinkField(strings.linkField, state.fallbackLink, strings.copyFailed)
        : nothing
    }
  </div>`;
}
