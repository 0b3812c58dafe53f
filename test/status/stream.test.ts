import { expect } from '@open-wc/testing';
import { track } from './fakes.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const PAID = { id: 'order-42', status: 'paid' };
const PENDING = { id: 'order-42', status: 'pending' };

/** A session with both a stream and a status URL (the safety net). */
const BOTH = { eventsUrl: '/api/orders/42/events' };
/** A session with only a stream. */
const STREAM_ONLY = { eventsUrl: '/api/orders/42/events', statusUrl: undefined };

describe('StatusTracker: Server-Sent Events', () => {
  it('opens the eventsUrl, resolved against baseUrl, and reports a final message once', async () => {
    const { tracker, streams, clock, statuses } = track({ session: STREAM_ONLY });
    tracker.start();
    expect(streams.opened.map((s) => s.url)).to.deep.equal([
      'https://shop.example/api/orders/42/events',
    ]);
    const [stream] = streams.opened;
    stream.open();
    stream.send(PENDING);
    expect(statuses).to.deep.equal([]);
    stream.send(PAID);
    stream.send({ id: 'order-42', status: 'failed' });
    await clock.advance(MINUTE);
    expect(statuses).to.deep.equal(['paid']);
    expect(stream.closed).to.equal(true);
    expect(clock.pending).to.equal(0);
  });

  it('polls the statusUrl only every 15 s as a safety net while the stream is healthy', async () => {
    const { tracker, streams, server, clock, t0 } = track({ session: BOTH });
    tracker.start();
    streams.opened[0].open();
    await clock.advance(MINUTE);
    expect(server.times(t0)).to.deep.equal([0, 15_000, 30_000, 45_000, 60_000]);
    tracker.stop();
  });

  it('finds a payment the stream missed through the safety-net poll', async () => {
    const { tracker, streams, server, clock, statuses } = track({ session: BOTH });
    tracker.start();
    streams.opened[0].open();
    server.status = 'paid';
    await clock.advance(15 * SECOND);
    expect(statuses).to.deep.equal(['paid']);
    expect(streams.opened[0].closed).to.equal(true);
  });

  const malformed: [string, unknown][] = [
    ['text that is not JSON', 'data: paid'],
    ['a message for another session', { id: 'order-41', status: 'paid' }],
    ['an unknown status', { id: 'order-42', status: 'succeeded' }],
    ['a JSON string', '"paid"'],
  ];
  for (const [what, message] of malformed) {
    it(`ignores ${what} on the stream, then reports the true final status`, async () => {
      const { tracker, streams, clock, statuses } = track({ session: STREAM_ONLY });
      tracker.start();
      const [stream] = streams.opened;
      stream.open();
      stream.send(message);
      await clock.advance(SECOND);
      expect(statuses).to.deep.equal([]);
      expect(tracker.status).to.equal('pending');
      stream.send({ id: 'order-42', status: 'cancelled' });
      expect(statuses).to.deep.equal(['cancelled']);
    });
  }

  it('reconnects after a stream error with backoff, and checks the statusUrl once on reconnect', async () => {
    const { tracker, streams, server, clock, statuses, t0 } = track({ session: BOTH });
    tracker.start();
    await clock.advance(0);
    streams.opened[0].open();
    streams.opened[0].fail();
    expect(streams.opened[0].closed).to.equal(true);
    await clock.advance(2999); // first backoff: 3 s with random 0.5
    expect(streams.opened).to.have.length(1);
    await clock.advance(1);
    expect(streams.opened).to.have.length(2);
    streams.opened[1].open();
    await clock.advance(0);
    // Gap fill: anything sent while disconnected is asked for at once.
    expect(server.times(t0)).to.deep.equal([0, 3000]);
    streams.opened[1].send(PAID);
    expect(statuses).to.deep.equal(['paid']);
  });

  it('falls back to polling the statusUrl at the full rate after 3 stream failures in a row', async () => {
    const { tracker, streams, server, clock, errors, t0 } = track({ session: BOTH });
    tracker.start();
    for (let i = 0; i < 3; i++) {
      streams.opened[i].fail();
      await clock.advance(20 * SECOND);
    }
    expect(streams.opened).to.have.length(3);
    expect(streams.opened.every((s) => s.closed)).to.equal(true);
    const fallbackAt = clock.now() - t0 - 20 * SECOND;
    expect(server.times(t0).filter((t) => t >= fallbackAt)).to.deep.equal([
      fallbackAt,
      fallbackAt + 2000,
      fallbackAt + 4000,
      fallbackAt + 6000,
      fallbackAt + 8000,
      fallbackAt + 10_000,
      fallbackAt + 12_000,
      fallbackAt + 14_000,
      fallbackAt + 16_000,
      fallbackAt + 18_000,
      fallbackAt + 20_000,
    ]);
    expect(errors).to.deep.equal([]); // the statusUrl answers: the server is reachable
    tracker.stop();
  });

  it('gives up on a stream that keeps sending malformed messages, and polls instead', async () => {
    const { tracker, streams, server, clock, statuses } = track({ session: BOTH });
    tracker.start();
    streams.opened[0].open();
    for (let i = 0; i < 3; i++) streams.opened[0].send('garbage');
    expect(streams.opened[0].closed).to.equal(true);
    server.status = 'paid';
    await clock.advance(2 * SECOND);
    expect(statuses).to.deep.equal(['paid']);
  });

  it('keeps reconnecting a stream-only session with bounded backoff and reports unreachable once', async () => {
    const { tracker, streams, clock, errors, statuses } = track({
      session: STREAM_ONLY,
      random: () => 0.999999,
    });
    tracker.start();
    // Each reconnect comes within 31 s, however many failures: the backoff is capped at 30 s.
    for (let i = 0; i < 8; i++) {
      streams.opened[i].fail();
      await clock.advance(31 * SECOND);
    }
    expect(streams.opened).to.have.length(9);
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('status-unreachable');
    streams.opened[8].open();
    streams.opened[8].send(PAID);
    expect(statuses).to.deep.equal(['paid']);
  });

  it('reopens a stream-only connection at once when the page becomes visible', async () => {
    const { tracker, streams, visibility, clock } = track({ session: STREAM_ONLY });
    tracker.start();
    streams.opened[0].fail();
    await clock.advance(100);
    visibility.set('visible');
    expect(streams.opened).to.have.length(2);
    await clock.advance(MINUTE);
    expect(streams.opened).to.have.length(2); // the pending reconnect timer was replaced
    tracker.stop();
  });

  it('polls the statusUrl when no EventSource is available', async () => {
    const { tracker, server, clock, t0 } = track({ session: BOTH, EventSource: null });
    tracker.start();
    await clock.advance(4 * SECOND);
    expect(server.times(t0)).to.deep.equal([0, 2000, 4000]);
    tracker.stop();
  });

  it('closes the stream and clears its reconnect timer on stop', async () => {
    const { tracker, streams, clock } = track({ session: STREAM_ONLY });
    tracker.start();
    streams.opened[0].fail();
    tracker.stop();
    expect(clock.pending).to.equal(0);
    await clock.advance(MINUTE);
    expect(streams.opened).to.have.length(1);
    expect(streams.opened[0].closed).to.equal(true);
  });

  it('ignores messages from a stream it has already closed', async () => {
    const { tracker, streams, clock, statuses } = track({ session: STREAM_ONLY });
    tracker.start();
    const [first] = streams.opened;
    first.fail();
    first.closed = false; // a late event from the old connection
    first.send(PAID);
    await clock.advance(0);
    expect(statuses).to.deep.equal([]);
    tracker.stop();
  });
});
