// Edge cases found in review: races with a new session, focus that must not fall to the page,
// repeated announcements, malformed input, and what a final status or an equal session changes.
import { expect } from '@open-wc/testing';
import type {
  WalletErrorDetail,
  WalletFlowDetail,
  WalletShareDetail,
} from '../../src/wallet-redirect/events.js';
import type { WalletStringOverrides } from '../../src/i18n/strings.js';
import {
  $,
  DESKTOP,
  fakeStatus,
  fakeVisibility,
  liveText,
  MOBILE,
  mount,
  ofType,
  part,
  SESSION,
  settle,
  sleep,
  stubClipboard,
  stubShare,
  waitFor,
  type Stub,
  type WalletRedirect,
} from './helpers.js';

/** Records every change the live region's DOM goes through. */
function watchLiveRegion(el: WalletRedirect): { texts: string[]; stop(): void } {
  const region = $(el, '[role="status"]')!;
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

/** The element that has focus, looking into the element's shadow root. */
function focusedIn(el: WalletRedirect): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('<wallet-redirect> edge cases', () => {
  const stubs: Stub[] = [];
  beforeEach(() => sessionStorage.clear());
  afterEach(() => stubs.splice(0).forEach((s) => s.restore()));

  it('does not show the old session’s link field when its copy fails after a new session was set', async () => {
    let rejectCopy!: (e: unknown) => void;
    stubs.push(
      stubClipboard(
        () =>
          new Promise<void>((_resolve, reject) => {
            rejectCopy = reject;
          }),
      ),
    );
    const { el } = await mount({ environment: DESKTOP });
    expect(el.activeFlow).to.equal('qr');
    part(el, 'copy-button')!.click();
    await sleep(0);
    // The shop replaces the session while the clipboard is still deciding.
    const next = {
      ...SESSION,
      id: 'order-43',
      qrPayload: 'https://qr.alipay.com/new-code-43',
      shareUrl: 'https://shop.example/friend-pay/order-43',
    };
    el.session = next;
    await settle(el);
    rejectCopy(new DOMException('denied', 'NotAllowedError'));
    await sleep(20);
    await settle(el);
    // The new session's panel must not offer the old session's payment link.
    const input = part(el, 'link-input') as HTMLInputElement | null;
    expect(input?.value ?? null).to.equal(null);
    expect(liveText(el)).not.to.contain('Couldn’t copy');
  });

  it('announces "Link copied." again when the link is copied a second time', async () => {
    stubs.push(stubClipboard(() => Promise.resolve()));
    const { el } = await mount({ environment: DESKTOP });
    part(el, 'copy-button')!.click();
    await waitFor(() => liveText(el) === 'Link copied.');
    await settle(el);
    const watch = watchLiveRegion(el);
    part(el, 'copy-button')!.click();
    await sleep(50);
    await settle(el);
    watch.stop();
    // A screen reader hears a live region only when its content changes.
    expect(watch.texts, 'live region mutations on the second copy').to.not.be.empty;
    expect(watch.texts.at(-1)).to.equal('Link copied.');
  });

  it('does not throw when a string override is present but undefined', async () => {
    const { el } = await mount({ environment: MOBILE });
    expect(part(el, 'open-button')!.textContent).to.contain('Pay');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.error);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    let rejection: unknown = null;
    try {
      // e.g. React: strings={{ payWith: props.payLabel }} with no payLabel given.
      el.strings = { payWith: undefined } as WalletStringOverrides;
      await el.updateComplete.catch((e: unknown) => (rejection = e));
      await sleep(0);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(rejection, 'update rejected').to.equal(null);
    expect(errors).to.deep.equal([]);
    // The default string is kept.
    expect(part(el, 'open-button')!.textContent).to.contain('Pay CN¥128.00 with Alipay');
  });

  it('keeps the default redirect-timeout for a malformed redirect-timeout attribute', async () => {
    const { el, events } = await mount({
      environment: MOBILE,
      attrs: { 'redirect-timeout': 'soon' },
    });
    el.open();
    await sleep(200);
    await settle(el);
    // The app is still opening: no "Alipay didn't open" after 200 ms (default: 2500 ms).
    expect(ofType<WalletFlowDetail>(events, 'wallet-flow').map((d) => d.reason)).to.not.include(
      'app-not-opened',
    );
    expect(el.activeFlow).to.equal('redirect');
    expect(part(el, 'notice') === null, 'no notice').to.be.true;
  });

  it('keeps focus inside the element when "I have paid" ends in cancelled', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await settle(el);
    const button = part(el, 'check-button')!;
    button.focus();
    expect(focusedIn(el) === button, 'button focused').to.be.true;
    button.click(); // "I have paid": asks at once
    await fake.waitForCalls(2);
    fake.calls[1]!.resolve('cancelled');
    await waitFor(() => el.status === 'cancelled');
    await settle(el);
    // The focused button is gone; focus must not fall back to <body>.
    expect(document.activeElement?.localName, 'focused element').to.equal('wallet-redirect');
    expect(focusedIn(el)?.localName ?? null, 'focused inside the shadow root').to.not.equal(null);
  });

  it('keeps focus inside the element when the app did not open and the panel switches to the QR code', async () => {
    // The page stays visible (a background test page would say hidden: "the app opened").
    stubs.push({ restore: fakeVisibility('visible') });
    const { el } = await mount({ environment: MOBILE, attrs: { 'redirect-timeout': '60' } });
    const button = part(el, 'open-button')!;
    button.focus();
    button.click();
    await waitFor(() => el.activeFlow === 'qr');
    await settle(el);
    expect(document.activeElement?.localName, 'focused element').to.equal('wallet-redirect');
    expect(focusedIn(el)?.localName ?? null, 'focused inside the shadow root').to.not.equal(null);
  });

  it('share() does nothing after a final status, as open() does', async () => {
    stubs.push(stubShare(() => Promise.resolve()));
    const fake = fakeStatus();
    const { el, events } = await mount({
      environment: MOBILE,
      checkStatus: fake.checkStatus,
      attrs: { flow: 'share' },
    });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    await settle(el);
    await el.share();
    expect(ofType<WalletShareDetail>(events, 'wallet-share')).to.deep.equal([]);
  });

  it('reports invalid-session when a later allowedSchemes leaves the session no usable flow', async () => {
    const navigated: string[] = [];
    const fake = fakeStatus();
    const { el, events } = await mount({
      environment: MOBILE,
      checkStatus: fake.checkStatus,
      navigate: (url) => navigated.push(url),
      session: { id: 'order-7', method: 'wechat-pay', redirectUrl: 'weixin://wxpay/abc' },
    });
    expect(el.activeFlow).to.equal('redirect');
    el.allowedSchemes = ['alipays'];
    await settle(el);
    const codes = ofType<WalletErrorDetail>(events, 'wallet-error').map((d) => d.code);
    expect(codes).to.include('unsafe-url');
    expect(codes).to.include('invalid-session');
    // No "Pay with WeChat Pay" button that silently does nothing.
    expect(part(el, 'open-button') === null, 'no open button').to.be.true;
    part(el, 'open-button')?.click();
    expect(navigated).to.deep.equal([]);
  });

  it('fires no wallet-flow after the payment is final', async () => {
    const fake = fakeStatus();
    const { el, events } = await mount({ checkStatus: fake.checkStatus });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('paid');
    await waitFor(() => el.status === 'paid');
    await settle(el);
    const before = ofType(events, 'wallet-flow').length;
    el.flow = 'share';
    await settle(el);
    expect(ofType(events, 'wallet-flow').length).to.equal(before);
  });
  it('hides the unreachable note once checkStatus is set later and the shop answers', async () => {
    // No transport yet: the element says it cannot reach the shop.
    const { el } = await mount({ checkStatus: null });
    await settle(el);
    expect(part(el, 'unreachable'), 'shown without any transport').to.exist;
    const fake = fakeStatus();
    el.checkStatus = fake.checkStatus;
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await sleep(50);
    await settle(el);
    expect(el.status).to.equal('pending');
    expect(part(el, 'unreachable') === null, 'the shop answered: note hidden').to.be.true;
  });

  it('hides the unreachable note when the element is moved and the shop answers again', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus, attrs: { 'poll-interval': '20' } });
    for (let i = 0; i < 3; i++) {
      await fake.waitForCalls(i + 1, 5000);
      fake.calls[i]!.reject(new Error('503'));
      await sleep(5);
      part(el, 'check-button')?.click();
    }
    await settle(el);
    expect(part(el, 'unreachable'), 'shown after three failures').to.exist;
    // Moved elsewhere in the page (e.g. into a dialog): tracking restarts.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    const n = fake.calls.length;
    await fake.waitForCalls(n + 1, 5000);
    fake.calls[n]!.resolve('pending');
    await sleep(50);
    await settle(el);
    expect(el.status).to.equal('pending');
    expect(part(el, 'unreachable') === null, 'the shop answered: note hidden').to.be.true;
  });

  it('keeps the shopper’s tab when an identical session is set again', async () => {
    const { el, events } = await mount({ environment: DESKTOP });
    expect(el.activeFlow).to.equal('qr');
    const shareTab = $(el, '#tab-share')!;
    shareTab.click();
    await settle(el);
    expect(el.activeFlow).to.equal('share');
    const pendings = () =>
      events.filter((e) => e.type === 'wallet-status' && e.detail.status === 'pending').length;
    expect(pendings()).to.equal(1);
    // A framework re-render hands over an equal copy of the same session.
    el.session = { ...SESSION };
    await settle(el);
    expect(el.activeFlow, 'the tab the shopper chose').to.equal('share');
    expect(pendings(), 'no second "pending" for the same payment').to.equal(1);
  });

  it('a new session’s "I have paid" checks at once, even just after the old one’s', async () => {
    const fake = fakeStatus();
    const { el } = await mount({ checkStatus: fake.checkStatus });
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await settle(el);
    part(el, 'check-button')!.click();
    await fake.waitForCalls(2);
    el.session = { ...SESSION, id: 'order-43' };
    await settle(el);
    await fake.waitForCalls(3); // the new session's first check
    fake.calls[2]!.resolve('pending');
    await settle(el);
    expect(part(el, 'check-button')!.textContent!.trim()).to.equal('I have paid');
    part(el, 'check-button')!.click();
    await fake.waitForCalls(4, 500);
    expect(fake.calls[3]!.session.id).to.equal('order-43');
  });
});
