// `npm run test:consumer` (test/consumer/run.mjs): installs the package the way a user does and uses it from outside.
//
// 1. `npm pack`, and review the tarball: no tests, stories, sandbox, e2e, sources or source maps;
//    every `exports` target and every relative import inside dist/ is in it.
// 2. Install the tarball into a scratch project in a temp dir (plus React's types, for `/react`).
// 3. Type-check a consumer file with tsc: the tag and event maps must type `querySelector` and
//    `addEventListener('wallet-status', …)`, and wrong uses must fail (`@ts-expect-error`).
// 4. Import `payment-picker/core` and `payment-picker/status` in plain Node.
// 5. Bundle two pages with esbuild (`import 'payment-picker'` and the picker entry alone), load
//    them in Chromium, choose a method, submit the form and render a wallet-redirect QR code.
// Run `npm run build` first.
/* global document, customElements -- inside page.evaluate callbacks, which run in the page */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { serveStatic } from './static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const keep = process.argv.includes('--keep');
const scratch = mkdtempSync(join(tmpdir(), 'payment-picker-consumer-'));
const step = (what) => console.log(`consumer: ${what}`);
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Paths that must never ship. Source maps point at sources we don't ship either. */
const FORBIDDEN = [
  /^(src|test|tests|stories|sandbox|e2e|e2e-csp|bench|coverage|scripts|tmp|\.storybook)\//,
  /\.(test|spec|stories)\.[cm]?[jt]sx?$/,
  /\.map$/,
  /\.tgz$/,
];

function reviewTarball() {
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const files = new Set(pack.files.map((f) => f.path));
  const problems = [...files]
    .filter((f) => FORBIDDEN.some((re) => re.test(f)))
    .map((f) => `must not ship: ${f}`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      if (!files.has(posix.normalize(path))) problems.push(`exports["${entry}"] → ${path} missing`);
    }
  }
  // Every relative import in a shipped module must be shipped too (a chunk left out breaks it).
  const reachable = new Set();
  for (const file of [...files].filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = posix.join(posix.dirname(file), m[1]);
      reachable.add(target);
      if (!files.has(target)) problems.push(`${file} imports ${m[1]}, which is not in the tarball`);
    }
  }
  // The build does not empty dist/, so chunks of earlier builds can linger: only a warning.
  const entries = new Set(Object.values(pkg.exports).flatMap((t) => Object.values(t)));
  const stale = [...files].filter(
    (f) => /^dist\/.*chunks\/.*\.js$/.test(f) && !reachable.has(f) && !entries.has(`./${f}`),
  );
  if (stale.length > 0) console.warn(`consumer: unreferenced files (stale build?): ${stale}`);
  if (problems.length > 0) throw new Error(`tarball review failed:\n  ${problems.join('\n  ')}`);
  step(`tarball ${pack.filename}: ${files.size} files, ${(pack.size / 1000).toFixed(1)} kB`);
  return join(scratch, pack.filename);
}

function install(tarball) {
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // The tarball brings lit, @lit/react and qr; React's types let tsc check `payment-picker/react`.
  run(
    'npm',
    ['install', tarball, '@types/react@19', '--prefer-offline', '--no-audit', '--no-fund'],
    scratch,
  );
  step('installed the tarball into a scratch project');
}

