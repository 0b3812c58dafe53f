/* global document, KeyboardEvent, MutationObserver, requestAnimationFrame -- a browser module, loaded by bench/index.html */
// In-page benchmarks, driven by bench/run.mjs. Timings are taken inside the page with
// performance.now() so the DevTools protocol's own latency never enters a sample. Every
// benchmark returns raw samples; run.mjs takes the medians.

const DESKTOP = {
  mobile: false,
  os: 'windows',
  inApp: null,
  miniProgram: false,
  canShare: false,
  canCopy: true,
};
const KNOWN = ['alipay', 'wechat-pay', 'unionpay', 'jd-pay', 'ecny', 'bestpay', 'hebao', 'card'];
const stage = document.querySelector('#stage');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** After the next frame is rendered: the state a real key press finds the page in. */
const afterFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** `n` methods: the known wallets first, then custom ones with a label and a description. */
function methods(n) {
  return Array.from({ length: n }, (_, i) =>
    i < KNOWN.length
      ? { id: KNOWN[i] }
      : { id: `m${i}`, label: `Method ${i}`, description: `Pay with method number ${i}` },
  );
}

/** Renders a picker and waits for Lit's update and a forced style + layout of the result. */
async function renderPicker(list) {
  const el = document.createElement('payment-picker');
  el.name = 'method';
  el.visibleCount = list.length; // every row rendered: the cost of n methods, not of 4
  el.methods = list;
  stage.append(el);
  await el.updateComplete;
  void stage.offsetHeight;
  return el;
}

/**
 * First render with `n` methods, side by side with a plain-DOM baseline: the same markup (the
 * picker's own rendered shadow DOM, Lit's comment markers removed) set with innerHTML into a
 * shadow root with the same stylesheets, then the same forced layout. Samples alternate.
 */
export async function firstRender(n, { warmup, samples }) {
  const list = methods(n);
  const probe = await renderPicker(list);
  const markup = probe.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  const sheets = [...probe.shadowRoot.adoptedStyleSheets];
  probe.remove();
  const picker = [];
  const baseline = [];
  for (let i = 0; i < warmup + samples; i++) {
    await nextTask();
    let t0 = performance.now();
    const el = await renderPicker(list);
    const tPicker = performance.now() - t0;
    el.remove();
    await nextTask();
    t0 = performance.now();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = markup;
    stage.append(host);
    void stage.offsetHeight;
    const tBase = performance.now() - t0;
    host.remove();
    if (i >= warmup) {
      picker.push(tPicker);
      baseline.push(tBase);
    }
  }
  return { picker, baseline };
}

/** ArrowDown on the focused radio until the DOM shows the next method chosen (8 methods). */
export async function keyboard({ warmup, samples }) {
  const el = await renderPicker(methods(8));
  el.value = 'alipay';
  await el.updateComplete;
  const out = await arrowDown(el, { warmup, samples });
  el.remove();
  return out;
}

/**
 * ArrowDown samples on `el`: each from a rendered frame, as a real key press, until
 * `updateComplete` with the next row checked in the DOM; with `layout`, also the style and
 * layout of the result (forced), so the figure is the key's whole cost before the next paint.
 */
async function arrowDown(el, { warmup, samples, layout = false }) {
  const checked = () => el.shadowRoot.querySelector('[aria-checked="true"]');
  const out = [];
  for (let i = 0; i < warmup + samples; i++) {
    const focused = checked();
    focused.focus();
    const before = el.value;
    await afterFrame();
    const t0 = performance.now();
    focused.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'ArrowDown',
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await el.updateComplete;
    const now = checked();
    if (layout) void stage.offsetHeight;
    const t = performance.now() - t0;
    if (el.value === before || now === focused) throw new Error('ArrowDown did not move');
    if (i >= warmup) out.push(t);
  }
  return out;
}

