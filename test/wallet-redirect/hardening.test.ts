// Faults found by using the element as hostile and careless integrators would (issue 10): each
// test here failed before its fix.
import { expect } from '@open-wc/testing';
import type { CheckStatus } from '../../src/status/tracker.js';
import type { Environment, PaymentSession } from '../../src/core/types.js';
import type { WalletErrorDetail, WalletStatusDetail } from '../../src/wallet-redirect/events.js';
import { MOBILE } from '../support/environments.js';
import {
  $,
  DESKTOP,
  fakeStatus,
  fakeVisibility,
  mount,
  ofType,
  part,
  qrSvg,
  SESSION,
  settle,
  sleep,
  tabFlows,
  waitFor,
  type WalletRedirect,
} from './helpers.js';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const STATUS_URL = '/api/orders/42/status';

/** Replaces `fetch` with a shop whose replies carry `date()` as their HTTP `Date`, if any. */
function stubShop(reply: () => object, date: () => string | null) {
  const real = window.fetch;
  const calls: string[] = [];
  window.fetch = ((url: string) => {
    calls.push(url);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const at = date();
    if (at !== null) headers['Date'] = at;
    return Promise.resolve(new Response(JSON.stringify(reply()), { headers }));
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = real) };
}

const errorsOf = (events: CustomEvent[]) => ofType<WalletErrorDetail>(events, 'wallet-error');
const statusesOf = (events: CustomEvent[]) =>
  ofType<WalletStatusDetail>(events, 'wallet-status').map((d) => d.status);

