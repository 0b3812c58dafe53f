// @ts-check
/* global getComputedStyle -- inside evaluate callbacks, code runs in the page */
// Forced colors (Windows high contrast and the like) drop backgrounds and shadows. The chosen
// method and the chosen flow tab must still stand out, and the QR code on screen must still
// scan: it is read here from a real screenshot of the page, not from its markup.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import decodeQR from 'qr/decode.js';
import { imagePixels, openShop, payWith, sessionIds } from './support/browser.js';
import { useBrowserAndShop } from './support/fixture.js';

const env = useBrowserAndShop();

/**
 * @param {import('playwright').BrowserContext} context
 * @param {Buffer} png
 */
const pixels = (context, png) =>
  imagePixels(context, `data:image/png;base64,${png.toString('base64')}`);

/**
 * Reads the code `<wallet-redirect>` shows from a screenshot of the page (not from its markup)
 * and checks it carries this session's pay page.
 * @param {import('playwright').BrowserContext} context
 * @param {import('playwright').Page} page
 */
async function scanOnScreen(context, page) {
  const code = page.locator('wallet-redirect svg[part~="qr-code"]');
  await code.waitFor({ state: 'visible' });
  const [id] = await sessionIds(page);
  const scanned = decodeQR(await pixels(context, await code.screenshot()));
  assert.equal(scanned, `${env.shop.url}/sandbox/pay/${id}`);
}

/**
 * The color painted just inside an element's start edge, halfway down: its background as
 * the screen shows it (computed styles would differ for colors a forced palette paints alike).
 * @param {import('playwright').BrowserContext} context
 * @param {import('playwright').Locator} locator
 */
async function paintedBackground(context, locator) {
  const { width, height, data } = await pixels(context, await locator.screenshot());
  const at = (Math.floor(height / 2) * width + Math.min(3, width - 1)) * 4;
  return Array.from(data.slice(at, at + 3)).join(',');
}

describe('forced colors', { timeout: 30_000 }, () => {
  test('the chosen method and flow stand out, and the on-screen code scans', async () => {
    const context = await env.browser.newContext({ forcedColors: 'active', colorScheme: 'dark' });
    try {
      const page = await openShop(context, env.shop.url, { flows: 'qr,share' });
      const wechat = page.getByRole('radio', { name: 'WeChat Pay' });
      const alipay = page.getByRole('radio', { name: 'Alipay' });
      await wechat.click();
      const [chosenCard, otherCard] = await Promise.all(
        [wechat, alipay].map((radio) => radio.evaluateHandle((row) => row.parentElement)),
      );
      const cardLook = (/** @type {any} */ handle) =>
        handle.evaluate((/** @type {Element} */ el) => getComputedStyle(el).outlineStyle);
      assert.notEqual(await cardLook(chosenCard), 'none', 'the chosen card has an outline');
      assert.equal(await cardLook(otherCard), 'none', 'the other cards have none');

      await page.getByRole('button', { name: 'Place order and pay' }).click();
      const selected = page.getByRole('tab', { selected: true });
      const other = page.getByRole('tab', { selected: false });
      await selected.waitFor();
      assert.notEqual(
        await paintedBackground(context, selected),
        await paintedBackground(context, other.first()),
        'the chosen tab is painted differently from the others',
      );

      await scanOnScreen(context, page);
    } finally {
      await context.close();
    }
  });

  test('a dark page shows the code dark on light, and decodes', async () => {
    const context = await env.browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await openShop(context, env.shop.url);
      await payWith(page, 'WeChat Pay');
      await scanOnScreen(context, page);
    } finally {
      await context.close();
    }
  });
});
