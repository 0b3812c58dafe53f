import { expect } from '@open-wc/testing';
import type { WalletErrorDetail, WalletShareDetail } from '../../src/wallet-redirect/events.js';
import {
  $,
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
} from './helpers.js';

describe('<wallet-redirect> share', () => {
  const stubs: Stub[] = [];
  afterEach(() => stubs.splice(0).forEach((s) => s.restore()));

  async function sharePanel() {
    const result = await mount({ environment: MOBILE, attrs: { flow: 'share' } });
    expect(result.el.activeFlow).to.equal('share');
    return result;
  }

  it('hands the link to navigator.share and fires wallet-share via share', async () => {
    const shared: ShareData[] = [];
    stubs.push(stubShare((data) => (shared.push(data), Promise.resolve())));
    const { el, events } = await sharePanel();
    part(el, 'share-button')!.click();
    await waitFor(() => ofType(events, 'wallet-share').length === 1);
    expect(shared[0]!.url).to.equal(SESSION.shareUrl);
    expect(ofType<WalletShareDetail>(events, 'wallet-share')).to.deep.equal([{ via: 'share' }]);
    await settle(el);
    expect(liveText(el)).to.equal('Link shared.');
  });

  it('copies to the clipboard when navigator.share is missing', async () => {
    const copied: string[] = [];
    stubs.push(
      stubShare(undefined),
      stubClipboard((t) => (copied.push(t), Promise.resolve())),
    );
    const { el, events } = await sharePanel();
    await el.share();
    expect(copied).to.deep.equal([SESSION.shareUrl]);
    expect(ofType(events, 'wallet-share')).to.deep.equal([{ via: 'clipboard' }]);
  });

  it('copies to the clipboard when navigator.share fails with something other than AbortError', async () => {
    const copied: string[] = [];
    stubs.push(
      stubShare(() => Promise.reject(new DOMException('no activation', 'NotAllowedError'))),
      stubClipboard((t) => (copied.push(t), Promise.resolve())),
    );
    const { el, events } = await sharePanel();
    await el.share();
    expect(copied).to.have.length(1);
    expect(ofType(events, 'wallet-share')).to.deep.equal([{ via: 'clipboard' }]);
  });

  it('shows a selectable link field and fires share-failed when the clipboard refuses too', async () => {
    stubs.push(
      stubShare(undefined),
      stubClipboard(() => Promise.reject(new Error('denied'))),
    );
    const { el, events } = await sharePanel();
    await el.share();
    await settle(el);
    expect(ofType<WalletErrorDetail>(events, 'wallet-error').map((e) => e.code)).to.deep.equal([
      'share-failed',
    ]);
    expect(ofType(events, 'wallet-share')).to.have.length(0);
    const input = $(el, 'input.link-input') as HTMLInputElement;
    expect(input.readOnly).to.be.true;
    expect(input.value).to.equal(SESSION.shareUrl);
    input.click();
    await sleep(10);
    expect(input.selectionStart).to.equal(0);
    expect(input.selectionEnd).to.equal(SESSION.shareUrl!.length);
  });

  it('does nothing more when the shopper closes the share sheet (AbortError)', async () => {
    let copies = 0;
    stubs.push(
      stubShare(() => Promise.reject(new DOMException('closed', 'AbortError'))),
      stubClipboard(() => (copies++, Promise.resolve())),
    );
    const { el, events } = await sharePanel();
    await el.share();
    await settle(el);
    expect(copies).to.equal(0);
    expect(ofType(events, 'wallet-share')).to.have.length(0);
    expect(ofType(events, 'wallet-error')).to.have.length(0);
    expect($(el, 'input.link-input')).to.be.null;
  });

  it('shares exactly once on two rapid clicks', async () => {
    let calls = 0;
    stubs.push(stubShare(() => (calls++, sleep(50))));
    const { el, events } = await sharePanel();
    const button = part(el, 'share-button')!;
    button.click();
    button.click();
    void el.share();
    await waitFor(() => ofType(events, 'wallet-share').length === 1);
    await sleep(60);
    expect(calls).to.equal(1);
    expect(ofType(events, 'wallet-share')).to.have.length(1);
  });

  it('shows a QR code of the share link for a friend standing beside the shopper', async () => {
    const { el } = await sharePanel();
    await waitFor(() => $(el, 'svg.qr-svg') !== null);
    expect($(el, 'svg.qr-svg')!.getAttribute('aria-label')).to.equal(
      'QR code of the payment link for a friend',
    );
  });
});