/**
 * A picker holding `n` methods (4 shown, a "More" button): the click on "More" until every row is
 * rendered, styled and laid out (a fresh picker per sample); then, in the expanded picker,
 * ArrowDown to the next row checked, styled and laid out.
 */
export async function manyMethods(n, { warmup, samples, keys }) {
  const list = methods(n);
  const more = [];
  let el;
  for (let i = 0; i < warmup + samples; i++) {
    el?.remove();
    el = document.createElement('payment-picker');
    el.name = 'method';
    el.methods = list;
    el.value = 'alipay';
    stage.append(el);
    await el.updateComplete;
    await afterFrame();
    const button = el.shadowRoot.querySelector('[part="more-button"]');
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    void stage.offsetHeight;
    const t = performance.now() - t0;
    if (el.shadowRoot.querySelectorAll('[role="radio"]').length !== n) {
      throw new Error('More did not reveal every method');
    }
    if (i >= warmup) more.push(t);
  }
  const arrows = await arrowDown(el, { ...keys, layout: true });
  el.remove();
  return { more, arrows };
}

/** Resolves when `test()` holds, checked on every DOM mutation under `root`. */
function whenMutated(root, test) {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
  });
}

/** QR encode + render: a new session with a `length`-character payload to its drawn <path>. */
export async function qr(length, { warmup, samples }) {
  const el = document.createElement('wallet-redirect');
  el.environment = DESKTOP;
  el.checkStatus = () => new Promise(() => {});
  stage.append(el);
  const out = [];
  let previous = null;
  for (let i = 0; i < warmup + samples; i++) {
    const head = `https://qr.alipay.com/${i}-`;
    const payload = head + 'x7Kq'.repeat(200).slice(0, length - head.length);
    await nextTask();
    const t0 = performance.now();
    el.session = {
      id: `qr-${i}`,
      method: 'alipay',
      amount: '1.00',
      currency: 'CNY',
      qrPayload: payload,
    };
    await whenMutated(el.shadowRoot, () => {
      const d = el.shadowRoot.querySelector('[part~="qr-code"] path')?.getAttribute('d');
      return d !== undefined && d !== null && d !== previous;
    });
    const t = performance.now() - t0;
    previous = el.shadowRoot.querySelector('[part~="qr-code"] path').getAttribute('d');
    if (i >= warmup) out.push(t);
  }
  el.remove();
  return out;
}

/** Mounts and removes `cycles` <wallet-redirect> elements, each tracking its status by polling. */
export async function mountCycles(cycles) {
  for (let i = 0; i < cycles; i++) {
    const el = document.createElement('wallet-redirect');
    el.environment = DESKTOP;
    el.session = {
      id: `cycle-${i}`,
      method: 'wechat-pay',
      qrPayload: `weixin://wxpay/bizpayurl?pr=cycle${i}`,
      statusUrl: `/api/status?id=cycle-${i}`,
    };
    stage.append(el);
    await el.updateComplete;
    el.remove();
  }
}

/** One element tracking `session` with default settings (for the request count over time). */
export function track(session) {
  const el = document.createElement('wallet-redirect');
  el.environment = DESKTOP;
  el.session = session;
  stage.append(el);
}

/**
 * Confirms the payment at the sandbox (as the wallet would) and measures until the element
 * shows it paid: the `wallet-status` event and the rendered paid view.
 */
export async function confirmToPaid(session, confirmUrl) {
  const el = document.createElement('wallet-redirect');
  el.environment = DESKTOP;
  el.session = session;
  stage.append(el);
  await whenMutated(el.shadowRoot, () => el.status === 'pending');
  // Let the first check and the stream settle, so the sample is about confirming, not starting.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const paid = new Promise((resolve) =>
    el.addEventListener('wallet-status', (e) => e.detail.status === 'paid' && resolve()),
  );
  const t0 = performance.now();
  await fetch(confirmUrl, { method: 'POST' });
  await paid;
  await el.updateComplete;
  const t = performance.now() - t0;
  el.remove();
  return t;
}
