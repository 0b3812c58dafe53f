import type { PerLocale } from '../locales.js';
import type { InAppStrings } from '../strings.js';

/**
 * The strings of paying in the wallet's own app, per locale. They travel with the lazy in-app
 * chunk (src/wallet-redirect/in-app-chunk.ts): a page outside WeChat and Alipay never loads them.
 * A shop overrides them through `strings` like any other.
 */
export const IN_APP_STRINGS: PerLocale<InAppStrings> = {
  en: {
    inAppTitle: 'Pay here in {walletApp}',
    inAppWaiting: 'Opening {wallet}…',
    inAppConfirming: 'Confirming your payment…',
    inAppCancelled: 'Payment not finished. You can pay again, or pay another way.',
    inAppFailed: 'The payment didn’t go through. You can try again, or pay another way.',
    payAgain: 'Pay again',
    inAppUnavailable: '{wallet} can’t be opened on this page. Please pay another way.',
    miniProgramTitle: 'Continue in the mini program',
    miniProgramText: 'Payments are made in the mini program itself. Go back to it to pay.',
  },
  'zh-CN': {
    inAppTitle: '在{walletApp}内支付',
    inAppWaiting: '正在打开{wallet}…',
    inAppConfirming: '正在确认支付结果…',
    inAppCancelled: '支付未完成。你可以重新支付，或换一种方式。',
    inAppFailed: '支付未成功，未扣款。你可以重试，或换一种方式。',
    payAgain: '重新支付',
    inAppUnavailable: '此页面无法打开{wallet}，请换一种方式支付。',
    miniProgramTitle: '请在小程序中继续',
    miniProgramText: '请返回小程序完成支付。',
  },
  'zh-TW': {
    inAppTitle: '在{walletApp}內付款',
    inAppWaiting: '正在開啟{wallet}…',
    inAppConfirming: '正在確認付款結果…',
    inAppCancelled: '付款未完成。你可以重新付款，或改用其他方式。',
    inAppFailed: '付款未成功，未扣款。你可以重試，或改用其他方式。',
    payAgain: '重新付款',
    inAppUnavailable: '此頁面無法開啟{wallet}，請改用其他方式付款。',
    miniProgramTitle: '請在小程式中繼續',
    miniProgramText: '請返回小程式完成付款。',
  },
};
