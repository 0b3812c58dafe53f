// @ts-check
/* global window, customElements -- page.evaluate code runs in the page */
// The CDN module registers <payment-picker> at once and loads <wallet-redirect> from a chunk it
// starts fetching immediately. A page that sets the wallet's session and listeners before that
// chunk arrives must still work: the element takes them over when it is defined.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveStatic } from '../test/consumer/static-server.mjs';
import { launchBrowser } from './support/browser.js';

const root = new URL('..', import.meta.url).pathname;

// The shop's script runs before the CDN module (both are modules, in document order), so the
// wallet is still undefined when its session, checkStatus and listener are set.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CDN loading</title>
<script type="module" src="/early.js"></script>
<script type="module" src="/dist/cdn/payment-picker.min.js"></script>
</head><body>
<payment-picker name="method"><payment-option value="alipay"></payment-option></payment-picker>
<wallet-redirect id="wallet"></wallet-redirect>
</body></html>`;

const EARLY = `
const wallet = document.querySelector('#wallet');
window.statuses = [];
window.definedEarly = customElements.get('wallet-redirect') !== undefined;
wallet.addEventListener('wallet-status', (event) => window.statuses.push(event.detail.status));
wallet.checkStatus = () => Promise.resolve({ status: 'paid' });
wallet.session = { id: 'order-1', method: 'alipay', qrPayload: 'https://qr.alipay.com/x' };
`;

/** @type {{ url: string, close: () => Promise<void> }} */
let server;
/** @type {import('playwright').Browser} */
let browser;
before(async () => {
  const text = (type, body) => (_req, res) =>
    res.writeHead(200, { 'content-type': type }).end(body);
  server = await serveStatic(root, {
    routes: {
      '/': text('text/html; charset=utf-8', PAGE),
      '/early.js': text('text/javascript; charset=utf-8', EARLY),
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a wallet given its session and listeners before its chunk arrives still pays', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.statuses?.length === 2, null, { timeout: 8000 });
  const result = await page.evaluate(() => ({
    definedEarly: window.definedEarly,
    statuses: window.statuses,
    picker: customElements.get('payment-picker') !== undefined,
  }));
  assert.deepEqual(result, { definedEarly: false, statuses: ['pending', 'paid'], picker: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the picker is defined by the module itself; the wallet comes from a chunk beside it', async () => {
  const page = await browser.newPage();
  /** @type {string[]} */
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => customElements.get('wallet-redirect') !== undefined);
  const chunks = scripts.filter((path) => path.startsWith('/dist/cdn/'));
  assert.equal(chunks[0], '/dist/cdn/payment-picker.min.js');
  assert.ok(
    chunks.some((path) => /\/chunks\/wallet-redirect-[\w-]+\.min\.js$/.test(path)),
    `the wallet chunk was loaded: ${chunks.join(', ')}`,
  );
  await page.close();
});
