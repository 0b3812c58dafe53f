// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, formatAmount, resolveLocale } from '../pages.js';
import { newSession, useSandbox } from '../testing.js';

const { fetch } = globalThis;

/**
 * @param {string} url
 * @param {RequestInit} [init]
 */
async function page(url, init) {
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/**
 * Submits a wallet form the way a browser without JavaScript does.
 * @param {string} base
 * @param {string} action the form's action attribute (already unescaped)
 */
function submit(base, action) {
  return page(new URL(action, base).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: '',
  });
}

/** @param {string} html */
function formActions(html) {
  return [...html.matchAll(/<form method="post" action="([^"]+)">/g)].map((match) =>
    match[1].replaceAll('&amp;', '&'),
  );
}

describe('GET /sandbox/pay/:id (the wallet page)', () => {
  test('shows amount, payee, method and order with Confirm and Decline forms', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { payee: 'Tea House', method: 'alipay' });
    const { status, headers, html } = await page(session.qrPayload);
    assert.equal(status, 200);
    assert.match(headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(html, /<link rel="stylesheet" href="\/sandbox\/assets\/wallet.css">/);
    assert.match(html, /<span class="value">CN¥128.00<\/span>/);
    assert.match(html, /<dt>Payee<\/dt><dd>Tea House<\/dd>/);
    assert.match(html, /<dt>Method<\/dt><dd>Alipay<\/dd>/);
    assert.ok(html.includes(`<dd class="mono">${session.id}</dd>`));
    assert.match(html, /<time datetime="[^"]+">in 15 minutes<\/time>/);
    assert.match(
      html,
      /<button class="button primary" type="submit">Confirm and pay CN¥128.00<\/button>/,
    );
    assert.match(html, /<button class="button secondary" type="submit">Decline<\/button>/);
    assert.deepEqual(formActions(html), [
      `/sandbox/pay/${session.id}/confirm`,
      `/sandbox/pay/${session.id}/decline`,
    ]);
    assert.doesNotMatch(html, /<script/i, 'no scripts');
    assert.doesNotMatch(html, /style=/i, 'no inline styles');
  });

  test('sends a strict CSP and no referrer', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const { headers } = await page(session.qrPayload);
    const csp = headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'self'/);
    assert.match(csp, /form-action 'self'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.equal(headers.get('referrer-policy'), 'no-referrer');
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
  });

  test('escapes every interpolated value: a payee with <script> stays text', async (t) => {
    const { url } = await useSandbox(t);
    const payee = `<script>alert("x")</script>&'`;
    const session = await newSession(url, { payee, method: '<img src=x onerror=alert(1)>' });
    for (const pageUrl of [session.qrPayload, session.shareUrl]) {
      const { html } = await page(pageUrl);
      assert.doesNotMatch(html, /<script/i, pageUrl);
      assert.doesNotMatch(html, /<img/i, pageUrl);
      assert.ok(
        html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;'),
        `escaped payee on ${pageUrl}`,
      );
      assert.ok(
        html.includes('&lt;img src=x onerror=alert(1)&gt;'),
        `escaped method on ${pageUrl}`,
      );
    }
  });

  test('confirm works as a plain form post and shows the result with a way back', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { returnUrl: 'https://shop.example/checkout?step=2' });
    const { html } = await page(session.redirectUrl);
    const [confirm] = formActions(html);
    const confirmUrl = new URL(confirm, url);
    assert.equal(confirmUrl.searchParams.get('via'), 'redirect');
    assert.equal(confirmUrl.searchParams.get('return'), 'https://shop.example/checkout?step=2');
    const result = await submit(url, confirm);
    assert.equal(result.status, 200);
    assert.match(result.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(result.html, /<h1>Payment confirmed<\/h1>/);
    assert.match(result.html, /You paid CN¥128.00 to Sandbox Shop\./);
    assert.match(
      result.html,
      /<a class="button primary" href="https:\/\/shop.example\/checkout\?step=2">Back to the shop<\/a>/,
    );
    const status = await fetch(session.statusUrl);
    assert.equal((await status.json()).status, 'paid');
  });

  test('decline shows the declined page; a second action gets a 409 page', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const [confirm, decline] = formActions((await page(session.qrPayload)).html);
    const declined = await submit(url, decline);
    assert.equal(declined.status, 200);
    assert.match(declined.html, /<h1>Payment declined<\/h1>/);
    assert.match(declined.html, /You can close this page/);
    assert.doesNotMatch(declined.html, /Back to the shop/, 'no return URL, no link');
    const again = await submit(url, confirm);
    assert.equal(again.status, 409);
    assert.match(again.html, /<h1>Payment declined<\/h1>/);
    assert.match(again.html, /Nothing was changed/);
  });

  test('links back only to http(s) return URLs, escaped', async (t) => {
    const { url } = await useSandbox(t);
    for (const [returnUrl, linked] of [
      ['javascript:alert(1)', false],
      ['data:text/html,hi', false],
      ['http://localhost:6006/?a=1&b="2"', true],
    ]) {
      const other = await newSession(url);
      const action = `/sandbox/pay/${other.id}/confirm?return=${encodeURIComponent(String(returnUrl))}`;
      const { html } = await submit(url, action);
      assert.equal(html.includes('Back to the shop'), linked, String(returnUrl));
      assert.doesNotMatch(html, /href="javascript:/);
      if (linked) assert.ok(html.includes('href="http://localhost:6006/?a=1&amp;b=&quot;2&quot;"'));
    }
  });

  test('an expired session shows "This code has expired" and cannot be confirmed', async (t) => {
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const { url } = await useSandbox(t, { now: () => clock });
    const session = await newSession(url, { ttlSeconds: 60 });
    const [confirm] = formActions((await page(session.qrPayload)).html);
    clock += 60_000;
    const { status, html } = await page(session.qrPayload);
    assert.equal(status, 200);
    assert.match(html, /<h1>This code has expired<\/h1>/);
    assert.deepEqual(formActions(html), [], 'no buttons on an expired code');
    const late = await submit(url, confirm);
    assert.equal(late.status, 409);
    assert.match(late.html, /This code has expired/);
  });

  test('a settled session shows its result instead of the buttons', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    await fetch(`${url}/sandbox/sessions/${session.id}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'cancelled' }),
    });
    const { html } = await page(session.qrPayload);
    assert.match(html, /<h1>This payment was cancelled<\/h1>/);
    assert.deepEqual(formActions(html), []);
  });

  test('404 page for an unknown id', async (t) => {
    const { url } = await useSandbox(t);
    const { status, html, headers } = await page(`${url}/sandbox/pay/nope`);
    assert.equal(status, 404);
    assert.match(headers.get('content-type') ?? '', /text\/html/);
    assert.match(html, /<h1>Payment not found<\/h1>/);
  });

  test('speaks Chinese to zh-CN and zh-TW phones, formatting ¥ only for zh-CN', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url);
    const simplified = await page(session.qrPayload, {
      headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' },
    });
    assert.match(simplified.html, /<html lang="zh-CN"/);
    assert.match(simplified.html, /<h1>确认付款<\/h1>/);
    assert.match(simplified.html, /<dd>微信支付<\/dd>/);
    assert.match(simplified.html, /确认支付 ¥128.00/);
    assert.doesNotMatch(simplified.html, /CN¥/);

    const traditional = await page(`${session.qrPayload}?lang=zh-TW`);
    assert.match(traditional.html, /<html lang="zh-TW"/);
    assert.match(traditional.html, /確認支付 CN¥128.00/);
    const [confirm] = formActions(traditional.html);
    assert.equal(
      new URL(confirm, url).searchParams.get('lang'),
      'zh-TW',
      'the result keeps the language',
    );
    const result = await submit(url, confirm);
    assert.match(result.html, /<h1>付款成功<\/h1>/);
  });
});

describe('GET /sandbox/friend/:id (friend-pay)', () => {
  test('"<payee> asks you to pay <amount>" with Pay and Decline', async (t) => {
    const { url } = await useSandbox(t);
    const session = await newSession(url, { payee: 'Noodle Bar', amount: '36.50' });
    const { status, headers, html } = await page(session.shareUrl);
    assert.equal(status, 200);
    assert.match(headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(html, /<h1>Noodle Bar asks you to pay CN¥36.50<\/h1>/);
    assert.match(html, /<title>Noodle Bar asks you to pay CN¥36.50 · Sandbox Wallet<\/title>/);
    assert.match(html, />Pay CN¥36.50<\/button>/);
    assert.match(html, />Decline<\/button>/);
    const [pay] = formActions(html);
    assert.equal(new URL(pay, url).searchParams.get('via'), 'friend');
    const result = await submit(url, pay);
    assert.match(result.html, /<h1>Payment confirmed<\/h1>/);
    assert.equal((await (await fetch(session.statusUrl)).json()).status, 'paid');
  });
});

describe('GET /sandbox/assets/wallet.css', () => {
  test('serves the stylesheet the CSP allows', async (t) => {
    const { url } = await useSandbox(t);
    const res = await fetch(`${url}/sandbox/assets/wallet.css`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/css/);
    const css = await res.text();
    assert.match(css, /\.button/);
    assert.match(css, /prefers-color-scheme: dark/);
    assert.match(css, /:focus-visible/);
  });
});

describe('page helpers', () => {
  test('escapeHtml escapes the five HTML-significant characters', () => {
    assert.equal(
      escapeHtml(`<a href="x">Tom & 'Jerry'</a>`),
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
    assert.equal(escapeHtml(42), '42');
  });

  test('resolveLocale prefers ?lang, then Accept-Language by q, else en', () => {
    assert.deepEqual(resolveLocale(null, undefined), { lang: 'en', numberLocale: 'en' });
    assert.deepEqual(resolveLocale(null, 'fr-FR, en-GB;q=0.8'), {
      lang: 'en',
      numberLocale: 'en-GB',
    });
    assert.deepEqual(resolveLocale(null, 'en;q=0.5, zh-HK'), {
      lang: 'zh-TW',
      numberLocale: 'zh-HK',
    });
    assert.deepEqual(resolveLocale(null, 'zh-Hant-TW'), {
      lang: 'zh-TW',
      numberLocale: 'zh-Hant-TW',
    });
    assert.deepEqual(resolveLocale('zh', 'en'), { lang: 'zh-CN', numberLocale: 'zh' });
    assert.deepEqual(resolveLocale('!!', 'not a tag, en-US'), {
      lang: 'en',
      numberLocale: 'en-US',
    });
  });

  test('formatAmount uses Intl.NumberFormat (¥ only in zh-CN)', () => {
    assert.equal(formatAmount('1234.50', 'CNY', 'zh-CN'), '¥1,234.50');
    assert.equal(formatAmount('1234.50', 'CNY', 'en-US'), 'CN¥1,234.50');
    assert.equal(formatAmount('1234.50', 'CNY', 'zh-TW'), 'CN¥1,234.50');
  });
});
