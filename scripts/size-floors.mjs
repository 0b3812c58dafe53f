// `npm run size:floors`: how small the budgeted bundles could get if whole features were cut.
//
// Issue 5's size goals are not met, and this answers "what would it take?" with measurements
// instead of guesses: it bundles the picker entry and the package entry from src/ the way
// scripts/size.mjs does (Lit included, same minifiers, gzip -9), once as they are and once per
// cut, with the cut modules replaced by stubs that keep the element working but drop the
// feature. Nothing here ships; it is a what-if calculator.
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minify } from 'terser';
import { minifyTemplates } from './minify-templates.mjs';

const src = new URL('../src/', import.meta.url).pathname;
const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

/** Each cut: the source files it replaces, and what replaces them. */
const CUTS = {
  'no flow hints': {
    'payment-picker/method-hint.ts': "export const hintFor = () => '';",
    'core/environment.ts':
      'export const currentEnvironment = () => ({}); export const detectEnvironment = () => ({});',
  },
  'English only': {
    'i18n/zh-CN.ts': "export { en as zhCN } from './en.js';",
    'i18n/zh-TW.ts': "export { en as zhTW } from './en.js';",
    'i18n/wallet-zh-CN.ts': "export { walletEn as walletZhCN } from './wallet-en.js';",
    'i18n/wallet-zh-TW.ts': "export { walletEn as walletZhTW } from './wallet-en.js';",
  },
  'no CSS at all': {
    'payment-picker/payment-picker.styles.ts':
      "import { css } from 'lit'; export const pickerStyles = css``;",
    'wallet-redirect/wallet-redirect.styles.ts':
      "import { css } from 'lit'; export const walletStyles = css``;",
    'styles/theme.ts':
      "import { css } from 'lit'; export const themeStyles = css``, themeFallbackStyles = css``, visuallyHidden = css``;",
  },
  'StatusTracker and the resume store moved out of core': {
    'core/index.ts': ['types', 'money', 'safe-url', 'methods', 'session', 'environment', 'flow']
      .map((file) => `export * from './${file}.js';`)
      .join('\n'),
  },
  'no status tracking': {
    'status/tracker.ts': 'export class StatusTracker { start() {} stop() {} check() {} }',
  },
};

/** The rows: which entry, its goal, and which combinations of cuts to measure. */
const HINTS_AND_LOCALES = [
  ['no flow hints'],
  ['English only'],
  ['no flow hints', 'English only'],
  ['no flow hints', 'English only', 'no CSS at all'],
];
const ROWS = [
  {
    what: 'payment-picker/core, whole',
    entry: 'core/index.ts',
    goal: 4,
    combos: [['StatusTracker and the resume store moved out of core']],
  },
  {
    what: 'payment-picker.js + Lit',
    entry: 'payment-picker/payment-picker.ts',
    goal: 10,
    combos: HINTS_AND_LOCALES,
  },
  {
    what: 'both elements + Lit (CDN, initial)',
    entry: 'index.ts',
    goal: 16,
    combos: [
      ...HINTS_AND_LOCALES,
      ['no flow hints', 'English only', 'no CSS at all', 'no status tracking'],
    ],
  },
];

/** min + gzip of the entry chunk (lazy chunks such as the QR encoder are not counted). */
async function gzipOf(entry, cuts) {
  const stubs = new Map(
    cuts.flatMap((cut) => Object.entries(CUTS[cut]).map(([file, code]) => [src + file, code])),
  );
  const bundle = await rollup({
    input: src + entry,
    onwarn() {},
    plugins: [
      { name: 'cut', load: (id) => stubs.get(id) ?? null },
      nodeResolve(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      minifyTemplates(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const [main] = output.filter((o) => o.type === 'chunk' && o.isEntry);
  const { code } = await minify(main.code, TERSER);
  return gzipSync(code, { level: 9 }).length / 1000;
}

for (const row of ROWS) {
  const table = [];
  for (const cuts of [[], ...row.combos]) {
    const gzip = await gzipOf(row.entry, cuts);
    table.push({
      cut: cuts.length ? cuts.join(' + ') : '(as built today)',
      'gzip (kB)': gzip.toFixed(2),
      goal: row.goal.toFixed(2),
      'meets goal': gzip <= row.goal ? 'yes' : 'no',
    });
  }
  console.log(`\n${row.what}`);
  console.table(table);
}
