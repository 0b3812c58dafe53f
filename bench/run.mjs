// `npm run bench`: performance of the built CDN module in real Chromium (system Chromium,
// Playwright). Warm-up runs are discarded, many samples are taken and medians reported; the
// picker and its plain-DOM baseline are sampled alternately in one page, so the ratio compares
// like with like. `--write` also records the results in BENCHMARKS.md. Run `npm run build` first.
/* global window, customElements -- inside page.evaluate callbacks, which run in the page */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { format, resolveConfig } from 'prettier';
import { CHROME_ARGS, chromePath } from '../scripts/chrome-path.mjs';
import { serveStatic } from '../test/consumer/static-server.mjs';
import { startSandbox } from '../sandbox/server.js';
import { markdown } from './report.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const scale = (n) => (quick ? Math.max(3, Math.round(n / 5)) : n);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const rows = [];
const add = (what, result, goal = '', ok = '') => {
  rows.push({ what, result, goal, ok });
  console.log(`bench: ${what}: ${result}${goal ? ` (goal ${goal}: ${ok})` : ''}`);
};

/** The shop's status endpoint and an SSE stream, both counting requests; always `pending`. */
const counts = { status: 0, streams: 0 };
const routes = {
  '/api/status': (req, res) => {
    counts.status++;
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id');
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ id, status: 'pending' }));
  },
  '/api/events': (req, res) => {
    counts.streams++;
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id');
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(`data: ${JSON.stringify({ id, status: 'pending' })}\n\n`);
    req.on('close', () => res.end());
  },
};

async function openPage(browser, server, { clock = false } = {}) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));
  if (clock) await page.clock.install();
  await page.goto(`${server.url}/bench/index.html`);
  await page.waitForFunction(() => window.bench && customElements.get('wallet-redirect'));
  if (!(await page.evaluate(() => window.crossOriginIsolated))) {
    throw new Error('the bench page is not cross-origin isolated: timers would be coarse');
  }
  return page;
}

async function renderBenchmarks(page) {
  for (const [n, samples] of [
    [8, 60],
    [50, 40],
    [500, 15],
  ]) {
    const r = await page.evaluate(
      ([count, opts]) => window.bench.firstRender(count, opts),
      [n, { warmup: scale(10), samples: scale(samples) }],
    );
    const [p, b] = [median(r.picker), median(r.baseline)];
    const ratio = p / b;
    add(
      `first render, ${n} methods: picker / innerHTML baseline`,
      `${ms(p)} / ${ms(b)} = ${ratio.toFixed(2)}×`,
      '≤ 1.5×',
      ratio <= 1.5 ? 'yes' : 'no',
    );
  }
  const keys = await page.evaluate((opts) => window.bench.keyboard(opts), {
    warmup: scale(20),
    samples: scale(200),
  });
  const k = median(keys);
  add('ArrowDown to updated DOM, 8 methods', ms(k), '≤ 1 ms', k <= 1 ? 'yes' : 'no');
  const many = await page.evaluate((opts) => window.bench.manyMethods(1000, opts), {
    warmup: scale(3),
    samples: scale(10),
    keys: { warmup: scale(20), samples: scale(100) },
  });
  const [more, arrow] = [median(many.more), median(many.arrows)];
  add('1,000 methods: "More" to every row rendered and laid out', ms(more));
  add(
    '1,000 methods, expanded: ArrowDown to updated DOM, style and layout',
    ms(arrow),
    '≤ 16 ms',
    arrow <= 16 ? 'yes' : 'no',
  );
  for (const length of [120, 600]) {
    const q = await page.evaluate(
      ([len, opts]) => window.bench.qr(len, opts),
      [length, { warmup: scale(5), samples: scale(30) }],
    );
    add(`QR encode + render, ${length}-char payload`, ms(median(q)));
  }
}

async function lifecycleBenchmark(page) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(() => window.bench.mountCycles(50)); // warm-up: code, caches, QR chunk
  await page.waitForTimeout(2500);
  const before = await heap();
  const t0 = Date.now();
  await page.evaluate(() => window.bench.mountCycles(1000));
  const took = Date.now() - t0;
  // Counted in the page: requests started after the last removal (the server may still be
  // receiving ones that were sent, then aborted, during the cycles).
  const callsAtEnd = (await page.evaluate(() => window.pending())).calls;
  // Longer than the poll interval: anything still scheduled would have fired by now.
  await page.waitForTimeout(2500);
  const after = await heap();
  const pending = await page.evaluate(() => window.pending());
  const late = pending.calls - callsAtEnd;
  const retained = (after - before) / 1000;
  add(
    '1,000 mount/unmount cycles, tracking on: retained heap after GC',
    `${retained.toFixed(0)} kB (${took} ms for the cycles)`,
    '≈ 0',
    Math.abs(retained) < 200 ? 'yes' : 'no',
  );
  const leftover = pending.timers + pending.intervals + pending.inFlight + pending.openStreams;
  add(
    '… then pending timers / intervals / fetches / streams; fetches started after removal',
    `${pending.timers} / ${pending.intervals} / ${pending.inFlight} / ${pending.openStreams}; ${late}`,
    'none',
    leftover === 0 && late === 0 ? 'yes' : 'no',
  );
}

