// @ts-check
/* global window, document -- inside page.evaluate, code runs in the page */
// One code for any app (聚合码): the desktop checkout shows ONE code; a phone scans it inside WeChat
// or Alipay, which opens the shop's landing page in the app's own browser (here: a second browser
// context with the app's user agent and the sandbox's SIMULATED bridge, since no real app runs
// here); the landing page preselects that app's wallet, the shopper pays in the (simulated) pay
// sheet, and the desktop page turns paid because the sandbox says so, over its event stream.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  eventually,
  finalView,
  openShop,
  payWith,
  readQrCode,
  sessionIds,
} from './support/browser.js';
import { useBrowserAndShop } from './support/fixture.js';

const env = useBrowserAndShop();

/** WeChat's browser on an iPhone, as WeChat 8.0.47 announces itself. */
const WECHAT_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
  'Mobile/15E148 MicroMessenger/8.0.47(0x18002f2f) NetType/WIFI Language/zh_CN';

/** Alipay's browser on Android, as Alipay 10.5.0 announces itself. */
const ALIPAY_ANDROID =
  'Mozilla/5.0 (Linux; U; Android 14; zh-CN; Pixel 8 Build/AP2A.240805.005) AppleWebKit/537.36 ' +
  '(KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.193 Mobile Safari/537.36 ' +
  'Nebula AlipayDefined(nt:WIFI,ws:412|915|2.625) AliApp(AP/10.5.0.6000) AlipayClient/10.5.0.6000 ' +
  'Language/zh-Hans Region/CN';

const APPS = {
  wechat: {
    userAgent: WECHAT_IPHONE,
    method: 'wechat-pay',
    wallet: 'WeChat Pay',
    label: 'Simulated WeChat Pay — test money',
    ok: 'get_brand_wcpay_request:ok',
    cancel: 'get_brand_wcpay_request:cancel',
  },
  alipay: {
    userAgent: ALIPAY_ANDROID,
    method: 'alipay',
    wallet: 'Alipay',
    label: 'Simulated Alipay — test money',
    ok: '9000',
    cancel: '6001',
  },
};

/**
 * The desktop places an any-app order and shows the code; returns the page, the order id and
 * what the code carries (read from the pixels, as a phone's camera would).
 * @param {import('playwright').BrowserContext} desktop
 */
async function desktopCode(desktop) {
  const page = await openShop(desktop, env.shop.url, { anyApp: '1' });
  await payWith(page, 'WeChat Pay');
  const [id] = await sessionIds(page);
  const scanned = await readQrCode(page);
  assert.equal(scanned, `${env.shop.url}/sandbox/landing/${id}`, 'the code opens the landing page');
  assert.equal(await page.locator('wallet-redirect').evaluate((el) => el.activeFlow), 'qr');
  const panel = await page.locator('wallet-redirect [part~="panel"]').innerText();
  assert.match(panel, /WeChat/);
  assert.match(panel, /Alipay/, 'the code names every wallet of scanWith');
  return { page, id, scanned };
}

/**
 * A phone in `app` opens what the code carries; CSP violations are recorded from the start.
 * @param {keyof typeof APPS} app
 * @param {string} url
 */
