/**
 * What `<wallet-redirect>` shows for one session, and the element as its modules see it. The
 * state is one object, replaced whole when a session arrives: nothing is reset by hand, and "did
 * the session change meanwhile?" is `host.state_ !== state` everywhere.
 */
import type { QrSvg } from '../core/qr.js';
import { isFinalStatus, parseIsoInstant } from '../core/session.js';
import type { StatusTracker } from '../status/tracker.js';
import type { Flow, PaymentStatus } from '../core/types.js';
import type { WalletStringOverrides } from '../i18n/strings.js';
import type { Hand } from './hand.js';

/**
 * The wallet's own pay sheet (flow `in-app`): opening it (waiting for the bridge, or its answer),
 * confirming with the shop after it said paid, not finished, failed; or a mini program, which
 * pays by itself. @internal
 */
export type InAppPhase = 'opening' | 'confirming' | 'cancelled' | 'failed' | 'miniprogram';

/** Where the encoding of one text as a QR code stands; `error`: the encoder could not load. @internal */
export type QrState = QrSvg | 'loading' | 'too-long' | 'error';

/**
 * One session's state. The optional fields start absent (false, empty): only what a new session
 * knows at once is written when it is created.
 * @internal
 */
export interface SessionState {
  /** The session being handed off, or null (none, or invalid). */
  hand: Hand | null;
  /** The session given could not be used (`invalid-session`). */
  invalid: boolean;
  /** `idle` without a session, `pending` with one, then one final status from the server. */
  status: PaymentStatus;
  /** The flow shown, or null without a session. */
  flow: Flow | null;
  /** A note above the panel, such as "Alipay didn't open". */
  notice?: string;
  /** The tracker said the code's time ran out (the server may still report a late payment). */
  codeExpired?: boolean;
  /** The tracker following the status while connected and pending, or null. */
  tracker?: StatusTracker | null;
  /** The shop could not be reached several times in a row (tracking goes on). */
  unreachable?: boolean;
  /** "I have paid" was pressed a moment ago: "Checking…" (the tracker reports final statuses only). */
  checking?: boolean;
  /** Ends "Checking…". */
  checkingTimer?: ReturnType<typeof setTimeout>;
  /** The grace period after expiry ended without the server's word: no tracker runs. */
  lapsed?: boolean;
  /** Set while the wallet app is being opened; stops the watch of whether it opened. */
  unwatch?: (() => void) | undefined;
  /** Neither the share sheet nor the clipboard took the share link: show it in a field. */
  shareFailed?: boolean;
  /** A link the clipboard refused, shown in a selectable field instead. */
  fallbackLink?: string | undefined;
  /** QR codes of the texts the panels showed (the session's payload and share link). */
  codes: Map<string, QrState>;
  /** `expiresAt` in epoch ms on the server's clock, or null (none, or unknown). */
  deadline: number | null;
  /** Where the wallet's own pay sheet stands (flow `in-app`). */
  inApp?: InAppPhase | undefined;
  /** The shopper closed the overlay pointing at the in-app browser's ⋯ menu. */
  overlayDismissed?: boolean;
  /** Its "Got it" took focus when it appeared (once per session). */
  overlayFocused?: boolean;
  /** Screen readers heard "one minute left" for this session. */
  warned?: boolean;
}

/** A fresh state for a session handed off (`hand`), or for none or an invalid one. @internal */
export function sessionState(hand: Hand | null, invalid: boolean): SessionState {
  return {
    hand,
    invalid,
    status: hand ? 'pending' : 'idle',
    flow: hand && hand.choice.flow,
    codes: new Map(),
    deadline: parseIsoInstant(hand?.session.expiresAt),
  };
}

/** The payment is over here: final, or its code expired. Nothing is opened or shared then. @internal */
export function isOver(state: SessionState): boolean {
  return isFinalStatus(state.status) || !!state.codeExpired;
}

/**
 * The element as every behaviour module sees it; each module adds what else it needs.
 * @internal
 */
export interface WalletHost extends HTMLElement {
  /** Overrides of the visible strings. */
  readonly strings: WalletStringOverrides | null;
  /** The current session's state. */
  state_: SessionState;
  /** Says `text` through the live region. */
  announce_(text: string): void;
  requestUpdate(): void;
}

/** Whether the element is in a live page: connected, in a document that has a window. @internal */
export function isLive(host: Element): boolean {
  return host.isConnected && !!host.ownerDocument.defaultView;
}
