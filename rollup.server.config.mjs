import esbuild from 'rollup-plugin-esbuild';

/**
 * `payment-picker/server` (src/server/): one ES module for Node ≥ 20 and other server runtimes,
 * never part of a browser bundle. `redis` stays external (an optional peer dependency, imported
 * only by `redisTransport`), and so does anything `node:`. Not minified: it is read in stack
 * traces. Part of `npm run build` (rollup.config.mjs) and built alone by `npm run build:server`
 * (scripts/build-server.mjs), which the sandbox's users (`npm start`, story tests) run first.
 */
/** @type {import('rollup').RollupOptions & {input: Record<string, string>, output: import('rollup').OutputOptions}} */
export default {
  input: { server: 'src/server/index.ts' },
  external: [/^node:/, /^redis(\/|$)/],
  plugins: [
    esbuild({ target: 'node20', tsconfig: 'tsconfig.json', sourceMap: true, minify: false }),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
  },
};
