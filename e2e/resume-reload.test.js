// @ts-check
// Reload in the middle of a pending payment: with `resume`, the page picks the same session up
// again (no new payment is created) and keeps tracking it until it is paid; a final status
// forgets it, so the next reload starts clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  finalView,
  openShop,
  payWith,
  readQrCode,
  sessionIds,
  settle,
  waitForElements,
} from './support/browser.js';
import { useBrowserAndShop } from './support/fixture.js';

const env = useBrowserAndShop();

test(
  'a reload while pending resumes tracking the same session, then shows paid',
  { timeout: 30_000 },
  async () => {
    const context = await env.browser.newContext();
    try {
      const page = await openShop(context, env.shop.url, { poll: '1000' });
      await payWith(page, 'WeChat Pay');
      const [id] = await sessionIds(page);
      assert.equal(await readQrCode(page), `${env.shop.url}/sandbox/pay/${id}`);

      await page.reload();
      await waitForElements(page);
      const wallet = page.locator('wallet-redirect');
      // The same payment, tracked again; the shop's code created nothing new.
      assert.equal(await readQrCode(page), `${env.shop.url}/sandbox/pay/${id}`);
      assert.equal(await wallet.evaluate((el) => el.status), 'pending');
      assert.deepEqual(await sessionIds(page), []);
      const createdBefore = env.shop.requests.filter(
        (r) => r.method === 'POST' && r.path === '/sandbox/sessions',
      );
      assert.equal(createdBefore.length, 1);

      await settle(env.shop.url, id, 'confirm');
      await finalView(page, 'paid', 2500);
      assert.equal(
        await page.evaluate(() => sessionStorage.getItem('payment-picker:pending')),
        null,
        'a final status forgets the pending session',
      );

      await page.reload();
      await waitForElements(page);
      await page.waitForTimeout(300);
      assert.equal(
        await wallet.evaluate((el) => el.status),
        'idle',
        'nothing to resume after paid',
      );
    } finally {
      await context.close();
    }
  },
);
