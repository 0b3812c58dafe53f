import { expect } from '@open-wc/testing';
import type { WalletErrorDetail, WalletStatusDetail } from '../../src/wallet-redirect/events.js';
import {
  fakeVisibility,
  $,
  DESKTOP,
  fakeStatus,
  liveText,
  mount,
  ofType,
  part,
  SESSION,
  settle,
  sleep,
  waitFor,
} from './helpers.js';

const statuses = (events: CustomEvent[]) =>
  ofType<WalletStatusDetail>(events, 'wallet-status').map((d) => d.status);
const fast = { 'poll-interval': '20' };

describe('<wallet-redirect> status', () => {
  beforeEach(() => sessionStorage.clear());

  it('goes pending → paid with exactly one final wallet-status, then stops asking', async () => {
    const fake = fakeStatus();
    const { el, events } = await mount({ checkStatus: fake.checkStatus, attrs: fast });
    expect(el.status).to.equal('pending');
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await fake.waitForCalls(2);
    fake.calls[1]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    await settle(el);
    expect(statuses(events)).to.deep.equal(['pending', 'paid']);
    expect(ofType<WalletStatusDetail>(events, 'wallet-status')[1]!.session).to.deep.equal(SESSION);
    const calls = fake.calls.length;
    await sleep(150);
    expect(fake.calls.length).to.equal(calls);
    expect(statuses(events)).to.have.length(2);
  });

  it('shows the paid view, announces it and moves focus to its heading', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    await settle(el);
    const heading = part(el, 'final-heading')!;
    expect(heading.textContent).to.contain('Payment received');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(liveText(el)).to.equal('Payment received');
    expect(part(el, 'final-paid')!.textContent).to.contain('CN¥128.00');
    expect(part(el, 'tabs')).to.be.null;
  });

  for (const status of ['failed', 'expired', 'cancelled'] as const) {
    it(`shows the shop's own ${status} content in the ${status} slot`, async () => {
      const fake = fakeStatus();
      const { el } = await mount({ checkStatus: fake.checkStatus });
      const own = Object.assign(document.createElement('p'), {
        slot: status,
        textContent: 'Shop text',
      });
      el.append(own);
      await fake.waitForCalls(1);
      fake.calls[0]!.resolve(status);
      await waitFor(() => el.status === status);
      await settle(el);
      const slot = $(el, `slot[name="${status}"]`) as HTMLSlotElement;
      expect(slot.assignedElements()).to.deep.equal([own]);
      expect(part(el, `final-${status}`)).to.exist;
    });
  }

  it('never reports paid for a reply about another session, an unknown status or malformed data', async function () {
    this.timeout(20_000);
    const fake = fakeStatus();
    const { el, events } = await mount({ checkStatus: fake.checkStatus, attrs: fast });
    const bad = [
      { id: 'someone-else', status: 'paid' },
      { status: 'PAID' },
      { status: 'done' },
      'not json',
      null,
      [1],
    ];
    for (let i = 0; i < bad.length; i++) {
      await fake.waitForCalls(i + 1, 5000);
      fake.calls[i]!.resolve(bad[i] as object);
      // Errors back off; "I have paid" asks again at once (once its "Checking…" moment is over).
      await sleep(1250);
      part(el, 'check-button')!.click();
    }
    expect(el.status).to.equal('pending');
    expect(statuses(events)).to.deep.equal(['pending']);
  });

  it('reports status-unreachable once after repeated failures, shows it, and keeps trying', async function () {
    // Failures back off from twice the poll interval, which is at least 500 ms.
    this.timeout(30_000);
    const hiddenAgain = fakeVisibility('visible');
    const fake = fakeStatus();
    const { el, events } = await mount({ checkStatus: fake.checkStatus, attrs: fast });
    try {
      for (let i = 0; i < 4; i++) {
        await fake.waitForCalls(i + 1, 10_000);
        fake.calls[i]!.reject(new Error('503'));
        await sleep(5);
        part(el, 'check-button')?.click();
      }
      await fake.waitForCalls(5, 10_000);
    } finally {
      hiddenAgain();
    }
    const errors = ofType<WalletErrorDetail>(events, 'wallet-error');
    expect(errors.map((e) => e.code)).to.deep.equal(['status-unreachable']);
    await settle(el);
    expect(part(el, 'unreachable')!.textContent).to.contain(
      'We can’t reach the shop right now; still trying',
    );
    fake.calls[4]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
  });

  it('hides the unreachable note again once the shop answers, while still pending', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus, attrs: fast });
    for (let i = 0; i < 3; i++) {
      await fake.waitForCalls(i + 1, 5000);
      fake.calls[i]!.reject(new Error('503'));
      await sleep(5);
      part(el, 'check-button')?.click();
    }
    await settle(el);
    expect(part(el, 'unreachable'), 'shown after three failures').to.exist;
    await fake.waitForCalls(4, 5000);
    fake.calls[3]!.resolve('pending');
    await waitFor(() => part(el, 'unreachable') === null);
    expect(el.status).to.equal('pending');
  });

  it('ignores the old session’s late reply after a new session is set', async () => {
    const fake = fakeStatus();
    const { el, events } = await mount({ checkStatus: fake.checkStatus });
    await fake.waitForCalls(1);
    const old = fake.calls[0]!;
    el.session = { ...SESSION, id: 'order-43' };
    await settle(el);
    expect(old.signal.aborted).to.be.true;
    old.resolve('paid');
    await fake.waitForCalls(2);
    await sleep(30);
    expect(el.status).to.equal('pending');
    expect(fake.calls[1]!.session.id).to.equal('order-43');
    fake.calls[1]!.resolve('failed');
    await waitFor(() => el.status === 'failed');
    expect(
      ofType<WalletStatusDetail>(events, 'wallet-status').map((d) => [d.session.id, d.status]),
    ).to.deep.equal([
      ['order-42', 'pending'],
      ['order-43', 'pending'],
      ['order-43', 'failed'],
    ]);
  });

  it('"I have paid" checks at once', async () => {
    const fake = fakeStatus();
    const { el } = await mount({
      checkStatus: fake.checkStatus,
      attrs: { 'poll-interval': '60000' },
    });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await sleep(20);
    expect(fake.calls).to.have.length(1);
    part(el, 'check-button')!.click();
    await fake.waitForCalls(2, 500);
  });

  it('polls a relative statusUrl resolved against document.baseURI with fetch', async () => {
    const originalFetch = window.fetch;
    const urls: string[] = [];
    window.fetch = ((url: string) => {
      urls.push(url);
      return Promise.resolve(
        new Response(JSON.stringify({ id: 'order-42', status: 'paid' }), { status: 200 }),
      );
    }) as typeof fetch;
    try {
      const { el } = await mount({
        checkStatus: null,
        session: { ...SESSION, statusUrl: '/api/orders/42/status' },
      });
      await waitFor(() => el.status === 'paid');
      expect(urls[0]).to.equal(new URL('/api/orders/42/status', document.baseURI).href);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('lets checkStatus win over statusUrl', async () => {
    const fake = fakeStatus();
    const originalFetch = window.fetch;
    let fetched = 0;
    window.fetch = (() => (fetched++, Promise.reject(new Error('no')))) as typeof fetch;
    try {
      const { el } = await mount({
        checkStatus: fake.checkStatus,
        session: { ...SESSION, statusUrl: '/s' },
      });
      await fake.waitForCalls(1);
      fake.calls[0]!.resolve('paid');
      await waitFor(() => el.status === 'paid');
      expect(fetched).to.equal(0);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('keeps the pending session for resume and clears it on a final status', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus, attrs: { resume: '' } });
    await fake.waitForCalls(1);
    expect(sessionStorage.getItem('payment-picker:pending')).to.contain('order-42');
    fake.calls[0]!.resolve('cancelled');
    await waitFor(() => el.status === 'cancelled');
    expect(sessionStorage.getItem('payment-picker:pending')).to.be.null;
  });

  it('restores a pending session with resume when none is set, and keeps tracking it', async () => {
    sessionStorage.setItem(
      'payment-picker:pending',
      JSON.stringify({ v: 1, savedAt: Date.now(), session: SESSION }),
    );
    const fake = fakeStatus();
    const { el, events } = await mount({
      checkStatus: fake.checkStatus,
      session: null,
      attrs: { resume: '' },
    });
    expect(el.session).to.deep.equal(SESSION);
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    expect(statuses(events)).to.deep.equal(['pending', 'paid']);
  });

  it('forgets its pending entry when the shop withdraws the session, but not another payment’s', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus, attrs: { resume: '' } });
    await fake.waitForCalls(1);
    expect(sessionStorage.getItem('payment-picker:pending')).to.contain('order-42');
    el.session = null;
    await settle(el);
    expect(sessionStorage.getItem('payment-picker:pending')).to.be.null;

    // Another element's newer payment owns the entry: withdrawing this one leaves it alone.
    el.session = SESSION;
    await settle(el);
    await fake.waitForCalls(2);
    const other = JSON.stringify({
      v: 1,
      savedAt: Date.now(),
      session: { ...SESSION, id: 'order-99' },
    });
    sessionStorage.setItem('payment-picker:pending', other);
    el.session = null;
    await settle(el);
    expect(sessionStorage.getItem('payment-picker:pending')).to.equal(other);
  });

  it('restores when resume is turned on after the element is connected', async () => {
    sessionStorage.setItem(
      'payment-picker:pending',
      JSON.stringify({ v: 1, savedAt: Date.now(), session: SESSION }),
    );
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus, session: null });
    expect(el.session).to.be.null;
    el.resume = true;
    await settle(el);
    expect(el.session).to.deep.equal(SESSION);
    expect(el.status).to.equal('pending');
    await fake.waitForCalls(1);
  });

  it('does not restore without resume', async () => {
    sessionStorage.setItem(
      'payment-picker:pending',
      JSON.stringify({ v: 1, savedAt: Date.now(), session: SESSION }),
    );
    const { el } = await mount({ session: null, environment: DESKTOP });
    expect(el.session).to.be.null;
    expect(el.status).to.equal('idle');
  });
});
