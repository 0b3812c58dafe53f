// @ts-check
// Mobile redirect: on a phone the hand-off opens the wallet (here the sandbox's "app" page, the
// session's redirectUrl). The shopper confirms there and comes back with the Back button; the
// page checks the status at once on return (resume) and shows paid. Polling is set to a minute
// and the event stream is off, so only the check on return can explain a prompt "paid".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ANDROID_CHROME,
  finalView,
  openShop,
  payWith,
  sessionIds,
  shopEvents,
} from './support/browser.js';
import { useBrowserAndShop } from './support/fixture.js';

const env = useBrowserAndShop();

test(
  'open the wallet, confirm, go back: paid is checked at once on return',
  { timeout: 30_000 },
  async () => {
    const context = await env.browser.newContext({
      userAgent: ANDROID_CHROME,
      isMobile: true,
      hasTouch: true,
      viewport: { width: 393, height: 851 },
    });
    try {
      const page = await openShop(context, env.shop.url, { sse: '0', poll: '60000' });
      const shopUrl = page.url();
      await payWith(page, 'Alipay');
      const wallet = page.locator('wallet-redirect');
      await page.getByRole('button', { name: 'Pay CN¥128.00 with Alipay' }).waitFor();
      assert.equal(await wallet.evaluate((el) => el.activeFlow), 'redirect');
      const [id] = await sessionIds(page);
      const session = await (await fetch(`${env.shop.url}/sandbox/sessions/${id}`)).json();

      await page.getByRole('button', { name: 'Pay CN¥128.00 with Alipay' }).tap();
      await page.waitForURL((url) => url.pathname === `/sandbox/pay/${id}`, { timeout: 5000 });
      assert.equal(page.url(), session.redirectUrl, 'the page went to the session redirectUrl');

      // In the "wallet app".
      await page.getByRole('button', { name: /^Confirm and pay/ }).tap();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 5000 });

      // Back to the shop (past the wallet's pages), as the shopper would.
      for (let step = 0; step < 3 && page.url() !== shopUrl; step++) await page.goBack();
      assert.equal(page.url(), shopUrl);
      const back = Date.now();
      await finalView(page, 'paid', 2000);
      assert.ok(Date.now() - back < 2000, 'paid well before the next poll (a minute away)');
      const statusChecks = env.shop.requests.filter(
        (r) => r.path === `/sandbox/sessions/${id}/status` && r.at >= back - 50,
      );
      assert.ok(statusChecks.length >= 1, 'the status was asked on return');

      const statuses = (await shopEvents(page)).filter((e) => e.type === 'wallet-status');
      assert.equal(statuses.at(-1)?.status, 'paid');
      assert.equal(statuses.filter((e) => e.status === 'paid').length, 1);
    } finally {
      await context.close();
    }
  },
);
