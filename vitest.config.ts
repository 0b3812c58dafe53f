import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { BrowserConfigOptions } from 'vitest/node';
import { LIT_ENTRIES } from './.storybook/lit-entries.js';
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
    // The sandbox serves its status endpoints through `payment-picker/server` (dist/server.js):
    // build it first when missing or stale, so the story tests need no full `npm run build`.
    const { ensureServerBuild } = (await import(
      new URL('./scripts/build-server.mjs', import.meta.url).href
    )) as { ensureServerBuild: () => Promise<boolean> };
    await ensureServerBuild();
    // sandbox/ is checked JavaScript with its own tsconfig; imported here by URL, typed by hand.
    const { createSandbox } = (await import(new URL('./sandbox/app.js', import.meta.url).href)) as {
      createSandbox: () => {
        handle: (req: unknown, res: unknown, next: () => void) => Promise<void>;
        close: () => Promise<void>;
      };
    };
    const sandbox = createSandbox();
    server.middlewares.use((req, res, next) => void sandbox.handle(req, res, next));
    server.httpServer?.once('close', () => void sandbox.close());
  },
};

/**
 * The visual project's comparison (pixelmatch). `threshold` 0.1 (its default; YIQ color
 * distance, 0 … 1) ignores antialiasing and subpixel noise (antialiased pixels are not counted at
 * all), yet sees a hue change at equal brightness (0.2 let blue → green accent buttons pass). At
 * most 0.2 % of a shot's pixels may still differ, about 600 in a 448×700 panel: a few glyphs
 * rasterized differently on another machine. Measured here: reruns differ by at most 3 pixels;
 * two buttons moved by 4 px differ by 860–1,150 pixels (0.3–0.5 %); the accent blue → green by
 * 4–8 %. References live in test/visual/references/ (committed), one per story and width, without
 * the platform in the name: CI and the developers' machines are Linux with Debian's Chromium and
 * the pinned font.
 */
const visualScreenshots = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.002 },
  resolveScreenshotPath: ({ root, arg, browserName, ext }) =>
    path.join(root, 'test/visual/references', `${arg}-${browserName}${ext}`),
} satisfies NonNullable<NonNullable<BrowserConfigOptions['expect']>['toMatchScreenshot']>;

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
      // Screenshots of key stories at desktop and phone width, compared with the reference
      // images in test/visual/references/ (`npm run test:visual`; `npm run test:visual:update`
      // after an intended change of the look, see README.md, "Scripts").
      {
        extends: true,
        optimizeDeps: {
          // As in .storybook/main.ts: every Lit entry up front, so Vite never reloads mid-run.
          include: LIT_ENTRIES,
        },
        test: {
          name: 'visual',
          include: ['test/visual/**/*.visual.ts'],
          setupFiles: ['test/visual/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromePath(), args: CHROME_ARGS },
              // The components stop their pulses and spinners for reduced motion.
              contextOptions: { reducedMotion: 'reduce' },
            }),
            instances: [{ browser: 'chromium' }],
            expect: { toMatchScreenshot: visualScreenshots },
          },
        },
      },
    ],
  },
});