describe('<wallet-redirect> hardening: only the server ends a payment, on its own clock', () => {
  let shop: ReturnType<typeof stubShop> | undefined;
  let restoreVisibility: () => void;
  // A background test page counts as hidden, where checks are 5× slower.
  beforeEach(() => (restoreVisibility = fakeVisibility('visible')));
  afterEach(() => {
    restoreVisibility();
    shop?.restore();
    shop = undefined;
    sessionStorage.clear();
  });

  it('a bad reply at expiresAt changes nothing: the code is hidden, and a paid that follows shows', async function () {
    this.timeout(10_000);
    const fake = fakeStatus();
    const { el, events } = await mount({
      checkStatus: fake.checkStatus,
      session: { ...SESSION, expiresAt: iso(Date.now() + 1200) },
    });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await qrSvg(el);
    // At the deadline the tracker asks at once: a reply for another payment is no answer.
    await fake.waitForCalls(2, 4000);
    fake.calls[1]!.resolve({ id: 'order-99', status: 'expired' });
    await waitFor(() => part(el, 'final-expired') !== null, 2000, 'the expired view');
    expect(el.status, 'only the server makes a payment final').to.equal('pending');
    expect($(el, 'svg.qr-svg'), 'the code is hidden').to.be.null;
    expect(part(el, 'refresh-button')).to.exist;
    expect(part(el, 'check-button'), '"I have paid" still asks').to.exist;
    expect(part(el, 'status')!.textContent).to.contain('Paid just now?');
    // A shopper who scanned at the last second: the shop now says paid.
    await fake.waitForCalls(3, 4000);
    fake.calls[2]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    await settle(el);
    expect(statusesOf(events)).to.deep.equal(['pending', 'paid']);
    expect(part(el, 'final-paid')).to.exist;
  });

  for (const [what, reply] of [
    ['HTTP 500', { http: 500 }],
    ['malformed JSON', { body: '{"status":' }],
    ['an unknown status', { body: '{"status":"done"}' }],
  ] as const) {
    it(`${what} at expiresAt never reports expired`, async function () {
      this.timeout(8000);
      const real = window.fetch;
      window.fetch = (() =>
        Promise.resolve(
          new Response('body' in reply ? reply.body : 'oops', {
            status: 'http' in reply ? reply.http : 200,
          }),
        )) as typeof fetch;
      try {
        const { el, events } = await mount({
          checkStatus: null,
          session: { ...SESSION, statusUrl: STATUS_URL, expiresAt: iso(Date.now() + 800) },
        });
        await waitFor(() => part(el, 'final-expired') !== null, 3000, 'the expired view');
        await sleep(600);
        expect(el.status).to.equal('pending');
        expect(statusesOf(events)).to.deep.equal(['pending']);
      } finally {
        window.fetch = real;
      }
    });
  }

  it('runs the countdown on the server’s clock: a device 6 minutes fast still has 5 minutes to pay', async () => {
    const skew = 6 * MINUTE;
    shop = stubShop(
      () => ({ id: 'order-42', status: 'pending' }),
      () => new Date(Date.now() - skew).toUTCString(),
    );
    // By this device's clock the code expired a minute ago; on the server 5 minutes are left.
    const { el, events } = await mount({
      checkStatus: null,
      session: {
        ...SESSION,
        statusUrl: STATUS_URL,
        expiresAt: iso(Date.now() - skew + 5 * MINUTE),
      },
    });
    await waitFor(() => part(el, 'countdown') !== null, 3000, 'the countdown');
    expect(part(el, 'countdown')!.textContent).to.match(/Pay within (4:5\d|5:0\d)/);
    await qrSvg(el);
    expect(part(el, 'final-expired')).to.be.null;
    expect(el.status).to.equal('pending');
    expect(statusesOf(events)).to.deep.equal(['pending']);
  });

  it('without a readable Date, a device clock past the deadline leaves the code up for the server to end', async () => {
    shop = stubShop(
      () => ({ id: 'order-42', status: 'pending' }),
      () => null,
    );
    const { el } = await mount({
      checkStatus: null,
      session: { ...SESSION, statusUrl: STATUS_URL, expiresAt: iso(Date.now() - MINUTE) },
    });
    await waitFor(() => shop!.calls.length > 0);
    await settle(el);
    await qrSvg(el);
    expect(part(el, 'countdown'), 'no countdown: the time left is unknown').to.be.null;
    expect(part(el, 'final-expired')).to.be.null;
  });

  it('an equal copy given after expiry starts over (the shop answering wallet-refresh with the same session)', async function () {
    this.timeout(10_000);
    const fake = fakeStatus();
    const session: PaymentSession = { ...SESSION, expiresAt: iso(Date.now() + 1000) };
    const { el, events } = await mount({ checkStatus: fake.checkStatus, session });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await waitFor(() => part(el, 'final-expired') !== null, 4000, 'the expired view');
    part(el, 'refresh-button')!.click();
    expect(ofType(events, 'wallet-refresh')).to.have.length(1);
    // The shop's server says this session is still valid, and sends it again.
    const asked = fake.calls.length;
    el.session = { ...session };
    await settle(el);
    await fake.waitForCalls(asked + 1);
    fake.calls.at(-1)!.resolve('pending');
    await qrSvg(el);
    expect(part(el, 'final-expired')).to.be.null;
    expect(el.status).to.equal('pending');
    expect(statusesOf(events)).to.deep.equal(['pending', 'pending']);
  });

  it('an equal copy after expiry that answers no wallet-refresh changes nothing (a re-render cannot loop)', async function () {
    this.timeout(8000);
    const fake = fakeStatus();
    const session: PaymentSession = { ...SESSION, expiresAt: iso(Date.now() + 800) };
    const { el, events } = await mount({ checkStatus: fake.checkStatus, session });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await fake.waitForCalls(2, 4000);
    fake.calls[1]!.resolve('expired');
    await waitFor(() => el.status === 'expired');
    const asked = fake.calls.length;
    for (let i = 0; i < 3; i++) {
      const same = el.session;
      el.session = same; // as lit-html and other renderers re-set object properties
      el.session = { ...session };
      await settle(el);
    }
    expect(el.status).to.equal('expired');
    expect(fake.calls).to.have.length(asked);
    expect(statusesOf(events)).to.deep.equal(['pending', 'expired']);
  });

  it('an equal copy before expiry still changes nothing', async () => {
    const fake = fakeStatus();
    const { el, events } = await mount({ checkStatus: fake.checkStatus });
    await fake.waitForCalls(1);
    el.session = { ...SESSION };
    await settle(el);
    await sleep(50);
    expect(fake.calls).to.have.length(1);
    expect(statusesOf(events)).to.deep.equal(['pending']);
  });

  it(`raises a poll-interval of "1" to 500 ms`, async function () {
    this.timeout(5000);
    let calls = 0;
    const checkStatus: CheckStatus = () => (calls++, Promise.resolve({ status: 'pending' }));
    const { el } = await mount({ checkStatus, attrs: { 'poll-interval': '1' } });
    await sleep(1200);
    el.remove();
    expect(calls).to.be.within(2, 4);
  });
});

describe('<wallet-redirect> hardening: blank and mistyped optional fields', () => {
  it('reads blank optional strings as absent, with no error', async () => {
    const { el, events } = await mount({
      environment: MOBILE,
      session: { ...SESSION, shareUrl: '', payee: '', amount: '', currency: '' },
    });
    expect(errorsOf(events)).to.deep.equal([]);
    expect(el.status).to.equal('pending');
    expect(tabFlows(el)).to.deep.equal(['redirect', 'qr']); // on a phone: the app, or the code
    expect(part(el, 'payee')).to.be.null;
    expect(part(el, 'error')).to.be.null;
  });

  it('drops a mistyped field alone, with a non-fatal invalid-field report', async () => {
    const { el, events } = await mount({
      environment: MOBILE,
      session: { ...SESSION, shareUrl: 123, expiresAt: 'tomorrow' } as unknown as PaymentSession,
    });
    const errors = errorsOf(events);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-field', 'invalid-field']);
    expect(errors[0]!.message).to.contain('session.expiresAt');
    expect(errors[1]!.message).to.contain('session.shareUrl');
    expect(el.status).to.equal('pending');
    expect(tabFlows(el)).to.deep.equal(['redirect', 'qr']); // on a phone: the app, or the code
    expect(part(el, 'amount')!.textContent).to.equal('CN¥128.00');
    expect(part(el, 'countdown')).to.be.null;
    // A missing way to pay is visible, in the shopper's words.
    expect(part(el, 'error')!.textContent).to.contain('aren’t available here');
  });
});

