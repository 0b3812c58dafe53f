// `payment-picker/core` promises to be importable in Node (no DOM, no Lit, no registration).
// This imports the built file in plain Node and fails the build if that promise breaks.
const core = await import('../dist/core.js');
const expected = [
  'parseSession',
  'parseMethods',
  'detectEnvironment',
  'chooseFlow',
  'isSafeUrl',
  'formatAmount',
];
const missing = expected.filter((name) => typeof core[name] !== 'function');
if (missing.length > 0) {
  console.error(`dist/core.js does not export: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`dist/core.js imports in Node and exports ${Object.keys(core).length} names.`);
