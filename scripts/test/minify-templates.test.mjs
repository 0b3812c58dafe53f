// The build's template minifier (scripts/minify-templates.mjs), run the way Rollup runs it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { minifyTemplates } from '../minify-templates.mjs';

/** Runs the plugin's transform on `code` as if it were a file under src/. */
async function run(code, id = '/repo/src/example.js') {
  const warnings = [];
  const context = {
    parse: (source) => parseAst(source),
    warn: (message) => warnings.push(message),
  };
  const result = await minifyTemplates().transform.call(context, code, id);
  return { code: result?.code ?? code, warnings };
}

test('minifies a css`` stylesheet', async () => {
  const { code } = await run('const s = css`\n  :host {\n    display: block;\n  }\n`;');
  assert.equal(code, 'const s = css`:host{display:block}`;');
});

test('leaves an empty css`` alone instead of failing the build', async () => {
  const { code } = await run('const a = css``;\nconst b = css`\n  p { margin: 0; }\n`;');
  assert.equal(code, 'const a = css``;\nconst b = css`p{margin:0}`;');
});

test('keeps backslashes, backticks and ${ in minified CSS', async () => {
  const { code } = await run("const s = css`p::before { content: '\\\\2022'; }`;");
  assert.equal(code, 'const s = css`p:before{content:"\\\\2022"}`;');
});

test('warns about and skips a css`` with expressions', async () => {
  const source = 'const s = css`p { color: ${c}; }`;';
  const { code, warnings } = await run(source);
  assert.equal(code, source);
  assert.equal(warnings.length, 1);
});

test('collapses line breaks in html`` and svg`` to one space, keeping the expressions', async () => {
  const { code } = await run(
    'const t = html`<p>\n    ${a}\n  </p>\n  <b>x</b>`;\nconst s = svg`<path\n  d="M0 0"/>`;',
  );
  assert.equal(code, 'const t = html`<p> ${a} </p> <b>x</b>`;\nconst s = svg`<path d="M0 0"/>`;');
});

test('touches only files under src/', async () => {
  const source = 'const s = css`\n  p { margin: 0; }\n`;';
  const { code } = await run(source, '/repo/node_modules/lit/index.js');
  assert.equal(code, source);
});
