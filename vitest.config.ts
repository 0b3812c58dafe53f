import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROME_ARGS, chromePath } from './scripts/chrome-path.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Vitest 5 needs Node >= 22.12; on Node 20 its reporter crashes with "Map.groupBy is not a
// function" as soon as a test fails, hiding the failure. Same semantics, Node 20 only.
for (const [target, makeGroups] of [
  [Map, () => new Map<unknown, unknown[]>()],
  [Object, () => new Map<unknown, unknown[]>()],
] as const) {
  if (typeof (target as unknown as { groupBy?: unknown }).groupBy === 'function') continue;
  Object.defineProperty(target, 'groupBy', {
    configurable: true,
    writable: true,
    value<T>(items: Iterable<T>, keyOf: (item: T, index: number) => unknown) {
      const groups = makeGroups();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return target === Map
        ? groups
        : Object.assign(Object.create(null), Object.fromEntries(groups));
    },
  });
}

/**
 * The sandbox wallet provider on the story tests' own origin, as `.storybook/middleware.js`
 * mounts it in `npm start` (Vitest's server does not load that file), so the live checkout
 * stories pay for real in their `play` functions.
 */
const sandboxMiddleware: Plugin = {
  name: 'payment-picker:sandbox',
  async configureServer(server) {
    // sandbox/ is checked JavaScript with its own tsconfig; imported here by URL, typed by hand.
    const { createSandbox } = (await import(new URL('./sandbox/app.js', import.meta.url).href)) as {
      createSandbox: () => {
        handle: (req: unknown, res: unknown, next: () => void) => Promise<void>;
        close: () => void;
      };
    };
    const sandbox = createSandbox();
    server.middlewares.use((req, res, next) => void sandbox.handle(req, res, next));
    server.httpServer?.once('close', () => sandbox.close());
  },
};

// Every story becomes a test: it renders in real Chromium, its `play` function runs, and axe
// checks the result (see `a11y.test` in .storybook/preview.ts).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [
          storybookTest({ configDir: path.join(dirname, '.storybook') }),
          sandboxMiddleware,
        ],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromePath(), args: CHROME_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
});
