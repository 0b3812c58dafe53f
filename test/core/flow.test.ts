import { expect } from '@open-wc/testing';
import {
  WALLET_METHOD_IDS,
  blockedLinks,
  blockedWallets,
  chooseFlow,
  fallbackFlow,
  isRedirectBlocked,
  isWalletMethodId,
  predictFlow,
} from '../../src/core/flow.js';
import type { FlowSession } from '../../src/core/flow.js';
import type {
  Environment,
  Flow,
  FlowChoice,
  FlowPreference,
  InAppBrowser,
} from '../../src/core/types.js';
import { IN_APP_BROWSERS } from '../support/environments.js';

const WALLETS = ['alipay', 'wechat-pay', 'unionpay', 'jd-pay', 'ecny', 'bestpay', 'hebao'];
const NON_WALLETS = ['card', 'apple-pay', 'google-pay', 'paypal', 'klarna'];
const PREFERENCES: FlowPreference[] = ['auto', 'redirect', 'qr', 'share'];

function env(mobile: boolean, inApp: InAppBrowser | null = null): Environment {
  return {
    mobile,
    os: mobile ? 'android' : 'windows',
    inApp,
    miniProgram: false,
    canShare: false,
    canCopy: false,
  };
}
const PHONE = env(true);
const DESKTOP = env(false);

const H5 = 'https://wallet.example/h5/pay?id=1';
const QR = 'weixin://wxpay/bizpayurl?pr=abc';
const SHARE = 'https://shop.example/friend-pay/42';

/**
 * The blocking table, written out as the specification: for each in-app browser, the wallets
 * whose hand-off fails there. Changing the data in flow.ts must change this too.
 */
const BLOCKED: Record<InAppBrowser, string[]> = {
  wechat: WALLETS,
  wecom: WALLETS,
  alipay: ['wechat-pay'],
  qq: WALLETS,
  weibo: WALLETS,
  dingtalk: [],
  douyin: WALLETS,
  xiaohongshu: WALLETS,
  taobao: ['wechat-pay'],
  tmall: ['wechat-pay'],
  uc: [],
  unionpay: [],
  facebook: [],
  instagram: [],
  line: [],
};

/** Redirect links by kind, with the in-app browsers that refuse them whatever the method. */
const REDIRECTS: { kind: string; url: string | undefined; refusedIn: InAppBrowser[] }[] = [
  { kind: 'none', url: undefined, refusedIn: [] },
  { kind: 'blank', url: '  ', refusedIn: [] },
  { kind: 'https page', url: H5, refusedIn: [] },
  { kind: 'relative page', url: '/pay/42', refusedIn: [] },
  {
    kind: 'alipays:// link',
    url: 'alipays://platformapi/startapp?appId=20000067',
    refusedIn: ['wechat', 'wecom', 'qq', 'weibo', 'douyin', 'xiaohongshu'],
  },
  {
    kind: 'weixin:// link',
    url: 'weixin://dl/business/?t=abc',
    refusedIn: [
      'wechat',
      'wecom',
      'qq',
      'weibo',
      'douyin',
      'xiaohongshu',
      'alipay',
      'taobao',
      'tmall',
    ],
  },
  {
    kind: 'Alipay page',
    url: 'https://openapi.alipay.com/gateway.do?method=alipay.trade.wap.pay',
    refusedIn: ['wechat', 'wecom'],
  },
  {
    kind: 'WeChat Pay H5 page',
    url: 'https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1',
    refusedIn: ['wechat', 'wecom', 'alipay', 'taobao', 'tmall'],
  },
];

