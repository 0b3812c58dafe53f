import type { Environment } from '../../src/core/types.js';

/**
 * Environments as `detectEnvironment` reports them, so a story shows the same hints and flow on
 * any machine that renders it.
 */
export const environments = {
  desktop: {
    mobile: false,
    os: 'macos',
    inApp: null,
    miniProgram: false,
    canShare: false,
    canCopy: true,
  },
  /** A phone's browser: wallets pay in their app. */
  mobile: {
    mobile: true,
    os: 'android',
    inApp: null,
    miniProgram: false,
    canShare: true,
    canCopy: true,
  },
  /** An iPhone's WeChat: Alipay links are blocked there. */
  wechat: {
    mobile: true,
    os: 'ios',
    inApp: 'wechat',
    miniProgram: false,
    canShare: false,
    canCopy: true,
  },
  /** An iPhone's Alipay app: Alipay pays in its own sheet there. */
  alipay: {
    mobile: true,
    os: 'ios',
    inApp: 'alipay',
    miniProgram: false,
    canShare: false,
    canCopy: true,
  },
  /** A WeChat mini program's web view: WeChat lets only the mini program itself pay. */
  miniProgram: {
    mobile: true,
    os: 'android',
    inApp: 'wechat',
    miniProgram: true,
    canShare: false,
    canCopy: true,
  },
} satisfies Record<string, Environment>;