const CONSUMER_TS = `
import 'payment-picker';
import type { PaymentStatus } from 'payment-picker';
import { parseSession, chooseFlow } from 'payment-picker/core';
import { StatusTracker, type CheckStatus } from 'payment-picker/status';
import { PaymentPicker as ReactPicker, WalletRedirect as ReactWallet } from 'payment-picker/react';

const picker = document.querySelector('payment-picker');
const value: string | undefined = picker?.value;
const count: number | undefined = picker?.visibleCount;
picker?.addEventListener('picker-error', (e) => e.detail.code);

const wallet = document.querySelector('wallet-redirect')!;
wallet.addEventListener('wallet-status', (e) => {
  const status: PaymentStatus = e.detail.status;
  // @ts-expect-error: the status is a union of known strings, not any string
  if (e.detail.status === 'approved') console.log(status);
});
wallet.addEventListener('wallet-redirect', (e) => e.detail.url.startsWith('https:'));
// @ts-expect-error: wallet-share's detail has no url
wallet.addEventListener('wallet-share', (e) => e.detail.url);

const parsed = parseSession({ id: 'o', method: 'alipay', qrPayload: 'x' });
if (parsed.ok) chooseFlow(parsed.session.method, parsed.session, { mobile: false, os: 'windows', inApp: null, miniProgram: false, canShare: false, canCopy: true });
const components = [ReactPicker, ReactWallet];
const check: CheckStatus = async () => ({ status: 'pending' });
const tracker = parsed.ok ? new StatusTracker({ session: parsed.session, checkStatus: check }) : null;
export { value, count, components, tracker };
`;

// React 19 keeps its own React.JSX: the tags are added there as the Frameworks guide shows.
const CONSUMER_REACT_TSX = `
import 'payment-picker';
import type { PaymentPickerIntrinsicElements } from 'payment-picker';
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends PaymentPickerIntrinsicElements {}
  }
}
export const picker = <payment-picker name="method" amount="9.90" currency="CNY" />;
// @ts-expect-error: not a flow
export const wrong = <wallet-redirect flow="fax" />;
`;

// The global JSX types of src/jsx.ts, as a Preact/Solid-style TSX file would use them
// (checked in a program without React's types, whose React.JSX would take precedence).
const CONSUMER_TSX = `
import 'payment-picker';
import type { PaymentPickerIntrinsicElements } from 'payment-picker';
export const picker = <payment-picker name="method" visible-count={3} required />;
export const option = <payment-option value="card" label="Card" disabled-reason="Not today" />;
export const wallet = <wallet-redirect flow="qr" poll-interval={2000} />;
// @ts-expect-error: not a flow
export const wrong = <wallet-redirect flow="fax" />;
export const attrs: PaymentPickerIntrinsicElements['wallet-redirect'] = { resume: true };
`;

