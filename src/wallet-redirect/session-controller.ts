import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearPendingSession, getSessionStorage, savePendingSession } from '../core/pending.js';
import { StatusTracker, type CheckStatus } from '../core/status.js';
import type { FinalStatus, PaymentSession, PaymentStatus } from '../core/types.js';
import { emit } from './events.js';
import { handOff, prepareHand, type Hand, type HandOptions } from './hand.js';

/** How long "I have paid" says "Checking…": the tracker reports only final statuses. */
const CHECKING_FOR = 1200;

/** What {@link SessionController} reads when it starts a tracker, and whom it tells. */
export interface SessionOptions {
  /** The host's `pollInterval`. */
  pollInterval: () => number;
  /** The host's `checkStatus`. */
  checkStatus: () => CheckStatus | undefined;
  /** Once per session, with the final status the server reported. */
  onFinal: (status: FinalStatus, session: PaymentSession) => void;
  /** Once per streak of failures to reach the shop; tracking goes on. */
  onUnreachable: (message: string) => void;
}

/** The host: a Lit element (whether it is connected and has rendered matters). */
export type SessionHost = ReactiveControllerHost &
  EventTarget & {
    readonly isConnected: boolean;
    readonly hasUpdated: boolean;
  };

/**
 * The lifecycle of the host's `session`: validated into a {@link Hand} (or `invalid`), then
 * `idle` → `pending` → one final status. A new session's events (`wallet-error`s, `wallet-flow`,
 * `wallet-status` pending) are dispatched after it rendered, so listeners see it on screen and
 * may set another. While the host is connected and the payment pending, a {@link StatusTracker}
 * asks the shop's server and the session is kept for resume; a final status clears it. Removal
 * stops everything, a new connection starts again, and a new session replaces the tracker, so
 * replies about an old session are never heard.
 * @internal
 */
export class SessionController implements ReactiveController {
  private readonly host: SessionHost;
  private readonly options: SessionOptions;
  private current: PaymentStatus = 'idle';
  private shown: Hand | null = null;
  private rejected = false;
  /** The new session's events, dispatched after it rendered. */
  private events: (() => void)[] = [];
  private tracker: StatusTracker | null = null;
  /** Start after the host rendered the new session (and dispatched its events). */
  private queued = false;
  private lost = false;
  private checkingNow = false;
  private checkingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: SessionHost, options: SessionOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The session being handed off, or null (none, or invalid). */
  get hand(): Hand | null {
    return this.shown;
  }

  /** The session given could not be used (`invalid-session`). */
  get invalid(): boolean {
    return this.rejected;
  }

  /** `idle` without a session, `pending` while tracking, then the final status. */
  get status(): PaymentStatus {
    return this.current;
  }

  /** The shop could not be reached several times in a row (tracking goes on). */
  get unreachable(): boolean {
    return this.lost;
  }

  /** "I have paid" was pressed a moment ago. */
  get checking(): boolean {
    return this.checkingNow;
  }

  /**
   * Takes a new session (untrusted input; null or undefined for none). The old tracker stops at
   * once; the events and the new tracker follow the next render.
   */
  set(input: unknown, options: HandOptions): Hand | null {
    this.stop();
    const { hand, errors } =
      input === null || input === undefined ? { hand: null, errors: [] } : handOff(input, options);
    this.shown = hand;
    this.rejected = input !== null && input !== undefined && hand === null;
    this.current = hand ? 'pending' : 'idle';
    this.lost = false;
    this.queued = hand !== null;
    this.events = errors.map((error) => () => emit(this.host, 'wallet-error', error));
    const flow = hand?.choice.flow;
    if (hand && flow) {
      const { reason } = hand.choice;
      const session = hand.prepared.session;
      this.events.push(
        () => emit(this.host, 'wallet-flow', { flow, reason }),
        () => emit(this.host, 'wallet-status', { status: 'pending', session }),
      );
    }
    this.host.requestUpdate();
    return hand;
  }

  /** Chooses the flow again for the same session (`flow`, `environment`, `allowedSchemes`). */
  rechoose(options: HandOptions): Hand | null {
    if (this.shown) this.shown = prepareHand(this.shown.prepared.session, options);
    return this.shown;
  }

  /** Replaces a running tracker after the next render (its options changed). */
  restart(): void {
    if (this.tracker === null) return;
    this.stop();
    this.queued = true;
  }

  /** After a render: the new session's events, then its tracker. */
  hostUpdated(): void {
    const events = this.events;
    this.events = [];
    for (const dispatch of events) dispatch();
    if (!this.queued) return;
    this.queued = false;
    this.start();
  }

  /** Checks at once ("I have paid"), showing "Checking…" for a moment. */
  checkNow(): void {
    if (!this.tracker || this.checkingNow) return;
    this.checkingNow = true;
    this.host.requestUpdate();
    this.tracker.checkNow();
    this.checkingTimer = setTimeout(() => {
      this.checkingNow = false;
      this.host.requestUpdate();
    }, CHECKING_FOR);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.start();
  }

  hostDisconnected(): void {
    this.stop();
    clearTimeout(this.checkingTimer);
    if (this.checkingNow) {
      this.checkingNow = false;
      this.host.requestUpdate();
    }
  }

  /** Starts a tracker for the session while connected and pending. */
  private start(): void {
    const prepared = this.shown?.prepared;
    if (!prepared || !this.host.isConnected || this.tracker || this.current !== 'pending') return;
    savePendingSession(getSessionStorage(), prepared.session);
    const tracker = new StatusTracker({
      session: prepared.tracked,
      pollInterval: this.options.pollInterval(),
      checkStatus: this.options.checkStatus(),
      onStatus: (status) => {
        if (this.tracker !== tracker) return;
        this.tracker = null;
        this.current = status;
        clearPendingSession(getSessionStorage(), prepared.session.id);
        this.host.requestUpdate();
        this.options.onFinal(status, prepared.session);
      },
      onError: (error) => {
        if (this.tracker !== tracker) return;
        this.lost = true;
        this.host.requestUpdate();
        this.options.onUnreachable(error.message);
      },
      onRecovered: () => {
        if (this.tracker !== tracker) return;
        this.lost = false;
        this.host.requestUpdate();
      },
    });
    this.tracker = tracker;
    // Started after this update: a synchronous report (no status URL) then renders normally.
    queueMicrotask(() => {
      if (this.tracker === tracker) tracker.start();
    });
  }

  private stop(): void {
    const tracker = this.tracker;
    this.tracker = null;
    tracker?.stop();
  }
}
