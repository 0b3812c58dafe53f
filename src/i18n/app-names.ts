import type { KnownMethodId } from '../core/types.js';
import type { PerLocale } from './locales.js';

/**
 * The apps the wallet methods are paid in, per locale: "WeChat" (微信), not "WeChat Pay", which
 * is the method and not an app. Instructions name the app ("Open WeChat and tap Scan"), buttons
 * and labels the method. Both elements use these (`appNames` in their strings); methods without
 * an app of their own are named by their label.
 */
export const APP_NAMES: PerLocale<Partial<Record<KnownMethodId, string>>> = {
  en: {
    alipay: 'Alipay',
    'wechat-pay': 'WeChat',
    unionpay: 'Cloud QuickPass',
    'jd-pay': 'JD',
    ecny: 'e-CNY',
    bestpay: 'Bestpay',
    hebao: 'Hebao',
  },
  'zh-CN': {
    alipay: '支付宝',
    'wechat-pay': '微信',
    unionpay: '云闪付',
    'jd-pay': '京东',
    ecny: '数字人民币',
    bestpay: '翼支付',
    hebao: '和包',
  },
  'zh-TW': {
    alipay: '支付寶',
    'wechat-pay': '微信',
    unionpay: '雲閃付',
    'jd-pay': '京東',
    ecny: '數位人民幣',
    bestpay: '翼支付',
    hebao: '和包',
  },
};
