// Environments as `detectEnvironment` reports them, shared by the component and core tests.
import type { Environment, InAppBrowser } from '../../src/core/types.js';

/** A desktop browser: wallets pay by scanning a QR code. */
export const DESKTOP: Environment = {
  mobile: false,
  os: 'windows',
  inApp: null,
  miniProgram: false,
  canShare: false,
  canCopy: true,
};

/** A phone's browser: wallets pay in their app. */
export const MOBILE: Environment = { ...DESKTOP, mobile: true, os: 'android', canShare: true };

/** Inside WeChat on a phone: Alipay is blocked there. */
export const IN_WECHAT: Environment = { ...MOBILE, inApp: 'wechat' };

/** Every in-app browser `detectEnvironment` knows. */
export const IN_APP_BROWSERS: readonly InAppBrowser[] = [
  'wechat',
  'wecom',
  'alipay',
  'qq',
  'weibo',
  'dingtalk',
  'douyin',
  'xiaohongshu',
  'taobao',
  'tmall',
  'uc',
  'unionpay',
  'facebook',
  'instagram',
  'line',
];
