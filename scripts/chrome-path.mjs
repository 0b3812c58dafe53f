// Finds a Chromium (or Chrome) binary for the browser tests. No test tool may download its own
// browser here, so we use the system one: CHROME_PATH wins, then the usual install paths.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that make Chromium behave in a sandboxed CI container (root, no GPU, no network). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** @returns {string} the path of a Chromium binary, or throws with install instructions. */
export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one and run again, for example:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  macOS:         brew install --cask chromium',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
}

// `node scripts/chrome-path.mjs` checks up front, so `npm test` fails early and clearly.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Chromium: ${chromePath()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
