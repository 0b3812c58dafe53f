// @ts-check
/* global window, document, CSSStyleSheet, HTMLElement -- browser code */
/**
 * SIMULATION of WeChat's `WeixinJSBridge` and Alipay's `AlipayJSBridge`, for the sandbox's
 * any-app landing page, the e2e tests and Storybook. It is NOT WeChat and NOT Alipay: real apps
 * inject their own bridges, and no real money moves here. Dev and tests only: this file lives in
 * sandbox/, never in src/ or the npm package.
 *
 * `installSimulatedBridge({app})` defines the app's bridge after a short delay and then fires its
 * ready event on `document` (as the apps do, so a page that gets its session first waits for
 * it). When the page calls the bridge, the simulation does what the app would: it asks the
 * provider (the sandbox, `POST /sandbox/jsapi/lookup`) which order the payment data belongs to,
 * refusing data that differs from what was issued, and shows a pay sheet (a bottom sheet with
 * the merchant, the amount and "Simulated … — test money") with Confirm, Cancel and Fail:
 *
 * | button  | sandbox                         | WeChat `err_msg`                | Alipay `resultCode` |
 * | ------- | ------------------------------- | ------------------------------- | ------------------- |
 * | Confirm | `POST /sandbox/pay/:id/confirm` | `get_brand_wcpay_request:ok`     | `9000`              |
 * | Cancel  | nothing                         | `get_brand_wcpay_request:cancel` | `6001`              |
 * | Fail    | `POST /sandbox/pay/:id/decline` | `get_brand_wcpay_request:fail`   | `4000`              |
 *
 * Escape cancels. A confirmation the sandbox refuses (the order is already final) answers as a
 * failure. The sheet is a modal `<dialog>` in a shadow root (focus moves into it and returns
 * after), built with DOM calls and a constructed stylesheet: it works under a CSP without inline
 * scripts or styles and with Trusted Types required.
 */

/** @typedef {'wechat' | 'alipay'} SimulatedApp */

/**
 * @typedef {object} SimulationOptions
 * @property {SimulatedApp} app which app's bridge to simulate
 * @property {string} [sandbox] the sandbox's base path or URL (default `/sandbox`)
 * @property {number} [readyDelayMs] how long after installing the bridge appears and its ready
 *   event fires (default 300)
 * @property {string} [lang] the sheet's language (`en`, `zh-CN`, `zh-TW`; default: the page's)
 */

/**
 * @typedef {object} SimulatedCall
 * @property {string} name the bridge function called, e.g. `getBrandWCPayRequest`
 * @property {Record<string, unknown>} args a copy of what it was called with
 * @property {string | null} answer what the callback got (`err_msg` or `resultCode`), once known
 */

/**
 * @typedef {object} SimulatedBridge
 * @property {SimulatedApp} app
 * @property {Promise<void>} ready resolves once the bridge is defined and its event fired
 * @property {SimulatedCall[]} calls every call the page made, in order
 * @property {() => HTMLDialogElement | null} sheet the open pay sheet, if any
 * @property {() => void} uninstall removes the bridge and any open sheet (a pending call gets
 *   no answer, as when the app closes the page)
 */

const BRIDGES = {
  wechat: {
    global: 'WeixinJSBridge',
    ready: 'WeixinJSBridgeReady',
    method: 'wechat-pay',
    answers: {
      confirm: 'get_brand_wcpay_request:ok',
      cancel: 'get_brand_wcpay_request:cancel',
      fail: 'get_brand_wcpay_request:fail',
    },
  },
  alipay: {
    global: 'AlipayJSBridge',
    ready: 'AlipayJSBridgeReady',
    method: 'alipay',
    answers: { confirm: '9000', cancel: '6001', fail: '4000' },
  },
};