/** DESIGN.md's flow table, restated independently of the implementation. */
function expected(
  method: string,
  redirect: (typeof REDIRECTS)[number],
  qr: boolean,
  share: boolean,
  environment: Environment,
  preference: FlowPreference,
): FlowChoice {
  const hasRedirect = redirect.url !== undefined && redirect.url.trim() !== '';
  if (!hasRedirect && !qr && !share) return { flow: null, reason: 'no-usable-flow', available: [] };
  const app = environment.inApp;
  const blocked =
    hasRedirect &&
    app !== null &&
    (BLOCKED[app].includes(method) || redirect.refusedIn.includes(app));
  // On a computer, a wallet's app is on the phone: no redirect while a code or a link can reach
  // it, unless the shop asks for the redirect (a web cashier).
  const phoneOnly =
    !environment.mobile && WALLETS.includes(method) && (qr || share) && preference !== 'redirect';
  const available: Flow[] = [];
  if (hasRedirect && (blocked || !phoneOnly)) {
    available.push(blocked ? 'open-in-browser' : 'redirect');
  }
  if (qr) available.push('qr');
  if (share) available.push('share');
  if (blocked && (environment.mobile || (!qr && !share))) {
    return { flow: 'open-in-browser', reason: 'blocked-in-app', available };
  }
  if (preference !== 'auto' && available.includes(preference)) {
    return { flow: preference, reason: 'requested', available };
  }
  if (environment.mobile) {
    const flow = available.includes('redirect') ? 'redirect' : qr ? 'qr' : 'share';
    return { flow, reason: 'mobile', available };
  }
  const flow = qr ? 'qr' : share ? 'share' : 'redirect';
  return { flow, reason: 'desktop', available };
}

