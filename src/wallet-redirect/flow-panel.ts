/**
 * The panel of the pending payment's active flow: where the panels (plain functions of explicit
 * values) meet the element, which supplies its state and its actions as callbacks.
 */
import type { TemplateResult } from 'lit';
import { currentEnvironment } from '../core/environment.js';
import type { Environment } from '../core/types.js';
import type { WalletStrings } from '../i18n/strings.js';
import { timeLeft, type CountdownHost } from './countdown.js';
import { walletName, withWallet } from './localized.js';
import { openInBrowserPanel } from './panels/open-in-browser.js';
import { qrPanel } from './panels/qr.js';
import { redirectPanel } from './panels/redirect.js';
import { sharePanel } from './panels/share.js';
import { summaryList } from './panels/summary.js';
import { copyLink } from './sharing.js';

/** What the panels need of the element besides its state. @internal */
export interface PanelHost extends CountdownHost {
  readonly environment: Environment | null;
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
): TemplateResult {
  const { hand, flow, codes, fallbackLink, unwatch, shareFailed } = host.state_;
  const { session, qrLink, shareUrl, malformed } = hand!;
  const wallet = walletName(strings, session);
  // An amount that cannot be shown exactly (`invalid-amount`): a note in its place, never a guess.
  const amountNote =
    amount === null && malformed.includes('amount')
      ? withWallet(strings.amountUnavailable, wallet)
      : null;
  const summary = summaryList(strings, amount, amountNote, session.payee ?? null);
  const copy = (text: string) => () => void copyLink(host, text);
  return flow === 'redirect'
    ? redirectPanel(strings, wallet, amount, summary, !!unwatch, () => host.open())
    : flow === 'qr'
      ? qrPanel(
          strings,
          wallet,
          amount,
          summary,
          codes.get(hand!.qrPayload!)!,
          timeLeft(host),
          `payment-${session.id}.png`,
          qrLink ? copy(qrLink) : undefined,
          fallbackLink,
        )
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
            wallet,
            host.environment ?? currentEnvironment(),
            copy(location.href),
            fallbackLink,
          );
}
