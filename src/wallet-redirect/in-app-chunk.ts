/**
 * What paying in the wallet's own app needs and every other page never does: the bridge calls,
 * the panel and its strings. Loaded with one dynamic `import()` (in-app-loader.ts) only when a
 * session's flow is `in-app`, that is inside WeChat or Alipay.
 */
/** @internal */
export { inAppStrings, payInApp, startInApp } from './in-app.js';
/** @internal */
export { inAppPanel } from './panels/in-app.js';
