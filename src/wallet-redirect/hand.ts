/**
 * From the `session` property to the hand-off the element shows: the session parsed, its URLs
 * vetted, and the flow chosen for this environment. Pure: the element renders the result and
 * dispatches the errors.
 */
import { chooseFlow } from '../core/flow.js';
import { parseSession } from '../core/session.js';
import type { Environment, FlowChoice, FlowPreference, PaymentSession } from '../core/types.js';
import type { WalletErrorDetail } from './events.js';
import { prepareSession, type PreparedSession } from './prepared-session.js';

/** A session the element can hand off: its vetted URLs and the flows it allows here. */
export interface Hand {
  prepared: PreparedSession;
  choice: FlowChoice;
}

/** What the choice of flow depends on besides the session. */
export interface HandOptions {
  /** Non-https schemes a redirect may use. */
  allowedSchemes: readonly string[];
  environment: Environment;
  /** The flow asked for first (`auto` to let `chooseFlow` decide). */
  flow: FlowPreference;
  /** The base of relative URLs (`document.baseURI`). */
  base: string;
}

/** A new `session`: the hand to show, or null when there is nothing usable, and the errors. */
export interface HandOff {
  hand: Hand | null;
  /** `invalid-session` and `unsafe-url` errors, in the order to report them. */
  errors: WalletErrorDetail[];
}

/**
 * Vets a parsed session's URLs and chooses its flow.
 * @internal
 */
export function prepareHand(session: PaymentSession, options: HandOptions): Hand {
  const prepared = prepareSession(session, options.allowedSchemes, options.base);
  const choice = chooseFlow(
    session.method,
    {
      redirectUrl: prepared.redirectUrl ?? undefined,
      qrPayload: prepared.qrPayload ?? undefined,
      shareUrl: prepared.shareUrl ?? undefined,
    },
    options.environment,
    options.flow,
  );
  return { prepared, choice };
}

/**
 * Validates untrusted input (an object or the attribute's JSON) into a hand. An unsafe URL
 * removes only its own flow; a session with no usable flow left is `invalid-session`.
 * @internal
 */
export function handOff(input: unknown, options: HandOptions): HandOff {
  const parsed = parseSession(input);
  if (!parsed.ok) {
    const { field, message } = parsed.error;
    return { hand: null, errors: [{ code: 'invalid-session', message: `${field} ${message}` }] };
  }
  const hand = prepareHand(parsed.session, options);
  const errors: WalletErrorDetail[] = hand.prepared.unsafe.map((field) => ({
    code: 'unsafe-url',
    message: `session.${field} is not a safe URL here and was not used.`,
  }));
  if (hand.choice.flow === null) {
    errors.push({
      code: 'invalid-session',
      message: 'The session has no usable redirectUrl, qrPayload or shareUrl in this environment.',
    });
    return { hand: null, errors };
  }
  return { hand, errors };
}
