import { html, type TemplateResult } from 'lit';
import type { Flow } from '../core/types.js';
import type { WalletStrings } from '../i18n/wallet-strings.js';

/** Tab labels per flow. */
const TAB_LABEL: Record<Flow, keyof WalletStrings> = {
  redirect: 'tabRedirect',
  qr: 'tabQr',
  share: 'tabShare',
  'open-in-browser': 'tabOpenInBrowser',
};

/**
 * The flows as a WAI-ARIA tab list: one tab stop (the selected tab), each tab controlling the
 * one panel (`#panel`), which is labelled by the selected tab.
 * @internal
 */
export function renderTabs(
  flows: readonly Flow[],
  active: Flow,
  strings: WalletStrings,
  handlers: { onClick: (event: Event) => void; onKeydown: (event: KeyboardEvent) => void },
): TemplateResult {
  return html`<div
    class="tabs"
    part="tabs"
    role="tablist"
    aria-label=${strings.flowTabs}
    @keydown=${handlers.onKeydown}
  >
    ${flows.map(
      (flow) =>
        html`<button
          class="tab"
          part=${flow === active ? 'tab tab-selected' : 'tab'}
          id="tab-${flow}"
          role="tab"
          type="button"
          data-flow=${flow}
          aria-selected=${flow === active ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${flow === active ? 0 : -1}
          @click=${handlers.onClick}
        >
          ${strings[TAB_LABEL[flow]] as string}
        </button>`,
    )}
  </div>`;
}

/**
 * Keyboard of the flow tabs (WAI-ARIA tabs pattern, automatic activation): Left/Right move and
 * choose, wrapping, flipped in right-to-left text; Home/End go to the first/last tab.
 *
 * @param host - the element whose direction decides what "next" means
 * @param select - chooses a flow and moves focus to its tab
 * @internal
 */
export function onTabKeydown(
  event: KeyboardEvent,
  host: Element,
  flows: readonly Flow[],
  active: Flow | null,
  select: (flow: Flow) => void,
): void {
  if (flows.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const rtl = getComputedStyle(host).direction === 'rtl';
  const index = Math.max(0, active === null ? 0 : flows.indexOf(active));
  let next: number;
  switch (event.key) {
    case 'ArrowRight':
      next = index + (rtl ? -1 : 1);
      break;
    case 'ArrowLeft':
      next = index + (rtl ? 1 : -1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = flows.length - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  select(flows[(next + flows.length) % flows.length]);
}
