import { expect } from '@open-wc/testing';
import type { FinalStatus } from '../../src/core/types.js';
import type { WalletNextDetail, WalletRefreshDetail } from '../../src/wallet-redirect/events.js';
import {
  $,
  DESKTOP,
  fakeStatus,
  fakeVisibility,
  IN_WECHAT,
  MOBILE,
  mount,
  ofType,
  part,
  SESSION,
  settle,
  tabFlows,
  waitFor,
  type WalletRedirect,
} from './helpers.js';

const NEXT_EVENTS = ['wallet-continue', 'wallet-change-method', 'wallet-refresh', 'wallet-status'];

/** Mounts a session whose status the test answers with `status`, and waits for its final view. */
async function ended(status: FinalStatus, lang = 'en') {
  const fake = fakeStatus();
  const mounted = await mount({ checkStatus: fake.checkStatus, events: NEXT_EVENTS, lang });
  await fake.waitForCalls(1);
  fake.calls[0]!.resolve(status);
  await waitFor(() => mounted.el.status === status);
  await settle(mounted.el);
  return mounted;
}

const visibleText = (el: WalletRedirect, name: string) => part(el, name)?.textContent?.trim();

describe('<wallet-redirect> a way forward from every final state', () => {
  it('paid: the amount again, and “Continue” fires wallet-continue with the session', async () => {
    const { el, events } = await ended('paid');
    expect(visibleText(el, 'final-amount')).to.equal('CN¥128.00');
    part(el, 'continue-button')!.click();
    const [detail] = ofType<WalletNextDetail>(events, 'wallet-continue');
    expect(detail!.status).to.equal('paid');
    expect(detail!.session.id).to.equal(SESSION.id);
    expect(part(el, 'change-method-button')).to.be.null;
  });

  for (const status of ['failed', 'cancelled'] as const) {
    it(`${status}: “Try again” asks for a new session, “Choose another method” fires wallet-change-method`, async () => {
      const { el, events } = await ended(status);
      expect(visibleText(el, 'retry-button')).to.equal('Try again');
      part(el, 'retry-button')!.click();
      expect(ofType<WalletRefreshDetail>(events, 'wallet-refresh')[0]!.session.id).to.equal(
        SESSION.id,
      );
      part(el, 'change-method-button')!.click();
      expect(ofType<WalletNextDetail>(events, 'wallet-change-method')).to.deep.equal([
        { status, session: ofType<WalletRefreshDetail>(events, 'wallet-refresh')[0]!.session },
      ]);
      expect(part(el, 'continue-button')).to.be.null;
    });
  }

  it('expired: “Get a new code” and “Choose another method”', async () => {
    const { el, events } = await ended('expired');
    expect(visibleText(el, 'refresh-button')).to.equal('Get a new code');
    part(el, 'change-method-button')!.click();
    expect(ofType<WalletNextDetail>(events, 'wallet-change-method')[0]!.status).to.equal('expired');
  });

  it('speaks the next steps in Chinese (完成, 重新支付, 更换支付方式)', async () => {
    expect(visibleText((await ended('paid', 'zh-CN')).el, 'continue-button')).to.equal('完成');
    const failed = (await ended('failed', 'zh-CN')).el;
    expect(visibleText(failed, 'retry-button')).to.equal('重新支付');
    expect(visibleText(failed, 'change-method-button')).to.equal('更换支付方式');
  });

  it('lets the shop replace the next steps through the <status>-actions slot', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus });
    const link = document.createElement('a');
    link.slot = 'paid-actions';
    link.href = '#order';
    link.textContent = 'View order';
    el.append(link);
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    await settle(el);
    const slot = $(el, 'slot[name="paid-actions"]') as HTMLSlotElement;
    expect(slot.assignedElements()).to.deep.equal([link]);
    expect(part(el, 'continue-button')!.checkVisibility()).to.be.false;
  });

  it('does not take focus from a control elsewhere on the page when the outcome arrives', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus });
    const outside = document.createElement('input');
    el.before(outside);
    outside.focus();
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    await settle(el);
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });
});

