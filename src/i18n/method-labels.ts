import type { KnownMethodId } from '../core/types.js';
import type { PerLocale } from './locales.js';

/**
 * Default labels of the known method ids, per locale. Both elements name a wallet with these
 * (the picker's rows, the wallet's `{wallet}`), so they are kept apart from either element's
 * other strings: `<wallet-redirect>` alone does not load the picker's strings.
 */
export const METHOD_LABELS: PerLocale<Record<KnownMethodId, string>> = {
  en: {
    alipay: 'Alipay',
    'wechat-pay': 'WeChat Pay',
    unionpay: 'UnionPay Cloud QuickPass',
    'jd-pay': 'JD Pay',
    ecny: 'Digital RMB (e-CNY)',
    bestpay: 'Bestpay',
    hebao: 'Hebao',
    card: 'Bank card',
    'apple-pay': 'Apple Pay',
    'google-pay': 'Google Pay',
    paypal: 'PayPal',
  },
  'zh-CN': {
    alipay: '支付宝',
    'wechat-pay': '微信支付',
    unionpay: '云闪付',
    'jd-pay': '京东支付',
    ecny: '数字人民币',
    bestpay: '翼支付',
    hebao: '和包',
    card: '银行卡',
    'apple-pay': 'Apple Pay',
    'google-pay': 'Google Pay',
    paypal: 'PayPal',
  },
  'zh-TW': {
    alipay: '支付寶',
    'wechat-pay': '微信支付',
    unionpay: '雲閃付',
    'jd-pay': '京東支付',
    ecny: '數位人民幣',
    bestpay: '翼支付',
    hebao: '和包',
    card: '銀行卡',
    'apple-pay': 'Apple Pay',
    'google-pay': 'Google Pay',
    paypal: 'PayPal',
  },
};
