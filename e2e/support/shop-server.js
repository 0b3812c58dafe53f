// @ts-check
/**
 * The e2e "shop": one loopback origin that serves a plain HTML checkout page using the built,
 * self-contained module (dist/cdn/payment-picker.min.js), and mounts the real sandbox wallet
 * provider under /sandbox/. Everything is same-origin http://127.0.0.1:PORT, which the
 * components' safe-URL rule allows (loopback http).
 *
 * The page is served with a strict Content-Security-Policy (no inline code, Trusted Types
 * required), as a careful shop would, so every e2e test also checks the components under it.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '../../sandbox/app.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shopDir = fileURLToPath(new URL('./shop/', import.meta.url));
const cdnDir = join(root, 'dist', 'cdn');

/** What the shop page may load: itself only; Lit's "lit-html" Trusted Types policy. */
export const SHOP_CSP = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @typedef {object} Shop
 * @property {string} url the shop's origin, e.g. `http://127.0.0.1:41234`
 * @property {import('../../sandbox/app.js').Sandbox} sandbox the sandbox mounted under /sandbox/
 * @property {{method: string, path: string, at: number}[]} requests every request, in order
 *   (`path` includes the query), so tests can see what the page asked the "server"
 * @property {() => Promise<void>} close
 */

/**
 * Starts the shop and its sandbox on 127.0.0.1, any free port.
 * @param {import('../../sandbox/app.js').SandboxOptions} [sandboxOptions]
 * @returns {Promise<Shop>}
 */
export async function startShop(sandboxOptions = {}) {
  const sandbox = createSandbox(sandboxOptions);
  /** @type {Shop['requests']} */
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', at: Date.now() });
    void sandbox.handle(req, res, () => void serveStatic(req, res));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  /** @type {Promise<void> | undefined} */
  let closed;
  return {
    url: `http://127.0.0.1:${port}`,
    sandbox,
    requests,
    close() {
      closed ??= new Promise((resolve) => {
        sandbox.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/**
 * `/` → the shop page; `/shop/*` → its script and stylesheet; `/cdn/*` → dist/cdn.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function serveStatic(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://shop.invalid');
  let file = null;
  if (pathname === '/' || pathname === '/index.html') file = join(shopDir, 'index.html');
  else if (pathname.startsWith('/shop/')) file = inside(shopDir, pathname.slice('/shop/'.length));
  else if (pathname.startsWith('/cdn/')) file = inside(cdnDir, pathname.slice('/cdn/'.length));
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return notFound(res);
  let body;
  try {
    body = await readFile(file);
  } catch {
    return notFound(res);
  }
  res.writeHead(200, {
    'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(file.endsWith('.html') ? { 'content-security-policy': SHOP_CSP } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The file `relative` inside `dir`, or null if it would escape it.
 * @param {string} dir
 * @param {string} relative
 */
function inside(dir, relative) {
  const file = normalize(join(dir, decodeURIComponent(relative)));
  return file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : null;
}

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
