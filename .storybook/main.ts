import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { LIT_ENTRIES } from './lit-entries.js';

const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json's `sideEffects` names only the built files in dist/, so in `storybook build` the
 * bundler drops `import '…/payment-picker.js'` from src/ as side-effect free: the elements are
 * never defined and every story renders empty (the dev server and the story tests do not
 * tree-shake, so only the static build shows it). The sources register elements: keep them.
 */
const keepSourceSideEffects: Plugin = {
  name: 'payment-picker:keep-source-side-effects',
  transform(_code, id) {
    return id.startsWith(sourceDir) ? { moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: { defaultName: 'Docs' },
  viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), keepSourceSideEffects];
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      // One copy of Lit for the stories and the components ("Multiple versions of Lit loaded").
      // Every Lit entry up front, so Vite never re-optimizes and reloads mid-run.
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...LIT_ENTRIES],
    };
    return viteConfig;
  },
};

export default config;
