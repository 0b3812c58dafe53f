// @ts-check
/* global window -- inside page.evaluate, code runs in the page */
// Desktop QR: the shopper picks WeChat Pay, the shop's code creates the payment, the page shows
// a QR code that a phone can scan; paying on the "phone" (a second page) shows paid on the
// shop's page: within a second over Server-Sent Events, within one poll interval without them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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

/**
 * Opens the pay page the code points at, as the phone's camera app would, and confirms.
 * @param {import('playwright').BrowserContext} context
 * @param {string} url
 */
async function confirmOnPhone(context, url) {
  const phone = await context.newPage();
  await phone.goto(url);
  const confirm = phone.getByRole('button', { name: /^Confirm and pay/ });
  await confirm.waitFor({ timeout: 5000 });
  return { phone, confirm };
}

/**
 * Places a WeChat Pay order and reads the code; checks it decodes to this session's pay page.
 * @param {import('playwright').BrowserContext} context
 * @param {Record<string, string>} [knobs]
 */
async function orderAndScan(context, knobs) {
  const page = await openShop(context, env.shop.url, knobs);
  await payWith(page, 'WeChat Pay');
  const scanned = await readQrCode(page);
  const [id] = await sessionIds(page);
  assert.ok(id, 'the shop created a session');
  assert.equal(scanned, `${env.shop.url}/sandbox/pay/${id}`, 'the QR code carries the pay URL');
  return { page, id, scanned };
}

describe('desktop QR code', { timeout: 30_000 }, () => {
  test('decodes to the pay page; paying there shows paid within 1 s over SSE', async () => {
    const context = await env.browser.newContext();
    try {
      const { page, id, scanned } = await orderAndScan(context);
      assert.equal(await page.locator('wallet-redirect').evaluate((el) => el.activeFlow), 'qr');
      // Amount and payee are shown beside the code (checked before paying).
      const panel = page.locator('wallet-redirect [part~="panel"]');
      assert.match(await panel.innerText(), /CN¥128\.00/);
      assert.match(await panel.innerText(), /Sandbox Shop/);
      const label = await page
        .locator('wallet-redirect svg[part~="qr-code"]')
        .getAttribute('aria-label');
      assert.match(label ?? '', /128\.00/);
      assert.match(label ?? '', /WeChat Pay/);

      // "Save image" downloads the code as a PNG, under the shop's strict CSP.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save image' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `payment-${id}.png`);

      const { confirm } = await confirmOnPhone(context, scanned);
      const start = Date.now();
      await confirm.click();
      await finalView(page, 'paid', 1000);
      const elapsed = Date.now() - start;
      assert.ok(elapsed <= 1000, `paid shown after ${elapsed} ms`);

      const statuses = (await shopEvents(page))
        .filter((e) => e.type === 'wallet-status')
        .map((e) => `${e.status}:${e.id}`);
      assert.deepEqual(statuses, [`pending:${id}`, `paid:${id}`]);
      assert.equal(await page.locator('wallet-redirect').evaluate((el) => el.status), 'paid');
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    } finally {
      await context.close();
    }
  });

  test('without eventsUrl, paid shows within one poll interval', async () => {
    const poll = 1500;
    const context = await env.browser.newContext();
    try {
      const { page, id, scanned } = await orderAndScan(context, { sse: '0', poll: String(poll) });
      const { confirm } = await confirmOnPhone(context, scanned);
      const start = Date.now();
      await confirm.click();
      await finalView(page, 'paid', poll + 500);
      const elapsed = Date.now() - start;
      assert.ok(elapsed <= poll + 500, `paid shown after ${elapsed} ms`);
      assert.ok(
        !env.shop.requests.some((r) => r.path.startsWith(`/sandbox/sessions/${id}/events`)),
        'no event stream was opened',
      );
    } finally {
      await context.close();
    }
  });

  test('with a failing event stream, it falls back to polling and shows paid in time', async () => {
    const poll = 1500;
    const context = await env.browser.newContext();
    try {
      const { page, id, scanned } = await orderAndScan(context, { sse: '503', poll: String(poll) });
      // The stream is given up after three failed connections; from then on the page polls.
      const streamTries = () =>
        env.shop.requests.filter((r) => r.path.startsWith(`/sandbox/sessions/${id}/events`)).length;
      await eventually(() => streamTries() >= 3, 15_000, 'three event stream attempts');
      await new Promise((resolve) => setTimeout(resolve, 300));

      const { confirm } = await confirmOnPhone(context, scanned);
      const start = Date.now();
      await confirm.click();
      await finalView(page, 'paid', poll + 500);
      const elapsed = Date.now() - start;
      assert.ok(elapsed <= poll + 500, `paid shown after ${elapsed} ms`);
      assert.equal(streamTries(), 3, 'no stream reconnects after giving up');
    } finally {
      await context.close();
    }
  });
});
