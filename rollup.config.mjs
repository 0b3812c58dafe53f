import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import serverConfig from './rollup.server.config.mjs';

/** Package entry points: output name → source. Keep in step with `exports` in package.json. */
const entries = {
  index: 'src/index.ts',
  'payment-picker': 'src/payment-picker/payment-picker.ts',
  core: 'src/core/index.ts',
  status: 'src/status/index.ts',
  'wallet-redirect': 'src/wallet-redirect/wallet-redirect.ts',
  react: 'src/react.ts',
};

const compile = () =>
  esbuild({
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    sourceMap: true,
    minify: false,
    // src/i18n/method-labels.json: data shared with the sandbox's pages.
    loaders: { '.json': 'json' },
  });

const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });

export default [
  // For npm consumers: one ES module per entry, Lit left to the consumer's bundler.
  {
    input: entries,
    // React and @lit/react too: `payment-picker/react` must use the app's own React instance.
    external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/, /^react-dom(\/|$)/],
    plugins: [nodeResolve(), compile(), minifyTemplates()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  // For a CDN <script type="module">: self-contained, Lit bundled, minified; the picker at once,
  // <wallet-redirect> and the QR encoder in chunks beside it (src/cdn.ts).
  {
    input: { 'payment-picker': 'src/cdn.ts' },
    // The wallet chunk may import Lit and the shared code from the entry itself: no facade, no
    // extra request before the picker.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve(), compile(), minifyTemplates(), minify()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].min.js',
      chunkFileNames: 'chunks/[name]-[hash].min.js',
    },
  },
  // `payment-picker/server`: Node and other server runtimes only (rollup.server.config.mjs).
  serverConfig,
];
