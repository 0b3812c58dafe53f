import { createServer } from 'node:http';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from './scripts/chrome-path.mjs';

/**
 * A paid status reply, reached directly or through a redirect (test/status/redirect.test.ts):
 *   /__pay/status, /__pay/events                the reply, as JSON or as an event stream
 *   /__pay/to-loopback/(status|events)          302 to it on http://127.0.0.1 (passes the URL rule)
 *   /__pay/to-elsewhere/(status|events)         302 to it on http://elsewhere.localhost (fails the
 *       rule: http on a host other than localhost, 127.0.0.0/8 and [::1]; Chromium still
 *       resolves every *.localhost name to this machine, so nothing leaves it)
 * The redirect targets are a second origin: a tiny server bound to 127.0.0.1 only, with CORS.
 */
function answer(path, res) {
  const kind = /^\/__pay\/(status|events)$/.exec(path)?.[1];
  const reply = JSON.stringify({ id: 'order-42', status: 'paid' });
  const type = kind === 'events' ? 'text/event-stream' : 'application/json';
  res.writeHead(kind ? 200 : 404, {
    'content-type': type,
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  });
  res.end(kind === 'events' ? `data: ${reply}\n\n` : kind ? reply : '');
}
const elsewhere = createServer((req, res) => answer(new URL(req.url, 'http://x').pathname, res));

async function payRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__pay/')) return next();
  const [, to, path] = /^\/__pay\/(?:to-(loopback|elsewhere)\/)?(.*)$/.exec(ctx.path);
  if (!to) {
    ctx.respond = false;
    return answer(`/__pay/${path}`, ctx.res);
  }
  const host = to === 'loopback' ? '127.0.0.1' : 'elsewhere.localhost';
  ctx.redirect(`http://${host}:${elsewhere.address().port}/__pay/${path}`);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [payRoutes],
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    {
      name: 'pay-elsewhere',
      serverStart: () => new Promise((resolve) => elsewhere.listen(0, '127.0.0.1', resolve)),
      serverStop: () => new Promise((resolve) => elsewhere.close(resolve).closeAllConnections()),
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
  },
};