describe('chooseFlow', () => {
  describe('the rows of the flow table', () => {
    it('sends a phone in WeChat that would open Alipay to a real browser, with QR and share as alternatives', () => {
      expect(
        chooseFlow(
          'alipay',
          { redirectUrl: H5, qrPayload: QR, shareUrl: SHARE },
          env(true, 'wechat'),
        ),
      ).to.deep.equal({
        flow: 'open-in-browser',
        reason: 'blocked-in-app',
        available: ['open-in-browser', 'qr', 'share'],
      });
    });

    it('sends a phone in Alipay that would open WeChat Pay to a real browser', () => {
      expect(chooseFlow('wechat-pay', { redirectUrl: H5 }, env(true, 'alipay'))).to.deep.equal({
        flow: 'open-in-browser',
        reason: 'blocked-in-app',
        available: ['open-in-browser'],
      });
    });

    it('opens the wallet app on a phone when there is a redirect link', () => {
      expect(chooseFlow('alipay', { redirectUrl: H5, qrPayload: QR }, PHONE)).to.deep.equal({
        flow: 'redirect',
        reason: 'mobile',
        available: ['redirect', 'qr'],
      });
    });

    it('opens Alipay normally inside Alipay itself', () => {
      expect(chooseFlow('alipay', { redirectUrl: H5 }, env(true, 'alipay')).flow).to.equal(
        'redirect',
      );
    });

    it('shows the QR code on a desktop', () => {
      expect(
        chooseFlow('wechat-pay', { redirectUrl: H5, qrPayload: QR, shareUrl: SHARE }, DESKTOP),
      ).to.deep.equal({ flow: 'qr', reason: 'desktop', available: ['qr', 'share'] });
    });

    it('offers no "Open app" for a wallet on a desktop unless the shop asks for it', () => {
      const session = { redirectUrl: H5, qrPayload: QR };
      expect(chooseFlow('alipay', session, DESKTOP).available).to.deep.equal(['qr']);
      expect(chooseFlow('alipay', session, DESKTOP, 'redirect')).to.deep.equal({
        flow: 'redirect',
        reason: 'requested',
        available: ['redirect', 'qr'],
      });
      // Not a wallet (a card's 3-D Secure page, PayPal): its page works on a computer.
      expect(chooseFlow('paypal', session, DESKTOP).available).to.deep.equal(['redirect', 'qr']);
    });

    it('offers the friend-pay link on a desktop without a QR code', () => {
      expect(chooseFlow('alipay', { redirectUrl: H5, shareUrl: SHARE }, DESKTOP).flow).to.equal(
        'share',
      );
    });

    it('redirects on a desktop when that is all the session has', () => {
      expect(chooseFlow('alipay', { redirectUrl: H5 }, DESKTOP)).to.deep.equal({
        flow: 'redirect',
        reason: 'desktop',
        available: ['redirect'],
      });
    });

    it('reports a session with nothing usable', () => {
      for (const session of [{}, { redirectUrl: '', qrPayload: ' ', shareUrl: '\n' }]) {
        expect(chooseFlow('alipay', session, PHONE)).to.deep.equal({
          flow: null,
          reason: 'no-usable-flow',
          available: [],
        });
      }
    });

    it('still shows the QR code in WeChat for Windows, which never navigates to Alipay', () => {
      expect(
        chooseFlow('alipay', { redirectUrl: H5, qrPayload: QR }, env(false, 'wechat')),
      ).to.deep.equal({ flow: 'qr', reason: 'desktop', available: ['open-in-browser', 'qr'] });
    });

    it('does not send a phone to a real browser when the session has no redirect to follow there', () => {
      expect(chooseFlow('alipay', { qrPayload: QR }, env(true, 'wechat'))).to.deep.equal({
        flow: 'qr',
        reason: 'mobile',
        available: ['qr'],
      });
    });

    it('shows the QR code on a phone without a redirect link', () => {
      expect(chooseFlow('alipay', { qrPayload: QR, shareUrl: SHARE }, PHONE).flow).to.equal('qr');
      expect(chooseFlow('alipay', { shareUrl: SHARE }, PHONE).flow).to.equal('share');
    });

    it('catches an Alipay link of a custom method inside WeChat', () => {
      const session = { redirectUrl: 'alipays://platformapi/startapp?appId=1' };
      expect(chooseFlow('huabei', session, env(true, 'wechat')).flow).to.equal('open-in-browser');
      expect(chooseFlow('huabei', session, PHONE).flow).to.equal('redirect');
    });
  });

  describe('preference', () => {
    it('honours a requested flow the session allows', () => {
      const session = { redirectUrl: H5, qrPayload: QR, shareUrl: SHARE };
      expect(chooseFlow('alipay', session, PHONE, 'share')).to.deep.equal({
        flow: 'share',
        reason: 'requested',
        available: ['redirect', 'qr', 'share'],
      });
      expect(chooseFlow('alipay', session, DESKTOP, 'redirect').flow).to.equal('redirect');
    });

    it('ignores a requested flow the session does not allow', () => {
      expect(chooseFlow('alipay', { redirectUrl: H5 }, PHONE, 'qr')).to.deep.equal({
        flow: 'redirect',
        reason: 'mobile',
        available: ['redirect'],
      });
    });

    it('still sends the shopper to a real browser when the wallet is blocked', () => {
      const session = { redirectUrl: H5, qrPayload: QR };
      for (const preference of PREFERENCES) {
        expect(chooseFlow('alipay', session, env(true, 'wechat'), preference).flow).to.equal(
          'open-in-browser',
        );
      }
    });
  });

  it('follows the flow table for every in-app browser, method, session shape, device and preference', () => {
    let checked = 0;
    for (const app of [null, ...IN_APP_BROWSERS]) {
      for (const mobile of [true, false]) {
        const environment = env(mobile, app);
        for (const method of [...WALLETS, ...NON_WALLETS]) {
          for (const redirect of REDIRECTS) {
            for (const qr of [false, true]) {
              for (const share of [false, true]) {
                const session: FlowSession = {
                  ...(redirect.url === undefined ? {} : { redirectUrl: redirect.url }),
                  ...(qr ? { qrPayload: QR } : {}),
                  ...(share ? { shareUrl: SHARE } : {}),
                };
                for (const preference of PREFERENCES) {
                  const actual = chooseFlow(method, session, environment, preference);
                  const want = expected(method, redirect, qr, share, environment, preference);
                  if (JSON.stringify(actual) !== JSON.stringify(want)) {
                    expect(
                      actual,
                      JSON.stringify({ app, mobile, method, redirect, qr, share, preference }),
                    ).to.deep.equal(want);
                  }
                  checked++;
                }
              }
            }
          }
        }
      }
    }
    expect(checked).to.equal(16 * 2 * 12 * 8 * 2 * 2 * 4);
  });

  it('always chooses a flow from the available list, listed in tab order', () => {
    const order: Flow[] = ['open-in-browser', 'redirect', 'qr', 'share'];
    for (const app of [null, ...IN_APP_BROWSERS]) {
      for (const mobile of [true, false]) {
        for (const redirect of REDIRECTS) {
          for (const qr of [false, true]) {
            const choice = chooseFlow(
              'alipay',
              { redirectUrl: redirect.url, qrPayload: qr ? QR : undefined, shareUrl: SHARE },
              env(mobile, app),
            );
            expect(choice.available).to.include(choice.flow);
            expect(choice.available).to.deep.equal(
              order.filter((f) => choice.available.includes(f)),
            );
            expect(
              choice.available.includes('redirect') && choice.available.includes('open-in-browser'),
            ).to.be.false;
          }
        }
      }
    }
  });
});

