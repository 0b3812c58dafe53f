import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_ALLOWED_SCHEMES,
  MAX_URL_LENGTH,
  isSafeImageUrl,
  isSafeUrl,
  resolveSafeUrl,
} from '../../src/core/safe-url.js';

const BASE = 'https://shop.example/checkout/';
const HOSTILE_SCHEMES = ['javascript', 'data', 'vbscript', 'file', 'blob'];
/** Characters a browser or URL parser may strip or ignore around or inside a scheme. */
const SNEAKY_CHARS = [
  '\u0000',
  '\u0001',
  '\t',
  '\n',
  '\u000b',
  '\f',
  '\r',
  '\u001b',
  '\u001f',
  ' ',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200b',
  '\u200e',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u3000',
  '\ufeff',
];

/** Every way a URL may come back out of resolveSafeUrl. */
function isAllowedResult(url: URL, allowed: readonly string[]): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (url.username !== '' || url.password !== '') return false;
  if (scheme === 'https') return true;
  if (scheme === 'http') {
    return ['localhost', '[::1]'].includes(url.hostname) || /^127\./.test(url.hostname);
  }
  return allowed.includes(scheme) && !HOSTILE_SCHEMES.includes(scheme);
}

describe('resolveSafeUrl', () => {
  describe('accepts', () => {
    const accepted: [string, string][] = [
      ['https://openapi.alipay.com/gateway.do?x=1', 'https://openapi.alipay.com/gateway.do?x=1'],
      ['HTTPS://QR.ALIPAY.COM/bax0', 'https://qr.alipay.com/bax0'],
      ['weixin://wxpay/bizpayurl?pr=abc', 'weixin://wxpay/bizpayurl?pr=abc'],
      [
        'alipays://platformapi/startapp?appId=20000067',
        'alipays://platformapi/startapp?appId=20000067',
      ],
      ['ALIPAY://platformapi/startapp', 'alipay://platformapi/startapp'],
      ['upwrp://pay?tn=1', 'upwrp://pay?tn=1'],
      ['http://localhost:8080/sandbox/pay/1', 'http://localhost:8080/sandbox/pay/1'],
      ['http://127.0.0.1/pay', 'http://127.0.0.1/pay'],
      ['http://127.1.2.3/pay', 'http://127.1.2.3/pay'],
      ['http://[::1]:3000/pay', 'http://[::1]:3000/pay'],
    ];
    for (const [input, href] of accepted) {
      it(`${input} as ${href}`, () => {
        expect(resolveSafeUrl(input)?.href).to.equal(href);
      });
    }

    it('a relative URL resolved against the base', () => {
      expect(resolveSafeUrl('/api/orders/42/status', undefined, BASE)?.href).to.equal(
        'https://shop.example/api/orders/42/status',
      );
      expect(resolveSafeUrl('orders/42', undefined, BASE)?.href).to.equal(
        'https://shop.example/checkout/orders/42',
      );
      expect(resolveSafeUrl('?page=2', undefined, BASE)?.href).to.equal(
        'https://shop.example/checkout/?page=2',
      );
    });

    it('a relative URL on a loopback development server', () => {
      expect(resolveSafeUrl('/sandbox/pay/1', undefined, 'http://localhost:6006/')?.href).to.equal(
        'http://localhost:6006/sandbox/pay/1',
      );
    });

    it('an absolute URL even when the base is empty or malformed', () => {
      expect(isSafeUrl('https://shop.example/', undefined, '')).to.be.true;
      expect(isSafeUrl('https://shop.example/', undefined, 'not a base')).to.be.true;
    });

    it('schemes the caller allows, in any case and with a trailing colon', () => {
      expect(isSafeUrl('intent://pay#Intent;end', ['INTENT:'])).to.be.true;
      expect(isSafeUrl('mqqapi://pay', ['mqqapi'])).to.be.true;
    });
  });

  describe('refuses', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'javascript:alert(1) ',
      '\u0000javascript:alert(1)',
      '\u001fjavascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u200bascript:alert(1)',
      'javascript\t:alert(1)',
      'javascript://%0aalert(1)',
      '%6Aavascript:alert(1)',
      'javascript%3Aalert(1)',
      '&#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'jav&#x09;ascript:alert(1)',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:text/html,x',
      'file:///etc/passwd',
      'file://c:/windows/win.ini',
      'blob:https://shop.example/0b3c8a2e-1111-2222-3333-444455556666',
      'about:blank',
      'view-source:https://shop.example/',
      'filesystem:https://shop.example/temporary/x',
      'ftp://example.com/file',
      'ws://example.com/',
      'mailto:a@example.com',
      'tel:+8610000000',
      'sms:10086',
      'chrome://settings',
      'http://example.com/',
      'http://shop.example/pay',
      'http://localhost.evil.com/',
      'http://localhost.:80/',
      'http://127.0.0.1.evil.com/',
      'http://127.0.0.1@evil.com/',
      'http://localhost@evil.com/',
      'https://user:pass@shop.example/',
      'https://user@shop.example/',
      'https://:pass@shop.example/',
      'alipays://user:pass@platformapi/startapp',
      'http://[::ffff:127.0.0.1]/',
      'http://0.0.0.0/',
      'http://10.0.0.1/',
      'https:\\\\evil.com',
      '\\\\evil.com\\pay',
      '/\\evil.com',
      'https://shop.example\\@evil.com',
      'https://shop.example/\u0000',
      'https://shop.example/ pay',
      'https://exa\u00admple.com/',
      '1javascript:alert(1)',
      '+javascript:alert(1)',
      ':javascript:alert(1)',
      '',
      ' ',
      'not a url',
      `https://shop.example/${'a'.repeat(MAX_URL_LENGTH)}`,
    ];
    for (const url of hostile) {
      it(`${JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url)}`, () => {
        expect(resolveSafeUrl(url)).to.be.null;
        expect(resolveSafeUrl(url, DEFAULT_ALLOWED_SCHEMES, BASE)).to.be.null;
        expect(isSafeUrl(url, DEFAULT_ALLOWED_SCHEMES, BASE)).to.be.false;
      });
    }

    it('a relative URL without a base', () => {
      expect(resolveSafeUrl('/api/orders/42/status')).to.be.null;
      expect(resolveSafeUrl('orders/42')).to.be.null;
      expect(resolveSafeUrl('weixin')).to.be.null;
    });

    it('a relative URL that resolves to a non-loopback http page', () => {
      expect(resolveSafeUrl('/pay', undefined, 'http://shop.example/')).to.be.null;
    });

    it('dangerous schemes even when the caller lists them as allowed', () => {
      for (const scheme of [...HOSTILE_SCHEMES, 'about', 'filesystem']) {
        expect(isSafeUrl(`${scheme}:x`, [scheme]), scheme).to.be.false;
      }
    });

    it('plain http elsewhere even when the caller lists http as allowed', () => {
      expect(isSafeUrl('http://example.com/', ['http'])).to.be.false;
    });

    it('app schemes that are not in the allowed list', () => {
      expect(isSafeUrl('weixin://wxpay/bizpayurl?pr=abc', [])).to.be.false;
      expect(isSafeUrl('mqqapi://pay')).to.be.false;
    });

    it('input from untyped code without throwing', () => {
      const call = resolveSafeUrl as (...args: unknown[]) => URL | null;
      for (const value of [undefined, null, 42, {}, ['https://a.example/'], new URL(BASE)]) {
        expect(call(value)).to.be.null;
      }
      expect(call('weixin://x', 'weixin')).to.be.null;
      expect(call('https://a.example/', null, 42)?.href).to.equal('https://a.example/');
    });
  });

  describe('properties', () => {
    it('never throws, and returns only https, allowed-scheme or loopback-http URLs', () => {
      const urlish = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc
          .tuple(
            fc.constantFrom('', 'http', 'https', 'HtTp', 'weixin', 'javascript', 'data', 'x-y'),
            fc.constantFrom(':', '://', ':/', ':\\\\', ''),
            fc.constantFrom('', 'user@', 'a:b@', '127.0.0.1@', 'localhost', '[::1]', 'evil.com'),
            fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
          )
          .map((parts) => parts.join('')),
      );
      fc.assert(
        fc.property(urlish, fc.constantFrom(undefined, BASE, 'http://localhost/'), (url, base) => {
          const result = resolveSafeUrl(url, DEFAULT_ALLOWED_SCHEMES, base);
          return result === null || isAllowedResult(result, DEFAULT_ALLOWED_SCHEMES);
        }),
        { numRuns: 2000 },
      );
    });

    it('refuses any URL whose scheme is not https, http or allowed', () => {
      const scheme = fc
        .stringMatching(/^[a-z][a-z0-9+.-]{0,12}$/)
        .filter((s) => !['http', 'https', ...DEFAULT_ALLOWED_SCHEMES].includes(s));
      fc.assert(
        fc.property(scheme, fc.webPath(), (s, path) => !isSafeUrl(`${s}:${path}`, undefined, BASE)),
      );
    });

    it('accepts any well-formed https URL', () => {
      const url = fc.webUrl({
        validSchemes: ['https'],
        withQueryParameters: true,
        withFragments: true,
        authoritySettings: { withPort: true, withIPv4: true },
      });
      fc.assert(fc.property(url, (u) => isSafeUrl(u)));
    });

    it('accepts any well-formed http URL on 127.0.0.0/8 and refuses it on any domain', () => {
      const octet = fc.integer({ min: 0, max: 255 });
      fc.assert(
        fc.property(octet, octet, octet, fc.webPath(), (a, b, c, path) =>
          isSafeUrl(`http://127.${a}.${b}.${c}${path}`),
        ),
      );
      fc.assert(
        fc.property(
          fc.domain().filter((d) => d !== 'localhost'),
          fc.webPath(),
          (domain, path) => !isSafeUrl(`http://${domain}${path}`),
        ),
      );
    });

    it('refuses hostile schemes disguised by case, surrounding or embedded invisible characters', () => {
      const sneaky = fc.string({ unit: fc.constantFrom(...SNEAKY_CHARS), maxLength: 4 });
      const disguised = fc
        .tuple(
          sneaky,
          fc.mixedCase(fc.constantFrom(...HOSTILE_SCHEMES)),
          fc.nat(),
          sneaky,
          fc.constantFrom(':alert(1)', ':text/html,<b>', '://etc/passwd'),
          sneaky,
        )
        .map(([before, scheme, at, inside, rest, after]) => {
          const cut = at % (scheme.length + 1);
          return `${before}${scheme.slice(0, cut)}${inside}${scheme.slice(cut)}${rest}${after}`;
        });
      fc.assert(
        fc.property(disguised, fc.constantFrom(undefined, BASE), (url, base) => {
          return !isSafeUrl(url, DEFAULT_ALLOWED_SCHEMES, base) && !isSafeImageUrl(url, base);
        }),
        { numRuns: 1000 },
      );
    });

    it('resolves any relative path against the base to the same origin', () => {
      fc.assert(
        fc.property(
          fc.webPath().filter((p) => !p.startsWith('//')),
          (path) => {
            return resolveSafeUrl(path || '/', undefined, BASE)?.origin === 'https://shop.example';
          },
        ),
      );
    });
  });
});

