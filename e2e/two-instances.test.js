// @ts-check
// Two server instances behind one Redis: the shopper's page and its event stream are on
// instance A, the wallet's confirmation lands on instance B (as a provider's notification lands
// on whichever instance the load balancer picks), and the page shows paid at once, over the
// stream, because B's status hub published it through Redis to A's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  finalView,
  openShop,
  payWith,
  readQrCode,
  sessionIds,
  shopEvents,
} from './support/browser.js';
import { useTwoInstances } from './support/shop-instances.js';

const env = useTwoInstances();

describe('two instances sharing one Redis', { timeout: 30_000 }, () => {
  test('stream on A, confirm on B: the page shows paid within 1 s', async () => {
    const [a, b] = env.shops;
    const context = await env.browser.newContext();
    try {
      const page = await openShop(context, a.url);
      await payWith(page, 'WeChat Pay');
      const scanned = await readQrCode(page);
      const [id] = await sessionIds(page);
      assert.equal(scanned, `${a.url}/sandbox/pay/${id}`);
      // The page's stream is open on A, and only there.
      const streaming = (/** @type {typeof a} */ shop) =>
        shop.requests.some((r) => r.path.startsWith(`/sandbox/sessions/${id}/events`));
      for (let i = 0; i < 200 && a.sandbox.hub.stats().streams === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.equal(a.sandbox.hub.stats().streams, 1, 'the stream is held by instance A');
      assert.ok(streaming(a) && !streaming(b));
      const receivedBefore = env.transports[0].stats().received;

      // The phone opens the same pay page through instance B and confirms there.
      const phone = await context.newPage();
      await phone.goto(`${b.url}/sandbox/pay/${id}`);
      const confirm = phone.getByRole('button', { name: /^Confirm and pay/ });
      await confirm.waitFor({ timeout: 5000 });
      const start = Date.now();
      await confirm.click();
      await finalView(page, 'paid', 1000);
      const elapsed = Date.now() - start;
      assert.ok(elapsed <= 1000, `paid shown after ${elapsed} ms (a poll would take 15 s)`);

      assert.ok(
        b.requests.some((r) => r.method === 'POST' && r.path === `/sandbox/pay/${id}/confirm`),
        'the confirmation went to B',
      );
      assert.ok(
        !a.requests.some((r) => r.method === 'POST' && r.path.startsWith(`/sandbox/pay/${id}`)),
        'A never saw the confirmation',
      );
      assert.ok(env.transports[0].stats().received > receivedBefore, 'A heard it from Redis');
      assert.equal(env.transports[1].stats().published >= 1, true, 'B published it');
      const statuses = (await shopEvents(page))
        .filter((e) => e.type === 'wallet-status')
        .map((e) => e.status);
      assert.deepEqual(statuses, ['pending', 'paid']);
      for (let i = 0; i < 100 && a.sandbox.hub.stats().streams > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      assert.equal(a.sandbox.hub.stats().streams, 0, 'the stream ended after paid');
    } finally {
      await context.close();
    }
  });
});
