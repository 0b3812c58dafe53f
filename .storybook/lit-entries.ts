/**
 * Every Lit entry the components and stories may import, for Vite's `optimizeDeps.include` in
 * Storybook and in the visual test project: a dependency discovered mid-run makes Vite
 * re-optimize and reload, which breaks the tests ("Failed to fetch dynamically imported module",
 * "Vite unexpectedly reloaded a test").
 */
export const LIT_ENTRIES = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/directives/*.js',
  'lit/static-html.js',
];
