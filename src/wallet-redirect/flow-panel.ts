/**
 * The panel of the pending payment's active flow: where the panels (plain functions of explicit
 * values) meet the element, which supplies its state and its actions as callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { currentEnvironment } from '../core/environment.js';
import { isSafeImageUrl } from '../core/safe-url.js';
import type { Environment } from '../core/types.js';
import type { WalletStrings } from '../i18n/strings.js';
import { timeLeft, type CountdownHost } from './countdown.js';
import { walletNames, withWallet } from './localized.js';
import type { InAppHost } from './in-app.js';
import { inAppChunk } from './in-app-loader.js';
import { openInBrowserPanel } from './panels/open-in-browser.js';
import { qrPanel } from './panels/qr.js';
import { redirectPanel } from './panels/redirect.js';
import { sharePanel } from './panels/share.js';
import { summaryList } from './panels/summary.js';
import { copyLink } from './sharing.js';
import { flowTabs } from './panels/tabs.js';
import { notice } from './panels/text.js';
import { switchFlow, switchFlowByKey, type TabsHost } from './switch-flow.js';

/** What the panels need of the element besides its state. @internal */
export interface PanelHost extends CountdownHost, TabsHost, InAppHost {
  readonly environment: Environment | null;
  /** The shop's own image for the session's method (`wallet-icon`); used only when safe. */
  readonly walletIcon: string;
  readonly sharing_: boolean;
  open(): void;
  share(): Promise<void>;
}

/**
 * The active flow's panel, given the values it shows (amount and payee, the QR code, the time
 * left, a refused link) and the element's actions as callbacks.
 * @internal
 */
export function flowPanel(
  host: PanelHost,
  strings: WalletStrings,
  amount: string | null,
  lang: string,
): TemplateResult {
  const state = host.state_;
  const { hand, flow, codes, fallbackLink, unwatch, shareFailed } = state;
  const { session, qrLink, shareUrl, malformed, choice } = hand!;
  const names = walletNames(strings, session);
  const environment = host.environment ?? currentEnvironment();
  // An amount that cannot be shown exactly (`invalid-amount`): a note in its place, never a guess.
  const amountNote =
    amount === null && malformed.includes('amount')
      ? withWallet(strings.amountUnavailable, names)
      : null;
  const summary = summaryList(strings, amount, amountNote, session.payee ?? null);
  const copy = (text: string) => () => void copyLink(host, text);
  const code = flow === 'qr' ? codes.get(hand!.qrPayload!)! : 'loading';
  const anyApp = session.scanWith ? appList(strings, session.scanWith, lang) : null;
  if (flow === 'in-app') {
    // From the lazy in-app chunk; a spinner while it loads (inside WeChat or Alipay only).
    const chunk = inAppChunk();
    return chunk
      ? chunk.inAppPanel(
          { ...strings, ...chunk.inAppStrings(host) },
          names,
          amount,
          summary,
          state.inApp,
          () => host.open(),
        )
      : html`<div class="panel-body" part="in-app-panel">
          ${summary}<span class="spinner" aria-hidden="true"></span>
        </div>`;
  }
  return flow === 'redirect'
    ? redirectPanel(strings, names, amount, summary, !!unwatch, () => host.open())
    : flow === 'qr'
      ? qrPanel({
          strings,
          // An any-app code: the steps name every app that scans it ("Open WeChat, Alipay or
          // UnionPay and tap Scan").
          names: anyApp ? { ...names, walletApp: anyApp } : names,
          methods: session.scanWith ?? [session.method],
          anyApp,
          icon: isSafeImageUrl(host.walletIcon, host.ownerDocument.baseURI) ? host.walletIcon : '',
          amount,
          summary,
          code,
          remaining: timeLeft(host),
          phone: environment.mobile,
          fileName: `payment-${session.id}.png`,
          onCopy: qrLink ? copy(qrLink) : undefined,
          // On a phone, and wherever the code cannot be shown: "Ask a friend" beside the rest.
          onAskFriend:
            (environment.mobile || code === 'too-long') && choice.available.includes('share')
              ? () => switchFlow(host, 'share', 'user')
              : undefined,
          fallbackLink,
        })
      : flow === 'share'
        ? sharePanel(
            strings,
            amount,
            summary,
            shareUrl!,
            codes.get(shareUrl!)!,
            host.sharing_,
            !!shareFailed,
            () => void host.share(),
          )
        : openInBrowserPanel(
            strings,
            names.wallet,
            environment,
            copy(location.href),
            fallbackLink,
            environment.mobile && !state.overlayDismissed,
            () => {
              state.overlayDismissed = true;
              host.requestUpdate();
            },
          );
}

/**
 * A pending payment: the tabs of the flows the session allows (when more than one), a notice,
 * the panel of the active flow, and the status line (`statusLine`) with "I have paid".
 * @internal
 */
export function pendingView(
  host: PanelHost,
  strings: WalletStrings,
  lang: string,
  amount: string | null,
  statusLine: TemplateResult,
): TemplateResult {
  const state = host.state_;
  const flows = state.hand!.choice.available;
  const active = state.flow!;
  const tabs = flows.length > 1;
  return html`
    ${
      tabs
        ? flowTabs(
            strings,
            flows,
            active,
            (flow) => switchFlow(host, flow, 'user'),
            (event) => switchFlowByKey(host, event),
          )
        : nothing
    }
    ${state.notice ? notice(state.notice, 'notice') : nothing}
    <div
      class="panel"
      part="panel"
      id="panel"
      tabindex="-1"
      role=${tabs ? 'tabpanel' : 'group'}
      aria-labelledby=${tabs ? `tab-${active}` : nothing}
    >
      ${flowPanel(host, strings, amount, lang)}
    </div>
    ${statusLine}
  `;
}

/**
 * The apps of an any-app code's wallets as one list in the shopper's language, "or" between
 * the last two ("WeChat, Alipay or UnionPay", "微信、支付宝或云闪付").
 */
function appList(strings: WalletStrings, wallets: readonly string[], lang: string): string {
  const names = wallets.map((id) => walletNames(strings, { id: '', method: id }).walletApp);
  try {
    return new Intl.ListFormat(lang, { type: 'disjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
