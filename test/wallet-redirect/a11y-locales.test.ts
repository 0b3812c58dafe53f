import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  DESKTOP,
  fakeStatus,
  IN_WECHAT,
  MOBILE,
  mount,
  part,
  SESSION,
  settle,
  tabs,
  waitFor,
} from './helpers.js';

describe('<wallet-redirect> accessibility', () => {
  it('is accessible in the QR panel', async () => {
    const { el } = await mount({ environment: DESKTOP });
    await waitFor(() => $(el, 'svg.qr-svg') !== null);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the redirect panel', async () => {
    const { el } = await mount({ environment: MOBILE });
    await expect(el).to.be.accessible();
  });

  it('is accessible in the share panel, with the link field shown', async () => {
    const { el } = await mount({ environment: MOBILE, attrs: { flow: 'share' } });
    // Neither the share sheet nor the clipboard: the link field is the last resort.
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    const writeText = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
    try {
      await el.share();
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['share'];
      if (writeText) Object.defineProperty(navigator.clipboard, 'writeText', writeText);
      else delete (navigator.clipboard as unknown as Record<string, unknown>)['writeText'];
    }
    await settle(el);
    expect($(el, 'input.link-input')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible in the open-in-browser panel', async () => {
    const { el } = await mount({ environment: IN_WECHAT });
    await expect(el).to.be.accessible();
  });

  for (const status of ['paid', 'failed', 'expired', 'cancelled'] as const) {
    it(`is accessible in the ${status} view`, async () => {
      const fake = fakeStatus();
      const { el } = await mount({ checkStatus: fake.checkStatus });
      await fake.waitForCalls(1);
      fake.calls[0]!.resolve(status);
      await waitFor(() => el.status === status);
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible with an invalid session and with an unsafe link', async () => {
    const bad = await mount({ session: { id: '' } as never });
    await expect(bad.el).to.be.accessible();
    const unsafe = await mount({ session: { ...SESSION, redirectUrl: 'javascript:alert(1)' } });
    await expect(unsafe.el).to.be.accessible();
  });

  it('has a polite status live region', async () => {
    const { el } = await mount();
    const region = $(el, '[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
  });

  it('completes the redirect flow with the keyboard alone: Tab to the tabs, arrows, Tab, Enter', async () => {
    const navigated: string[] = [];
    // A phone showing the code first (the app's "Open app" is offered on phones).
    const { el } = await mount({
      environment: MOBILE,
      attrs: { flow: 'qr' },
      navigate: (url) => navigated.push(url),
    });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[1]); // the selected tab
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.activeFlow).to.equal('redirect');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'open-button'));
    await sendKeys({ press: 'Enter' });
    expect(navigated).to.deep.equal([SESSION.redirectUrl]);
  });

  it('shares with the keyboard alone', async () => {
    const { el } = await mount({ environment: DESKTOP });
    tabs(el)[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'share-button'));
  });
});

describe('<wallet-redirect> locales and direction', () => {
  it('speaks Simplified Chinese under lang="zh-CN", with a bare ¥', async () => {
    const { el } = await mount({ environment: MOBILE, lang: 'zh-CN' });
    expect(part(el, 'open-button')!.textContent!.trim()).to.equal('使用支付宝支付 ¥128.00');
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      '打开 App',
      '扫码支付',
      '找朋友帮忙付',
    ]);
    expect(part(el, 'status')!.textContent).to.contain('等待支付结果');
  });

  it('speaks Traditional Chinese under lang="zh-TW" (and zh-HK), never a bare ¥', async () => {
    for (const lang of ['zh-TW', 'zh-HK']) {
      const { el } = await mount({ environment: MOBILE, lang });
      expect(part(el, 'open-button')!.textContent!.trim()).to.equal('使用支付寶付款 CN¥128.00');
    }
  });

  it('names WeChat in Chinese in the open-in-browser guidance', async () => {
    const { el } = await mount({ environment: IN_WECHAT, lang: 'zh-CN' });
    expect(part(el, 'open-in-browser-panel')!.textContent).to.contain('微信内无法打开支付宝');
    expect(part(el, 'steps')!.textContent).to.contain('点击右上角的 ⋯');
  });

  it('says "Open in Safari" on iOS', async () => {
    const { el } = await mount({ environment: { ...IN_WECHAT, os: 'ios' } });
    expect(part(el, 'steps')!.textContent).to.contain('Open in Safari');
  });

  it('re-renders when the lang attribute changes', async () => {
    const { el } = await mount({ environment: MOBILE });
    el.parentElement!.setAttribute('lang', 'zh-CN');
    await waitFor(() => part(el, 'open-button')!.textContent!.includes('支付宝'));
  });

  it('lets every string be overridden', async () => {
    const { el } = await mount({ environment: MOBILE });
    el.strings = {
      payWith: 'Confirm and pay {amount} via {wallet}',
      methodLabels: { alipay: 'AliPay+' },
    };
    await settle(el);
    expect(part(el, 'open-button')!.textContent!.trim()).to.equal(
      'Confirm and pay CN¥128.00 via AliPay+',
    );
  });

  it('points the menu arrow from the top-right corner of the screen at the app’s ⋯ menu, in right-to-left pages too', async () => {
    // The menu is part of the app's chrome, not of the page: it does not move with `dir`, and it
    // is at the top right of the screen, whatever the element's place on the page.
    for (const dir of ['ltr', 'rtl'] as const) {
      const { el } = await mount({ environment: IN_WECHAT, dir });
      const arrow = part(el, 'menu-arrow')!.getBoundingClientRect();
      expect(window.innerWidth - arrow.right, dir).to.be.within(0, 24);
      expect(arrow.top, dir).to.be.within(0, 16);
      const overlay = part(el, 'browser-overlay')!.getBoundingClientRect();
      expect([overlay.top, overlay.left, overlay.width, overlay.height], dir).to.deep.equal([
        0,
        0,
        window.innerWidth,
        window.innerHeight,
      ]);
    }
  });

  it('closes the overlay with “Got it” or Escape, and keeps the panel', async () => {
    for (const close of ['click', 'Escape'] as const) {
      const { el } = await mount({ environment: IN_WECHAT });
      const button = part(el, 'overlay-close')!;
      expect(el.shadowRoot!.activeElement, 'focus on “Got it”').to.equal(button);
      if (close === 'click') button.click();
      else await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(part(el, 'browser-overlay'), close).to.be.null;
      expect(part(el, 'open-in-browser-panel'), close).to.not.be.null;
    }
  });

  it('uses no inline style attributes anywhere', async () => {
    for (const environment of [DESKTOP, MOBILE, IN_WECHAT]) {
      const { el } = await mount({ environment });
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    }
  });
});
