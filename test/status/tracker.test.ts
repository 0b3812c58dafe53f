import { expect } from '@open-wc/testing';
import { BACKOFF_CAP } from '../../src/status/schedule.js';
import { type Fault, track } from './fakes.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('StatusTracker: polling', () => {
  it('checks at once on start, then every pollInterval while visible', async () => {
    const { tracker, server, clock, t0 } = track();
    tracker.start();
    await clock.advance(6 * SECOND);
    expect(server.times(t0)).to.deep.equal([0, 2000, 4000, 6000]);
    tracker.stop();
  });

  it('makes at most 40 requests for a payment pending 3 minutes (Adyen makes 42), 30 in the first minute', async () => {
    const { tracker, server, clock, t0 } = track();
    tracker.start();
    await clock.advance(MINUTE - 1);
    expect(server.calls).to.have.length(30);
    await clock.advance(2 * MINUTE + 1);
    const count = server.calls.filter((c) => c.at - t0 <= 3 * MINUTE).length;
    expect(count).to.be.at.most(40);
    expect(count).to.equal(39); // the documented cadence; update the docs if this changes
    tracker.stop();
  });

  it('slows to one check every 15 s after the first minute', async () => {
    const { tracker, server, clock, t0 } = track();
    tracker.start();
    await clock.advance(2 * MINUTE);
    expect(server.times(t0).filter((t) => t >= MINUTE)).to.deep.equal([
      60_000, 75_000, 90_000, 105_000, 120_000,
    ]);
    tracker.stop();
  });

  it('checks 5× less often while the page is hidden', async () => {
    const { tracker, server, clock, visibility, t0 } = track();
    visibility.hidden = true;
    tracker.start();
    await clock.advance(30 * SECOND);
    expect(server.times(t0)).to.deep.equal([0, 10_000, 20_000, 30_000]);
    tracker.stop();
  });

  it('checks at once when the page becomes visible again, then resumes the cadence', async () => {
    const { tracker, server, clock, visibility, t0 } = track();
    visibility.set('hidden');
    tracker.start();
    await clock.advance(3 * SECOND);
    visibility.set('visible');
    await clock.advance(0);
    expect(server.times(t0)).to.deep.equal([0, 3000]);
    await clock.advance(2 * SECOND);
    expect(server.times(t0)).to.deep.equal([0, 3000, 5000]);
    tracker.stop();
  });

  it('checks at once when the page is restored from the back/forward cache', async () => {
    const { tracker, server, clock, visibility, t0 } = track();
    tracker.start();
    await clock.advance(500);
    visibility.set('restored');
    await clock.advance(0);
    expect(server.times(t0)).to.deep.equal([0, 500]);
    tracker.stop();
  });

  it('does not check when the page becomes hidden', async () => {
    const { tracker, server, clock, visibility } = track();
    tracker.start();
    await clock.advance(500);
    visibility.set('hidden');
    await clock.advance(0);
    expect(server.calls).to.have.length(1);
    tracker.stop();
  });

  it('never has two requests in flight: a visibility check waits for the slow one', async () => {
    const { tracker, server, clock, visibility } = track();
    server.latency = 1500;
    tracker.start();
    await clock.advance(500);
    visibility.set('visible');
    visibility.set('restored');
    await clock.advance(0);
    expect(server.calls).to.have.length(1);
    tracker.stop();
  });

  it('GETs the statusUrl resolved against baseUrl, uncached, asking for JSON', async () => {
    const { tracker, server, clock } = track();
    tracker.start();
    await clock.advance(0);
    expect(server.calls[0].url).to.equal('https://shop.example/api/orders/42/status');
    expect(server.calls[0].init.cache).to.equal('no-store');
    expect(server.calls[0].init.headers).to.deep.equal({ Accept: 'application/json' });
    tracker.stop();
  });

  it('resolves a relative statusUrl against document.baseURI by default', async () => {
    const { tracker, server, clock } = track({ baseUrl: undefined });
    tracker.start();
    await clock.advance(0);
    expect(server.calls[0].url).to.equal(new URL('/api/orders/42/status', document.baseURI).href);
    tracker.stop();
  });

  it('reports nothing while pending and starts as pending', async () => {
    const { tracker, statuses, errors, clock } = track();
    tracker.start();
    await clock.advance(10 * SECOND);
    expect(tracker.status).to.equal('pending');
    expect(statuses).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    tracker.stop();
  });

  for (const final of ['paid', 'failed', 'expired', 'cancelled'] as const) {
    it(`reports ${final} exactly once and stops all checks`, async () => {
      const { tracker, server, clock, statuses, visibility } = track();
      tracker.start();
      await clock.advance(4 * SECOND);
      server.status = final;
      await clock.advance(10 * MINUTE);
      visibility.set('visible');
      tracker.checkNow();
      await clock.advance(MINUTE);
      expect(statuses).to.deep.equal([final]);
      expect(tracker.status).to.equal(final);
      expect(tracker.running).to.equal(false);
      expect(server.calls).to.have.length(4);
      expect(clock.pending).to.equal(0);
      expect(visibility.listeners.size).to.equal(0);
    });
  }
});

