import { expect } from '@open-wc/testing';
import {
  clearPendingSession,
  getSessionStorage,
  loadPendingSession,
  PENDING_MAX_AGE,
  PENDING_SESSION_KEY,
  savePendingSession,
  type PendingStorage,
} from '../../src/status/pending.js';
import type { PaymentSession } from '../../src/core/types.js';

const NOW = Date.parse('2026-11-21T10:00:00Z');

const SESSION: PaymentSession = {
  id: 'order-42',
  method: 'wechat-pay',
  amount: '128.00',
  currency: 'CNY',
  qrPayload: 'weixin://wxpay/bizpayurl?pr=abc',
  statusUrl: '/api/orders/42/status',
  expiresAt: '2026-11-21T10:15:00Z',
};

/** An in-memory Web Storage that can be told to fail like a full or locked-down one. */
class MemoryStorage implements PendingStorage {
  readonly items = new Map<string, string>();
  failGet = false;
  failSet = false;
  failRemove = false;

  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failSet) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.failRemove) throw new DOMException('denied', 'SecurityError');
    this.items.delete(key);
  }
}

function storedEntry(session: unknown, savedAt = NOW): string {
  return JSON.stringify({ v: 1, savedAt, session });
}

describe('pending session store', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
  });

  it('saves under the namespaced key and loads the same session back', () => {
    expect(savePendingSession(storage, SESSION, NOW)).to.equal(true);
    expect([...storage.items.keys()]).to.deep.equal(['payment-picker:pending']);
    expect(PENDING_SESSION_KEY).to.equal('payment-picker:pending');
    expect(loadPendingSession(storage, NOW + 60_000)).to.deep.equal(SESSION);
  });

  it('keeps one pending session per tab: saving replaces the previous one', () => {
    savePendingSession(storage, SESSION, NOW);
    savePendingSession(storage, { ...SESSION, id: 'order-43' }, NOW);
    expect(loadPendingSession(storage, NOW)?.id).to.equal('order-43');
  });

  it('returns null when nothing is stored', () => {
    expect(loadPendingSession(storage, NOW)).to.equal(null);
  });

  it('drops and removes a session whose expiresAt has passed', () => {
    savePendingSession(storage, SESSION, NOW);
    expect(loadPendingSession(storage, Date.parse(SESSION.expiresAt!))).to.equal(null);
    expect(storage.items.size).to.equal(0);
  });

  it('keeps a session without expiresAt for a day, then drops it', () => {
    const noExpiry: PaymentSession = { ...SESSION };
    delete noExpiry.expiresAt;
    savePendingSession(storage, noExpiry, NOW);
    expect(loadPendingSession(storage, NOW + PENDING_MAX_AGE)).to.deep.equal(noExpiry);
    expect(loadPendingSession(storage, NOW + PENDING_MAX_AGE + 1)).to.equal(null);
    expect(storage.items.size).to.equal(0);
  });

  const malformed: [string, string][] = [
    ['not JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['an unknown format version', JSON.stringify({ v: 2, savedAt: NOW, session: SESSION })],
    ['no savedAt', JSON.stringify({ v: 1, session: SESSION })],
    ['no session', JSON.stringify({ v: 1, savedAt: NOW })],
    ['a session without id', storedEntry({ method: 'alipay' })],
    ['a session with an empty id', storedEntry({ id: '', method: 'alipay' })],
    ['a session without method', storedEntry({ id: 'x' })],
    ['a numeric id', storedEntry({ id: 42, method: 'alipay' })],
    [
      'a non-string URL field',
      storedEntry({ id: 'x', method: 'alipay', statusUrl: { href: '/' } }),
    ],
    ['an unparseable expiresAt', storedEntry({ id: 'x', method: 'alipay', expiresAt: 'soon' })],
  ];
  for (const [what, raw] of malformed) {
    it(`drops and removes a malformed entry: ${what}`, () => {
      storage.items.set(PENDING_SESSION_KEY, raw);
      expect(loadPendingSession(storage, NOW)).to.equal(null);
      expect(storage.items.size).to.equal(0);
    });
  }

  it('keeps only the known session fields of a stored entry', () => {
    storage.items.set(
      PENDING_SESSION_KEY,
      storedEntry({ id: 'x', method: 'alipay', secret: 'token', statusUrl: '/s' }),
    );
    expect(loadPendingSession(storage, NOW)).to.deep.equal({
      id: 'x',
      method: 'alipay',
      statusUrl: '/s',
    });
  });

  it('clears the entry', () => {
    savePendingSession(storage, SESSION, NOW);
    clearPendingSession(storage);
    expect(storage.items.size).to.equal(0);
  });

  it('clears only the named session when given an id, so a late tracker keeps a newer entry', () => {
    savePendingSession(storage, SESSION, NOW);
    clearPendingSession(storage, 'order-41');
    expect(loadPendingSession(storage, NOW)?.id).to.equal('order-42');
    clearPendingSession(storage, 'order-42');
    expect(storage.items.size).to.equal(0);
  });

  describe('never throws', () => {
    it('reports false when storage refuses to save (quota)', () => {
      storage.failSet = true;
      expect(savePendingSession(storage, SESSION, NOW)).to.equal(false);
    });

    it('loads null when storage refuses to read (privacy mode)', () => {
      savePendingSession(storage, SESSION, NOW);
      storage.failGet = true;
      expect(loadPendingSession(storage, NOW)).to.equal(null);
    });

    it('loads null for a malformed entry even when it cannot be removed', () => {
      storage.items.set(PENDING_SESSION_KEY, 'garbage');
      storage.failRemove = true;
      expect(loadPendingSession(storage, NOW)).to.equal(null);
    });

    it('clears quietly when storage refuses to read or remove', () => {
      savePendingSession(storage, SESSION, NOW);
      storage.failRemove = true;
      expect(() => clearPendingSession(storage)).not.to.throw();
      storage.failGet = true;
      expect(() => clearPendingSession(storage, 'order-42')).not.to.throw();
    });

    it('does nothing without storage', () => {
      expect(savePendingSession(null, SESSION, NOW)).to.equal(false);
      expect(loadPendingSession(undefined, NOW)).to.equal(null);
      expect(() => clearPendingSession(null)).not.to.throw();
    });
  });

  it('works with the real sessionStorage of the page', () => {
    const real = getSessionStorage();
    expect(real).to.equal(window.sessionStorage);
    try {
      expect(savePendingSession(real, SESSION, NOW)).to.equal(true);
      expect(loadPendingSession(real, NOW)).to.deep.equal(SESSION);
    } finally {
      clearPendingSession(real);
    }
    expect(window.sessionStorage.getItem(PENDING_SESSION_KEY)).to.equal(null);
  });
});
