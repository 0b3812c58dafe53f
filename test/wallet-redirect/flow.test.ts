import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WalletFlowDetail } from '../../src/wallet-redirect/events.js';
import {
  $,
  DESKTOP,
  fakeVisibility,
  IN_WECHAT,
  MOBILE,
  mount,
  ofType,
  part,
  SESSION,
  settle,
  sleep,
  tabFlows,
  tabs,
  waitFor,
} from './helpers.js';

describe('<wallet-redirect> flow choice', () => {
  let restoreVisibility: () => void = () => {};
  beforeEach(() => {
    // Background test pages may be hidden; the app-open detector must see a visible page.
    restoreVisibility = fakeVisibility('visible');
  });
  afterEach(() => restoreVisibility());

  it('shows the QR code first on a desktop browser, with tabs for the flows that work there', async () => {
    const { el, events } = await mount({ environment: DESKTOP });
    expect(el.activeFlow).to.equal('qr');
    expect(ofType<WalletFlowDetail>(events, 'wallet-flow')).to.deep.equal([
      { flow: 'qr', reason: 'desktop' },
    ]);
    // No "Open app": the wallet's app is on the phone.
    expect(tabFlows(el)).to.deep.equal(['qr', 'share']);
    expect(part(el, 'qr-panel')).to.exist;
  });

  it('opens the wallet app first on a phone', async () => {
    const { el, events } = await mount({ environment: MOBILE });
    expect(el.activeFlow).to.equal('redirect');
    expect(ofType(events, 'wallet-flow')).to.deep.equal([{ flow: 'redirect', reason: 'mobile' }]);
    expect(part(el, 'open-button')!.textContent).to.contain('Pay CN¥128.00 with Alipay');
  });

  it('sends Alipay inside WeChat to open-in-browser, naming WeChat', async () => {
    const { el, events } = await mount({ environment: IN_WECHAT });
    expect(el.activeFlow).to.equal('open-in-browser');
    expect(ofType(events, 'wallet-flow')).to.deep.equal([
      { flow: 'open-in-browser', reason: 'blocked-in-app' },
    ]);
    expect(tabFlows(el)).to.deep.equal(['open-in-browser', 'qr', 'share']);
    const panel = part(el, 'open-in-browser-panel')!;
    expect(panel.textContent).to.contain('inside WeChat');
    expect(panel.textContent).to.contain('Tap ⋯ at the top right');
  });

  it('follows the flow attribute when the session allows it', async () => {
    const { el } = await mount({ environment: MOBILE, attrs: { flow: 'share' } });
    expect(el.activeFlow).to.equal('share');
  });

  it('chooses again, with wallet-flow, when the flow attribute or the environment changes', async () => {
    const { el, events } = await mount({ environment: DESKTOP });
    el.setAttribute('flow', 'share');
    await settle(el);
    expect(el.activeFlow).to.equal('share');
    el.removeAttribute('flow');
    el.environment = MOBILE;
    await settle(el);
    expect(el.activeFlow).to.equal('redirect');
    expect(part(el, 'open-button')).to.exist;
    expect(ofType<WalletFlowDetail>(events, 'wallet-flow')).to.deep.equal([
      { flow: 'qr', reason: 'desktop' },
      { flow: 'share', reason: 'requested' },
      { flow: 'redirect', reason: 'mobile' },
    ]);
    expect(ofType(events, 'wallet-status'), 'the session is not restarted').to.have.length(1);
  });

  it('shows no tabs when the session allows only one flow', async () => {
    const { el } = await mount({
      session: { id: 'a', method: 'wechat-pay', qrPayload: 'weixin://wxpay/bizpayurl?pr=x' },
    });
    expect(el.activeFlow).to.equal('qr');
    expect(tabs(el)).to.have.length(0);
  });

  it('falls back to the QR code when the app did not open (page still visible after redirect-timeout)', async () => {
    const navigated: string[] = [];
    const { el, events } = await mount({
      environment: MOBILE,
      navigate: (url) => navigated.push(url),
      attrs: { 'redirect-timeout': '80' },
    });
    part(el, 'open-button')!.click();
    expect(navigated).to.deep.equal([SESSION.redirectUrl]);
    expect(ofType(events, 'wallet-redirect')).to.deep.equal([{ url: SESSION.redirectUrl }]);
    await waitFor(() => el.activeFlow === 'qr');
    expect(ofType(events, 'wallet-flow').at(-1)).to.deep.equal({
      flow: 'qr',
      reason: 'app-not-opened',
    });
    await settle(el);
    expect(part(el, 'notice')!.textContent).to.contain('Alipay didn’t open');
  });

  it('falls back to share when there is no QR code', async () => {
    const { el, events } = await mount({
      environment: MOBILE,
      session: { ...SESSION, qrPayload: undefined },
      attrs: { 'redirect-timeout': '50' },
    });
    el.open();
    await waitFor(() => el.activeFlow === 'share');
    expect(ofType(events, 'wallet-flow').at(-1)).to.deep.equal({
      flow: 'share',
      reason: 'app-not-opened',
    });
  });

  it('does not fall back when the page is hidden within the timeout (the app opened)', async () => {
    const { el, events } = await mount({
      environment: MOBILE,
      attrs: { 'redirect-timeout': '600' },
    });
    el.open();
    await sleep(30);
    restoreVisibility();
    restoreVisibility = fakeVisibility('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    restoreVisibility();
    restoreVisibility = fakeVisibility('visible');
    await sleep(700);
    expect(el.activeFlow).to.equal('redirect');
    expect(ofType(events, 'wallet-flow')).to.have.length(1);
  });

  it('does not fall back after pagehide within the timeout', async () => {
    const { el } = await mount({ environment: MOBILE, attrs: { 'redirect-timeout': '100' } });
    el.open();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await sleep(180);
    expect(el.activeFlow).to.equal('redirect');
  });

  it('does not take blur as evidence that the app opened', async () => {
    const { el } = await mount({ environment: MOBILE, attrs: { 'redirect-timeout': '60' } });
    el.open();
    window.dispatchEvent(new Event('blur'));
    await waitFor(() => el.activeFlow === 'qr');
  });

  it('does not navigate when wallet-redirect is cancelled', async () => {
    const navigated: string[] = [];
    const { el } = await mount({ environment: MOBILE, navigate: (url) => navigated.push(url) });
    el.addEventListener('wallet-redirect', (e) => e.preventDefault());
    el.open();
    expect(navigated).to.deep.equal([]);
  });

  it('opens exactly once on two rapid clicks', async () => {
    const navigated: string[] = [];
    const { el, events } = await mount({
      environment: MOBILE,
      navigate: (url) => navigated.push(url),
    });
    const button = part(el, 'open-button')!;
    button.click();
    button.click();
    el.open();
    expect(navigated).to.have.length(1);
    expect(ofType(events, 'wallet-redirect')).to.have.length(1);
  });

  it('switches flows with the keyboard alone: arrows, Home, End, wrapping', async () => {
    const { el, events } = await mount({ environment: MOBILE, attrs: { flow: 'qr' } });
    tabs(el)[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.activeFlow).to.equal('share');
    expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[2]);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.activeFlow).to.equal('redirect');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.activeFlow).to.equal('share');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.activeFlow).to.equal('redirect');
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
      'false',
    ]);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    expect(ofType(events, 'wallet-flow').at(-1)).to.deep.equal({
      flow: 'redirect',
      reason: 'user',
    });
    // Tab leaves the tab list for the panel's button, and Enter opens the wallet.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'open-button'));
  });

  it('flips the arrow keys in right-to-left text', async () => {
    const { el } = await mount({ environment: DESKTOP, dir: 'rtl' });
    tabs(el)[1]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.activeFlow).to.equal('share');
  });

  it('labels the tab panel with its tab', async () => {
    const { el } = await mount({ environment: DESKTOP });
    const panel = $(el, '[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-qr');
    expect(tabs(el)[1]!.getAttribute('aria-controls')).to.equal(panel.id);
  });
});
