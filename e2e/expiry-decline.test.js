// @ts-check
// Expiry and a new code: a 2-second session expires, the code is hidden, "Get a new code" asks
// the shop (wallet-refresh) for a new payment, and the new code carries the new pay URL.
// Declining on the wallet page ends in the failed view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  eventually,
  finalView,
  openShop,
  payWith,
  readQrCode,
  sessionIds,
  shopEvents,
} from './support/browser.js';
import { useBrowserAndShop } from './support/fixture.js';

const env = useBrowserAndShop();

test(
  'the code expires, a new one is made on request, and declining it fails',
  { timeout: 30_000 },
  async () => {
    const context = await env.browser.newContext();
    try {
      const page = await openShop(context, env.shop.url, { ttl: '2,60' });
      await payWith(page, 'WeChat Pay');
      const [first] = await sessionIds(page);
      assert.equal(await readQrCode(page), `${env.shop.url}/sandbox/pay/${first}`);

      await finalView(page, 'expired', 4000);
      // The code is hidden at expiresAt; the payment ends when the shop says so, a moment later.
      await eventually(
        async () =>
          (await page
            .locator('wallet-redirect')
            .evaluate((el) => /** @type {{ status?: string }} */ (el).status)) === 'expired' ||
          null,
        4000,
        'the shop to report expired',
      );
      assert.equal(
        await page.locator('wallet-redirect svg[part~="qr-code"]').count(),
        0,
        'the expired code is hidden',
      );
      await page.getByRole('button', { name: 'Get a new code' }).click();
      const ids = await eventually(
        async () => {
          const all = await sessionIds(page);
          return all.length === 2 ? all : null;
        },
        5000,
        'a second session',
      );
      const second = ids[1];
      assert.notEqual(second, first);
      const refreshes = (await shopEvents(page)).filter((e) => e.type === 'wallet-refresh');
      assert.deepEqual(
        refreshes.map((e) => e.id),
        [first],
      );
      const newCode = await readQrCode(page);
      assert.equal(newCode, `${env.shop.url}/sandbox/pay/${second}`);

      // The shopper declines in the wallet.
      const phone = await context.newPage();
      await phone.goto(newCode);
      await phone.getByRole('button', { name: 'Decline' }).click();
      await phone.getByRole('heading', { name: 'Payment declined' }).waitFor({ timeout: 5000 });
      await finalView(page, 'failed', 2000);
      const statuses = (await shopEvents(page))
        .filter((e) => e.type === 'wallet-status')
        .map((e) => `${e.status}:${e.id === first ? 'first' : 'second'}`);
      assert.deepEqual(statuses, [
        'pending:first',
        'expired:first',
        'pending:second',
        'failed:second',
      ]);
    } finally {
      await context.close();
    }
  },
);