const STRINGS = {
  en: {
    wechat: 'Simulated WeChat Pay — test money',
    alipay: 'Simulated Alipay — test money',
    payTo: 'Pay {payee}',
    order: 'Order {id}',
    confirm: 'Confirm payment',
    cancel: 'Cancel',
    fail: 'Fail (simulated error)',
    working: 'One moment…',
  },
  'zh-CN': {
    wechat: '模拟微信支付 — 测试资金',
    alipay: '模拟支付宝 — 测试资金',
    payTo: '付款给 {payee}',
    order: '订单 {id}',
    confirm: '确认付款',
    cancel: '取消',
    fail: '失败（模拟错误）',
    working: '请稍候…',
  },
  'zh-TW': {
    wechat: '模擬微信支付 — 測試資金',
    alipay: '模擬支付寶 — 測試資金',
    payTo: '付款給 {payee}',
    order: '訂單 {id}',
    confirm: '確認付款',
    cancel: '取消',
    fail: '失敗（模擬錯誤）',
    working: '請稍候…',
  },
};

const SHEET_CSS = `
:host { all: initial; }
dialog {
  color-scheme: light dark;
  box-sizing: border-box;
  position: fixed;
  inset: auto 0 0 0;
  width: 100%;
  max-width: 30rem;
  max-height: 90vh;
  margin: 0 auto;
  padding: 1rem 1.25rem 1.5rem;
  border: 0;
  border-radius: 16px 16px 0 0;
  background: light-dark(#ffffff, #1f2329);
  color: light-dark(#14181f, #f0f3f6);
  font: 16px/1.5 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC',
    'WenQuanYi Micro Hei', sans-serif;
  box-shadow: 0 -8px 32px rgb(0 0 0 / 30%);
}
dialog::backdrop { background: rgb(0 0 0 / 45%); }
.label {
  margin: 0 0 0.75rem;
  padding: 0.375rem 0.75rem;
  border: 2px dashed currentColor;
  border-radius: 8px;
  background: light-dark(#fff1c2, #3d3000);
  color: light-dark(#3d2f00, #ffe8a3);
  font-size: 0.875rem;
  font-weight: 600;
  text-align: center;
}
h2 { margin: 0; font-size: 1rem; font-weight: 600; text-align: center; }
.amount {
  margin: 0.25rem 0 0;
  font-size: 2.25rem;
  font-weight: 700;
  text-align: center;
  font-variant-numeric: tabular-nums;
}
.order {
  margin: 0 0 1rem;
  color: light-dark(#4a5361, #b4bcc6);
  font-size: 0.8125rem;
  text-align: center;
  overflow-wrap: anywhere;
}
.actions { display: flex; flex-direction: column; gap: 0.625rem; }
button {
  min-height: 2.875rem;
  padding: 0.5rem 1rem;
  border-radius: 10px;
  border: 2px solid light-dark(#c9d0da, #3b4451);
  background: transparent;
  color: inherit;
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
button.confirm { border-color: var(--brand); background: var(--brand); color: #ffffff; }
button:focus-visible { outline: 3px solid light-dark(#1a56db, #79b8ff); outline-offset: 2px; }
button:disabled { opacity: 0.6; cursor: progress; }
.wechat { --brand: #05773a; }
.alipay { --brand: #0b5bd3; }
@media (prefers-reduced-motion: no-preference) {
  dialog[open] { animation: rise 0.18s ease-out; }
  @keyframes rise { from { transform: translateY(40%); } }
}
`;

/**
 * The app a user agent says the page is in, if it is one the simulation covers: WeChat
 * (`MicroMessenger/`, but not WeCom's `wxwork/`) or Alipay (`AlipayClient`, `AliApp(AP/`).
 * @param {string} userAgent
 * @returns {SimulatedApp | null}
 */
