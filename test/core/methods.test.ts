import { expect } from '@open-wc/testing';
import { isKnownMethodId, parseMethods } from '../../src/core/methods.js';
import { KNOWN_METHOD_IDS } from '../../src/core/types.js';

describe('isKnownMethodId', () => {
  it('knows every id in KNOWN_METHOD_IDS', () => {
    for (const id of KNOWN_METHOD_IDS) expect(isKnownMethodId(id), id).to.be.true;
  });

  it('does not know custom ids, other cases or non-strings', () => {
    for (const id of ['Alipay', 'WECHAT-PAY', 'wechat', 'klarna', '', ' alipay', 1, null]) {
      expect(isKnownMethodId(id), String(id)).to.be.false;
    }
  });
});

describe('parseMethods', () => {
  it('parses a JSON string of methods', () => {
    const { methods, errors } = parseMethods(
      '[{"id":"alipay"},{"id":"klarna","label":"Klarna","badge":"0% APR"}]',
    );
    expect(errors).to.deep.equal([]);
    expect(methods).to.deep.equal([
      { id: 'alipay' },
      { id: 'klarna', label: 'Klarna', badge: '0% APR' },
    ]);
  });

  it('parses an array with every field', () => {
    const full = {
      id: 'wechat-pay',
      label: 'WeChat Pay',
      description: 'Scan or open the app',
      icon: 'https://cdn.example/wechat.svg',
      badge: '¥5 off',
      disabled: true,
      disabledReason: 'Not available for this order',
    };
    expect(parseMethods([full])).to.deep.equal({ methods: [full], errors: [] });
  });

  it('treats null and undefined as no methods without an error', () => {
    expect(parseMethods(null)).to.deep.equal({ methods: [], errors: [] });
    expect(parseMethods(undefined)).to.deep.equal({ methods: [], errors: [] });
  });

  it('accepts an empty array', () => {
    expect(parseMethods([])).to.deep.equal({ methods: [], errors: [] });
    expect(parseMethods('[]')).to.deep.equal({ methods: [], errors: [] });
  });

  for (const bad of ['', '[{"id":"alipay"', "[{'id':'alipay'}]", 'alipay', '[1,]']) {
    it(`reports unparseable JSON ${JSON.stringify(bad)} as one error and no methods`, () => {
      const { methods, errors } = parseMethods(bad);
      expect(methods).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.field).to.equal('methods');
      expect(errors[0]!.message).to.match(/JSON/);
    });
  }

  for (const bad of [42, true, { id: 'alipay' }, '{"id":"alipay"}', '"alipay"', 'null']) {
    it(`reports the non-array ${JSON.stringify(bad)} as one error and no methods`, () => {
      const { methods, errors } = parseMethods(bad);
      expect(methods).to.deep.equal([]);
      expect(errors).to.deep.equal([
        { field: 'methods', message: 'must be an array of payment methods' },
      ]);
    });
  }

  it('leaves out entries that are not objects and names their index', () => {
    const { methods, errors } = parseMethods([{ id: 'card' }, 'alipay', null, [1], 3]);
    expect(methods).to.deep.equal([{ id: 'card' }]);
    expect(errors.map((e) => e.field)).to.deep.equal([
      'methods[1]',
      'methods[2]',
      'methods[3]',
      'methods[4]',
    ]);
  });

  it('leaves out entries without a non-empty string id and keeps the rest', () => {
    const { methods, errors } = parseMethods([
      { label: 'No id' },
      { id: '' },
      { id: '   ' },
      { id: 7, label: 'Seven' },
      { id: 'paypal' },
    ]);
    expect(methods).to.deep.equal([{ id: 'paypal' }]);
    expect(errors.map((e) => e.field)).to.deep.equal([
      'methods[0].id',
      'methods[1].id',
      'methods[2].id',
      'methods[3].id',
    ]);
  });

  it('requires a label for an unknown id and leaves the entry out without one', () => {
    const { methods, errors } = parseMethods([{ id: 'klarna' }, { id: 'boleto', label: '  ' }]);
    expect(methods).to.deep.equal([]);
    expect(errors.map((e) => e.field)).to.deep.equal(['methods[0].label', 'methods[1].label']);
    expect(errors[0]!.message).to.contain('klarna');
  });

  it('reports a wrong-typed label of an unknown id once', () => {
    const { methods, errors } = parseMethods([{ id: 'klarna', label: 5 }]);
    expect(methods).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]!.field).to.equal('methods[0].label');
  });

  it('trims every string and drops optional text left empty', () => {
    const { methods, errors } = parseMethods([
      { id: '  alipay ', label: ' Alipay\n', description: '  ', badge: '\t-5%\t' },
    ]);
    expect(errors).to.deep.equal([]);
    expect(methods).to.deep.equal([{ id: 'alipay', label: 'Alipay', badge: '-5%' }]);
  });

  it('drops wrong-typed optional fields with an error each but keeps the method', () => {
    const { methods, errors } = parseMethods([
      {
        id: 'unionpay',
        label: ['UnionPay'],
        description: 1,
        icon: { url: 'x' },
        badge: false,
        disabled: 'true',
        disabledReason: 0,
      },
    ]);
    expect(methods).to.deep.equal([{ id: 'unionpay' }]);
    expect(errors.map((e) => e.field)).to.deep.equal([
      'methods[0].label',
      'methods[0].description',
      'methods[0].icon',
      'methods[0].badge',
      'methods[0].disabledReason',
      'methods[0].disabled',
    ]);
  });

  it('treats null optional fields as absent', () => {
    const { methods, errors } = parseMethods([{ id: 'card', label: null, icon: null }]);
    expect(errors).to.deep.equal([]);
    expect(methods).to.deep.equal([{ id: 'card' }]);
  });

  it('keeps disabled: false', () => {
    expect(parseMethods([{ id: 'card', disabled: false }]).methods).to.deep.equal([
      { id: 'card', disabled: false },
    ]);
  });

  it('keeps the first of two methods with the same id and reports the second', () => {
    const { methods, errors } = parseMethods([
      { id: 'alipay', label: 'First' },
      { id: 'card' },
      { id: ' alipay', label: 'Second' },
    ]);
    expect(methods).to.deep.equal([{ id: 'alipay', label: 'First' }, { id: 'card' }]);
    expect(errors).to.have.length(1);
    expect(errors[0]!.field).to.equal('methods[2].id');
    expect(errors[0]!.message).to.contain('alipay');
  });

  it('ignores unknown extra fields', () => {
    expect(parseMethods([{ id: 'card', fee: 1, onclick: 'alert(1)' }])).to.deep.equal({
      methods: [{ id: 'card' }],
      errors: [],
    });
  });

  it('does not keep a reference to the caller’s objects', () => {
    const input = { id: 'card', label: 'Card' };
    const [method] = parseMethods([input]).methods;
    input.label = 'Changed';
    expect(method).to.deep.equal({ id: 'card', label: 'Card' });
  });

  it('reports an entry whose getter throws instead of throwing', () => {
    const hostile = {
      get id(): string {
        throw new Error('boom');
      },
    };
    const { methods, errors } = parseMethods([hostile, { id: 'card' }]);
    expect(methods).to.deep.equal([{ id: 'card' }]);
    expect(errors).to.deep.equal([{ field: 'methods[0]', message: 'could not be read' }]);
  });
});
