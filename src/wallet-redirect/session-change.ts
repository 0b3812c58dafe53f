/**
 * What the element does when its `session` changes, and when the flow is chosen again for the
 * same session (`flow`, `environment` or `allowedSchemes` changed). Both return the events to
 * dispatch once the element has rendered the change, so listeners see it on screen and may set
 * another session.
 */
import { clearPendingSession, getSessionStorage } from '../status/pending.js';
import type { PaymentSession } from '../core/types.js';
import { currentEnvironment } from '../core/environment.js';
import { stopWatching } from './app-open.js';
import type { InAppHost } from './in-app.js';
import { loadInApp } from './in-app-loader.js';
import { syncCountdown, type CountdownHost } from './countdown.js';
import { emit } from './events.js';
import { handOff, prepareHand, unsafeUrlError, type HandOptions } from './hand.js';
import { sessionState } from './state.js';
import { stopTracking } from './tracking.js';

/** What a change of session needs of the element besides its state. @internal */
export interface SessionHost extends CountdownHost, HandOptions, InAppHost {
  /** The session as given: untrusted input. */
  readonly session: PaymentSession | null;
}

/**
 * Starts over for `host.session` with a fresh state (nothing of the old session's is kept);
 * returns its `wallet-error`s, `wallet-flow` and `wallet-status` pending.
 * @internal
 */
export function startSession(host: SessionHost): (() => void)[] {
  // A pending payment the shop replaced or withdrew (`session = null`) is not resumed later;
  // only its own entry is removed, never another payment's.
  const previous = host.state_;
  if (previous.hand && previous.status === 'pending') {
    clearPendingSession(getSessionStorage(), previous.hand.session.id);
  }
  stopWatching(host);
  stopTracking(host);
  const input = host.session;
  const given = input !== null && input !== undefined;
  const { hand, errors } = given ? handOff(input, host) : { hand: null, errors: [] };
  host.state_ = sessionState(hand, given && !hand);
  syncCountdown(host); // the warnings restart, even for the same deadline
  const events: (() => void)[] = errors.map((error) => () => emit(host, 'wallet-error', error));
  if (hand) {
    const { flow, reason } = hand.choice;
    const { session } = hand;
    events.push(
      () => emit(host, 'wallet-flow', { flow: flow!, reason }),
      () => emit(host, 'wallet-status', { status: 'pending', session }),
    );
    // In the wallet's own app: its pay sheet at once (the shopper has just pressed the shop's
    // pay button; the apps need no fresh gesture).
    if (flow === 'in-app') {
      const { miniProgram } = host.environment ?? currentEnvironment();
      const state = host.state_;
      events.push(() => {
        void loadInApp().then((chunk) => {
          if (host.state_ !== state) return; // another session meanwhile
          host.requestUpdate(); // the panel, now that it can be drawn
          chunk.startInApp(host, miniProgram);
        });
      });
    }
  }
  return events;
}

/**
 * Chooses the flow again for the pending session: `unsafe-url` for a URL that the new
 * `allowedSchemes` refuse, `wallet-flow` when the flow differs. No usable flow left: the session
 * is invalid here, as if it had been given so (`invalid-session`).
 * @internal
 */
export function chooseFlowAgain(host: SessionHost): (() => void)[] {
  const state = host.state_;
  const hand = state.hand!;
  const next = prepareHand(hand.session, host);
  if (next.choice.flow === null) return startSession(host);
  next.malformed = hand.malformed;
  state.hand = next;
  const events = next.unsafe
    .filter((field) => !hand.unsafe.includes(field))
    .map((field) => () => emit(host, 'wallet-error', unsafeUrlError(field)));
  const { flow, reason } = next.choice;
  if (flow !== state.flow) {
    state.flow = flow;
    events.push(() => emit(host, 'wallet-flow', { flow, reason }));
  }
  return events;
}
