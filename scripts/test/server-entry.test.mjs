// `payment-picker/server` as a consumer gets it after `npm run build`: in the exports map with
// its types, importable in plain Node without `redis` and without anything of the browser, and
// absent from every browser bundle.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const read = (file) => readFileSync(`${root}${file}`, 'utf8');

test('the exports map names dist/server.js and its declarations, which exist', () => {
  assert.deepEqual(pkg.exports['./server'], {
    types: './dist/types/server/index.d.ts',
    default: './dist/server.js',
  });
  const types = read('dist/types/server/index.d.ts');
  assert.match(types, /createStatusHub/);
  assert.match(types, /redisTransport/);
  for (const file of readdirSync(`${root}dist/types/server`).filter((f) => f.endsWith('.d.ts'))) {
    const text = read(`dist/types/server/${file}`);
    assert.doesNotMatch(
      text,
      /from ['"]redis['"]|import\(['"]redis['"]\)/,
      `${file} needs no redis types`,
    );
    assert.doesNotMatch(text, /from ['"]lit/, `${file} needs no Lit`);
  }
  assert.deepEqual(pkg.peerDependenciesMeta.redis, { optional: true });
});

test('dist/server.js loads in plain Node with no redis, Lit or DOM around', async () => {
  // A copy outside the project: no node_modules to resolve `redis` or `lit` from.
  const dir = mkdtempSync(join(tmpdir(), 'pp-server-'));
  try {
    copyFileSync(`${root}dist/server.js`, join(dir, 'server.mjs'));
    const server = await import(pathToFileURL(join(dir, 'server.mjs')).href);
    for (const name of ['createStatusHub', 'memoryTransport', 'redisTransport', 'toNodeHandler']) {
      assert.equal(typeof server[name], 'function', name);
    }
    // Memory transport: works without redis.
    const hub = server.createStatusHub({ getStatus: () => 'pending' });
    const response = await hub.statusResponse(new Request('http://x/s'), 'order-1');
    assert.equal(response.status, 200);
    await hub.close();
    // redisTransport({ url }) without the package installed: one clear error.
    const errors = [];
    const transport = server.redisTransport({
      url: 'redis://127.0.0.1:1',
      onError: (e) => errors.push(e),
    });
    await assert.rejects(transport.ready, /needs the "redis" package: npm install redis/);
    assert.equal(errors[0].code, 'transport-failed');
    await transport.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const text = read('dist/server.js');
  assert.doesNotMatch(text, /\b(document|window|customElements|HTMLElement)\b/);
});

test('no browser bundle contains the server half', () => {
  const browserFiles = [
    ...readdirSync(`${root}dist`).filter((f) => f.endsWith('.js') && f !== 'server.js'),
    ...readdirSync(`${root}dist/cdn`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => `cdn/${f}`),
  ];
  assert.ok(browserFiles.length > 3);
  for (const file of browserFiles) {
    assert.doesNotMatch(read(`dist/${file}`), /createStatusHub|redisTransport/, file);
  }
});