describe('<wallet-redirect> hardening: an amount that cannot be shown exactly', () => {
  for (const [amount, currency] of [
    ['99.999', 'CNY'],
    ['100.5', 'JPY'],
    ['1e309', 'CNY'],
    ['-5', 'CNY'],
    ['1'.repeat(400), 'CNY'],
    ['128.00', ''],
  ]) {
    it(`${amount.length > 12 ? `a ${amount.length}-digit amount` : amount} ${currency || '(no currency)'}: invalid-amount and a note, never a rounded amount`, async () => {
      const { el, events } = await mount({ session: { ...SESSION, amount, currency } });
      const errors = errorsOf(events).filter((e) => e.code === 'invalid-amount');
      expect(errors).to.have.length(1);
      expect(errors[0]!.message).to.contain('amount');
      expect(part(el, 'amount')).to.be.null;
      expect(part(el, 'amount-note')!.textContent).to.contain('Can’t be shown here');
      const text = el.shadowRoot!.textContent!;
      expect(text).not.to.match(/CN¥|∞|100\.00/);
      expect(el.status).to.equal('pending');
    });
  }
});

describe('<wallet-redirect> hardening: moved to another document', () => {
  let iframe: HTMLIFrameElement;
  beforeEach(() => {
    iframe = document.createElement('iframe');
    document.body.append(iframe);
  });
  afterEach(() => iframe.remove());

  const styled = (el: WalletRedirect) => iframe.contentWindow!.getComputedStyle(el).display;

  it('renders, styled, when first connected inside a same-origin iframe', async () => {
    const el = document.createElement('wallet-redirect');
    el.environment = DESKTOP;
    el.checkStatus = fakeStatus().checkStatus;
    el.session = SESSION;
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(styled(el)).to.equal('block');
    expect(part(el, 'amount')!.textContent).to.equal('CN¥128.00');
  });

  it('keeps its styles when moved there after rendering, and back', async () => {
    const { el } = await mount();
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(styled(el)).to.equal('block');
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
    el.remove();
  });

  it('stops tracking when the iframe it is in is removed', async function () {
    this.timeout(5000);
    const signals: AbortSignal[] = [];
    const checkStatus: CheckStatus = (_s, { signal }) => {
      signals.push(signal);
      return new Promise(() => {}); // stays in flight until the tracker stops
    };
    const { el } = await mount({ checkStatus, attrs: { 'poll-interval': '500' } });
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    await waitFor(
      () => signals.length > 0 && !signals.at(-1)!.aborted,
      2000,
      'a check in the iframe',
    );
    iframe.remove();
    expect(el.isConnected, 'still connected to its detached document').to.be.true;
    await waitFor(() => signals.every((s) => s.aborted), 2000, 'the check to be aborted');
    const count = signals.length;
    await sleep(1200);
    expect(signals.length, 'no more checks').to.equal(count);
  });
});

describe('<wallet-redirect> hardening: environments naming Object.prototype keys', () => {
  for (const inApp of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`renders for inApp "${inApp}"`, async () => {
      const environment = { ...DESKTOP, mobile: true, inApp } as unknown as Environment;
      const { el } = await mount({ environment });
      await el.updateComplete; // rejected before the fix
      expect(el.activeFlow).to.equal('redirect');
      el.flow = 'qr';
      await el.updateComplete;
      expect(el.activeFlow).to.equal('qr');
    });
  }
});

describe('<wallet-redirect> hardening: the resume store only with resume', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps nothing in sessionStorage without resume', async () => {
    sessionStorage.clear();
    const { el } = await mount();
    await settle(el);
    expect(el.status).to.equal('pending');
    expect(sessionStorage.getItem('payment-picker:pending')).to.be.null;
  });

  it('keeps the pending session with resume, and forgets it when resume turns off', async () => {
    sessionStorage.clear();
    const { el } = await mount({ attrs: { resume: '' } });
    await settle(el);
    expect(sessionStorage.getItem('payment-picker:pending')).to.contain('order-42');
    el.resume = false;
    await settle(el);
    expect(sessionStorage.getItem('payment-picker:pending')).to.be.null;
  });
});
