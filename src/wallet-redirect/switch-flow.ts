/**
 * Switching the flow shown: a tab the shopper clicks or reaches with the keyboard, or the
 * fallback when the wallet app did not open. Every switch fires `wallet-flow`.
 */
import type { Flow, FlowReason } from '../core/types.js';
import { emit } from './events.js';
import type { WalletHost } from './state.js';

/** What the tabs' keyboard needs of the element besides its state. @internal */
export interface TabsHost extends WalletHost {
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Shows `flow` and fires `wallet-flow`, unless it is shown already.
 * @internal
 */
export function switchFlow(host: WalletHost, flow: Flow, reason: FlowReason): void {
  const state = host.state_;
  if (state.flow === flow) return;
  state.flow = flow;
  state.fallbackLink = undefined; // the link field of a failed copy belongs to the old panel
  host.requestUpdate();
  emit(host, 'wallet-flow', { flow, reason });
}

/**
 * Keyboard of the flow tabs (WAI-ARIA tabs pattern, automatic activation): Left/Right move and
 * choose, wrapping, flipped in right-to-left text; Home/End go to the first/last tab. Focus
 * follows the selection.
 * @internal
 */
export function switchFlowByKey(host: TabsHost, event: KeyboardEvent): void {
  const state = host.state_;
  const flows = state.hand!.choice.available;
  const count = flows.length;
  if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const step = getComputedStyle(host).direction === 'rtl' ? -1 : 1;
  const index = Math.max(0, flows.indexOf(state.flow!));
  const keys: Record<string, number> = {
    ArrowRight: index + step,
    ArrowLeft: index - step,
    Home: 0,
    End: count - 1,
  };
  const next = keys[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const flow = flows[(next + count) % count];
  switchFlow(host, flow, 'user');
  void host.updateComplete.then(() =>
    host.renderRoot.querySelector<HTMLElement>(`#tab-${flow}`)?.focus(),
  );
}
