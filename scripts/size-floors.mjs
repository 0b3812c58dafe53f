// `npm run size:floors`: how small the budgeted bundles could get if whole features were cut.
//
// Issue 11's size budgets are not met, and this answers "what would it take?" with measurements
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
  },
  'English only': Object.fromEntries(
    ['picker', 'wallet'].flatMap((element) =>
      ['zh-CN', 'zh-TW'].map((locale) => [
        `i18n/${element}/${locale}.ts`,
        "export { strings } from './en.js';",
      ]),
    ),
  ),
  'no CSS at all': {
    'payment-picker/payment-picker.styles.ts':
      "import { css } from 'lit'; export const pickerStyles = css``;",
    'wallet-redirect/wallet-redirect.styles.ts':
      "import { css } from 'lit'; export const walletStyles = css``;",
    'wallet-redirect/panels/panels.styles.ts':
      "import { css } from 'lit'; export const panelStyles = css``;",
    'styles/glyphs.styles.ts': "import { css } from 'lit'; export const glyphHueStyles = css``;",
    'styles/theme.ts':
      "import { css } from 'lit'; export const themeStyles = css``, themeFallbackStyles = css``, visuallyHidden = css``;",
  },
  // Issue 14's glyph tiles: a blank glyph for every method.
  'no wallet glyphs': {
    'payment-picker/glyphs.ts': [
      "import { html, svg } from 'lit';",
      'export const glyphFor = () => svg``, ALERT_GLYPH = svg``, MORE_GLYPH = svg``;',
      'export const glyph = (paths) => html`<svg>${paths}</svg>`;',
    ].join('\n'),
  },
  'no status tracking': {
    'status/tracker.ts': 'export class StatusTracker { start() {} stop() {} check() {} }',
  },
};

/** The rows: which entry, its goal (issue 11's budgets), and which combinations to measure. */
const HINTS_AND_LOCALES = [
  ['no flow hints'],
  ['English only'],
  ['no wallet glyphs'],
  ['no CSS at all'],
  ['no flow hints', 'English only', 'no wallet glyphs'],
  ['no flow hints', 'English only', 'no wallet glyphs', 'no CSS at all'],
];
const ROWS = [
  {
    what: 'payment-picker.js + Lit',
    entry: 'payment-picker/payment-picker.ts',
    goal: 16,
    combos: HINTS_AND_LOCALES,
  },
  {
    what: 'wallet-redirect.js + Lit',
    entry: 'wallet-redirect/wallet-redirect.ts',
    goal: 23.4,
    combos: [
      ['English only'],
      ['no wallet glyphs'],
      ['no CSS at all'],
      ['no status tracking'],
      ['English only', 'no wallet glyphs', 'no CSS at all'],
    ],
  },
  { what: 'payment-picker/core, whole', entry: 'core/index.ts', goal: 4, combos: [] },
];

/** min + gzip of the entry and its static imports (lazy chunks, QR and in-app, are not counted). */
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
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': 'json' } }),
      minifyTemplates(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(chunks.get(name));
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry));
  let total = 0;
  for (const chunk of seen) {
    const { code } = await minify(chunk.code, TERSER);
    total += gzipSync(code, { level: 9 }).length;
  }
  return total / 1000;
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