describe('StatusTracker: faults', () => {
  // Each fault carries `paid` where it can, to prove a broken reply is never believed.
  const faults: [string, Fault][] = [
    ['HTTP 500', { http: 500, body: '{"id":"order-42","status":"paid"}' }],
    ['HTTP 503', { http: 503, body: 'Service Unavailable' }],
    ['a timeout', 'hang'],
    ['a dropped connection', 'network-error'],
    ['malformed JSON', { body: '{"id":"order-42","status":"paid"' }],
    ['a reply for another session', { body: '{"id":"order-41","status":"paid"}' }],
    ['an unknown status', { body: '{"id":"order-42","status":"PAID"}' }],
    ['the element-only status idle', { body: '{"status":"idle"}' }],
    ['a JSON array', { body: '[{"status":"paid"}]' }],
    ['an empty body', { body: '' }],
  ];

  for (const [what, fault] of faults) {
    it(`survives ${what}: no state change, then exactly the server's true final status`, async () => {
      const { tracker, server, clock, statuses } = track();
      server.fault = (call) => (call >= 1 && call <= 4 ? fault : undefined);
      tracker.start();
      await clock.advance(MINUTE);
      expect(statuses).to.deep.equal([]);
      expect(tracker.status).to.equal('pending');
      expect(server.calls.length).to.be.at.least(5); // all four faults were served
      server.status = 'failed';
      await clock.advance(2 * MINUTE);
      expect(statuses).to.deep.equal(['failed']);
      expect(clock.pending).to.equal(0);
    });
  }

  it('aborts a request that takes longer than the timeout', async () => {
    const { tracker, server, clock } = track({ timeout: 5000 });
    server.fault = () => 'hang';
    tracker.start();
    await clock.advance(4999);
    expect(server.calls[0].signal.aborted).to.equal(false);
    await clock.advance(1);
    expect(server.calls[0].signal.aborted).to.equal(true);
    tracker.stop();
  });

  it('backs off exponentially on repeated failures, capped at 30 s', async () => {
    const { tracker, server, clock, t0 } = track({ random: () => 0.999999 });
    server.fault = () => ({ http: 503 });
    tracker.start();
    await clock.advance(5 * MINUTE);
    const times = server.times(t0);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps.slice(0, 4)).to.deep.equal([4000, 8000, 16_000, 30_000]);
    expect(Math.max(...gaps)).to.equal(BACKOFF_CAP);
    expect(gaps.every((gap, i) => i === 0 || gap >= gaps[i - 1])).to.equal(true);
    tracker.stop();
  });

  it('jitters the backoff with the injected random source', async () => {
    const gapsWith = async (r: number) => {
      const { tracker, server, clock, t0 } = track({ random: () => r });
      server.fault = () => 'network-error';
      tracker.start();
      await clock.advance(MINUTE);
      tracker.stop();
      const times = server.times(t0);
      return times.slice(1, 4).map((t, i) => t - times[i]);
    };
    expect(await gapsWith(0)).to.deep.equal([2000, 4000, 8000]);
    expect(await gapsWith(0.5)).to.deep.equal([3000, 6000, 12_000]);
  });

  it('reports status-unreachable once after 3 consecutive failures and keeps trying', async () => {
    const { tracker, server, clock, errors } = track();
    server.fault = () => ({ http: 500 });
    tracker.start();
    await clock.advance(3 * SECOND);
    expect(server.calls).to.have.length(2);
    expect(errors).to.have.length(0);
    await clock.advance(5 * MINUTE);
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('status-unreachable');
    expect(errors[0].message).to.contain('HTTP 500');
    const before = server.calls.length;
    await clock.advance(MINUTE);
    expect(server.calls.length).to.be.greaterThan(before);
    expect(errors).to.have.length(1);
    tracker.stop();
  });

  it('resets the failure streak and the backoff on success', async () => {
    const { tracker, server, clock, errors, t0 } = track({ random: () => 0.999999 });
    // Two failures, a success, two failures: never 3 in a row.
    server.fault = (call) => ([0, 1, 3, 4].includes(call) ? 'network-error' : undefined);
    tracker.start();
    await clock.advance(MINUTE);
    expect(errors).to.have.length(0);
    const times = server.times(t0);
    expect(times[3] - times[2]).to.equal(2000); // back to the normal cadence after the success
    tracker.stop();
  });

  it('reports status-unreachable again for a new failure streak after a recovery', async () => {
    const { tracker, server, clock, errors } = track();
    server.fault = (call) => (call === 3 ? undefined : { http: 502 });
    tracker.start();
    await clock.advance(10 * MINUTE);
    expect(errors).to.have.length(2);
    tracker.stop();
  });

  it('calls onRecovered once when a check succeeds after status-unreachable', async () => {
    let recovered = 0;
    const { tracker, server, clock, errors } = track({ onRecovered: () => recovered++ });
    server.fault = (call) => (call <= 3 ? { http: 503 } : undefined);
    tracker.start();
    await clock.advance(MINUTE);
    expect(errors).to.have.length(1);
    expect(recovered).to.equal(1);
    tracker.stop();
  });

  it('does not call onRecovered for successes that follow no unreachable report', async () => {
    let recovered = 0;
    const { tracker, server, clock } = track({ onRecovered: () => recovered++ });
    server.fault = (call) => (call === 1 ? { http: 503 } : undefined);
    tracker.start();
    await clock.advance(MINUTE);
    expect(recovered).to.equal(0);
    tracker.stop();
  });

  it('reports status-unreachable at once when the session has nothing to ask', async () => {
    const { tracker, errors, clock } = track({ session: { statusUrl: undefined } });
    tracker.start();
    await clock.advance(MINUTE);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.contain('no statusUrl');
    tracker.stop();
  });

  it('never fetches a statusUrl that is not https (or http on this machine) and counts it as a failure', async () => {
    const { tracker, server, clock, errors } = track({
      session: { statusUrl: 'javascript:fetch("//evil")' },
    });
    tracker.start();
    await clock.advance(MINUTE);
    expect(server.calls).to.have.length(0);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.contain('is not https (or http on this machine)');
    tracker.stop();
  });
});