export function simulatedAppFor(userAgent) {
  if (/\bwxwork\//i.test(userAgent)) return null;
  if (/\bMicroMessenger\//i.test(userAgent)) return 'wechat';
  if (/AlipayClient|AliApp\(AP\//i.test(userAgent)) return 'alipay';
  return null;
}

/**
 * Installs the simulated bridge of `app` on this window (see the module comment).
 * @param {SimulationOptions} options
 * @returns {SimulatedBridge}
 */
export function installSimulatedBridge(options) {
  const bridge = BRIDGES[options.app];
  if (!bridge) throw new TypeError(`Unknown app ${options.app}; use "wechat" or "alipay".`);
  const sandbox = (options.sandbox ?? '/sandbox').replace(/\/$/, '');
  const view = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
  /** @type {SimulatedCall[]} */
  const calls = [];
  /** @type {{host: HTMLElement, dialog: HTMLDialogElement} | null} */
  let open = null;
  let removed = false;

  /**
   * One call from the page: look the order up, show the sheet, settle, answer.
   * @param {Record<string, unknown>} args
   * @param {(code: string) => void} answer
   */
  async function pay(args, answer) {
    if (open) return answer(bridge.answers.fail); // one sheet at a time
    /** @type {{id: string, amount: string, currency: string, payee: string, status: string} | null} */
    let order = null;
    try {
      const response = await fetch(`${sandbox}/jsapi/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ method: bridge.method, jsapi: args }),
      });
      if (response.ok) order = await response.json();
      else
        console.warn(
          `[simulated ${options.app}] the sandbox refused the payment data:`,
          await response.text(),
        );
    } catch (error) {
      console.warn(`[simulated ${options.app}] the sandbox did not answer:`, error);
    }
    if (removed) return;
    if (!order || order.status !== 'pending') return answer(bridge.answers.fail);
    const choice = await showSheet(order);
    if (removed) return;
    if (choice === 'cancel') return answer(bridge.answers.cancel);
    const action = choice === 'confirm' ? 'confirm' : 'decline';
    let settled;
    try {
      const response = await fetch(`${sandbox}/pay/${encodeURIComponent(order.id)}/${action}`, {
        method: 'POST',
        headers: { accept: 'application/json' },
      });
      settled = response.ok;
    } catch {
      settled = false;
    }
    closeSheet();
    if (removed) return;
    answer(choice === 'confirm' && settled ? bridge.answers.confirm : bridge.answers.fail);
  }

  /**
   * Shows the pay sheet; resolves with the shopper's choice. The sheet stays open (its buttons
   * disabled) while the sandbox settles a Confirm or Fail.
   * @param {{id: string, amount: string, currency: string, payee: string}} order
   * @returns {Promise<'confirm' | 'cancel' | 'fail'>}
   */
  function showSheet(order) {
    const lang = sheetLang(options.lang);
    const text = STRINGS[lang];
    const host = document.createElement('div');
    host.setAttribute('data-simulated-pay-sheet', options.app);
    const root = host.attachShadow({ mode: 'open' });
    const style = new CSSStyleSheet();
    style.replaceSync(SHEET_CSS);
    root.adoptedStyleSheets = [style];

    const dialog = document.createElement('dialog');
    dialog.className = options.app;
    dialog.lang = lang;
    dialog.setAttribute('aria-labelledby', 'sim-title');
    dialog.setAttribute('aria-describedby', 'sim-label');
    const label = element('p', 'label', text[options.app]);
    label.id = 'sim-label';
    const title = element('h2', 'title', text.payTo.replace('{payee}', order.payee));
    title.id = 'sim-title';
    const amount = element('p', 'amount', money(order.amount, order.currency, lang));
    const id = element('p', 'order', text.order.replace('{id}', order.id));
    const actions = element('div', 'actions', '');
    const confirm = button('confirm', text.confirm);
    const cancel = button('cancel', text.cancel);
    const fail = button('fail', text.fail);
    actions.append(confirm, cancel, fail);
    dialog.append(label, title, amount, id, actions);
    root.append(dialog);
    document.body.append(host);

    const returnFocus = document.activeElement;
    open = { host, dialog };
    dialog.showModal();
    confirm.focus();

    return new Promise((resolve) => {
      /** @param {'confirm' | 'cancel' | 'fail'} choice */
      const choose = (choice) => {
        if (confirm.disabled) return;
        if (choice === 'cancel') closeSheet();
        else {
          for (const b of [confirm, cancel, fail]) b.disabled = true;
          confirm.textContent = text.working;
        }
        resolve(choice);
      };
      confirm.addEventListener('click', () => choose('confirm'));
      cancel.addEventListener('click', () => choose('cancel'));
      fail.addEventListener('click', () => choose('fail'));
      dialog.addEventListener('cancel', (event) => {
        event.preventDefault(); // Escape: cancel the payment, not just hide the sheet
        choose('cancel');
      });
      dialog.addEventListener('close', () => {
        if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
      });
    });
  }

  function closeSheet() {
    if (!open) return;
    const { host, dialog } = open;
    open = null;
    if (dialog.open) dialog.close();
    host.remove();
  }

  const api =
    options.app === 'wechat'
      ? {
          /**
           * @param {string} name
           * @param {Record<string, unknown>} args
           * @param {(result: {err_msg: string}) => void} callback
           */
          invoke(name, args, callback) {
            const call = record(name, args);
            const answer = (/** @type {string} */ code) => {
              call.answer = code;
              callback({ err_msg: code });
            };
            if (name !== 'getBrandWCPayRequest') {
              setTimeout(() => answer('system:function_not_exist'));
              return;
            }
            void pay(call.args, answer);
          },
        }
      : {
          /**
           * @param {string} name
           * @param {Record<string, unknown>} args
           * @param {(result: {resultCode: string}) => void} callback
           */
          call(name, args, callback) {
            const call = record(name, args);
            const answer = (/** @type {string} */ code) => {
              call.answer = code;
              callback({ resultCode: code });
            };
            if (name !== 'tradePay') {
              setTimeout(() => answer('4000'));
              return;
            }
            void pay(call.args, answer);
          },
        };

  /**
   * @param {string} name
   * @param {unknown} args
   */
  function record(name, args) {
    /** @type {SimulatedCall} */
    const call = {
      name,
      args: args && typeof args === 'object' ? { .../** @type {object} */ (args) } : {},
      answer: null,
    };
    calls.push(call);
    return call;
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const ready = new Promise((resolve) => {
    timer = setTimeout(() => {
      if (removed) return;
      // In the real app its own bridge may be there already; the sandbox's payment data is fake
      // and the real sheet would refuse it, so the simulation takes its place.
      Object.defineProperty(view, bridge.global, {
        value: api,
        configurable: true,
        writable: true,
      });
      document.dispatchEvent(new Event(bridge.ready));
      resolve(undefined);
    }, options.readyDelayMs ?? 300);
  });

  return {
    app: options.app,
    ready: /** @type {Promise<void>} */ (ready),
    calls,
    sheet: () => open?.dialog ?? null,
    uninstall() {
      removed = true;
      clearTimeout(timer);
      closeSheet();
      if (view[bridge.global] === api) delete view[bridge.global];
    },
  };
}

/**
 * @param {string | undefined} lang
 * @returns {keyof typeof STRINGS}
 */
function sheetLang(lang) {
  const tag = (lang || document.documentElement.lang || navigator.language || 'en').toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-TW' : 'zh-CN';
}

/**
 * `¥128.00` in zh-CN, `CN¥128.00` elsewhere (never a bare ¥ outside zh-CN).
 * @param {string} amount
 * @param {string} currency
 * @param {string} lang
 */
function money(amount, currency, lang) {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} className
 * @param {string} text
 */
function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/**
 * @param {string} className
 * @param {string} text
 */
function button(className, text) {
  const node = element('button', className, text);
  node.type = 'button';
  return node;
}
