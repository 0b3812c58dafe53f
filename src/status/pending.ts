/**
 * The resume store: while a payment is pending, `<wallet-redirect resume>` keeps its session in
 * the tab's `sessionStorage`, so a reload (or the wallet app returning to a fresh page) can pick
 * the tracking up again. Storage can throw at any time (quota, privacy modes, disabled cookies):
 * every function here swallows that, because losing resume must never break paying.
 */
import type { PaymentSession } from '../core/types.js';

/** The single storage key: one pending payment per tab. */
export const PENDING_SESSION_KEY = 'payment-picker:pending';

/**
 * How long an entry without `expiresAt` stays resumable. Wallet orders live from minutes to a
 * couple of hours; a day is a generous bound that still stops a tab tracking a ghost forever.
 */
export const PENDING_MAX_AGE = 24 * 60 * 60 * 1000;

/** The part of the Web Storage interface the store needs (`sessionStorage` in the element). */
export type PendingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What is stored under {@link PENDING_SESSION_KEY}. Versioned so the format can change. */
interface PendingEntry {
  v: 1;
  savedAt: number;
  session: PaymentSession;
}

const OPTIONAL_STRING_FIELDS = [
  'amount',
  'currency',
  'payee',
  'redirectUrl',
  'qrPayload',
  'shareUrl',
  'expiresAt',
  'statusUrl',
  'eventsUrl',
] as const satisfies readonly (keyof PaymentSession)[];

/**
 * The tab's `sessionStorage`, or null where reading the property itself throws (sandboxed
 * iframes, some privacy modes) or there is no window (Node).
 */
export function getSessionStorage(): PendingStorage | null {
  try {
    return (globalThis as { sessionStorage?: Storage }).sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Remembers a pending session for this tab, replacing any other.
 *
 * @param now - the current time in epoch milliseconds, to bound the age of entries without expiry.
 * @returns whether it was stored (false when storage is missing, full or refused).
 */
export function savePendingSession(
  storage: PendingStorage | null | undefined,
  session: PaymentSession,
  now: number = Date.now(),
): boolean {
  if (!storage) return false;
  const entry: PendingEntry = { v: 1, savedAt: now, session };
  try {
    storage.setItem(PENDING_SESSION_KEY, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads back the pending session of this tab, or null. Expired, too old or malformed entries
 * are removed and read as null, so a page never resumes tracking a payment that cannot finish.
 *
 * @param now - the current time in epoch milliseconds.
 */
export function loadPendingSession(
  storage: PendingStorage | null | undefined,
  now: number = Date.now(),
): PaymentSession | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(PENDING_SESSION_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const session = readEntry(raw, now);
  if (!session) removeQuietly(storage);
  return session;
}

/**
 * Forgets the pending session (after a final status). With `sessionId`, only an entry for that
 * session is removed, so a tracker that finishes late cannot wipe a newer payment's entry.
 */
export function clearPendingSession(
  storage: PendingStorage | null | undefined,
  sessionId?: string,
): void {
  if (!storage) return;
  if (sessionId !== undefined) {
    let raw: string | null;
    try {
      raw = storage.getItem(PENDING_SESSION_KEY);
    } catch {
      return;
    }
    if (raw === null || storedSessionId(raw) !== sessionId) return;
  }
  removeQuietly(storage);
}

function readEntry(raw: string, now: number): PaymentSession | null {
  const entry = parseJson(raw);
  if (!isRecord(entry) || entry.v !== 1 || typeof entry.savedAt !== 'number') return null;
  const session = toSession(entry.session);
  if (!session) return null;
  if (session.expiresAt !== undefined) {
    const expiresAt = Date.parse(session.expiresAt);
    if (Number.isNaN(expiresAt) || expiresAt <= now) return null;
  } else if (now - entry.savedAt > PENDING_MAX_AGE || entry.savedAt > now + PENDING_MAX_AGE) {
    return null;
  }
  return session;
}

/** Keeps only the known fields, each checked for type: storage is as untrusted as any input. */
function toSession(value: unknown): PaymentSession | null {
  if (!isRecord(value)) return null;
  const { id, method } = value;
  if (typeof id !== 'string' || id === '' || typeof method !== 'string' || method === '') {
    return null;
  }
  const session: PaymentSession = { id, method };
  for (const field of OPTIONAL_STRING_FIELDS) {
    const fieldValue = value[field];
    if (fieldValue === undefined) continue;
    if (typeof fieldValue !== 'string') return null;
    session[field] = fieldValue;
  }
  return session;
}

function storedSessionId(raw: string): string | undefined {
  const entry = parseJson(raw);
  if (!isRecord(entry) || !isRecord(entry.session)) return undefined;
  const { id } = entry.session;
  return typeof id === 'string' ? id : undefined;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function removeQuietly(storage: PendingStorage): void {
  try {
    storage.removeItem(PENDING_SESSION_KEY);
  } catch {
    // Nothing to do: the entry will be dropped again on the next load.
  }
}