describe('blocking table', () => {
  it('matches the specification for every in-app browser and wallet', () => {
    for (const app of IN_APP_BROWSERS) {
      expect([...blockedWallets[app]].sort(), app).to.deep.equal([...BLOCKED[app]].sort());
    }
  });

  it('lists only wallet method ids', () => {
    for (const app of IN_APP_BROWSERS) {
      for (const id of blockedWallets[app])
        expect(isWalletMethodId(id), `${app}: ${id}`).to.be.true;
    }
  });

  it('has link rules for every in-app browser', () => {
    expect(Object.keys(blockedLinks).sort()).to.deep.equal([...IN_APP_BROWSERS].sort());
  });
});

describe('isRedirectBlocked', () => {
  it('never blocks in a real browser', () => {
    for (const { url } of REDIRECTS) {
      if (url !== undefined) expect(isRedirectBlocked('alipay', url, null)).to.be.false;
    }
  });

  it('matches Alipay subdomains only, not look-alike hosts', () => {
    expect(isRedirectBlocked('x', 'https://mclient.alipay.com/pay', 'wechat')).to.be.true;
    expect(isRedirectBlocked('x', 'https://ALIPAY.COM/pay', 'wechat')).to.be.true;
    expect(isRedirectBlocked('x', 'https://notalipay.com/pay', 'wechat')).to.be.false;
    expect(isRedirectBlocked('x', 'https://alipay.com.evil.example/pay', 'wechat')).to.be.false;
  });

  it('treats Android intent links as app links', () => {
    const intent =
      'intent://platformapi/startapp#Intent;scheme=alipays;package=com.eg.android.AlipayGphone;end';
    expect(isRedirectBlocked('x', intent, 'douyin')).to.be.true;
    expect(isRedirectBlocked('x', intent, 'facebook')).to.be.false;
  });

  it('does not block a redirect that is not a parseable URL', () => {
    expect(isRedirectBlocked('x', 'https://', 'wechat')).to.be.false;
  });

  it('does not block an unknown in-app browser name from untyped code', () => {
    expect(isRedirectBlocked('alipay', H5, 'myspace' as InAppBrowser)).to.be.false;
  });
});

describe('fallbackFlow', () => {
  it('falls back to the QR code first', () => {
    expect(fallbackFlow({ qrPayload: QR, shareUrl: SHARE }, ['redirect', 'qr', 'share'])).to.equal(
      'qr',
    );
  });

  it('falls back to sharing without a QR code', () => {
    expect(fallbackFlow({ shareUrl: SHARE }, ['redirect', 'share'])).to.equal('share');
  });

  it('has no fallback when the session has neither', () => {
    expect(fallbackFlow({ redirectUrl: H5 }, ['redirect'])).to.be.null;
    expect(fallbackFlow({ redirectUrl: H5, qrPayload: '' }, ['redirect'])).to.be.null;
  });

  it('only falls back to a flow that is available', () => {
    expect(fallbackFlow({ qrPayload: QR, shareUrl: SHARE }, ['redirect', 'share'])).to.equal(
      'share',
    );
    expect(fallbackFlow({ qrPayload: QR }, ['redirect'])).to.be.null;
  });
});

describe('predictFlow', () => {
  it('predicts nothing for methods that are not wallets', () => {
    for (const method of NON_WALLETS) {
      for (const app of [null, ...IN_APP_BROWSERS]) {
        expect(predictFlow(method, env(true, app)), `${method} ${String(app)}`).to.be.null;
        expect(predictFlow(method, env(false, app))).to.be.null;
      }
    }
  });

  it('predicts paying here for a wallet inside its own app, and nothing for WeChat Pay in WeCom', () => {
    for (const [method, app] of [
      ['wechat-pay', 'wechat'],
      ['alipay', 'alipay'],
    ] as const) {
      expect(predictFlow(method, env(true, app)), `${method} in ${app}`).to.equal('in-app');
      expect(predictFlow(method, env(false, app)), `${method} in ${app}`).to.equal('in-app');
    }
    expect(predictFlow('wechat-pay', env(true, 'wecom'))).to.be.null;
    expect(predictFlow('wechat-pay', env(false, 'wecom'))).to.be.null;
  });

  it('predicts the app on a phone, a real browser where blocked, and the QR code on a desktop', () => {
    for (const method of WALLETS) {
      for (const app of [null, ...IN_APP_BROWSERS]) {
        if (method === 'wechat-pay' && (app === 'wechat' || app === 'wecom')) continue;
        if (method === 'alipay' && app === 'alipay') continue; // its own app: in-app, above
        const blocked = app !== null && BLOCKED[app].includes(method);
        expect(predictFlow(method, env(true, app)), `${method} in ${String(app)}`).to.equal(
          blocked ? 'open-in-browser' : 'redirect',
        );
        expect(predictFlow(method, env(false, app))).to.equal('qr');
      }
    }
  });

  it('says how Alipay proceeds inside WeChat and on a desktop', () => {
    expect(predictFlow('alipay', env(true, 'wechat'))).to.equal('open-in-browser');
    expect(predictFlow('alipay', DESKTOP)).to.equal('qr');
    expect(predictFlow('alipay', PHONE)).to.equal('redirect');
  });
});