function typecheck() {
  writeFileSync(join(scratch, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(join(scratch, 'consumer-jsx.tsx'), CONSUMER_TSX);
  writeFileSync(join(scratch, 'consumer-react.tsx'), CONSUMER_REACT_TSX);
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    types: [],
    // Every .d.ts is checked, ours included: they are what users get.
    skipLibCheck: false,
  };
  const configs = {
    'tsconfig.json': {
      compilerOptions: { ...compilerOptions, jsx: 'react-jsx' },
      files: ['consumer.ts', 'consumer-react.tsx'],
    },
    'tsconfig.jsx.json': {
      compilerOptions: { ...compilerOptions, jsx: 'preserve' },
      files: ['consumer-jsx.tsx'],
    },
  };
  try {
    for (const [name, config] of Object.entries(configs)) {
      writeFileSync(join(scratch, name), JSON.stringify(config));
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', name], scratch);
    }
  } catch (error) {
    throw new Error(`tsc failed on the consumer file:\n${error.stdout}${error.stderr}`, {
      cause: error,
    });
  }
  step('tsc: tag map, event maps, JSX, core and react types check in a consumer project');
}

function nodeImport() {
  const out = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { parseSession } from 'payment-picker/core';
       import { StatusTracker } from 'payment-picker/status';
       const r = parseSession({ id: 'o', method: 'alipay', qrPayload: 'x' });
       if (!r.ok) throw new Error('parseSession refused a valid session');
       // A shop's own UI following a payment in Node: a checkStatus transport, no DOM.
       const tracker = new StatusTracker({
         session: r.session,
         checkStatus: async () => ({ status: 'paid' }),
         onStatus: (status) => console.log(status === 'paid' ? 'ok' : status),
       });
       tracker.start();`,
    ],
    scratch,
  );
  if (out.trim() !== 'ok') throw new Error(`payment-picker/core and /status in Node: ${out}`);
  step('payment-picker/core and payment-picker/status import and run in plain Node');
}

const PAGE = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>consumer</title>
<script type="module" src="./${script}"></script></head>
<body>
<form id="f">
  <payment-picker name="method" required>
    <payment-option value="alipay"></payment-option>
    <payment-option value="wechat-pay"></payment-option>
    <payment-option value="card" label="Card"></payment-option>
  </payment-picker>
</form>
<wallet-redirect></wallet-redirect>
</body></html>`;

async function bundle() {
  for (const [name, source] of [
    ['all', `import 'payment-picker';`],
    ['picker', `import 'payment-picker/payment-picker.js';`],
  ]) {
    await esbuild.build({
      stdin: { contents: source, resolveDir: scratch, loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir: join(scratch, 'public', name),
      logLevel: 'error',
    });
    writeFileSync(join(scratch, 'public', name, 'index.html'), PAGE('stdin.js'));
  }
  // What a shop ships for a page that shows only the picker (gzip, each file alone): issue 11's
  // budget is 16.0 kB; until it is met, a ratchet a little above today's size.
  const dir = join(scratch, 'public', 'picker');
  const gzip = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
  // 17.8 -> 18.1 for issues 14 and 12 (see scripts/size.mjs).
  const limit = 18.1;
  if (gzip > limit * 1000) {
    throw new Error(`the picker page bundled by esbuild is ${gzip / 1000} kB gzip > ${limit} kB`);
  }
  step(`bundled both pages with esbuild (picker page: ${(gzip / 1000).toFixed(2)} kB gzip)`);
}

async function browse() {
  const server = await serveStatic(join(scratch, 'public'));
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await page.goto(`${server.url}/picker/index.html`);
    await page.waitForFunction(() => customElements.get('payment-picker'));
    const alone = await page.evaluate(() => customElements.get('wallet-redirect') === undefined);
    if (!alone) throw new Error('payment-picker/payment-picker.js also registered wallet-redirect');

    await page.goto(`${server.url}/all/index.html`);
    await page.waitForFunction(() => customElements.get('wallet-redirect'));
    // Choose WeChat Pay the way a shopper does, then read the form.
    await page.locator('payment-picker [role="radio"]').nth(1).click();
    const chosen = await page.evaluate(() => ({
      value: document.querySelector('payment-picker').value,
      form: new FormData(document.querySelector('form')).get('method'),
    }));
    if (chosen.value !== 'wechat-pay' || chosen.form !== 'wechat-pay') {
      throw new Error(`choosing a method: ${JSON.stringify(chosen)}`);
    }
    // A desktop QR session: the lazy QR chunk loads and draws one <path>.
    await page.evaluate(() => {
      const wallet = document.querySelector('wallet-redirect');
      wallet.checkStatus = () => new Promise(() => {});
      wallet.session = {
        id: 'order-1',
        method: 'wechat-pay',
        amount: '9.90',
        currency: 'CNY',
        qrPayload: 'weixin://wxpay/bizpayurl?pr=consumer1',
      };
    });
    await page.locator('wallet-redirect svg path').first().waitFor({ timeout: 5000 });
    const flow = await page.evaluate(() => document.querySelector('wallet-redirect').activeFlow);
    if (flow !== 'qr') throw new Error(`wallet-redirect chose ${flow}, not qr`);
    if (errors.length > 0) throw new Error(`page errors:\n  ${errors.join('\n  ')}`);
    step('Chromium: chose a method, FormData carries it; wallet-redirect drew a QR code');
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('run `npm run build` first');
  const tarball = reviewTarball();
  install(tarball);
  typecheck();
  nodeImport();
  await bundle();
  await browse();
  console.log('consumer: all checks passed');
} catch (error) {
  console.error(`consumer: FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`consumer: scratch project kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
