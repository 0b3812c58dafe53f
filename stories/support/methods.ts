import type { PaymentMethod } from '../../src/core/types.js';

/** What a shop in mainland China typically offers, most used first. */
export const chinaMethods: PaymentMethod[] = [
  { id: 'wechat-pay' },
  { id: 'alipay' },
  { id: 'unionpay' },
  { id: 'card' },
];

/** A long list, for `visible-count` and the "More payment methods" button. */
export const manyMethods: PaymentMethod[] = [
  { id: 'wechat-pay' },
  { id: 'alipay' },
  { id: 'unionpay' },
  { id: 'jd-pay' },
  { id: 'ecny' },
  { id: 'bestpay' },
  { id: 'hebao' },
  { id: 'card' },
];

/** An international checkout. */
export const internationalMethods: PaymentMethod[] = [
  { id: 'card', description: 'Visa, Mastercard, American Express, UnionPay' },
  { id: 'apple-pay' },
  { id: 'google-pay' },
  { id: 'paypal' },
];