describe('isSafeImageUrl', () => {
  it('accepts an https image', () => {
    expect(isSafeImageUrl('https://cdn.example/icons/alipay.svg')).to.be.true;
  });

  it('accepts a relative image on the page’s own https or http origin', () => {
    expect(isSafeImageUrl('/icons/alipay.svg', BASE)).to.be.true;
    expect(isSafeImageUrl('icons/alipay.svg', BASE)).to.be.true;
    expect(isSafeImageUrl('/icons/alipay.svg', 'http://shop.example/')).to.be.true;
  });

  it('accepts a protocol-relative image that resolves to https', () => {
    expect(isSafeImageUrl('//cdn.example/a.png', BASE)).to.be.true;
  });

  const refused: [string, string | undefined][] = [
    ['/icons/alipay.svg', undefined],
    ['http://cdn.example/a.png', undefined],
    ['http://cdn.example/a.png', 'http://cdn.example/'],
    ['//cdn.example/a.png', 'http://shop.example/'],
    ['http://localhost/a.png', 'http://localhost/'],
    ['data:image/svg+xml,<svg onload=alert(1)>', BASE],
    ['data:image/png;base64,iVBORw0KGgo=', BASE],
    ['javascript:alert(1)', BASE],
    ['blob:https://shop.example/1', BASE],
    ['weixin://icon', BASE],
    ['file:///tmp/a.png', BASE],
    ['/icons/a.png', 'file:///tmp/'],
    [' https://cdn.example/a.png', BASE],
    ['https://u:p@cdn.example/a.png', BASE],
    ['https:\\\\cdn.example\\a.png', BASE],
    ['%6Aavascript:alert(1)', BASE],
  ];
  for (const [url, base] of refused) {
    it(`refuses ${JSON.stringify(url)} with base ${String(base)}`, () => {
      expect(isSafeImageUrl(url, base)).to.be.false;
    });
  }
});
