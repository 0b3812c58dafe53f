// @ts-check
// Friend-pay: the shopper sends the link; a friend, in another browser with nothing shared,
// opens it and pays; the shopper's page shows paid.
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
  'a friend opens the shared link in another browser and pays',
  { timeout: 30_000 },
  async () => {
    const shopper = await env.browser.newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const friend = await env.browser.newContext();
    try {
      const page = await openShop(shopper, env.shop.url);
      await payWith(page, 'Alipay');
      const wallet = page.locator('wallet-redirect');
      await page.getByRole('tab', { name: 'Ask a friend' }).click();
      assert.equal(await wallet.evaluate((el) => el.activeFlow), 'share');

      // The friend beside the shopper scans the share panel's code…
      const [id] = await sessionIds(page);
      const link = await readQrCode(
        page,
        'wallet-redirect [part~="share-panel"] svg[part~="qr-code"]',
      );
      assert.equal(link, `${env.shop.url}/sandbox/friend/${id}`);

      // …or the shopper sends it: with no share sheet in headless Chromium, the share button
      // copies the link, and the shopper pastes it into a chat with the friend.
      await page.getByRole('button', { name: 'Share payment link' }).click();
      await eventually(
        async () => (await shopEvents(page)).some((e) => e.type === 'wallet-share'),
        5000,
        'wallet-share',
      );
      const shared = (await shopEvents(page)).filter((e) => e.type === 'wallet-share');
      assert.deepEqual(
        shared.map((e) => e.via),
        ['clipboard'],
      );
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

      const friendPage = await friend.newPage();
      await friendPage.goto(link);
      await friendPage.getByRole('button', { name: /^Pay / }).click();
      await friendPage
        .getByRole('heading', { name: 'Payment confirmed' })
        .waitFor({ timeout: 5000 });

      await finalView(page, 'paid', 2000);
      assert.equal(await wallet.evaluate((el) => el.status), 'paid');
    } finally {
      await shopper.close();
      await friend.close();
    }
  },
);
