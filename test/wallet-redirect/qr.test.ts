import { expect } from '@open-wc/testing';
import decodeQR from 'qr/decode.js';
import type { WalletErrorDetail } from '../../src/wallet-redirect/events.js';
import { $, DESKTOP, mount, ofType, part, qrSvg, SESSION, settle, waitFor } from './helpers.js';

/** Rasterizes the element's SVG as a browser paints it: serialize → Image → canvas. */
async function rasterize(svgEl: SVGSVGElement, scale = 4): Promise<ImageData> {
  const size = Number(svgEl.getAttribute('viewBox')!.split(' ')[2]);
  const source = new XMLSerializer().serializeToString(svgEl);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image(size * scale, size * scale);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size * scale;
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function decodeElementQr(qrPayload: string): Promise<string> {
  const { el } = await mount({
    environment: DESKTOP,
    session: { id: 'q', method: 'wechat-pay', qrPayload },
  });
  const svgEl = await qrSvg(el);
  const image = await rasterize(svgEl);
  return decodeQR({ width: image.width, height: image.height, data: image.data });
}

describe('<wallet-redirect> QR code', () => {
  it('round-trips an ASCII URL through the rendered SVG', async () => {
    expect(await decodeElementQr(SESSION.qrPayload!)).to.equal(SESSION.qrPayload);
  });

  it('round-trips a WeChat Native code_url', async () => {
    const payload = 'weixin://wxpay/bizpayurl?pr=AbCdEf123';
    expect(await decodeElementQr(payload)).to.equal(payload);
  });

  it('round-trips a 600-character payload', async () => {
    const payload = `https://qr.example/pay?sig=${'AbC0123456789xyz'.repeat(40)}`.slice(0, 600);
    expect(payload).to.have.length(600);
    expect(await decodeElementQr(payload)).to.equal(payload);
  });

  it('round-trips UTF-8 (Chinese) text', async () => {
    const payload = '微信支付：茶馆订单 42，金额 ¥128.00 — 谢谢惠顾';
    expect(await decodeElementQr(payload)).to.equal(payload);
  });

  it('draws the code as one path in a square viewBox, named with amount and wallet', async () => {
    const { el } = await mount({ environment: DESKTOP });
    const svgEl = await qrSvg(el);
    expect(svgEl.querySelectorAll('path')).to.have.length(1);
    expect(svgEl.getAttribute('viewBox')).to.match(/^0 0 (\d+) \1$/);
    expect(svgEl.getAttribute('role')).to.equal('img');
    expect(svgEl.getAttribute('aria-label')).to.equal('QR code to pay CN¥128.00 with Alipay');
    expect(svgEl.getAttribute('shape-rendering')).to.equal('crispEdges');
    expect(svgEl.hasAttribute('style')).to.be.false;
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('shows amount and payee beside the code', async () => {
    const { el } = await mount({ environment: DESKTOP });
    const panel = part(el, 'qr-panel')!;
    expect(panel.textContent).to.contain('CN¥128.00');
    expect(panel.textContent).to.contain('Tea House');
  });

  it('reports qr-too-long for ~5,000 characters, shows a message, and keeps the other flows', async () => {
    const { el, events } = await mount({
      environment: DESKTOP,
      session: { ...SESSION, qrPayload: `https://qr.example/${'x'.repeat(5000)}` },
    });
    await waitFor(() => ofType(events, 'wallet-error').length > 0, 5000);
    await settle(el);
    expect(ofType<WalletErrorDetail>(events, 'wallet-error').map((e) => e.code)).to.deep.equal([
      'qr-too-long',
    ]);
    expect(part(el, 'qr-placeholder')!.textContent).to.contain('too long to show');
    expect($(el, 'svg.qr-svg')).to.be.null;
    // A calm note with the ways forward, and no countdown running beside an empty frame.
    expect(part(el, 'error')).to.be.null;
    expect(part(el, 'countdown')).to.be.null;
    expect(part(el, 'copy-button')).to.exist;
    part(el, 'ask-friend-button')!.click();
    await settle(el);
    expect(el.activeFlow).to.equal('share');
    expect(part(el, 'share-button')).to.exist;
  });

  it('copies an http(s) payload with "Copy link", and offers no copy for an app-scheme payload', async () => {
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => (copied.push(text), Promise.resolve()),
    });
    try {
      const { el } = await mount({ environment: DESKTOP });
      part(el, 'copy-button')!.click();
      await waitFor(() => copied.length === 1);
      expect(copied).to.deep.equal([SESSION.qrPayload]);
      const wechat = await mount({
        environment: DESKTOP,
        session: { id: 'w', method: 'wechat-pay', qrPayload: 'weixin://wxpay/bizpayurl?pr=x' },
      });
      await qrSvg(wechat.el);
      expect(part(wechat.el, 'copy-button')).to.be.null;
    } finally {
      if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
      else delete (navigator.clipboard as unknown as Record<string, unknown>)['writeText'];
    }
  });

  it('saves the code as a PNG download', async () => {
    const { el } = await mount({ environment: DESKTOP });
    await qrSvg(el);
    const clicked: HTMLAnchorElement[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      part(el, 'save-button')!.click();
      await waitFor(() => clicked.length === 1);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked[0]!.download).to.equal('payment-order-42.png');
    const blob = await (await fetch(clicked[0]!.href)).blob();
    expect(blob.type).to.equal('image/png');
  });
});
