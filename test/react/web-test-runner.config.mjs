// web-test-runner for the React wrappers (`npm run test:react`). React 19 ships CommonJS only and
// no CommonJS plugin is installed, so this config serves React as ES modules built on the fly
// with esbuild. The tests are `.test.tsx`, outside the main run's `test/**/*.test.ts` glob,
// because the main config has no way to load React.
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';

const require = createRequire(import.meta.url);
const PREFIX = '/__react-esm__/';
/** The React modules the tests and src/react.ts import, served under PREFIX. */
const MODULES = {
  react: 'react',
  'react-dom-client': 'react-dom/client',
  'react-dom': 'react-dom',
};
// Named re-exports, listed from the CommonJS modules themselves (ESM can't `export *` from them).
// Read at config load: later, wtr's patched console breaks React's development build in Node.
const NAMES = Object.fromEntries(
  Object.values(MODULES).map((specifier) => [
    specifier,
    Object.keys(require(specifier)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)),
  ]),
);

/** One esbuild run with code splitting, so every served module shares one copy of React. */
let built;
function buildReact() {
  built ??= (async () => {
    const entries = Object.entries(MODULES).map(([name, specifier]) => {
      const contents = `import m from '${specifier}'; export default m; export const { ${NAMES[specifier].join(', ')} } = m;`;
      return { name, contents };
    });
    const result = await esbuild.build({
      entryPoints: entries.map((e) => ({ in: `virtual:${e.name}`, out: e.name })),
      plugins: [
        {
          name: 'virtual',
          setup(build) {
            build.onResolve({ filter: /^virtual:/ }, (args) => ({
              path: args.path,
              namespace: 'v',
            }));
            build.onLoad({ filter: /.*/, namespace: 'v' }, (args) => ({
              contents: entries.find((e) => `virtual:${e.name}` === args.path).contents,
              resolveDir: process.cwd(),
            }));
          },
        },
      ],
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: '/react-esm',
      define: { 'process.env.NODE_ENV': '"development"' },
    });
    return new Map(result.outputFiles.map((f) => [f.path.replace('/react-esm/', ''), f.text]));
  })();
  return built;
}

const reactEsm = {
  name: 'react-esm',
  resolveImport({ source }) {
    const name = Object.entries(MODULES).find(([, specifier]) => specifier === source)?.[0];
    return name ? `${PREFIX}${name}.js` : undefined;
  },
  async serve(context) {
    if (!context.path.startsWith(PREFIX)) return undefined;
    const files = await buildReact();
    const body = files.get(context.path.slice(PREFIX.length));
    return body === undefined ? undefined : { body, type: 'js' };
  },
};

export default {
  files: ['test/react/**/*.test.tsx'],
  nodeResolve: true,
  plugins: [
    reactEsm,
    esbuildPlugin({ ts: true, tsx: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