describe('isWalletMethodId', () => {
  it('knows the wallets and nothing else', () => {
    expect([...WALLET_METHOD_IDS]).to.deep.equal(WALLETS);
    for (const id of WALLETS) expect(isWalletMethodId(id)).to.be.true;
    for (const id of [...NON_WALLETS, '', 'Alipay', null]) expect(isWalletMethodId(id)).to.be.false;
  });
});

describe('in-app names that are Object.prototype keys', () => {
  for (const inApp of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`treats inApp "${inApp}" as no in-app browser it knows`, () => {
      const environment = {
        mobile: true,
        os: 'android',
        inApp,
        miniProgram: false,
        canShare: true,
        canCopy: true,
      } as unknown as Environment;
      expect(isRedirectBlocked('alipay', 'alipays://x', environment.inApp)).to.be.false;
      expect(
        chooseFlow('alipay', { redirectUrl: 'alipays://x', qrPayload: 'x' }, environment),
      ).to.deep.equal({
        flow: 'redirect',
        reason: 'mobile',
        available: ['redirect', 'qr'],
      });
      expect(predictFlow('alipay', environment)).to.equal('redirect');
    });
  }
});

describe('chooseFlow: paying in the app the shopper is already in', () => {
  const WECHAT_JSAPI = {
    appId: 'wx1',
    timeStamp: '1700000000',
    nonceStr: 'n',
    package: 'prepay_id=wx1',
    signType: 'RSA',
    paySign: 's',
  };
  const SHARE_URL = 'https://shop.example/friend-pay/1';

  it('puts the pay sheet first for WeChat Pay inside WeChat when the session has jsapi', () => {
    expect(
      chooseFlow(
        'wechat-pay',
        { redirectUrl: H5, qrPayload: QR, shareUrl: SHARE_URL, jsapi: WECHAT_JSAPI },
        env(true, 'wechat'),
      ),
    ).to.deep.equal({
      flow: 'in-app',
      reason: 'in-app',
      available: ['in-app', 'open-in-browser', 'qr', 'share'],
    });
  });

  it('puts the pay sheet first for Alipay inside Alipay, and over a requested flow', () => {
    const choice = chooseFlow(
      'alipay',
      { redirectUrl: H5, jsapi: { tradeNO: 't1' } },
      env(true, 'alipay'),
      'redirect',
    );
    expect(choice.flow).to.equal('in-app');
    expect(choice.available).to.deep.equal(['in-app', 'redirect']);
  });

  it('pays with the sheet even when it is the only way', () => {
    expect(chooseFlow('alipay', { jsapi: { tradeNO: 't1' } }, env(true, 'alipay'))).to.deep.equal({
      flow: 'in-app',
      reason: 'in-app',
      available: ['in-app'],
    });
  });

  it('never in another app than the method’s own, nor without jsapi, nor in a real browser', () => {
    const jsapi = { tradeNO: 't1' };
    expect(
      chooseFlow('wechat-pay', { shareUrl: SHARE_URL, jsapi }, env(true, 'alipay')).flow,
    ).to.equal('share');
    expect(chooseFlow('alipay', { shareUrl: SHARE_URL, jsapi }, env(true, 'wechat')).flow).to.equal(
      'share',
    );
    expect(chooseFlow('wechat-pay', { shareUrl: SHARE_URL }, env(true, 'wechat')).flow).to.equal(
      'share',
    );
    expect(chooseFlow('wechat-pay', { shareUrl: SHARE_URL, jsapi }, PHONE).flow).to.equal('share');
  });
});
