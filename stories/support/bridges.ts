/**
 * A stand-in for the bridge WeChat (`WeixinJSBridge`) or Alipay (`AlipayJSBridge`) injects into
 * the pages it shows, for stories only: it answers every pay-sheet call with `answer` (or never,
 * `hold`: the sheet stays open), and records the calls. Real apps inject the real bridge; this
 * one is never part of the package. `none` installs nothing, as in an app too old to have one.
 */
export type BridgeAnswer = 'ok' | 'cancel' | 'fail' | 'processing' | 'hold' | 'none';

const CODES = {
  wechat: {
    ok: 'get_brand_wcpay_request:ok',
    processing: 'get_brand_wcpay_request:ok',
    cancel: 'get_brand_wcpay_request:cancel',
    fail: 'get_brand_wcpay_request:fail',
  },
  alipay: { ok: '9000', processing: '8000', cancel: '6001', fail: '4000' },
} as const;

/** The calls the installed bridge received: the API name and its arguments. */
export const bridgeCalls: { name: string; args: unknown }[] = [];

/** Installs the bridge of `app` answering `answer`; returns the function that removes it. */
export function installBridge(app: 'wechat' | 'alipay', answer: BridgeAnswer): () => void {
  bridgeCalls.length = 0;
  const global = app === 'wechat' ? 'WeixinJSBridge' : 'AlipayJSBridge';
  const reply = (name: string, args: unknown, callback: (result: object) => void): void => {
    bridgeCalls.push({ name, args });
    if (answer === 'hold' || answer === 'none') return;
    const code = CODES[app][answer];
    // The sheet takes a moment, as a real one does.
    setTimeout(() => callback(app === 'wechat' ? { err_msg: code } : { resultCode: code }), 300);
  };
  if (answer !== 'none') {
    Object.assign(window, {
      [global]: app === 'wechat' ? { invoke: reply } : { call: reply },
    });
  }
  return () => {
    delete (window as unknown as Record<string, unknown>)[global];
  };
}
