// @ts-check
/* global window, document, location -- browser code */
/**
 * The any-app landing page's own code, written the way a shop's landing page would be: the
 * shopper checks the order and taps Pay; the page asks the shop's server (the sandbox) for the
 * PaymentSession of the same order in the chosen wallet (with `jsapi` to pay inside WeChat or
 * Alipay) and hands it to `<wallet-redirect>`, which opens the wallet's pay sheet through the
 * app's bridge, or, in any other browser, offers the other flows the session allows.
 *
 * On the sandbox's page (`GET /sandbox/landing/:id`) it also installs the simulated bridge
 * (./simulated-bridges.js) when `?simulate=` asks for it: `wechat` or `alipay` (in any browser:
 * the elements then also act as inside that app), `auto` (the default: the app the user agent
 * names, if any) or `off`. The stories call
 * {@link connectLanding} on markup of their own.
 */
import { installSimulatedBridge, simulatedAppFor } from './simulated-bridges.js';

/**
 * @typedef {object} LandingOptions
 * @property {string} [orderId] the any-app session's id (default: `data-landing-order` of the
 *   root or `<body>`)
 * @property {string} [sandbox] the sandbox's base path (default `/sandbox`)
 * @property {object | null} [environment] set on both elements (stories preview an app's browser)
 * @property {(url: string) => void} [navigate] `<wallet-redirect>`'s navigate (stories keep the
 *   frame)
 */

/**
 * @typedef {HTMLElement & {value: string, environment: unknown, disabled: boolean,
 *   reportValidity(): boolean}} PickerElement
 * @typedef {HTMLElement & {session: unknown, environment: unknown, status: string,
 *   navigate: (url: string) => void}} WalletElement
 */

/**
 * Wires the landing page's markup: `[data-landing-form]` (with a `<payment-picker>` and a submit
 * button), `[data-landing-error]`, `[data-landing-wallet]` (a `<wallet-redirect>`) and
 * `[data-landing-restart]`.
 * @param {HTMLElement} root
 * @param {LandingOptions} [options]
 * @returns {{disconnect(): void}}
 */
export function connectLanding(root, options = {}) {
  const sandbox = options.sandbox ?? '/sandbox';
  const orderId =
    options.orderId ?? root.dataset.landingOrder ?? document.body.dataset.landingOrder ?? '';
  const form = /** @type {HTMLFormElement} */ (root.querySelector('[data-landing-form]'));
  const picker = /** @type {PickerElement} */ (form.querySelector('payment-picker'));
  const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type="submit"]'));
  const error = /** @type {HTMLElement} */ (root.querySelector('[data-landing-error]'));
  const wallet = /** @type {WalletElement} */ (root.querySelector('[data-landing-wallet]'));
  const restart = /** @type {HTMLButtonElement} */ (root.querySelector('[data-landing-restart]'));
  if (options.environment) {
    picker.environment = options.environment;
    wallet.environment = options.environment;
  }
  if (options.navigate) wallet.navigate = options.navigate;
  const stop = new AbortController();
  const { signal } = stop;

  /** @param {string} method */
  async function pay(method) {
    submit.disabled = true;
    error.hidden = true;
    try {
      const response = await fetch(`${sandbox}/landing/${encodeURIComponent(orderId)}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ method }),
        signal,
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
      form.hidden = true;
      wallet.hidden = false;
      restart.hidden = false;
      wallet.session = body;
    } catch (reason) {
      if (signal.aborted) return;
      error.textContent = reason instanceof Error ? reason.message : String(reason);
      error.hidden = false;
    } finally {
      submit.disabled = false;
    }
  }

  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      if (!picker.reportValidity()) return;
      void pay(picker.value);
    },
    { signal },
  );
  restart.addEventListener(
    'click',
    () => {
      wallet.hidden = true;
      restart.hidden = true;
      form.hidden = false;
      picker.focus();
    },
    { signal },
  );
  // Paid (the sandbox says so): nothing else to choose.
  wallet.addEventListener(
    'wallet-status',
    (event) => {
      const status = /** @type {CustomEvent<{status: string}>} */ (event).detail.status;
      if (status !== 'pending') restart.hidden = true;
      if (status === 'paid') picker.disabled = true;
    },
    { signal },
  );
  return { disconnect: () => stop.abort() };
}

/** On the sandbox's landing page itself: the simulation (if asked for) and the wiring. */
function boot() {
  const root = document.body;
  if (!root?.dataset.landingOrder) return;
  const asked = new URLSearchParams(location.search).get('simulate') ?? 'auto';
  const app =
    asked === 'wechat' || asked === 'alipay'
      ? asked
      : asked === 'auto'
        ? simulatedAppFor(navigator.userAgent)
        : null;
  if (app) {
    const simulation = installSimulatedBridge({ app, lang: document.documentElement.lang });
    // For tests and curious developers: the calls the page made and what they were answered.
    /** @type {any} */ (window).sandboxSimulation = simulation;
    const note = /** @type {HTMLElement | null} */ (
      root.querySelector('[data-landing-simulation]')
    );
    if (note) {
      note.textContent = NOTES[noteLang()][app];
      note.hidden = false;
    }
  }
  // Asked for by name in a browser that is not that app (a desktop trying the page): the elements
  // behave as inside the app, too.
  const forced = app && asked === app && simulatedAppFor(navigator.userAgent) !== app;
  connectLanding(root, forced ? { environment: inAppEnvironment(app) } : {});
}

/**
 * What `detectEnvironment` reports inside the app's browser on a phone.
 * @param {'wechat' | 'alipay'} app
 */
function inAppEnvironment(app) {
  return {
    mobile: true,
    os: 'ios',
    inApp: app,
    miniProgram: false,
    canShare: false,
    canCopy: true,
  };
}

const NOTES = {
  en: {
    wechat: 'Simulated WeChat: the pay sheet here is the sandbox’s, not WeChat’s.',
    alipay: 'Simulated Alipay: the pay sheet here is the sandbox’s, not Alipay’s.',
  },
  'zh-CN': {
    wechat: '模拟微信：此处的支付弹窗来自沙盒，并非微信。',
    alipay: '模拟支付宝：此处的支付弹窗来自沙盒，并非支付宝。',
  },
  'zh-TW': {
    wechat: '模擬微信：此處的付款視窗來自沙盒，並非微信。',
    alipay: '模擬支付寶：此處的付款視窗來自沙盒，並非支付寶。',
  },
};

/** @returns {keyof typeof NOTES} */
function noteLang() {
  const lang = document.documentElement.lang;
  return lang === 'zh-CN' || lang === 'zh-TW' ? lang : 'en';
}

boot();
