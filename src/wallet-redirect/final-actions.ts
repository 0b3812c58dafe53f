/**
 * The next steps of the final views, as the element's events: the shop decides what each does
 * (show the order, take a new session, show the picker again).
 */
import { refreshing } from './converters.js';
import { emit } from './events.js';
import type { FinalActions } from './panels/final.js';
import type { WalletHost } from './state.js';

/** What the final views' actions need of the element. @internal */
export interface FinalActionsHost extends WalletHost {
  readonly session: unknown;
}

/**
 * "Continue" (`wallet-continue`), "Get a new code" / "Try again" (`wallet-refresh`: the shop
 * answers with a new session, or an equal copy of this one), "Choose another method"
 * (`wallet-change-method`), each with the session it ends.
 * @internal
 */
export function finalActions(host: FinalActionsHost): FinalActions {
  const detail = () => ({ session: host.state_.hand!.session, status: host.state_.status });
  return {
    onContinue: () => emit(host, 'wallet-continue', detail()),
    onRefresh: () => {
      const { session } = host;
      if (typeof session === 'object' && session) refreshing.add(session);
      emit(host, 'wallet-refresh', { session: host.state_.hand!.session });
    },
    onChangeMethod: () => emit(host, 'wallet-change-method', detail()),
  };
}
