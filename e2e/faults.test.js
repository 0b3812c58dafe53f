// @ts-check
// Faults injected by the sandbox (errors, dropped connections, malformed replies, replies for
// another session, an unknown status, a server that flaps back to pending): whatever the
// server does wrong, the page ends in the true final state and never shows a false "paid".
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  finalView,
  openShop,
  payWith,
  readQrCode,
  sessionIds,
  settle,
  shopEvents,
} from './support/browser.js';
import { useBrowserAndShop } from './support/fixture.js';

const env = useBrowserAndShop();

const POLL = '300';

/**
 * Places a WeChat Pay order whose status endpoint misbehaves as `faults` says.
 * @param {import('playwright').BrowserContext} context
 * @param {Record<string, unknown>} faults
 * @param {Record<string, string>} [knobs]
 */
async function faultyOrder(context, faults, knobs = { sse: '0' }) {
  const page = await openShop(context, env.shop.url, {
    poll: POLL,
    faults: JSON.stringify(faults),
    ...knobs,
  });
  await payWith(page, 'WeChat Pay');
  await readQrCode(page); // the hand-off is on screen
  const [id] = await sessionIds(page);
  return { page, id };
}

/** @param {import('playwright').Page} page */
async function statusEvents(page) {
  return (await shopEvents(page)).filter((e) => e.type === 'wallet-status').map((e) => e.status);
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Replaces the session's faults on the sandbox (`{}` clears them).
 * @param {string} id
 * @param {Record<string, unknown>} faults
 */
async function setFaults(id, faults) {
  const response = await fetch(`${env.shop.url}/sandbox/sessions/${id}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  assert.equal(response.status, 200);
}

describe('faults injected by the sandbox', { timeout: 120_000 }, () => {
  /** @type {import('playwright').BrowserContext} */
  let context;
  before(async () => {
    context = await env.browser.newContext();
  });
  after(async () => {
    await context.close();
  });

  test('HTTP 500s: reports the shop unreachable, keeps trying, then shows paid', async () => {
    const { page, id } = await faultyOrder(context, { status: 500, times: 4 });
    await settle(env.shop.url, id, 'confirm');
    await page.locator('wallet-redirect [part~="unreachable"]').waitFor({ timeout: 8000 });
    await finalView(page, 'paid', 15_000);
    const errors = (await shopEvents(page)).filter((e) => e.type === 'wallet-error');
    assert.deepEqual(
      errors.map((e) => e.code),
      ['status-unreachable'],
      'reported once per streak of failures',
    );
    assert.deepEqual(await statusEvents(page), ['pending', 'paid']);
  });

  test('dropped connections: ends paid once the server answers', async () => {
    const { page, id } = await faultyOrder(context, { drop: true, times: 3 });
    await settle(env.shop.url, id, 'confirm');
    await finalView(page, 'paid', 15_000);
    assert.deepEqual(await statusEvents(page), ['pending', 'paid']);
  });

  for (const [name, faults] of /** @type {const} */ ([
    ['malformed JSON', { malformed: true }],
    ['a reply for another session', { wrongId: true }],
    ['an unknown status', { unknownStatus: true }],
  ])) {
    test(`${name} is never taken as a status: stays pending until the truth arrives`, async () => {
      const { page, id } = await faultyOrder(context, faults);
      await settle(env.shop.url, id, 'confirm');
      // Paid on the server, but every reply is unusable: the page must not claim anything.
      await sleep(1500);
      const wallet = page.locator('wallet-redirect');
      assert.equal(await wallet.evaluate((el) => el.status), 'pending');
      assert.equal(await page.locator('wallet-redirect [part~="final"]').count(), 0);
      const asked = env.shop.requests.filter((r) => r.path === `/sandbox/sessions/${id}/status`);
      assert.ok(asked.length >= 2, `the page kept asking (${asked.length} requests)`);

      await setFaults(id, {});
      await finalView(page, 'paid', 15_000);
      assert.deepEqual(await statusEvents(page), ['pending', 'paid']);
    });
  }

  test('declined behind errors and a flapping server: failed, and it stays failed', async () => {
    const { page, id } = await faultyOrder(context, { status: 503, times: 2, flapToPending: true });
    await settle(env.shop.url, id, 'decline');
    await finalView(page, 'failed', 10_000);
    const settledAt = Date.now();
    await sleep(1000);
    assert.equal(await page.locator('wallet-redirect').evaluate((el) => el.status), 'failed');
    assert.deepEqual(await statusEvents(page), ['pending', 'failed']);
    const later = env.shop.requests.filter(
      (r) => r.path.startsWith(`/sandbox/sessions/${id}/`) && r.at > settledAt + 100,
    );
    assert.deepEqual(later, [], 'a final status ends the checks');
  });

  test('over SSE, malformed events are ignored and the true status arrives', async () => {
    const { page, id } = await faultyOrder(context, { malformed: true }, {});
    await settle(env.shop.url, id, 'decline');
    await sleep(1000);
    assert.equal(await page.locator('wallet-redirect').evaluate((el) => el.status), 'pending');
    await setFaults(id, {});
    await finalView(page, 'failed', 15_000);
    assert.deepEqual(await statusEvents(page), ['pending', 'failed']);
  });
});
