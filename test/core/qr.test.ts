import { expect } from '@open-wc/testing';
import { encodeQR } from 'qr';
import decodeQR from 'qr/decode.js';
import { encodeQr, isQrTooLongError, QR_QUIET_ZONE, QrTooLongError } from '../../src/core/qr.js';

const WECHAT_NATIVE = 'weixin://wxpay/bizpayurl?pr=AbCdEf123';
const ALIPAY_URL = 'https://qr.alipay.com/bax08431zyvhbtlsbbmq0020';

/** Paints the path the way a browser paints the SVG: black on white, `scale` pixels a module. */
function rasterize(path: string, size: number, scale: number): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#000';
  ctx.fill(new Path2D(path));
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Reads back which modules came out dark, sampling each module's centre pixel. */
function darkModules(image: ImageData, size: number, scale: number): boolean[][] {
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => {
      const px = ((y * scale + scale / 2) * image.width + (x * scale + scale / 2)) * 4;
      return image.data[px] < 128;
    }),
  );
}

function roundTrip(text: string): string {
  const { size, path } = encodeQr(text);
  const scale = 4;
  const image = rasterize(path, size, scale);
  return decodeQR({ width: image.width, height: image.height, data: image.data });
}

describe('encodeQr', () => {
  it('draws exactly the dark modules of the error-correction-M matrix, offset by the quiet zone', () => {
    const expected = encodeQR(WECHAT_NATIVE, 'raw', { ecc: 'medium', border: QR_QUIET_ZONE });
    const { size, path } = encodeQr(WECHAT_NATIVE);
    expect(size).to.equal(expected.length);
    expect(darkModules(rasterize(path, size, 4), size, 4)).to.deep.equal(expected);
  });

  it('includes a light quiet zone of 4 modules on every side in the size', () => {
    const { size, path, modules } = encodeQr(ALIPAY_URL);
    expect(size).to.equal(modules + 2 * QR_QUIET_ZONE);
    const dark = darkModules(rasterize(path, size, 2), size, 2);
    for (let i = 0; i < size; i++) {
      for (let q = 0; q < QR_QUIET_ZONE; q++) {
        expect(dark[q][i] || dark[size - 1 - q][i] || dark[i][q] || dark[i][size - 1 - q]).to.equal(
          false,
          `quiet zone module ${q} at ${i}`,
        );
      }
    }
    // The finder pattern's corner is the first dark module inside the quiet zone.
    expect(dark[QR_QUIET_ZONE][QR_QUIET_ZONE]).to.equal(true);
  });

  it('uses error correction M: a 21-module version 1 symbol holds 14 bytes, 15 need version 2', () => {
    expect(encodeQr('a'.repeat(14)).modules).to.equal(21);
    expect(encodeQr('a'.repeat(15)).modules).to.equal(25);
  });

  it('returns one path of closed horizontal runs with relative moves after the first', () => {
    const { path } = encodeQr(WECHAT_NATIVE);
    expect(path).to.match(/^M\d+ \d+h\d+v1h-\d+z(m-?\d+ -?\d+h\d+v1h-\d+z)*$/);
    expect(path.match(/M/g)).to.have.length(1);
  });

  it('decodes back to an ASCII wallet URL', () => {
    expect(roundTrip(ALIPAY_URL)).to.equal(ALIPAY_URL);
  });

  it('decodes back to a 600-character payload', () => {
    const text = `https://pay.example.com/c?d=${'0123456789abcdefghij'.repeat(30)}`.slice(0, 600);
    expect(text).to.have.length(600);
    expect(roundTrip(text)).to.equal(text);
  });

  it('decodes back to a UTF-8 (Chinese) payload', () => {
    const text = '微信支付：请向「小王的店」付款 ¥128.00，订单号 42';
    expect(roundTrip(text)).to.equal(text);
  });

  it('throws QrTooLongError (code qr-too-long) when the text exceeds the capacity', () => {
    let caught: unknown;
    try {
      encodeQr('x'.repeat(5000));
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(QrTooLongError);
    expect(caught).to.be.instanceOf(Error);
    expect((caught as QrTooLongError).code).to.equal('qr-too-long');
    expect((caught as QrTooLongError).name).to.equal('QrTooLongError');
  });

  it('fits 2331 bytes, the version 40-M byte capacity, and refuses 2332', () => {
    expect(encodeQr('x'.repeat(2331)).modules).to.equal(177);
    expect(() => encodeQr('x'.repeat(2332))).to.throw(QrTooLongError);
  });

  it('counts UTF-8 bytes, not characters, against the capacity', () => {
    // 780 CJK characters are 2340 UTF-8 bytes: fewer characters than the limit, more bytes.
    expect(() => encodeQr('付'.repeat(780))).to.throw(QrTooLongError);
  });
});

describe('isQrTooLongError', () => {
  it('recognizes the class and, across chunk copies, any Error with code qr-too-long', () => {
    expect(isQrTooLongError(new QrTooLongError(5000))).to.equal(true);
    expect(isQrTooLongError(Object.assign(new Error('x'), { code: 'qr-too-long' }))).to.equal(true);
    expect(isQrTooLongError(new Error('Capacity overflow'))).to.equal(false);
    expect(isQrTooLongError({ code: 'qr-too-long' })).to.equal(false);
  });
});
