// Edge cases found in review: a protocol-relative wallet link, a stream with scattered bad
// messages, callbacks that stop the tracker, and status URLs that are not safe to fetch.
import { expect } from '@open-wc/testing';
import { chooseFlow, isRedirectBlocked } from '../../src/core/flow.js';
import { resolveSafeUrl } from '../../src/core/safe-url.js';
import type { Environment } from '../../src/core/types.js';
import { track } from '../status/fakes.js';

const SECOND = 1000;
const PENDING = { id: 'order-42', status: 'pending' };

const WECHAT_PHONE: Environment = {
  mobile: true,
  os: 'android',
  inApp: 'wechat',
  miniProgram: false,
  canShare: false,
  canCopy: false,
};

describe('isRedirectBlocked and chooseFlow: edge cases', () => {
  it('treats a protocol-relative Alipay link inside WeChat as blocked, like its https: form', () => {
    const base = 'https://shop.example/checkout/';
    const link =
      '//mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=x';
    // The element would navigate to it: it resolves to Alipay's https page, not the shop's.
    expect(resolveSafeUrl(link, undefined, base)?.hostname).to.equal('mclient.alipay.com');
    expect(isRedirectBlocked('huabei', `https:${link}`, 'wechat')).to.equal(true);
    expect(isRedirectBlocked('huabei', link, 'wechat')).to.equal(true);
    expect(chooseFlow('huabei', { redirectUrl: link }, WECHAT_PHONE).flow).to.equal(
      'open-in-browser',
    );
  });
});

describe('StatusTracker: edge cases', () => {
  it('does not give up on a stream whose bad messages are not in a row (valid ones between)', async () => {
    const { tracker, streams, clock } = track({ session: { eventsUrl: '/api/orders/42/events' } });
    tracker.start();
    const [stream] = streams.opened;
    stream.open();
    for (let i = 0; i < 3; i++) {
      stream.send('garbage');
      await clock.advance(5 * SECOND);
      stream.send(PENDING); // a good message: the streak of failures is over
      await clock.advance(5 * SECOND);
    }
    expect(stream.closed).to.equal(false);
    tracker.stop();
  });

  it('leaves no timer armed when onError stops the tracker', async () => {
    let stop = () => {};
    const { tracker, server, clock } = track({ onError: () => stop() });
    stop = () => tracker.stop();
    server.fault = () => 'network-error';
    tracker.start();
    // Failures at 0, 3 s and 9 s (backoff 3 s, 6 s with random 0.5); the third reports unreachable.
    await clock.advance(10 * SECOND);
    expect(server.calls.length).to.equal(3);
    expect(tracker.running).to.equal(false);
    expect(clock.pending).to.equal(0); // stop() promises no timers
  });

  it('reports no final status after onRecovered stopped the tracker', async () => {
    const statuses: string[] = [];
    let stop = () => {};
    const { tracker, server, clock } = track({
      onRecovered: () => stop(),
      onStatus: (s) => statuses.push(s),
    });
    stop = () => tracker.stop();
    server.fault = (call) => (call < 3 ? 'network-error' : undefined);
    server.status = 'paid';
    tracker.start();
    await clock.advance(60 * SECOND);
    expect(tracker.running).to.equal(false);
    expect(statuses).to.deep.equal([]);
  });

  it('never fetches a statusUrl that is http: on a non-loopback host', async () => {
    const { tracker, server, clock } = track({
      session: { statusUrl: 'http://status.example/api/orders/42/status' },
    });
    tracker.start();
    await clock.advance(10 * SECOND);
    tracker.stop();
    expect(server.calls.map((c) => c.url)).to.deep.equal([]);
  });

  it('never opens an eventsUrl that is http: on a non-loopback host', async () => {
    const { tracker, streams, clock } = track({
      session: { statusUrl: undefined, eventsUrl: 'http://status.example/api/orders/42/events' },
    });
    tracker.start();
    await clock.advance(SECOND);
    tracker.stop();
    expect(streams.opened.map((s) => s.url)).to.deep.equal([]);
  });
});
