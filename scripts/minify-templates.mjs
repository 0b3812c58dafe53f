// A Rollup plugin that minifies the static text of Lit's tagged templates in our own sources:
//
// - css`…`: the whole stylesheet goes through esbuild's CSS minifier (our styles have no
//   `${…}` expressions; a css`` with one is left as it is, with a warning).
// - html`…` and svg`…`: every run of whitespace that contains a line break becomes one space.
//   That is what the browser's whitespace collapsing would render anyway (we never use
//   `white-space: pre` on template text), so it changes no rendering; a single space between
//   two elements is kept, so inline text never runs together.
//
// It runs after TypeScript has been compiled to JS and only on files under src/.
import { transform } from 'esbuild';
import MagicString from 'magic-string';

/** @param {string} cooked @returns {string} the raw template text that cooks back to `cooked` */
const toRaw = (cooked) =>
  cooked.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** @param {string} raw */
const collapseMarkup = (raw) => raw.replace(/[ \t]*\n\s*/g, ' ');

/**
 * esbuild keeps custom properties' values as written (`--a: var(--b, light-dark(#fff, #000))`):
 * the space after the colon and after each comma outside quotes goes, as it does for any other
 * property. A value's leading whitespace is dropped by CSS anyway, and one after a comma in a
 * `var()` fallback or a function's arguments changes nothing where the value is used.
 */
export function tightenCustomProperties(css) {
  return css.replace(/(--[\w-]+):\s*([^;}]*)/g, (_, name, value) => {
    let out = '';
    let quote = '';
    for (let i = 0; i < value.length; i++) {
      const c = value[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === ',' || c === '(') {
        out += c;
        while (value[i + 1] === ' ') i++;
        continue;
      } else if (c === ' ' && (value[i + 1] === ')' || value[i + 1] === ',')) {
        continue;
      }
      out += c;
    }
    return `${name}:${out}`;
  });
}

/** Visits every node of an ESTree (Rollup's parser output). */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      walk(value, visit);
  }
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    async transform(code, id) {
      if (!/\/src\/.*\.[cm]?[jt]s$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code);
      /** @type {Array<{ tag: string, node: any }>} */
      const found = [];
      walk(ast, (node) => {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          const tag = node.tag.name;
          if (tag === 'css' || tag === 'html' || tag === 'svg') found.push({ tag, node });
        }
      });
      if (found.length === 0) return null;
      const out = new MagicString(code);
      for (const { tag, node } of found) {
        const { quasis } = node.quasi;
        if (tag === 'css') {
          if (quasis.length !== 1) {
            this.warn(`css\`\` with expressions left unminified in ${id}`);
            continue;
          }
          const [quasi] = quasis;
          if (quasi.start === quasi.end) continue; // css`` is already as small as it gets
          const { code: min } = await transform(quasi.value.cooked, {
            loader: 'css',
            minify: true,
          });
          out.overwrite(quasi.start, quasi.end, toRaw(tightenCustomProperties(min.trim())));
        } else {
          for (const quasi of quasis) {
            if (quasi.start === quasi.end) continue;
            const raw = code.slice(quasi.start, quasi.end);
            const collapsed = collapseMarkup(raw);
            if (collapsed !== raw) out.overwrite(quasi.start, quasi.end, collapsed);
          }
        }
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
