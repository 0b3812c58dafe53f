// Builds `payment-picker/server` alone (dist/server.js), in about a second: the sandbox serves its
// status endpoints through it, so `npm start`, `npm run test:sandbox` and the story tests need it
// without a full `npm run build`.
//
//   node scripts/build-server.mjs          build now
//   ensureServerBuild()                    build only when dist/server.js is missing or older
//                                          than a source file (for config files that mount the
//                                          sandbox: vitest.config.ts, .storybook/middleware.js)
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import config from '../rollup.server.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = `${root}dist/server.js`;

/** Builds dist/server.js from src/server/ with rollup.server.config.mjs. */
export async function buildServer() {
  const bundle = await rollup({ ...config, input: prefixed(config.input), onwarn: warn });
  try {
    await bundle.write({ ...config.output, dir: `${root}dist` });
  } finally {
    await bundle.close();
  }
}

/** Builds dist/server.js unless it is newer than every file it is built from. */
export async function ensureServerBuild() {
  const built = mtime(output);
  const sources = [...files(`${root}src/server`), `${root}src/core/types.ts`];
  if (built > 0 && sources.every((file) => mtime(file) <= built)) return false;
  await buildServer();
  return true;
}

/** @param {Record<string, string>} input */
function prefixed(input) {
  return Object.fromEntries(Object.entries(input).map(([name, file]) => [name, `${root}${file}`]));
}

/** @param {import('rollup').RollupLog} warning */
function warn(warning) {
  console.warn(`build-server: ${warning.message}`);
}

/** @param {string} file */
function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** @param {string} dir */
function files(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => `${dir}/${name}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildServer();
  console.log(`dist/server.js built in ${Date.now() - started} ms`);
}
