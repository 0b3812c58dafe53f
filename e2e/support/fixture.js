// @ts-check
import { after, before } from 'node:test';
import { launchBrowser } from './browser.js';
import { startShop } from './shop-server.js';

/**
 * @typedef {object} Fixture
 * @property {import('playwright').Browser} browser the system Chromium
 * @property {import('./shop-server.js').Shop} shop the shop page, built module and sandbox
 */

/**
 * Starts Chromium and the shop server before the file's tests and closes both after them.
 * The returned object is filled in by the `before` hook: read its fields inside tests only.
 * @returns {Fixture}
 */
export function useBrowserAndShop() {
  const fixture = /** @type {Fixture} */ ({});
  before(async () => {
    [fixture.browser, fixture.shop] = await Promise.all([launchBrowser(), startShop()]);
  });
  after(async () => {
    await fixture.browser?.close();
    await fixture.shop?.close();
  });
  return fixture;
}
