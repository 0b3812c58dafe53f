// `npm run test:csp`: both elements (the CDN module) under
//   Content-Security-Policy: default-src 'self'; require-trusted-types-for 'script'
// through every flow, in Chromium. Fails on any `securitypolicyviolation` event, console error
// or page error. Run `npm run build` first (it uses dist/cdn, Lit's production build).
//
// Playwright's evaluate() goes through the DevTools protocol, which CSP does not govern; the
// page itself has no inline script, and everything the elements do runs under the policy.
/* global document, window -- inside page.evaluate and init scripts, which run in the page */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { serveStatic } from '../consumer/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const POLICY = "default-src 'self'; require-trusted-types-for 'script'";
const DESKTOP = {
  mobile: false,
  os: 'windows',
  inApp: null,
  miniProgram: false,
  canShare: false,
  canCopy: true,
};
const MOBILE = { ...DESKTOP, mobile: true, os: 'android' };
const IN_WECHAT = { ...MOBILE, inApp: 'wechat' };
const step = (what) => console.log(`csp: ${what}`);

/** The shop's status endpoint: `pending` until the test marks the order paid. */
let paid = false;
const statusRoute = (req, res) => {
  const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id');
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ id, status: paid ? 'paid' : 'pending' }));
};

async function main() {
  if (!existsSync(join(root, 'dist/cdn/payment-picker.min.js'))) {
    throw new Error('run `npm run build` first');
  }
  const server = await serveStatic(root, {
    headers: { 'content-security-policy': POLICY },
    routes: { '/api/status': statusRoute },
  });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  const problems = [];
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    // Installed through the protocol before any page script runs, so nothing is missed.
    await page.addInitScript(() => {
      window.__violations = [];
      window.__events = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
      for (const type of [
        'wallet-flow',
        'wallet-redirect',
        'wallet-status',
        'wallet-share',
        'wallet-error',
      ]) {
        document.addEventListener(type, (e) => {
          window.__events.push({ type, detail: { ...e.detail, session: undefined } });
          // Stay on the page: a redirect would leave it (the shop may cancel and navigate itself).
          if (type === 'wallet-redirect') e.preventDefault();
        });
      }
    });
    const events = (type) =>
      page.evaluate((t) => window.__events.filter((e) => e.type === t).map((e) => e.detail), type);
    const part = (name) => page.locator(`wallet-redirect [part~="${name}"]`).first();

    await page.goto(`${server.url}/test/csp/index.html`);
    await page.waitForFunction(() => document.querySelector('payment-picker')?.shadowRoot);

    // Picker: choose with the mouse, then with the keyboard; the form carries the choice.
    const radios = page.locator('#checkout payment-picker [role="radio"]');
    await radios.nth(1).click();
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => ({
      value: document.querySelector('payment-picker').value,
      form: new FormData(document.querySelector('#checkout')).get('method'),
      fromJson: document.querySelector('#from-json').shadowRoot.querySelectorAll('[role="radio"]')
        .length,
    }));
    if (chosen.value !== 'shop-card' || chosen.form !== 'shop-card' || chosen.fromJson !== 2) {
      problems.push(`picker: ${JSON.stringify(chosen)}`);
    }
    step(`picker: chose ${chosen.value} by click and ArrowDown; methods from JSON render`);

    // Wallet, desktop: the QR code (lazy chunk), Save image, Copy link.
    await page.evaluate(
      ({ env }) => {
        const wallet = document.querySelector('wallet-redirect');
        wallet.pollInterval = 100;
        wallet.environment = env;
        wallet.session = {
          id: 'order-csp',
          method: 'alipay',
          amount: '128.00',
          currency: 'CNY',
          payee: 'Tea House',
          // An https payload (Alipay precreate), so "Copy link" is offered beside "Save image".
          qrPayload: 'https://qr.alipay.com/bax08431csp0001',
          shareUrl: 'https://shop.example/friend-pay/order-csp',
          statusUrl: '/api/status?id=order-csp',
          expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
        };
      },
      { env: DESKTOP },
    );
    await page.locator('wallet-redirect svg path').first().waitFor();
    const download = page.waitForEvent('download', { timeout: 5000 });
    await part('save-button').click();
    const file = await download;
    await part('copy-button').click();
    step(`qr: drawn; Save image downloaded ${file.suggestedFilename()}; Copy link clicked`);

    // Share: the "Ask a friend" tab; headless Chromium has no navigator.share, so it copies.
    await page.locator('wallet-redirect [role="tab"]', { hasText: 'Ask a friend' }).click();
    await part('share-button').click();
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'wallet-share'));
    step(`share: ${JSON.stringify(await events('wallet-share'))}`);

    // Redirect on a phone: open the wallet; the wallet-redirect event is cancelled above.
    await page.evaluate(
      ({ env }) => {
        const wallet = document.querySelector('wallet-redirect');
        wallet.environment = env;
        wallet.session = {
          id: 'order-csp',
          method: 'wechat-pay',
          redirectUrl: 'weixin://wxpay/open?csp=1',
          qrPayload: 'weixin://wxpay/bizpayurl?pr=csp0001',
          statusUrl: '/api/status?id=order-csp',
        };
      },
      { env: MOBILE },
    );
    await part('open-button').click();
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'wallet-redirect'));
    step(`redirect: ${JSON.stringify(await events('wallet-redirect'))} (cancelled)`);

    // Alipay inside WeChat: open-in-browser guidance and its copy-link button.
    await page.evaluate(
      ({ env }) => {
        const wallet = document.querySelector('wallet-redirect');
        wallet.environment = env;
        wallet.session = {
          id: 'order-csp',
          method: 'alipay',
          redirectUrl: 'alipays://platformapi/startapp?saId=10000007&qrcode=csp',
          qrPayload: 'https://qr.alipay.com/csp0001',
          statusUrl: '/api/status?id=order-csp',
        };
      },
      { env: IN_WECHAT },
    );
    // On a phone in WeChat, a dimmed overlay points at the app's menu first: "Got it" closes it.
    await part('overlay-close').click();
    await part('copy-page-button').click();
    const flow = await page.evaluate(() => document.querySelector('wallet-redirect').activeFlow);
    if (flow !== 'open-in-browser') problems.push(`in WeChat, the flow was ${flow}`);
    step(`open-in-browser: overlay shown and closed, page link copied`);

    // WeChat Pay inside WeChat: the in-app chunk loads under script-src 'self' and the pay sheet
    // opens through the (simulated) bridge; its "ok" only makes the element ask the shop.
    await page.evaluate(
      ({ env }) => {
        window.__sheet = [];
        window.WeixinJSBridge = {
          invoke: (name, args, callback) => {
            window.__sheet.push(name);
            setTimeout(() => callback({ err_msg: 'get_brand_wcpay_request:ok' }), 50);
          },
        };
        const wallet = document.querySelector('wallet-redirect');
        wallet.environment = env;
        wallet.session = {
          id: 'order-csp',
          method: 'wechat-pay',
          amount: '128.00',
          currency: 'CNY',
          shareUrl: 'https://shop.example/friend-pay/order-csp',
          statusUrl: '/api/status?id=order-csp',
          jsapi: {
            appId: 'wx-csp',
            timeStamp: '1764900000',
            nonceStr: 'csp',
            package: 'prepay_id=csp',
            signType: 'RSA',
            paySign: 'csp-signature',
          },
        };
      },
      { env: IN_WECHAT },
    );
    await part('in-app-panel').waitFor();
    await page.waitForFunction(() => window.__sheet.length === 1);
    await page.waitForFunction(() =>
      document
        .querySelector('wallet-redirect')
        .shadowRoot.querySelector('[part~="in-app-note"]')
        ?.textContent.includes('Confirming'),
    );
    step('in-app: the pay sheet opened through the bridge; confirming with the shop');

    // Status through fetch under connect-src 'self': the shop's server confirms the payment.
    paid = true;
    await page.waitForFunction(() => document.querySelector('wallet-redirect').status === 'paid');
    await part('final-heading').waitFor();
    step('status: polled /api/status until paid; the paid view shows');

    // `CSP_SELF_TEST=1`: break the policy on purpose, to see that this test notices (it must fail).
    if (process.env.CSP_SELF_TEST) {
      await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<i>not trusted</i>');
        } catch {
          // Trusted Types throw here, and report the violation too.
        }
      });
    }
    const violations = await page.evaluate(() => window.__violations);
    problems.push(...violations.map((v) => `securitypolicyviolation: ${v}`));
    const errors = await events('wallet-error');
    problems.push(...errors.map((e) => `wallet-error: ${e.code} ${e.message}`));
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length > 0) throw new Error(problems.join('\n  '));
  console.log('csp: zero violations, no console or page errors, every flow ran');
}

try {
  await main();
} catch (error) {
  console.error(`csp: FAILED:\n  ${error.message}`);
  process.exitCode = 1;
}
