import { expect } from '@open-wc/testing';
import {
  BACKOFF_CAP,
  backoffDelay,
  FAST_PHASE,
  HIDDEN_FACTOR,
  pollDelay,
  SLOW_POLL_INTERVAL,
} from '../../src/status/schedule.js';

const visible = { pollInterval: 2000, hidden: false, streaming: false };

describe('pollDelay', () => {
  it('is the poll interval during the first minute', () => {
    expect(pollDelay({ ...visible, elapsed: 0 })).to.equal(2000);
    expect(pollDelay({ ...visible, elapsed: FAST_PHASE - 1 })).to.equal(2000);
  });

  it('is 15 s after the first minute', () => {
    expect(SLOW_POLL_INTERVAL).to.equal(15_000);
    expect(pollDelay({ ...visible, elapsed: FAST_PHASE })).to.equal(15_000);
  });

  it('is 15 s from the start when a stream carries the status', () => {
    expect(pollDelay({ ...visible, elapsed: 0, streaming: true })).to.equal(15_000);
  });

  it('is 5 times longer while the page is hidden', () => {
    expect(HIDDEN_FACTOR).to.equal(5);
    expect(pollDelay({ ...visible, elapsed: 0, hidden: true })).to.equal(10_000);
    expect(pollDelay({ ...visible, elapsed: FAST_PHASE, hidden: true })).to.equal(75_000);
  });

  it('never slows to less than a long configured poll interval', () => {
    expect(pollDelay({ ...visible, pollInterval: 20_000, elapsed: FAST_PHASE })).to.equal(20_000);
  });
});

describe('backoffDelay', () => {
  it('doubles from twice the poll interval up to the 30 s cap', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 2000, top))).to.deep.equal([
      4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('stays within [half, all] of its ceiling for any random value (equal jitter)', () => {
    for (const r of [0, 0.25, 0.5, 0.75, 0.999]) {
      const delay = backoffDelay(2, 2000, () => r);
      expect(delay).to.be.within(4000, 8000);
    }
    expect(backoffDelay(2, 2000, () => 0)).to.equal(4000);
    expect(backoffDelay(2, 2000, () => 0.5)).to.equal(6000);
  });

  it('is bounded for absurd failure counts and out-of-range random values', () => {
    for (const n of [50, 1000, Number.MAX_SAFE_INTEGER]) {
      expect(backoffDelay(n, 2000, () => 7)).to.equal(BACKOFF_CAP);
      expect(backoffDelay(n, 2000, () => -3)).to.equal(BACKOFF_CAP / 2);
    }
  });
});
