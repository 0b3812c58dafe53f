// A real redis-server for tests and benchmarks: its own process on a free loopback port, no
// persistence, stopped (or killed and restarted, to test reconnects) on demand. Needs
// `redis-server` on PATH (.ci/run installs it with apt-get).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether `redis-server` can be run here. */
export function hasRedisServer() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts redis-server on 127.0.0.1 and a free port, without persistence.
 * @returns {Promise<{url: string, port: number, kill: () => Promise<void>, restart: () => Promise<void>, stop: () => Promise<void>}>}
 */
export async function startRedis() {
  if (!hasRedisServer()) {
    throw new Error(
      'redis-server is not installed: run `apt-get install -y redis-server` (bash .ci/run does).',
    );
  }
  const port = await freePort();
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;

  async function launch() {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
        '--maxclients',
        '10000',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const started = child;
    process.once('exit', () => started.kill('SIGKILL')); // never outlive the test process
    const deadline = Date.now() + 5000;
    while (!(await accepts(port))) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not listen on ${port} in 5 s`);
      await sleep(20);
    }
  }

  /** @param {NodeJS.Signals} signal */
  async function end(signal) {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    running.kill(signal);
    await exited;
  }

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    /** SIGKILL: Redis vanishes without a goodbye, as in a crash. */
    kill: () => end('SIGKILL'),
    /** Starts it again on the same port (after `kill`). */
    restart: launch,
    stop: () => end('SIGTERM'),
  };
}

/** @param {number} port */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
