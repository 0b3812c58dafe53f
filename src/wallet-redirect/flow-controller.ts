import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fallbackFlow } from '../core/flow.js';
import type { Flow, FlowReason } from '../core/types.js';
import { emit } from './events.js';
import type { Hand } from './hand.js';
import { onTabKeydown } from './tabs.js';

/** The host: a Lit element with its shadow root. */
export type FlowHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Which flow is shown: the one `chooseFlow` picked, the tab the shopper switches to (by click or
 * arrow keys), or the fallback when the wallet app did not open. Every change fires
 * `wallet-flow`; the first choice of a session is announced with the session's other events.
 * @internal
 */
export class FlowController implements ReactiveController {
  private readonly host: FlowHost;
  /** Called on every switch (the link field of a failed copy belongs to the old panel). */
  private readonly onSwitch: () => void;
  private current: Flow | null = null;
  private note = '';
  /** A `wallet-flow` of a choice made while updating, dispatched after the render. */
  private chosen: (() => void) | null = null;

  constructor(host: FlowHost, onSwitch: () => void) {
    this.host = host;
    this.onSwitch = onSwitch;
    host.addController(this);
  }

  /** The flow shown, or null without a session. */
  get active(): Flow | null {
    return this.current;
  }

  /** A note above the panel, such as "Alipay didn't open", or ''. */
  get notice(): string {
    return this.note;
  }

  /** Shows a new session's `flow` (its `wallet-flow` goes with the session's events). */
  show(flow: Flow | null): void {
    this.chosen = null;
    this.current = flow;
    this.host.requestUpdate();
  }

  /**
   * Shows the flow chosen again for the same session (`flow`, `environment` or `allowedSchemes`
   * changed) and fires `wallet-flow` after the render when it differs from the one shown.
   */
  choose(flow: Flow | null, reason: FlowReason): void {
    if (flow === null || flow === this.current) return;
    this.show(flow);
    this.chosen = () => emit(this.host, 'wallet-flow', { flow, reason });
  }

  hostUpdated(): void {
    const chosen = this.chosen;
    this.chosen = null;
    chosen?.();
  }

  /** Hides the notice (a new session, or the shopper tries the app again). */
  clearNotice(): void {
    this.note = '';
    this.host.requestUpdate();
  }

  /** Shows `flow` and fires `wallet-flow`, unless it is shown already. */
  switchTo(flow: Flow, reason: FlowReason): void {
    if (this.current === flow) return;
    this.current = flow;
    this.host.requestUpdate();
    this.onSwitch();
    emit(this.host, 'wallet-flow', { flow, reason });
  }

  /** The app did not open: shows `notice` and the QR code, else the share link, if allowed. */
  fallBack(hand: Hand, notice: string): void {
    this.note = notice;
    this.host.requestUpdate();
    const { qrPayload, shareUrl } = hand.prepared;
    const flow = fallbackFlow(
      { qrPayload: qrPayload ?? undefined, shareUrl: shareUrl ?? undefined },
      hand.choice.available,
    );
    if (flow) this.switchTo(flow, 'app-not-opened');
  }

  /** A click on a tab. */
  readonly onTabClick = (event: Event): void => {
    this.switchTo((event.currentTarget as HTMLElement).dataset['flow'] as Flow, 'user');
  };

  /** Arrow keys, Home and End on the tab list of `flows`; focus follows the selection. */
  onTabKeydown(event: KeyboardEvent, flows: readonly Flow[]): void {
    onTabKeydown(event, this.host, flows, this.current, (flow) => {
      this.switchTo(flow, 'user');
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>(`#tab-${flow}`)?.focus(),
      );
    });
  }
}
