#!/usr/bin/env node
// @ts-check
/**
 * The sandbox wallet provider as a standalone server.
 *
 *   node sandbox/server.js [--port 4010] [--host 0.0.0.0] [--public-origin URL] [--ttl SECONDS]
 *                          [--redis redis://127.0.0.1:6379 [--instances 2]]
 *
 * Prints the local URL and this machine's LAN addresses, so a phone on the same network can open
 * the pay page a QR code points at. Tests import `startSandbox` instead (port 0: any free port).
 */
import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { redisTransport } from 'payment-picker/server';
import { createSandbox } from './app.js';
import { SessionStore } from './store.js';

/**
 * @typedef {import('./app.js').SandboxOptions & {port?: number, host?: string}} StartOptions
 */

/**
 * @typedef {object} RunningSandbox
 * @property {string} url the base URL, e.g. `http://127.0.0.1:4010` (routes are under /sandbox/)
 * @property {number} port the port actually bound (useful with port 0)
 * @property {import('./app.js').Sandbox} sandbox the handler and its store
 * @property {import('node:http').Server} server
 * @property {() => Promise<void>} close stops the server, ending open streams and connections
 */

/**
 * Starts a standalone sandbox server. Defaults to 127.0.0.1 on an ephemeral port (for tests).
 * @param {StartOptions} [options]
 * @returns {Promise<RunningSandbox>}
 */
export async function startSandbox({ port = 0, host = '127.0.0.1', ...options } = {}) {
  const sandbox = createSandbox(options);
  const server = createServer((req, res) => {
    void sandbox.handle(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  /** @type {Promise<void> | undefined} */
  let closed;
  return {
    url: `http://${urlHost(isWildcard(host) ? 'localhost' : host)}:${boundPort}`,
    port: boundPort,
    sandbox,
    server,
    close() {
      closed ??= Promise.all([
        sandbox.close(),
        new Promise((resolve) => {
          server.close(() => resolve(undefined));
          server.closeAllConnections();
        }),
      ]).then(() => undefined);
      return closed;
    },
  };
}

/**
 * Starts `instances` sandboxes as the instances of one shop behind a load balancer: one session
 * store between them (the shop's database), and each with its own status hub on its own Redis
 * connections, so status news reaches another instance's streams only through Redis. Ports:
 * `port`, `port + 1`, … (or any free ones with port 0).
 * @param {StartOptions & {redisUrl: string, instances?: number}} options
 * @returns {Promise<RunningSandbox[]>}
 */
export async function startSandboxInstances({ redisUrl, instances = 2, port = 0, ...options }) {
  if (!Number.isInteger(instances) || instances < 1 || instances > 16) {
    throw new RangeError('instances must be an integer from 1 to 16');
  }
  const store =
    options.store ??
    new SessionStore({ now: options.now, maxSessions: options.maxSessions ?? 1000 });
  /** @type {RunningSandbox[]} */
  const running = [];
  try {
    for (let i = 0; i < instances; i++) {
      running.push(
        await startSandbox({
          ...options,
          port: port === 0 ? 0 : port + i,
          store,
          transport: redisTransport({ url: redisUrl }),
        }),
      );
    }
  } catch (error) {
    await Promise.all(running.map((instance) => instance.close()));
    throw error;
  }
  return running;
}

/**
 * This machine's non-internal IPv4 addresses (what a phone on the same Wi-Fi can reach).
 * @returns {string[]}
 */
export function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter(
      (info) => info && !info.internal && (info.family === 'IPv4' || Number(info.family) === 4),
    )
    .map((info) => /** @type {import('node:os').NetworkInterfaceInfo} */ (info).address);
}

/** @param {string} host */
function isWildcard(host) {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** @param {string} host */
function urlHost(host) {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

const USAGE = `Usage: node sandbox/server.js [options]

  --port, -p <port>       port to listen on (default 4010; 0 picks a free one)
  --host <address>        address to bind (default 0.0.0.0: reachable from your phone;
                          use 127.0.0.1 to keep it on this machine)
  --public-origin <url>   origin for the absolute URLs in sessions (default: the Host
                          the shop's page used), e.g. http://192.168.1.23:4010
  --ttl <seconds>         default session lifetime (default 900)
  --redis <url>           carry status news over Redis (payment-picker/server's
                          redisTransport), e.g. redis://127.0.0.1:6379
  --instances <n>         with --redis: run n instances of one shop on ports port,
                          port+1, … sharing one session store (default 1)
  --help, -h              show this help
`;

/**
 * Runs the CLI.
 * @param {string[]} argv
 */
async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p', default: '4010' },
        host: { type: 'string', default: '0.0.0.0' },
        'public-origin': { type: 'string' },
        ttl: { type: 'string' },
        redis: { type: 'string' },
        instances: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '') || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, got "${values.port}".\n\n${USAGE}`);
    return 2;
  }
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);
  if (
    ttlSeconds !== undefined &&
    !(Number.isInteger(ttlSeconds) && ttlSeconds >= 1 && ttlSeconds <= 86_400)
  ) {
    console.error(`--ttl must be a whole number of seconds from 1 to 86400, got "${values.ttl}".`);
    return 2;
  }
  const host = values.host ?? '0.0.0.0';
  const instances = values.instances === undefined ? 1 : Number(values.instances);
  if (!(Number.isInteger(instances) && instances >= 1 && instances <= 16)) {
    console.error(`--instances must be a whole number from 1 to 16, got "${values.instances}".`);
    return 2;
  }
  if (instances > 1 && !values.redis) {
    console.error('--instances needs --redis: instances share status news through Redis.');
    return 2;
  }

  /** @type {RunningSandbox[]} */
  let all;
  try {
    const options = { port, host, ttlSeconds, publicOrigin: values['public-origin'] };
    all = values.redis
      ? await startSandboxInstances({ ...options, redisUrl: values.redis, instances })
      : [await startSandbox(options)];
  } catch (error) {
    console.error(`Could not start the sandbox: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const [running] = all;

  const lines = [
    'Sandbox wallet provider (test money only)',
    `  Local:    ${running.url}/sandbox/`,
  ];
  if (isWildcard(host)) {
    for (const address of lanAddresses()) {
      lines.push(`  Network:  http://${address}:${running.port}/sandbox/`);
    }
    lines.push(
      '  Open the shop page through a Network address (or pass --public-origin) so QR codes',
      '  point at an address your phone can reach.',
    );
  } else {
    lines.push('  (bound to one address: use --host 0.0.0.0 to reach it from a phone)');
  }
  for (const other of all.slice(1)) {
    lines.push(
      `  Instance: ${other.url}/sandbox/ (same sessions; status news via ${values.redis})`,
    );
  }
  lines.push(`  Try:      curl -X POST ${running.url}/sandbox/sessions \\`);
  lines.push(`              -H 'content-type: application/json' \\`);
  lines.push(`              -d '{"method":"wechat-pay","amount":"128.00","currency":"CNY"}'`);
  console.log(lines.join('\n'));

  const stop = () => {
    void Promise.all(all.map((instance) => instance.close())).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return undefined;
}

/** Whether this file is the program node was asked to run (not an import). */
function isMain() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const code = await main(process.argv.slice(2));
  if (code !== undefined) process.exitCode = code;
}
