// @ts-check
/**
 * The e2e shop as two instances behind an imaginary load balancer: two origins serving the same
 * shop page and sandbox, one session store between them (the shop's database), and each with
 * its own `payment-picker/server` hub on its own Redis connections. A status change made on one
 * instance reaches a stream held by the other only through a real redis-server, started here on
 * a free loopback port without persistence.
 */
import { after, before } from 'node:test';
import { redisTransport } from 'payment-picker/server';
import { SessionStore } from '../../sandbox/store.js';
import { startRedis } from '../../test/server/support/redis.mjs';
import { launchBrowser } from './browser.js';
import { startShop } from './shop-server.js';

/**
 * @typedef {object} InstancesFixture
 * @property {import('playwright').Browser} browser
 * @property {import('./shop-server.js').Shop[]} shops instance A, instance B
 * @property {import('payment-picker/server').RedisTransport[]} transports their Redis transports
 * @property {{url: string}} redis
 */

/**
 * Starts Chromium, Redis and two shop instances before the file's tests; stops all after them.
 * @returns {InstancesFixture}
 */
export function useTwoInstances() {
  const fixture = /** @type {InstancesFixture} */ ({ shops: [], transports: [] });
  /** @type {Awaited<ReturnType<typeof startRedis>> | undefined} */
  let redis;
  before(async () => {
    redis = await startRedis();
    fixture.redis = redis;
    const store = new SessionStore();
    for (let i = 0; i < 2; i++) {
      const transport = redisTransport({ url: redis.url });
      await transport.ready;
      fixture.transports.push(transport);
      fixture.shops.push(await startShop({ store, transport }));
    }
    fixture.browser = await launchBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
    await Promise.all(fixture.shops.map((shop) => shop.close()));
    await Promise.all(fixture.shops.map((shop) => shop.sandbox.hub.close()));
    await redis?.stop();
  });
  return fixture;
}
