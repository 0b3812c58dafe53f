import { expect } from '@open-wc/testing';
import type { CheckStatus } from '../../src/status/tracker.js';
import {
  DESKTOP,
  fakeStatus,
  MOBILE,
  SESSION,
  sleep,
  waitFor,
  type WalletRedirect,
} from './helpers.js';

const CYCLES = Number(new URLSearchParams(location.search).get('cycles') ?? 1000);

describe('<wallet-redirect> lifecycle', () => {
  it('leaves no timer or request running after 1,000 mount/unmount cycles with tracking active', async function () {
    this.timeout(120_000);
    const signals: AbortSignal[] = [];
    let calls = 0;
    const checkStatus: CheckStatus = (_session, { signal }) => {
      calls++;
      signals.push(signal);
      return new Promise(() => {}); // never answers: the request stays in flight until stopped
    };
    // Every timer started during the cycles that has neither fired nor been cleared.
    const pending = new Set<number>();
    const { setTimeout: realSet, clearTimeout: realClear } = window;
    window.setTimeout = ((fn: () => void, ms?: number) => {
      const id: number = realSet(() => {
        pending.delete(id);
        fn();
      }, ms);
      pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      pending.delete(id!);
      realClear(id);
    }) as typeof window.clearTimeout;
    const container = document.createElement('div');
    document.body.append(container);
    try {
      for (let i = 0; i < CYCLES; i++) {
        const el = document.createElement('wallet-redirect') as WalletRedirect;
        el.environment = i % 2 ? DESKTOP : MOBILE;
        el.checkStatus = checkStatus;
        el.pollInterval = 10;
        el.session = {
          ...SESSION,
          id: `order-${i}`,
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        };
        container.append(el);
        await el.updateComplete;
        await Promise.resolve();
        el.remove();
      }
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
      container.remove();
    }
    expect(calls).to.be.greaterThan(CYCLES * 0.9);
    expect(signals.every((s) => s.aborted)).to.be.true;
    expect(pending.size).to.equal(0);
    const after = calls;
    await sleep(300);
    expect(calls).to.equal(after);
  });

  it('restarts tracking when reconnected, and stops again when removed', async () => {
    const fake = fakeStatus();
    const el = document.createElement('wallet-redirect');
    el.environment = DESKTOP;
    el.checkStatus = fake.checkStatus;
    el.session = SESSION;
    document.body.append(el);
    await fake.waitForCalls(1);
    el.remove();
    expect(fake.calls[0]!.signal.aborted).to.be.true;
    document.body.append(el);
    await fake.waitForCalls(2);
    expect(el.status).to.equal('pending');
    fake.calls[1]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    el.remove();
  });

  it('stops the app-open detector when removed: no fallback afterwards', async () => {
    const el = document.createElement('wallet-redirect');
    el.environment = MOBILE;
    el.checkStatus = fakeStatus().checkStatus;
    el.navigate = () => {};
    el.redirectTimeout = 30;
    el.session = SESSION;
    const flows: string[] = [];
    el.addEventListener('wallet-flow', (e) => flows.push(e.detail.flow));
    document.body.append(el);
    await el.updateComplete;
    el.open();
    el.remove();
    await sleep(80);
    expect(flows).to.deep.equal(['redirect']);
  });
});
