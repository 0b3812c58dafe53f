import { expect } from '@open-wc/testing';
import { StatusTracker, type StatusTrackerError } from '../../src/status/tracker.js';
import type { FinalStatus, PaymentSession } from '../../src/core/types.js';

// Real redirects, answered by the test server (see /__pay/ in web-test-runner.config.mjs): every
// route ends at the same paid reply, on this page's origin, on http://127.0.0.1 (passes the URL
// rule) or on http://elsewhere.localhost (fails it, though it is this machine too).

/** Tracks with the browser's own fetch and the default stream reader until paid or unreachable. */
function follow(session: Partial<PaymentSession>) {
  return new Promise<{ status?: FinalStatus; error?: StatusTrackerError }>((resolve) => {
    const tracker = new StatusTracker({
      session: { id: 'order-42', method: 'alipay', ...session },
      pollInterval: 20,
      random: () => 0,
      onStatus: (status) => resolve({ status }),
      onError: (error) => {
        tracker.stop();
        resolve({ error });
      },
    });
    tracker.start();
  });
}

describe('StatusTracker: replies reached through a redirect (real server)', () => {
  for (const [kind, field] of [
    ['status', 'statusUrl'],
    ['events', 'eventsUrl'],
  ] as const) {
    it(`takes paid from its ${field} reached directly or through a redirect that passes the URL rule, never through one that fails it`, async () => {
      // The target that fails the rule answers too: only the rule tells them apart.
      const response = await fetch(`/__pay/to-elsewhere/${kind}`);
      expect(response.ok).to.be.true;
      expect(new URL(response.url).hostname).to.equal('elsewhere.localhost');
      expect(await response.text()).to.contain('"paid"');

      for (const route of [`/__pay/${kind}`, `/__pay/to-loopback/${kind}`]) {
        expect(await follow({ [field]: route }), route).to.deep.equal({ status: 'paid' });
      }
      const { status, error } = await follow({ [field]: `/__pay/to-elsewhere/${kind}` });
      expect(status).to.be.undefined;
      expect(error?.code).to.equal('status-unreachable');
      if (kind === 'status') expect(error?.message).to.contain('http://elsewhere.localhost:');
    });
  }
});
