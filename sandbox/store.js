// @ts-check
/**
 * The sandbox's in-memory session store: bounded (the oldest sessions are evicted first), with an
 * injectable clock, lazy expiry and change listeners for the SSE streams.
 */
import { randomUUID } from 'node:crypto';

/** @typedef {'pending' | 'paid' | 'failed' | 'expired' | 'cancelled'} SessionStatus */
/** @typedef {'redirect' | 'qr' | 'share'} SessionFlow */

/** Every status a session can have. */
export const STATUSES = /** @type {readonly SessionStatus[]} */ ([
  'pending',
  'paid',
  'failed',
  'expired',
  'cancelled',
]);

/** Statuses after which a payment can no longer be confirmed, declined or cancelled. */
export const FINAL_STATUSES = /** @type {ReadonlySet<SessionStatus>} */ (
  new Set(['paid', 'failed', 'expired', 'cancelled'])
);

/**
 * @typedef {object} SessionRecord
 * @property {string} id Unguessable (crypto.randomUUID).
 * @property {string} method
 * @property {string} amount Decimal string in major units.
 * @property {string} currency ISO 4217.
 * @property {string} payee
 * @property {SessionFlow[]} flows
 * @property {string | null} returnUrl Where the wallet's "Back to the shop" link goes.
 * @property {string} origin Origin used for the session's absolute URLs.
 * @property {number} createdAt Epoch ms.
 * @property {number} expiresAt Epoch ms.
 * @property {SessionStatus} status
 * @property {import('./faults.js').Faults | null} faults
 * @property {number} faultsLeft Requests the faults still apply to (Infinity: until changed).
 * @property {number} flapCount Final-status replies given while `flapToPending` was on.
 * @property {string[] | null} scanWith An any-app code: the wallets its landing page offers.
 * @property {string | null} chosenMethod The wallet the shopper chose on the landing page.
 * @property {Record<string, Record<string, string>>} jsapi The in-app payment data issued for
 *   this order, per method (`wechat-pay`: the six getBrandWCPayRequest fields; `alipay`:
 *   `tradeNO`), issued once and handed out again unchanged.
 */

/**
 * @typedef {Omit<SessionRecord, 'id' | 'createdAt' | 'expiresAt' | 'status' | 'faults' | 'faultsLeft' | 'flapCount' | 'scanWith' | 'chosenMethod' | 'jsapi'> & {ttlSeconds: number, faults?: import('./faults.js').Faults | null, scanWith?: string[] | null}} NewSession
 */

/** Called with the session after each status change, or with null when it is evicted. */
/** @typedef {(session: SessionRecord | null) => void} SessionListener */

export class SessionStore {
  /** @type {Map<string, SessionRecord>} */
  #sessions = new Map();
  /** @type {Map<string, Set<SessionListener>>} */
  #listeners = new Map();
  #now;
  #maxSessions;

  /**
   * @param {{now?: () => number, maxSessions?: number}} [options]
   */
  constructor({ now = Date.now, maxSessions = 1000 } = {}) {
    if (!Number.isInteger(maxSessions) || maxSessions < 1) {
      throw new RangeError('maxSessions must be a positive integer');
    }
    this.#now = now;
    this.#maxSessions = maxSessions;
  }

  /** How many sessions are held. */
  get size() {
    return this.#sessions.size;
  }

  /** The most sessions ever held at once. */
  get maxSessions() {
    return this.#maxSessions;
  }

  /**
   * Creates a pending session, evicting the oldest ones beyond `maxSessions`.
   * @param {NewSession} input
   * @returns {SessionRecord}
   */
  create(input) {
    let id = randomUUID();
    while (this.#sessions.has(id)) id = randomUUID();
    const createdAt = this.#now();
    /** @type {SessionRecord} */
    const record = {
      id,
      method: input.method,
      amount: input.amount,
      currency: input.currency,
      payee: input.payee,
      flows: [...input.flows],
      returnUrl: input.returnUrl,
      origin: input.origin,
      createdAt,
      expiresAt: createdAt + input.ttlSeconds * 1000,
      status: 'pending',
      faults: null,
      faultsLeft: Infinity,
      flapCount: 0,
      scanWith: input.scanWith ? [...input.scanWith] : null,
      chosenMethod: null,
      jsapi: {},
    };
    this.setFaults(record, input.faults ?? null);
    this.#sessions.set(id, record);
    for (const oldest of this.#sessions.keys()) {
      if (this.#sessions.size <= this.#maxSessions) break;
      this.#evict(oldest);
    }
    return record;
  }

  /**
   * The session with this id (its status brought up to date with the clock), or undefined.
   * @param {string} id
   */
  get(id) {
    const record = this.#sessions.get(id);
    if (record && record.status === 'pending' && this.#now() >= record.expiresAt) {
      record.status = 'expired';
      this.#notify(record);
    }
    return record;
  }

  /**
   * Moves a pending session to a final status (confirm, decline, cancel).
   * @param {string} id
   * @param {Exclude<SessionStatus, 'pending'>} status
   * @returns {{ok: true, session: SessionRecord} | {ok: false, session: SessionRecord | undefined}}
   */
  settle(id, status) {
    const session = this.get(id);
    if (!session || session.status !== 'pending') return { ok: false, session };
    session.status = status;
    this.#notify(session);
    return { ok: true, session };
  }

  /**
   * Sets any status, final or not (a test control). Forcing `pending` after `expiresAt` reads as
   * `expired` again at once: create a new session to test a fresh payment.
   * @param {string} id
   * @param {SessionStatus} status
   */
  force(id, status) {
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    session.flapCount = 0;
    if (session.status !== status) {
      session.status = status;
      this.#notify(session);
    }
    return this.get(id);
  }

  /**
   * Replaces a session's faults (null clears them).
   * @param {SessionRecord} session
   * @param {import('./faults.js').Faults | null} faults
   */
  setFaults(session, faults) {
    session.faults = faults;
    session.faultsLeft = faults?.times ?? Infinity;
    session.flapCount = 0;
  }

  /**
   * The faults that apply to one status or events request, counting it against `times`.
   * @param {SessionRecord} session
   */
  takeFaults(session) {
    const faults = session.faults;
    if (faults && session.faultsLeft !== Infinity) {
      session.faultsLeft -= 1;
      if (session.faultsLeft <= 0) this.setFaults(session, null);
    }
    return faults;
  }

  /**
   * Listens to one session's changes until the returned function is called.
   * @param {string} id
   * @param {SessionListener} listener
   * @returns {() => void}
   */
  subscribe(id, listener) {
    let set = this.#listeners.get(id);
    if (!set) this.#listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      const current = this.#listeners.get(id);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.#listeners.delete(id);
    };
  }

  /**
   * How many listeners are attached (to one session, or in all).
   * @param {string} [id]
   */
  listenerCount(id) {
    if (id !== undefined) return this.#listeners.get(id)?.size ?? 0;
    let count = 0;
    for (const set of this.#listeners.values()) count += set.size;
    return count;
  }

  /** Every session, oldest first. */
  values() {
    return this.#sessions.values();
  }

  /** @param {string} id */
  #evict(id) {
    this.#sessions.delete(id);
    const listeners = this.#listeners.get(id);
    this.#listeners.delete(id);
    for (const listener of listeners ?? []) listener(null);
  }

  /** @param {SessionRecord} session */
  #notify(session) {
    for (const listener of [...(this.#listeners.get(session.id) ?? [])]) listener(session);
  }
}