describe('<wallet-redirect> the QR screen', () => {
  it('on a phone, leads with “Save image” and the save-and-scan steps naming the app', async () => {
    const { el } = await mount({
      environment: MOBILE,
      attrs: { flow: 'qr' },
      session: { ...SESSION, method: 'wechat-pay' },
    });
    await waitFor(() => !!part(el, 'qr-code'), 5000);
    await settle(el);
    const steps = [...part(el, 'save-steps')!.querySelectorAll('li')].map((li) =>
      li.textContent!.trim(),
    );
    // The app is WeChat; WeChat Pay is the method.
    expect(steps).to.deep.equal([
      'Save the code to your photos',
      'Open WeChat and tap Scan',
      'Choose the code from your album',
    ]);
    const buttons = [...part(el, 'actions')!.querySelectorAll('button')];
    expect(buttons[0]).to.equal(part(el, 'save-button'));
    expect(buttons[0]!.className).to.equal('primary');
    expect(part(el, 'ask-friend-button')).to.exist;
    expect(part(el, 'qr-panel')!.textContent).not.to.contain('on your phone');
  });

  it('on a computer, says to scan with the phone, with no “Open app” and no “Ask a friend” button', async () => {
    const { el } = await mount({ environment: DESKTOP });
    await waitFor(() => !!part(el, 'qr-code'), 5000);
    await settle(el);
    expect(visibleText(el, 'hint')).to.equal('Open Alipay on your phone and scan this code.');
    expect(part(el, 'save-steps')).to.be.null;
    expect(part(el, 'ask-friend-button')).to.be.null;
    expect(tabFlows(el)).to.deep.equal(['qr', 'share']);
    expect(part(el, 'wallet-mark')!.textContent!.trim()).to.equal('Alipay');
  });

  it('turns the countdown urgent under two minutes and under one, in words', async () => {
    const restore = fakeVisibility('visible');
    try {
      for (const [seconds, urgency, text] of [
        [600, 'calm', /^Pay within (10:00|9:5\d)$/],
        [110, 'soon', /^Only 1:[45]\d left to pay$/],
        [50, 'now', /^Hurry: 0:[45]\d left$/],
      ] as const) {
        const expiresAt = new Date(Date.now() + seconds * 1000).toISOString();
        const { el } = await mount({ session: { ...SESSION, expiresAt } });
        const countdown = part(el, 'countdown')!;
        expect(countdown.getAttribute('part')).to.equal(`countdown countdown-${urgency}`);
        expect(countdown.textContent!.trim()).to.match(text);
      }
    } finally {
      restore();
    }
  });

  it('shows the shop’s own image for the method on the frame, and ignores an unsafe one', async () => {
    const { el } = await mount({ attrs: { 'wallet-icon': '/icons/alipay.svg' } });
    expect(part(el, 'wallet-mark')!.querySelector('img')!.getAttribute('src')).to.equal(
      '/icons/alipay.svg',
    );
    const unsafe = await mount({ attrs: { 'wallet-icon': 'javascript:alert(1)' } });
    expect(part(unsafe.el, 'wallet-mark')!.querySelector('img')).to.be.null;
    expect(part(unsafe.el, 'wallet-mark')!.querySelector('svg')).to.exist;
  });
});

describe('<wallet-redirect> status line', () => {
  it('turns into a warning with a mark while the shop cannot be reached', async () => {
    const { el } = await mount({
      attrs: { 'poll-interval': '500' },
      checkStatus: () => Promise.reject(new Error('HTTP 503')),
    });
    await waitFor(() => !!part(el, 'unreachable'), 8000);
    const line = part(el, 'status')!;
    expect(line.classList.contains('unreachable')).to.be.true;
    expect(line.querySelector('svg.alert')).to.exist;
    expect(line.querySelector('.pulse')).to.be.null;
  });

  it('keeps “I have paid” on its own line in a narrow card, not squeezed beside the text', async () => {
    const { el } = await mount();
    el.style.width = '340px';
    await settle(el);
    const text = part(el, 'status')!.querySelector('.status-text')!.getBoundingClientRect();
    const button = part(el, 'check-button')!.getBoundingClientRect();
    expect(button.top).to.be.greaterThanOrEqual(text.bottom - 1);
  });
});

describe('<wallet-redirect> open in browser', () => {
  it('shows the overlay only on a phone, and not after “Got it” for the same session', async () => {
    const { el } = await mount({ environment: { ...IN_WECHAT, mobile: false } });
    expect(el.activeFlow).to.equal('qr'); // WeChat on a computer: scan with the phone
    $(el, '[data-flow="open-in-browser"]')!.click();
    await settle(el);
    expect(part(el, 'open-in-browser-panel')).to.exist;
    expect(part(el, 'browser-overlay')).to.be.null;
    const phone = await mount({ environment: IN_WECHAT });
    part(phone.el, 'overlay-close')!.click();
    await settle(phone.el);
    expect(part(phone.el, 'browser-overlay')).to.be.null;
    phone.el.requestUpdate();
    await settle(phone.el);
    expect(part(phone.el, 'browser-overlay')).to.be.null;
  });
});

describe('<wallet-redirect> on a right-to-left page', () => {
  it('keeps the punctuation of its own text where it belongs (no “.Alipay can’t be opened…”)', async () => {
    const { el } = await mount({ environment: IN_WECHAT, dir: 'rtl' });
    part(el, 'overlay-close')!.click();
    await settle(el);
    const hint = part(el, 'hint')!;
    expect(hint.textContent!.trim()).to.equal('Alipay can’t be opened inside WeChat.');
    const node = [...hint.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && /\w/.test(n.textContent!),
    )!;
    const charBox = (index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect();
    };
    const first = charBox(node.textContent!.indexOf('A'));
    const stop = charBox(node.textContent!.lastIndexOf('.'));
    // Laid out left to right: the full stop comes after the last word, at the right end.
    expect(stop.left).to.be.greaterThan(first.left);
  });
});

describe('<wallet-redirect> dark scheme', () => {
  it('lifts the selected tab above the track (lighter), not sinks it', async () => {
    const { el } = await mount();
    el.style.colorScheme = 'dark';
    await settle(el);
    // rgb(…) in 0–255, or color(srgb …) in 0–1 (what color-mix() computes to).
    const lightness = (color: string) => {
      const scale = color.startsWith('color(') ? 255 : 1;
      const [r, g, b] = color.match(/[\d.]+/g)!.map((n) => Number(n) * scale);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const selected = getComputedStyle($(el, '[aria-selected="true"]')!).backgroundColor;
    const track = getComputedStyle(part(el, 'tabs')!).backgroundColor;
    expect(lightness(selected)).to.be.greaterThan(lightness(track) + 8);
  });
});
