import { expect } from '@open-wc/testing';
import type { WalletRefreshDetail, WalletStatusDetail } from '../../src/wallet-redirect/events.js';
import { formatCountdown } from '../../src/wallet-redirect/countdown.js';
import {
  $,
  DESKTOP,
  fakeStatus,
  mount,
  ofType,
  part,
  SESSION,
  settle,
  sleep,
  waitFor,
} from './helpers.js';

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Every text the live region showed, in order. */
function recordAnnouncements(region: Element): string[] {
  const texts: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) texts.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return texts;
}

describe('<wallet-redirect> countdown and expiry', () => {
  it('formats the time left as m:ss, rounding up', () => {
    expect(formatCountdown(14 * 60_000 + 29_001)).to.equal('14:30');
    expect(formatCountdown(60_000)).to.equal('1:00');
    expect(formatCountdown(999)).to.equal('0:01');
    expect(formatCountdown(0)).to.equal('0:00');
  });

  it('shows the visible countdown to expiresAt', async () => {
    const { el } = await mount({
      environment: DESKTOP,
      session: { ...SESSION, expiresAt: inMs(5 * 60_000 + 500) },
    });
    expect(part(el, 'countdown')!.textContent!.trim()).to.equal('Pay within 5:01');
  });

  it('announces one minute left exactly once, not every second', async function () {
    this.timeout(8000);
    const { el } = await mount({
      environment: DESKTOP,
      session: { ...SESSION, expiresAt: inMs(61_400) },
    });
    const texts = recordAnnouncements($(el, '[role="status"]')!);
    // Bounds leave room for a slow machine: the count is what this test is about.
    expect(part(el, 'countdown')!.textContent).to.match(/1:0[12]/);
    await sleep(3200);
    expect(texts.filter((t) => t === 'One minute left to pay.')).to.have.length(1);
    expect(texts).to.have.length(1);
    expect(part(el, 'countdown')!.textContent).to.match(/0:5[6-9]/);
  });

  it('at expiry hides the code, reports expired once the server says so, and "Get a new code" fires wallet-refresh', async function () {
    this.timeout(8000);
    const fake = fakeStatus();
    const session = { ...SESSION, expiresAt: inMs(1200) };
    const { el, events } = await mount({
      environment: DESKTOP,
      checkStatus: fake.checkStatus,
      session,
    });
    await waitFor(() => $(el, 'svg.qr-svg') !== null);
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    // The tracker asks at once at expiresAt; only the server's answer makes it final.
    await fake.waitForCalls(2, 4000);
    await waitFor(() => $(el, 'svg.qr-svg') === null, 500, 'the code to be hidden');
    expect(el.status).to.equal('pending'); // the server has not answered the last check yet
    fake.calls[1]!.resolve('expired');
    await waitFor(() => el.status === 'expired');
    await settle(el);
    expect($(el, 'svg.qr-svg') === null, 'code hidden').to.be.true;
    expect(ofType<WalletStatusDetail>(events, 'wallet-status').map((d) => d.status)).to.deep.equal([
      'pending',
      'expired',
    ]);
    expect(part(el, 'final-heading')!.textContent).to.contain('expired');
    part(el, 'refresh-button')!.click();
    expect(ofType<WalletRefreshDetail>(events, 'wallet-refresh')).to.deep.equal([{ session }]);
    // The shop answers with a new session: the hand-off starts over.
    el.session = { ...session, id: 'order-43', expiresAt: inMs(10 * 60_000) };
    await settle(el);
    expect(el.status).to.equal('pending');
    await waitFor(() => $(el, 'svg.qr-svg') !== null);
  });
});