async function openOnPhone(app, url) {
  const phone = await env.browser.newContext({
    userAgent: APPS[app].userAgent,
    viewport: { width: 390, height: 844 },
    locale: 'en-US',
  });
  phone.setDefaultTimeout(8000);
  await phone.addInitScript(() => {
    /** @type {any} */ (window).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      /** @type {any} */ (window).cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const page = await phone.newPage();
  await page.goto(url);
  await page.waitForFunction(() =>
    Boolean(window.customElements.get('payment-picker') && 'sandboxSimulation' in window),
  );
  return { phone, page };
}

/**
 * Taps the landing page's pay button and waits for the simulated sheet.
 * @param {import('playwright').Page} page
 * @param {keyof typeof APPS} app
 */
async function payOnLanding(page, app) {
  await page.getByRole('button', { name: 'Pay CN¥128.00', exact: true }).click();
  const sheet = page.getByRole('dialog');
  await sheet.waitFor({ state: 'visible' });
  const text = await sheet.innerText();
  assert.match(text, new RegExp(APPS[app].label));
  assert.match(text, /CN¥128\.00/);
  assert.match(text, /Sandbox Shop/);
  // Focus is in the sheet, on its first button.
  const focused = await page.evaluate(
    () =>
      document.activeElement?.shadowRoot?.activeElement?.textContent ??
      document.activeElement?.tagName,
  );
  assert.equal(focused, 'Confirm payment');
  return sheet;
}

/**
 * What the simulated bridge was called with and answered.
 * @param {import('playwright').Page} page
 * @returns {Promise<{name: string, args: Record<string, unknown>, answer: string | null}[]>}
 */
function bridgeCalls(page) {
  return page.evaluate(() => /** @type {any} */ (window).sandboxSimulation.calls);
}

/**
 * The jsapi the sandbox issued for this order and wallet (asked again: it is issued once).
 * @param {string} id
 * @param {string} method
 */
async function issuedJsapi(id, method) {
  const response = await fetch(`${env.shop.url}/sandbox/landing/${id}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method }),
    signal: AbortSignal.timeout(5000),
  });
  return (await response.json()).jsapi;
}

describe('one code for any app', { timeout: 45_000 }, () => {
  for (const app of /** @type {const} */ (['wechat', 'alipay'])) {
    const { wallet, method, ok } = APPS[app];
    test(`inside ${app === 'wechat' ? 'WeChat' : 'Alipay'}: ${wallet} is preselected, Confirm in the sheet pays the desktop's order`, async () => {
      const desktop = await env.browser.newContext();
      /** @type {import('playwright').BrowserContext | undefined} */
      let phone;
      try {
        const { page, id, scanned } = await desktopCode(desktop);
        const opened = await openOnPhone(app, scanned);
        phone = opened.phone;
        const landing = opened.page;
        await eventually(
          () => landing.getByRole('radio', { name: new RegExp(`^${wallet}`) }).isChecked(),
          5000,
          `${wallet} preselected`,
        );
        assert.equal(await landing.locator('payment-picker').evaluate((el) => el.value), method);
        assert.match(
          await landing.locator('[data-landing-simulation]').innerText(),
          /^Simulated (WeChat|Alipay):/,
          'the page says the bridge is simulated',
        );

        const sheet = await payOnLanding(landing, app);
        assert.equal(
          await landing.locator('wallet-redirect').evaluate((el) => el.activeFlow),
          'in-app',
        );
        const calls = await bridgeCalls(landing);
        assert.equal(calls.length, 1, 'one call for one tap');
        assert.deepEqual(calls[0].args, await issuedJsapi(id, method), 'the jsapi, passed exactly');

        const start = Date.now();
        await sheet.getByRole('button', { name: 'Confirm payment' }).click();
        await finalView(page, 'paid', 3000);
        const elapsed = Date.now() - start;
        assert.ok(elapsed <= 3000, `desktop paid after ${elapsed} ms`);
        await finalView(landing, 'paid', 3000);
        assert.equal((await bridgeCalls(landing))[0].answer, ok);
        assert.equal(await landing.getByRole('dialog').count(), 0, 'the sheet is gone');
        assert.deepEqual(
          await landing.evaluate(() => /** @type {any} */ (window).cspViolations),
          [],
        );
        assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).cspViolations), []);
      } finally {
        await phone?.close();
        await desktop.close();
      }
    });
  }

  test('Cancel in the sheet leaves the desktop pending; paying again then pays it', async () => {
    const desktop = await env.browser.newContext();
    /** @type {import('playwright').BrowserContext | undefined} */
    let phone;
    try {
      const { page, id, scanned } = await desktopCode(desktop);
      const opened = await openOnPhone('wechat', scanned);
      phone = opened.phone;
      const landing = opened.page;
      const sheet = await payOnLanding(landing, 'wechat');
      await sheet.getByRole('button', { name: 'Cancel' }).click();
      await eventually(
        async () => (await bridgeCalls(landing))[0]?.answer === APPS.wechat.cancel,
        3000,
        'the cancel answer',
      );
      await landing.locator('wallet-redirect [part~="in-app-note"]').waitFor();
      // Give a wrong "paid" every chance to arrive: it must not.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(await page.locator('wallet-redirect').evaluate((el) => el.status), 'pending');
      assert.equal(await landing.locator('wallet-redirect').evaluate((el) => el.status), 'pending');
      const status = await (await fetch(`${env.shop.url}/sandbox/sessions/${id}/status`)).json();
      assert.equal(status.status, 'pending');

      // The element offers its pay button again: one more tap, one more sheet.
      await landing.locator('wallet-redirect [part~="pay-button"]').click();
      const again = landing.getByRole('dialog');
      await again.waitFor({ state: 'visible' });
      assert.equal((await bridgeCalls(landing)).length, 2);
      await again.getByRole('button', { name: 'Confirm payment' }).click();
      await finalView(page, 'paid', 3000);
    } finally {
      await phone?.close();
      await desktop.close();
    }
  });

  test('?simulate=alipay in a desktop browser acts as inside Alipay; ?simulate=off has no bridge', async () => {
    const desktop = await env.browser.newContext();
    desktop.setDefaultTimeout(8000);
    /** @type {import('playwright').BrowserContext | undefined} */
    let phone;
    try {
      const { page, scanned } = await desktopCode(desktop);
      const tryout = await desktop.newPage();
      await tryout.goto(`${scanned}?simulate=alipay`);
      await tryout.waitForFunction(() => 'sandboxSimulation' in window);
      await eventually(
        () => tryout.getByRole('radio', { name: /^Alipay/ }).isChecked(),
        5000,
        'Alipay preselected',
      );
      const sheet = await payOnLanding(tryout, 'alipay');
      await sheet.getByRole('button', { name: 'Cancel' }).click();
      await eventually(
        async () => (await bridgeCalls(tryout))[0]?.answer === '6001',
        3000,
        'the cancel answer',
      );

      // Inside WeChat without a bridge (an old app): after 3 s the element pays another way.
      phone = await env.browser.newContext({
        userAgent: WECHAT_IPHONE,
        viewport: { width: 390, height: 844 },
      });
      const landing = await phone.newPage();
      await landing.goto(`${scanned}?simulate=off`);
      await landing.waitForFunction(() => Boolean(window.customElements.get('payment-picker')));
      assert.equal(await landing.evaluate(() => 'sandboxSimulation' in window), false);
      assert.equal(await landing.locator('[data-landing-simulation]').isHidden(), true);
      const flows = landing.evaluate(
        () =>
          new Promise((resolve) =>
            document.addEventListener('wallet-flow', (event) => {
              const { flow, reason } = /** @type {CustomEvent} */ (event).detail;
              if (reason === 'bridge-unavailable') resolve(`${flow}:${reason}`);
            }),
          ),
      );
      await landing.getByRole('button', { name: 'Pay CN¥128.00', exact: true }).click();
      assert.match(String(await flows), /^(redirect|share|open-in-browser):bridge-unavailable$/);
      assert.equal(await page.locator('wallet-redirect').evaluate((el) => el.status), 'pending');
    } finally {
      await phone?.close();
      await desktop.close();
    }
  });
});
