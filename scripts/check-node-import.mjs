// `payment-picker/core` and `payment-picker/status` promise to be importable in Node (no DOM, no
// Lit, no registration). This imports the built files in plain Node and fails the build if that
// promise breaks.
const entries = {
  core: [
    'parseSession',
    'parseMethods',
    'detectEnvironment',
    'chooseFlow',
    'isSafeUrl',
    'formatAmount',
  ],
  status: ['StatusTracker', 'loadPendingSession', 'savePendingSession', 'clearPendingSession'],
};
for (const [entry, expected] of Object.entries(entries)) {
  const module = await import(`../dist/${entry}.js`);
  const missing = expected.filter((name) => typeof module[name] !== 'function');
  if (missing.length > 0) {
    console.error(`dist/${entry}.js does not export: ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log(`dist/${entry}.js imports in Node and exports ${Object.keys(module).length} names.`);
}