/** Status requests over 3 minutes of a pending QR payment, on Playwright's virtual clock. */
async function requestCount(browser, server, kind) {
  const page = await openPage(browser, server, { clock: true });
  counts.status = 0;
  counts.streams = 0;
  await page.evaluate((sse) => {
    window.bench.track({
      id: 'order-3min',
      method: 'wechat-pay',
      qrPayload: 'weixin://wxpay/bizpayurl?pr=threemin',
      statusUrl: '/api/status?id=order-3min',
      ...(sse ? { eventsUrl: '/api/events?id=order-3min' } : {}),
    });
  }, kind === 'sse');
  // Advance virtual time in 250 ms steps; before each step, let every request in flight be
  // answered in real time, so slow replies don't stretch the virtual schedule.
  for (let t = 0; t < 180_000; t += 250) {
    await page.clock.runFor(250);
    await page.waitForFunction(() => window.pending().inFlight === 0, null, { polling: 2 });
  }
  const result = { ...counts };
  await page.close();
  return result;
}

async function paidLatency(browser, server) {
  const running = await startSandbox();
  try {
    const page = await openPage(browser, server);
    const latencies = { sse: [], polling: [] };
    for (const kind of ['sse', 'polling']) {
      for (let i = 0; i < scale(kind === 'sse' ? 15 : 8); i++) {
        const reply = await fetch(`${running.url}/sandbox/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method: 'wechat-pay', amount: '9.90', currency: 'CNY' }),
        });
        const session = await reply.json();
        if (kind === 'polling') delete session.eventsUrl;
        const confirm = `${running.url}/sandbox/pay/${encodeURIComponent(session.id)}/confirm`;
        latencies[kind].push(
          await page.evaluate(([s, url]) => window.bench.confirmToPaid(s, url), [session, confirm]),
        );
      }
    }
    await page.close();
    return { sse: median(latencies.sse), polling: median(latencies.polling) };
  } finally {
    await running.close();
  }
}

async function main() {
  if (!existsSync(join(root, 'dist/cdn/payment-picker.min.js'))) {
    throw new Error('run `npm run build` first');
  }
  // Cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs: the
  // keyboard figure is about 1 ms, and 100 µs steps would decide its median.
  const server = await serveStatic(root, {
    routes,
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
  });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  try {
    const page = await openPage(browser, server);
    await renderBenchmarks(page);
    await lifecycleBenchmark(page);
    await page.close();
    const polling = await requestCount(browser, server, 'polling');
    add(
      'status requests, 3-minute pending QR payment, polling (defaults)',
      `${polling.status}`,
      '≤ 40',
      polling.status <= 40 ? 'yes' : 'no',
    );
    const sse = await requestCount(browser, server, 'sse');
    add(
      '… with Server-Sent Events: connections; safety-net status requests',
      `${sse.streams}; ${sse.status}`,
      '1 connection',
      sse.streams === 1 ? 'yes' : 'no',
    );
    const paid = await paidLatency(browser, server);
    add('sandbox confirms → element shows paid, SSE (median)', ms(paid.sse));
    add('sandbox confirms → element shows paid, polling every 2 s (median)', ms(paid.polling));
    console.table(rows);
    const machine = {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      os: `${platform()} ${release()}`,
      chromium: browser.version(),
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
    };
    if (process.argv.includes('--write')) {
      // Formatted like the rest of the repo, so `prettier --check .` stays green.
      const file = join(root, 'BENCHMARKS.md');
      const options = { ...(await resolveConfig(file)), parser: 'markdown' };
      // The size table of the same build (scripts/size.mjs), so the file holds every figure.
      const sizes = execFileSync(process.execPath, [join(root, 'scripts/size.mjs'), '--markdown'], {
        encoding: 'utf8',
      });
      // The server's figures come from `npm run bench:server`: kept as they are.
      const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const server = old.includes('\n## Server') ? old.slice(old.indexOf('\n## Server')) : '';
      const page = markdown(rows, machine, { quick, sizes }) + server;
      writeFileSync(file, await format(page, options));
      console.log('bench: wrote BENCHMARKS.md');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
