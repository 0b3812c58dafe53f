import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

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
      // Every Lit entry the components may use is listed up front: a dependency discovered
      // mid-run makes Vite re-optimize and reload, which breaks the story tests ("Failed to
      // fetch dynamically imported module", "Vite unexpectedly reloaded a test").
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directive-helpers.js',
        'lit/directives/*.js',
        'lit/static-html.js',
      ],
    };
    return viteConfig;
  },
};

export default config;
