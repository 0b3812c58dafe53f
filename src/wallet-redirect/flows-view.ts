import { html, nothing, type TemplateResult } from 'lit';
import type { Environment, Flow } from '../core/types.js';
import type { Hand } from './hand.js';
import { renderOpenInBrowserPanel } from './open-in-browser-panel.js';
import type { PanelContext } from './panel-context.js';
import type { QrState } from './qr-controller.js';
import { renderQrPanel } from './qr-panel.js';
import { renderRedirectPanel } from './redirect-panel.js';
import { renderSharePanel } from './share-panel.js';
import { renderStatusBar } from './status-view.js';
import { renderTabs } from './tabs.js';

/** Everything the flows of a pending payment show, and the handlers of their controls. */
export interface FlowsView {
  hand: Hand;
  /** The flow shown; null: the first the session allows. */
  active: Flow | null;
  /** A note above the panel ("Alipay didn't open"), or ''. */
  notice: string;
  /** The environment, for the open-in-browser guidance. */
  environment: () => Environment;
  /** The QR code of a text (encoded on first request). */
  qr: (text: string) => QrState;
  /** Milliseconds left to pay, or null without `expiresAt`. */
  remaining: number | null;
  /** The countdown ended: the code is hidden. */
  codeExpired: boolean;
  opening: boolean;
  sharing: boolean;
  shareFailed: boolean;
  /** A link the clipboard refused, shown in a field; or null. */
  fallbackLink: string | null;
  checking: boolean;
  unreachable: boolean;
  on: {
    open: () => void;
    share: () => void;
    save: () => void;
    copyQrLink: () => void;
    copyPageLink: () => void;
    check: () => void;
    tabClick: (event: Event) => void;
    tabKeydown: (event: KeyboardEvent) => void;
  };
}

/**
 * A pending payment: the tabs of the flows the session allows (when more than one), a notice,
 * the panel of the active flow, and the status line with "I have paid".
 * @internal
 */
export function renderFlows(ctx: PanelContext, view: FlowsView): TemplateResult {
  const flows = view.hand.choice.available;
  const active = view.active ?? flows[0];
  const tabs = flows.length > 1;
  return html`
    ${
      tabs
        ? renderTabs(flows, active, ctx.strings, {
            onClick: view.on.tabClick,
            onKeydown: view.on.tabKeydown,
          })
        : nothing
    }
    ${view.notice ? html`<p class="message notice" part="notice">${view.notice}</p>` : nothing}
    <div
      class="panel"
      part="panel"
      id="panel"
      role=${tabs ? 'tabpanel' : 'group'}
      aria-labelledby=${tabs ? `tab-${active}` : nothing}
    >
      ${renderPanel(active, ctx, view)}
    </div>
    ${renderStatusBar(ctx.strings, {
      checking: view.checking,
      unreachable: view.unreachable,
      onCheck: view.on.check,
    })}
  `;
}

function renderPanel(flow: Flow, ctx: PanelContext, view: FlowsView): TemplateResult {
  const { prepared } = view.hand;
  switch (flow) {
    case 'redirect':
      return renderRedirectPanel(ctx, { opening: view.opening, onOpen: view.on.open });
    case 'qr':
      if (view.codeExpired) {
        return html`<p class="message" part="hint">${ctx.strings.expiredText}</p>`;
      }
      return renderQrPanel(ctx, {
        qr: view.qr(prepared.qrPayload!),
        remaining: view.remaining,
        canCopyLink: prepared.qrLink !== null,
        fallbackLink: view.fallbackLink,
        onSave: view.on.save,
        onCopy: view.on.copyQrLink,
      });
    case 'share':
      return renderSharePanel(ctx, {
        qr: view.qr(prepared.shareUrl!),
        url: prepared.shareUrl!,
        sharing: view.sharing,
        failed: view.shareFailed,
        onShare: view.on.share,
      });
    case 'open-in-browser':
      return renderOpenInBrowserPanel(ctx, {
        environment: view.environment(),
        fallbackLink: view.fallbackLink,
        onCopy: view.on.copyPageLink,
      });
  }
}
