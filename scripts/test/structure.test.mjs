// The shape of src/ (issue 11), kept by a test: no import cycle, no source file over ~400 lines,
// and each element's render() short enough to read at a glance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

/** Every .ts file under a folder. */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative modules a file imports (static, type-only and dynamic alike), as source paths. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const found = [];
  for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
    if (existsSync(target)) found.push(target);
  }
  return found;
}

const files = sources(src);
const name = (file) => relative(root, file);

test('no import cycle in src/ (type-only imports count too)', () => {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const state = new Map(); // 1: on the current path, 2: done
  const cycles = [];
  const visit = (file, path) => {
    state.set(file, 1);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 1) {
        cycles.push([...path.slice(path.indexOf(next)), next].map(name).join(' → '));
      } else if (!state.has(next)) visit(next, [...path, next]);
    }
    state.set(file, 2);
  };
  for (const file of files) if (!state.has(file)) visit(file, [file]);
  assert.deepEqual(cycles, []);
});

test('no source file over 430 lines', () => {
  const long = files
    .map((file) => [name(file), readFileSync(file, 'utf8').split('\n').length])
    .filter(([, lines]) => lines > 430);
  assert.deepEqual(long, []);
});

test("each element's render() is at most 60 lines", () => {
  for (const file of [
    'src/payment-picker/payment-picker.component.ts',
    'src/wallet-redirect/wallet-redirect.component.ts',
  ]) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const start = lines.findIndex((line) => /^ {2}(?:protected |override )*render\(\)/.test(line));
    assert.ok(start >= 0, `${file} has a render()`);
    const end = lines.findIndex((line, i) => i > start && line === '  }');
    assert.ok(end - start + 1 <= 60, `${file}: render() is ${end - start + 1} lines`);
  }
});
