import { html } from 'lit';
import type { Flow } from '../../core/types.js';
import type { WalletStrings } from '../../i18n/strings.js';

/** Tab labels per flow. */
const TAB_LABEL = {
  'in-app': 'tabInApp',
  redirect: 'tabRedirect',
  qr: 'tabQr',
  share: 'tabShare',
  'open-in-browser': 'tabOpenInBrowser',
} as const;

/**
 * The tabs of the flows the session allows, `active` selected; the panel they control has the
 * id `panel`. A click chooses (`onSelect`); keys go to `onKeydown`.
 * @internal
 */
export const flowTabs = (
  strings: WalletStrings,
  flows: readonly Flow[],
  active: Flow,
  onSelect: (flow: Flow) => void,
  onKeydown: (event: KeyboardEvent) => void,
) =>
  html`<div
    class="tabs"
    part="tabs"
    role="tablist"
    aria-label=${strings.flowTabs}
    @keydown=${onKeydown}
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
          aria-selected=${flow === active}
          aria-controls="panel"
          tabindex=${flow === active ? 0 : -1}
          @click=${() => onSelect(flow)}
        >
          ${strings[TAB_LABEL[flow]]}
        </button>`,
    )}
  </div>`;