describe('StatusTracker: stop', () => {
  it('aborts the request in flight, clears every timer and removes its listeners', async () => {
    const { tracker, server, clock, visibility } = track({
      session: { expiresAt: '2026-11-21T10:15:00Z' },
    });
    server.fault = () => 'hang';
    tracker.start();
    await clock.advance(0);
    expect(clock.pending).to.be.greaterThan(0);
    tracker.stop();
    expect(server.calls.every((c) => c.signal.aborted)).to.equal(true);
    expect(clock.pending).to.equal(0);
    expect(visibility.listeners.size).to.equal(0);
    expect(tracker.running).to.equal(false);
  });

  it('ignores a reply that arrives after stop (the old session once the session changes)', async () => {
    let answer!: (reply: { status: 'paid' }) => void;
    const { tracker, clock, statuses } = track({
      // A transport that ignores the abort signal and answers late anyway.
      checkStatus: () => new Promise((resolve) => (answer = resolve)),
    });
    tracker.start();
    await clock.advance(500);
    tracker.stop();
    answer({ status: 'paid' });
    await clock.advance(MINUTE);
    expect(statuses).to.deep.equal([]);
    expect(tracker.status).to.equal('pending');
  });

  it('starts only once and stays inert after stop', async () => {
    const { tracker, server, clock } = track();
    tracker.start();
    tracker.start();
    await clock.advance(0);
    expect(server.calls).to.have.length(1);
    tracker.stop();
    tracker.start();
    tracker.checkNow();
    await clock.advance(MINUTE);
    expect(server.calls).to.have.length(1);
  });
});

describe('StatusTracker: checkStatus', () => {
  it('uses the custom transport instead of statusUrl and eventsUrl, with the session and a signal', async () => {
    const seen: { id: string; signal: AbortSignal }[] = [];
    const { tracker, server, streams, clock, statuses } = track({
      session: { eventsUrl: '/events' },
      checkStatus: (session, { signal }) => {
        seen.push({ id: session.id, signal });
        return Promise.resolve({ status: seen.length < 3 ? 'pending' : 'paid' });
      },
    });
    tracker.start();
    await clock.advance(MINUTE);
    expect(seen.map((s) => s.id)).to.deep.equal(['order-42', 'order-42', 'order-42']);
    expect(seen[0].signal).to.be.instanceOf(AbortSignal);
    expect(server.calls).to.have.length(0);
    expect(streams.opened).to.have.length(0);
    expect(statuses).to.deep.equal(['paid']);
  });

  it('validates what the custom transport returns', async () => {
    const { tracker, clock, statuses, errors } = track({
      checkStatus: () => Promise.resolve({ status: 'success' } as never),
    });
    tracker.start();
    await clock.advance(MINUTE);
    expect(statuses).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.contain('unknown status');
    tracker.stop();
  });

  it('gives up waiting for a custom transport that ignores the abort signal', async () => {
    let calls = 0;
    const { tracker, clock, errors } = track({
      timeout: 1000,
      checkStatus: () => {
        calls++;
        return new Promise(() => {});
      },
    });
    tracker.start();
    await clock.advance(MINUTE);
    expect(calls).to.be.greaterThan(3);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.contain('No status reply within 1000 ms');
    tracker.stop();
  });
});
