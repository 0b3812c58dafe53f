import { expect } from '@open-wc/testing';
import {
  FINAL_STATUSES,
  PAYMENT_STATUSES,
  isFinalStatus,
  isPaymentStatus,
  parseIsoInstant,
  parseSession,
} from '../../src/core/session.js';
import type { ParsedSession } from '../../src/core/session.js';
import type { InputError, PaymentSession } from '../../src/core/types.js';

const FULL: PaymentSession = {
  id: 'order-42',
  method: 'wechat-pay',
  amount: '128.00',
  currency: 'CNY',
  payee: 'Example Shop',
  redirectUrl: 'https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1',
  qrPayload: 'weixin://wxpay/bizpayurl?pr=abc',
  shareUrl: 'https://shop.example/friend-pay/42',
  expiresAt: '2025-06-01T12:00:00Z',
  statusUrl: '/api/orders/42/status',
  eventsUrl: '/api/orders/42/events',
};

function errorOf(result: ParsedSession): InputError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.session)}`);
  return result.error;
}

describe('parseSession', () => {
  it('accepts a session object with every field, unchanged', () => {
    expect(parseSession(FULL)).to.deep.equal({ ok: true, session: FULL });
  });

  it('accepts the same session as a JSON string', () => {
    expect(parseSession(JSON.stringify(FULL))).to.deep.equal({ ok: true, session: FULL });
  });

  it('accepts a session with only id and method', () => {
    expect(parseSession({ id: '1', method: 'alipay' })).to.deep.equal({
      ok: true,
      session: { id: '1', method: 'alipay' },
    });
  });

  it('leaves unknown extra fields out', () => {
    const result = parseSession({
      id: '1',
      method: 'alipay',
      secret: 'x',
      extra: { nested: true },
    });
    expect(result).to.deep.equal({ ok: true, session: { id: '1', method: 'alipay' } });
  });

  it('treats null optional fields as absent', () => {
    const result = parseSession({ id: '1', method: 'alipay', qrPayload: null, amount: null });
    expect(result).to.deep.equal({ ok: true, session: { id: '1', method: 'alipay' } });
  });

  it('reports unparseable JSON', () => {
    expect(errorOf(parseSession('{"id":'))).to.deep.equal({
      field: 'session',
      message: 'is not valid JSON',
    });
  });

  for (const bad of [null, undefined, 42, 'null', '[]', [FULL], '"order-42"']) {
    it(`reports ${JSON.stringify(bad) ?? 'undefined'} as not an object`, () => {
      expect(errorOf(parseSession(bad)).field).to.equal('session');
    });
  }

  for (const field of ['id', 'method'] as const) {
    for (const value of [undefined, null, '', '   ', 42, ['a']]) {
      it(`requires ${field} to be a non-empty string, not ${JSON.stringify(value) ?? 'missing'}`, () => {
        const error = errorOf(parseSession({ ...FULL, [field]: value }));
        expect(error.field).to.equal(`session.${field}`);
        expect(error.message).to.match(/non-empty string/);
      });
    }
  }

  /** The session parsed from FULL with `field` replaced, expected usable, and its warnings. */
  function withField(field: string, value: unknown) {
    const result = parseSession({ ...FULL, [field]: value });
    if (!result.ok)
      throw new Error(`expected a usable session, got ${JSON.stringify(result.error)}`);
    return result;
  }

  for (const amount of ['1e3', '-1', ' 12', '12,00', 'NaN', 128]) {
    it(`leaves out the amount ${JSON.stringify(amount)} and says so, keeping the rest`, () => {
      const { session, warnings } = withField('amount', amount);
      expect(session).not.to.have.property('amount');
      expect(session.qrPayload).to.equal(FULL.qrPayload);
      expect(warnings).to.have.length(1);
      expect(warnings![0]!.field).to.equal('session.amount');
      expect(warnings![0]!.message).to.match(/decimal string.*left out/);
    });
  }

  for (const currency of ['cny', 'CN', 'CNYY', 'C1Y', 156]) {
    it(`leaves out the currency ${JSON.stringify(currency)} and says so`, () => {
      const { session, warnings } = withField('currency', currency);
      expect(session).not.to.have.property('currency');
      expect(warnings!.map((w) => w.field)).to.deep.equal(['session.currency']);
    });
  }

  for (const expiresAt of [
    '2025-06-01T12:00:00',
    '2025-06-01',
    '2025-06-01 12:00:00Z',
    '2025-02-30T12:00:00Z',
    '2025-13-01T12:00:00Z',
    '2025-06-01T24:00:00Z',
    '2025-06-01T12:60:00Z',
    '2025-06-01T12:00:00+08',
    'tomorrow',
    1748779200000,
  ]) {
    it(`leaves out the expiry ${JSON.stringify(expiresAt)} and says so`, () => {
      const { session, warnings } = withField('expiresAt', expiresAt);
      expect(session).not.to.have.property('expiresAt');
      expect(warnings![0]!.field).to.equal('session.expiresAt');
      expect(warnings![0]!.message).to.match(/ISO 8601/);
    });
  }

  for (const field of [
    'amount',
    'currency',
    'expiresAt',
    'payee',
    'redirectUrl',
    'qrPayload',
    'shareUrl',
    'statusUrl',
    'eventsUrl',
  ]) {
    it(`reads a blank ${field} as absent, without a warning (servers serialize absent strings as "")`, () => {
      for (const blank of ['', ' ', '\t\n']) {
        const result = withField(field, blank);
        expect(result.session).not.to.have.property(field);
        expect(result).not.to.have.property('warnings');
      }
    });
  }

  for (const field of ['payee', 'redirectUrl', 'qrPayload', 'shareUrl', 'statusUrl', 'eventsUrl']) {
    it(`leaves out a ${field} that is not a string, and says so`, () => {
      for (const value of [42, {}, true, ['x']]) {
        const { session, warnings } = withField(field, value);
        expect(session).not.to.have.property(field);
        expect(warnings).to.deep.equal([
          { field: `session.${field}`, message: 'must be a string; it was left out' },
        ]);
      }
    });
  }

  it('reports every field it left out, in order, and keeps the session usable', () => {
    const result = parseSession({
      id: '1',
      method: 'alipay',
      shareUrl: 123,
      payee: '',
      currency: 'cn',
    });
    expect(result).to.deep.equal({
      ok: true,
      session: { id: '1', method: 'alipay' },
      warnings: [
        {
          field: 'session.currency',
          message: 'must be an ISO 4217 code of three uppercase letters; it was left out',
        },
        { field: 'session.shareUrl', message: 'must be a string; it was left out' },
      ],
    });
  });

  it('does not judge URL safety: that needs the element’s base and allowed schemes', () => {
    const result = parseSession({ ...FULL, redirectUrl: 'javascript:alert(1)' });
    expect(result.ok).to.be.true;
  });

  it('reports a session whose getter throws instead of throwing', () => {
    const hostile = {
      id: '1',
      get method(): string {
        throw new Error('boom');
      },
    };
    expect(errorOf(parseSession(hostile))).to.deep.equal({
      field: 'session',
      message: 'could not be read',
    });
  });
});

describe('parseIsoInstant', () => {
  const cases: [string, number][] = [
    ['2025-06-01T12:00:00Z', Date.UTC(2025, 5, 1, 12)],
    ['2025-06-01t12:00:00z', Date.UTC(2025, 5, 1, 12)],
    ['2025-06-01T20:00:00+08:00', Date.UTC(2025, 5, 1, 12)],
    ['2025-06-01T20:00:00+0800', Date.UTC(2025, 5, 1, 12)],
    ['2025-06-01T07:30-04:30', Date.UTC(2025, 5, 1, 12)],
    ['2025-06-01T12:00:00.5Z', Date.UTC(2025, 5, 1, 12, 0, 0, 500)],
    ['2025-06-01T12:00:00.123456Z', Date.UTC(2025, 5, 1, 12, 0, 0, 123)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['2000-02-29T00:00:00Z', Date.UTC(2000, 1, 29)],
    ['2025-12-31T23:59:59.999-23:59', Date.UTC(2026, 0, 1, 23, 58, 59, 999)],
  ];
  for (const [text, time] of cases) {
    it(`reads ${text}`, () => {
      expect(parseIsoInstant(text)).to.equal(time);
    });
  }

  it('agrees with Date.parse wherever it accepts', () => {
    for (const [text] of cases) expect(parseIsoInstant(text)).to.equal(Date.parse(text));
  });

  it('reads years before 100 as themselves', () => {
    expect(new Date(parseIsoInstant('0099-01-01T00:00:00Z')!).getUTCFullYear()).to.equal(99);
  });

  for (const bad of [
    '2023-02-29T00:00:00Z',
    '2025-04-31T00:00:00Z',
    '2025-00-10T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-06-00T00:00:00Z',
    '2025-06-31T00:00:00Z',
    '2025-01-32T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2025-06-01T24:00:00Z',
    '2025-06-01T12:60:00Z',
    '2025-06-01T12:00:60Z',
    '2025-06-01T12:00:00+08:60',
    '2025-06-01T12:00:00+24:00',
    ' 2025-06-01T12:00:00Z',
    '',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      expect(parseIsoInstant(bad)).to.be.null;
    });
  }
});

describe('statuses', () => {
  it('lists every status, and the final ones', () => {
    expect([...PAYMENT_STATUSES]).to.deep.equal([
      'idle',
      'pending',
      'paid',
      'failed',
      'expired',
      'cancelled',
    ]);
    expect([...FINAL_STATUSES]).to.deep.equal(['paid', 'failed', 'expired', 'cancelled']);
  });

  it('knows which statuses are final', () => {
    for (const s of ['paid', 'failed', 'expired', 'cancelled'])
      expect(isFinalStatus(s), s).to.be.true;
    for (const s of ['idle', 'pending', 'PAID', '', null])
      expect(isFinalStatus(s), String(s)).to.be.false;
  });

  it('knows the payment statuses', () => {
    for (const s of PAYMENT_STATUSES) expect(isPaymentStatus(s)).to.be.true;
    for (const s of ['done', 'Paid', undefined, 0]) expect(isPaymentStatus(s)).to.be.false;
  });
});

describe('parseSession: jsapi and scanWith', () => {
  const base = { id: 'o1', method: 'wechat-pay' };
  const jsapi = {
    appId: 'wx1',
    timeStamp: '1700000000',
    nonceStr: 'n',
    package: 'prepay_id=wx1',
    signType: 'RSA',
    paySign: 'secret-signature',
  };

  it('keeps WeChat’s six fields (and nothing else) and Alipay’s tradeNO', () => {
    const parsed = parseSession({ ...base, jsapi: { ...jsapi, extra: 'x' } });
    expect(parsed.ok && parsed.session.jsapi).to.deep.equal(jsapi);
    const alipay = parseSession({ id: 'o1', method: 'alipay', jsapi: { tradeNO: '2025' } });
    expect(alipay.ok && alipay.session.jsapi).to.deep.equal({ tradeNO: '2025' });
  });

  it('refuses a malformed jsapi, naming the field and never its value', () => {
    for (const [input, field] of [
      [{ ...base, jsapi: { ...jsapi, paySign: '' } }, 'session.jsapi.paySign'],
      [{ ...base, jsapi: { ...jsapi, timeStamp: 1700000000 } }, 'session.jsapi.timeStamp'],
      [{ ...base, jsapi: 'x' }, 'session.jsapi'],
      [{ ...base, jsapi: [jsapi] }, 'session.jsapi'],
      [{ id: 'o1', method: 'alipay', jsapi }, 'session.jsapi.tradeNO'],
      [{ id: 'o1', method: 'card', jsapi: { tradeNO: '1' } }, 'session.jsapi'],
    ] as const) {
      const parsed = parseSession(input);
      expect(parsed.ok, field).to.be.false;
      if (!parsed.ok) {
        expect(parsed.error.field).to.equal(field);
        expect(JSON.stringify(parsed.error)).not.to.contain('secret-signature');
        expect(JSON.stringify(parsed.error)).not.to.contain('prepay_id');
      }
    }
  });

  it('keeps the known wallets of scanWith once each, in order, and warns of the others', () => {
    const parsed = parseSession({
      ...base,
      scanWith: ['wechat-pay', 'alipay', 'klarna', 'alipay', 7, 'unionpay'],
    });
    expect(parsed.ok).to.be.true;
    if (!parsed.ok) return;
    expect(parsed.session.scanWith).to.deep.equal(['wechat-pay', 'alipay', 'unionpay']);
    expect(parsed.warnings!.map((w) => w.field)).to.deep.equal([
      'session.scanWith[2]',
      'session.scanWith[4]',
    ]);
  });

  it('leaves out a scanWith that is not a list, or has no known wallet', () => {
    for (const scanWith of ['wechat-pay', ['klarna']]) {
      const parsed = parseSession({ ...base, scanWith });
      expect(parsed.ok && parsed.session.scanWith).to.equal(undefined);
      expect(parsed.ok && parsed.warnings!.length).to.be.greaterThan(0);
    }
  });
});
