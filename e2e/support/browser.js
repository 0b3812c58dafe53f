// @ts-check
/* global window, document, customElements, Image, XMLSerializer -- page.evaluate code runs in the page */
/**
 * Playwright helpers for the e2e tests: the system Chromium (never a downloaded one), the shop's
 * steps as a shopper takes them, and reading the QR code the way a phone would: rasterize the
 * element's SVG, then decode the pixels with `qr/decode.js`.
 */
import { chromium } from 'playwright';
import decodeQR from 'qr/decode.js';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';

/** A mobile browser as the components see it: Chrome on Android. */
export const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Chrome/131.0.0.0 Mobile Safari/537.36';

/** Launches the system Chromium, headless. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
}

/**
 * Opens the shop page with test knobs in its query string and waits for the elements.
 * @param {import('playwright').BrowserContext} context
 * @param {string} shopUrl
 * @param {Record<string, string>} [knobs] see e2e/support/shop/shop.js
 */
export async function openShop(context, shopUrl, knobs = {}) {
  // Every Playwright wait is bounded well inside the test's own timeout.
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  const query = new URLSearchParams(knobs).toString();
  await page.goto(`${shopUrl}/${query ? `?${query}` : ''}`);
  await waitForElements(page);
  return page;
}

/** @param {import('playwright').Page} page */
export async function waitForElements(page) {
  await page.waitForFunction(
    () =>
      Boolean(customElements.get('payment-picker') && customElements.get('wallet-redirect')) &&
      'shopEvents' in window,
    undefined,
    { timeout: 5000 },
  );
}

/**
 * Chooses a method in the picker and places the order, as a shopper does, then waits until the
 * shop has created the payment (the shop's fetch is asynchronous: reading the session ids before
 * it settles would race it).
 * @param {import('playwright').Page} page
 * @param {string} methodName the option's accessible name, e.g. "WeChat Pay"
 * @returns {Promise<string>} the id of the PaymentSession the order created
 */
export async function payWith(page, methodName) {
  const before = (await sessionIds(page)).length;
  await page.getByRole('radio', { name: methodName }).click();
  await page.getByRole('button', { name: 'Place order and pay' }).click();
  await page.waitForFunction(
    (count) =>
      /** @type {any} */ (window).shopEvents.filter(
        (/** @type {{type: string}} */ e) => e.type === 'session',
      ).length > count,
    before,
    { timeout: 5000 },
  );
  const ids = await sessionIds(page);
  return ids[ids.length - 1];
}

/**
 * The PaymentSession ids the shop created, in order (from the shop page's own log).
 * @param {import('playwright').Page} page
 * @returns {Promise<string[]>}
 */
export function sessionIds(page) {
  return page.evaluate(() =>
    /** @type {any} */ (window).shopEvents
      .filter((/** @type {{type: string}} */ e) => e.type === 'session')
      .map((/** @type {{id: string}} */ e) => e.id),
  );
}

/**
 * The shop page's event log: `{type, status?, id?, code?, …}` per event.
 * @param {import('playwright').Page} page
 * @returns {Promise<Record<string, any>[]>}
 */
export function shopEvents(page) {
  return page.evaluate(() => /** @type {any} */ (window).shopEvents);
}

/**
 * Waits until `<wallet-redirect>` shows the final view of `status` (its `final-<status>` part).
 * @param {import('playwright').Page} page
 * @param {'paid' | 'failed' | 'expired' | 'cancelled'} status
 * @param {number} timeout ms
 */
export async function finalView(page, status, timeout) {
  const view = page.locator(`wallet-redirect [part~="final-${status}"]`);
  await view.waitFor({ state: 'visible', timeout });
  return view;
}

/**
 * Reads the QR code `<wallet-redirect>` shows (or the one at `selector`): serializes the SVG,
 * draws it on a canvas in a blank page at 6 px per module, and decodes the pixels in Node.
 * @param {import('playwright').Page} page
 * @param {string} [selector]
 * @returns {Promise<string>} the text the code carries
 */
export async function readQrCode(page, selector = 'wallet-redirect svg[part~="qr-code"]') {
  const code = page.locator(selector);
  await code.waitFor({ state: 'visible', timeout: 5000 });
  const markup = await code.evaluate((svg) => {
    const copy = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
    const modules = /** @type {SVGSVGElement} */ (svg).viewBox.baseVal.width;
    copy.setAttribute('width', String(modules * 6));
    copy.setAttribute('height', String(modules * 6));
    return new XMLSerializer().serializeToString(copy);
  });
  return decodeQR(
    await imagePixels(
      page.context(),
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`,
    ),
  );
}

/**
 * The RGBA pixels of an image (a `data:` URL), drawn on a canvas in a scratch page: the shop's
 * CSP rightly refuses data: images.
 * @param {import('playwright').BrowserContext} context
 * @param {string} src
 * @returns {Promise<{ width: number, height: number, data: Uint8Array }>}
 */
export async function imagePixels(context, src) {
  const scratch = await context.newPage();
  try {
    const image = await scratch.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context2d = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
      context2d.drawImage(img, 0, 0);
      const { data, width, height } = context2d.getImageData(0, 0, canvas.width, canvas.height);
      return { width, height, data: Array.from(data) };
    }, src);
    return { width: image.width, height: image.height, data: Uint8Array.from(image.data) };
  } finally {
    await scratch.close();
  }
}

/**
 * Settles a session as the wallet's server would after the shopper confirmed or declined
 * (the same POST the wallet page's buttons make, answered in JSON).
 * @param {string} shopUrl
 * @param {string} id
 * @param {'confirm' | 'decline'} action
 */
export async function settle(shopUrl, id, action) {
  const response = await fetch(`${shopUrl}/sandbox/pay/${id}/${action}`, {
    method: 'POST',
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok)
    throw new Error(`${action} failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Polls `check` until it returns a truthy value, at most `timeout` ms.
 * @template T
 * @param {() => T | Promise<T>} check
 * @param {number} timeout
 * @param {string} what what is awaited, for the error message
 * @returns {Promise<T>}
 */
export async function eventually(check, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
