import { expect } from '@open-wc/testing';
import { EXPIRY_GRACE, MIN_POLL_INTERVAL } from '../../src/status/schedule.js';
import { track, type Fault } from './fakes.js';

const MINUTE = 60_000;

/** A tracker whose expiry, clock and lapse callbacks are recorded too. */
function trackExpiry(options: Parameters<typeof track>[0] = {}) {
  const seen: string[] = [];
  const tracked = track({
    onExpire: () => seen.push('expire'),
    onLapse: () => seen.push('lapse'),
    onClock: () => seen.push('clock'),
    ...options,
  });
  return { ...tracked, seen };
}

describe('StatusTracker: expiry, decided by the server', () => {
  const expiresAt = '2026-11-21T10:05:00Z'; // 5 minutes after the fake clock's start

  it('at expiresAt hides the code and asks at once, but never reports expired on its own', async () => {
    const { tracker, server, clock, statuses, seen, t0 } = trackExpiry({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE - 1);
    const before = server.calls.length;
    expect(seen).to.deep.equal([]);
    await clock.advance(1);
    expect(seen).to.deep.equal(['expire']);
    expect(tracker.expired).to.be.true;
    expect(server.calls).to.have.length(before + 1);
    expect(server.calls.at(-1)!.at - t0).to.equal(5 * MINUTE);
    expect(statuses, 'the server still says pending').to.deep.equal([]);
    expect(tracker.running).to.be.true;
  });

  it('keeps asking through the grace period, then stops without a status (onLapse)', async () => {
    const { tracker, server, clock, statuses, seen } = trackExpiry({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE);
    const atExpiry = server.calls.length;
    await clock.advance(EXPIRY_GRACE - 1);
    expect(server.calls.length, 'still asking').to.be.greaterThan(atExpiry + 3);
    expect(seen).to.deep.equal(['expire']);
    await clock.advance(1);
    expect(seen).to.deep.equal(['expire', 'lapse']);
    expect(statuses).to.deep.equal([]);
    expect(tracker.running).to.be.false;
    expect(clock.pending, 'no timer left').to.equal(0);
  });

  it('hears a paid that lands in the grace period (a shopper who scanned at the last second)', async () => {
    const { tracker, server, clock, statuses, seen } = trackExpiry({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE + 30_000);
    server.status = 'paid';
    await clock.advance(MINUTE);
    expect(seen).to.deep.equal(['expire']);
    expect(statuses).to.deep.equal(['paid']);
  });

  it('reports expired when the server says so', async () => {
    const { tracker, server, clock, statuses } = trackExpiry({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE - 1);
    server.status = 'expired';
    await clock.advance(1);
    expect(statuses).to.deep.equal(['expired']);
  });

  it('reports what the server says at expiresAt when it is final (paid at the last second)', async () => {
    const { tracker, server, clock, statuses } = trackExpiry({ session: { expiresAt } });
    tracker.start();
    await clock.advance(5 * MINUTE - 1000);
    server.status = 'paid';
    await clock.advance(1000);
    expect(statuses).to.deep.equal(['paid']);
  });

  const badReplies: [string, Fault][] = [
    ['malformed JSON', { body: '{"status":' }],
    ['a reply for another id', { body: '{"id":"order-99","status":"pending"}' }],
    ['an unknown status', { body: '{"id":"order-42","status":"done"}' }],
    ['HTTP 500', { http: 500, body: 'oops' }],
    ['a network error', 'network-error'],
  ];
  for (const [what, fault] of badReplies) {
    it(`never ends the payment for ${what} at expiresAt; a paid that follows is heard`, async () => {
      const { tracker, server, clock, statuses } = trackExpiry({ session: { expiresAt } });
      tracker.start();
      await clock.advance(5 * MINUTE - 1);
      server.fault = () => fault;
      await clock.advance(1);
      await clock.advance(5000);
      expect(statuses).to.deep.equal([]);
      server.fault = () => undefined;
      server.status = 'paid';
      await clock.advance(40_000);
      expect(statuses).to.deep.equal(['paid']);
    });
  }

  it('hides the code at the device’s deadline when no reply ever came (its best guess)', async () => {
    const { tracker, server, clock, statuses, seen } = trackExpiry({ session: { expiresAt } });
    server.fault = () => ({ http: 503 });
    tracker.start();
    await clock.advance(5 * MINUTE);
    expect(seen).to.deep.equal(['expire']);
    expect(statuses).to.deep.equal([]);
  });

  it('expires without a request when there is nothing to ask', async () => {
    const { tracker, clock, statuses } = trackExpiry({
      session: { statusUrl: undefined, expiresAt },
      EventSource: null,
    });
    tracker.start();
    await clock.advance(5 * MINUTE);
    expect(statuses).to.deep.equal(['expired']);
  });

  it('arms expiries beyond the 24.8-day timer limit in steps, without firing early', async () => {
    const { tracker, clock, statuses } = trackExpiry({
      session: { statusUrl: undefined, expiresAt: '2026-12-21T10:00:00Z' }, // 30 days
      EventSource: null,
    });
    tracker.start();
    await clock.advance(25 * 24 * 60 * MINUTE);
    expect(statuses).to.deep.equal([]);
    await clock.advance(5 * 24 * 60 * MINUTE);
    expect(statuses).to.deep.equal(['expired']);
  });
});

describe('StatusTracker: the server’s clock', () => {
  it('runs the deadline on the server’s clock from the reply’s Date (device 6 minutes fast)', async () => {
    // Device: 10:00. Server: 09:54. The code expires at 09:59 server time: 5 minutes left.
    const { tracker, server, clock, statuses, seen } = trackExpiry({
      session: { expiresAt: '2026-11-21T09:59:00Z' },
    });
    server.clockOffset = -6 * MINUTE;
    tracker.start();
    await clock.advance(0);
    expect(seen, 'the code is not hidden').to.deep.equal(['clock']);
    expect(tracker.clockOffset).to.be.closeTo(-6 * MINUTE, 1000);
    expect(tracker.deadline! - tracker.now()).to.be.closeTo(5 * MINUTE, 1000);
    await clock.advance(5 * MINUTE - 1500);
    expect(seen).to.deep.equal(['clock']);
    await clock.advance(2000);
    expect(seen).to.deep.equal(['clock', 'expire']);
    expect(statuses).to.deep.equal([]);
  });

  it('ends the code on time when the device’s clock is slow', async () => {
    const { tracker, server, clock, seen } = trackExpiry({
      session: { expiresAt: '2026-11-21T10:07:00Z' }, // 7 min by the device, 1 min on the server
    });
    server.clockOffset = 6 * MINUTE;
    tracker.start();
    await clock.advance(MINUTE + 1000);
    expect(seen).to.deep.equal(['clock', 'expire']);
  });

  it('keeps a first clock reading that later ones confirm within two seconds', async () => {
    const { tracker, server, clock, seen } = trackExpiry();
    server.clockOffset = 90_000;
    tracker.start();
    await clock.advance(0);
    const first = tracker.clockOffset;
    server.clockOffset = 90_700;
    await clock.advance(10_000);
    expect(tracker.clockOffset).to.equal(first);
    server.clockOffset = 200_000; // the server's clock jumped
    await clock.advance(2000);
    expect(tracker.clockOffset).to.be.closeTo(200_000, 1000);
    expect(seen).to.deep.equal(['clock', 'clock']);
  });

  it('without a readable Date, a device clock already past the deadline is not trusted', async () => {
    const { tracker, server, clock, statuses, seen } = trackExpiry({
      session: { expiresAt: '2026-11-21T09:59:00Z' }, // one minute ago by the device
    });
    tracker.start();
    expect(seen, 'nothing hidden before the server answers').to.deep.equal([]);
    await clock.advance(0);
    expect(server.calls).to.have.length(1);
    expect(seen).to.deep.equal(['clock']);
    expect(tracker.deadline, 'unknown: the server decides').to.be.null;
    await clock.advance(30 * MINUTE);
    expect(seen).to.deep.equal(['clock']);
    expect(tracker.running).to.be.true;
    server.status = 'expired';
    await clock.advance(20_000);
    expect(statuses).to.deep.equal(['expired']);
  });

  it('hides at once a code the server’s clock says is past (a resumed session)', async () => {
    const { tracker, server, clock, seen } = trackExpiry({
      session: { expiresAt: '2026-11-21T09:59:00Z' },
    });
    server.clockOffset = 0;
    tracker.start();
    await clock.advance(0);
    expect(seen).to.deep.equal(['clock', 'expire']);
  });

  it('starts from a clock offset learnt by an earlier tracker', async () => {
    const { tracker, clock, seen } = trackExpiry({
      session: { expiresAt: '2026-11-21T09:59:00Z' },
      clockOffset: -6 * MINUTE,
    });
    expect(tracker.now()).to.equal(clock.now() - 6 * MINUTE);
    tracker.start();
    await clock.advance(4 * MINUTE);
    expect(seen).to.deep.equal([]);
    await clock.advance(MINUTE);
    expect(seen).to.deep.equal(['expire']);
  });
});

describe('StatusTracker: the poll interval has a floor', () => {
  it(`raises a pollInterval of 1 ms to ${MIN_POLL_INTERVAL} ms`, async () => {
    const { tracker, server, clock, t0 } = track({ pollInterval: 1 });
    tracker.start();
    await clock.advance(2000);
    expect(server.times(t0)).to.deep.equal([0, 500, 1000, 1500, 2000]);
  });
});
