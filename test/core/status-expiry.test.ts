import { expect } from '@open-wc/testing';
import { track } from './status-fakes.js';

const MINUTE = 60_000;

describe('StatusTracker: expiry', () => {
  const expiresAt = '2026-11-21T10:05:00Z'; // 5 minutes after the fake clock's start

  it('asks once more at expiresAt and reports expired when the server still says pending', async () => {
    const { tracker, server, clock, statuses, t0 } = track({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE - 1);
    const before = server.calls.length;
    expect(statuses).to.deep.equal([]);
    await clock.advance(1);
    expect(server.calls).to.have.length(before + 1);
    expect(server.calls.at(-1)!.at - t0).to.equal(5 * MINUTE);
    expect(statuses).to.deep.equal(['expired']);
    expect(clock.pending).to.equal(0);
  });

  it('reports what the server says at expiresAt when it is final (paid at the last second)', async () => {
    const { tracker, server, clock, statuses } = track({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE - 1000);
    server.status = 'paid';
    await clock.advance(1000);
    expect(statuses).to.deep.equal(['paid']);
  });

  it('reports expired when the server cannot be reached at expiresAt', async () => {
    const { tracker, server, clock, statuses } = track({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE - 1);
    server.fault = () => 'network-error';
    await clock.advance(1);
    expect(statuses).to.deep.equal(['expired']);
  });

  it('lets the first check decide when expiresAt is already past at start', async () => {
    const { tracker, server, clock, statuses } = track({
      session: { expiresAt: '2026-11-21T09:00:00Z' },
    });
    tracker.start();
    await clock.advance(0);
    expect(server.calls).to.have.length(1);
    expect(statuses).to.deep.equal(['expired']);
  });

  it('expires without a request when there is nothing to ask', async () => {
    const { tracker, clock, statuses } = track({ session: { statusUrl: undefined, expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE);
    expect(statuses).to.deep.equal(['expired']);
  });

  it('arms expiries beyond the 24.8-day timer limit in steps, without firing early', async () => {
    const { tracker, clock, statuses } = track({
      session: { statusUrl: undefined, expiresAt: '2026-12-21T10:00:00Z' }, // 30 days
    });
    tracker.start();
    await clock.advance(25 * 24 * 60 * MINUTE);
    expect(statuses).to.deep.equal([]);
    await clock.advance(5 * 24 * 60 * MINUTE);
    expect(statuses).to.deep.equal(['expired']);
  });
});
