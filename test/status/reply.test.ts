import { expect } from '@open-wc/testing';
import { parseStatusReply } from '../../src/status/reply.js';

describe('parseStatusReply', () => {
  for (const status of ['pending', 'paid', 'failed', 'expired', 'cancelled'] as const) {
    it(`accepts the status ${status}`, () => {
      expect(parseStatusReply({ status }, 'order-42')).to.deep.equal({ ok: true, status });
    });
  }

  it('accepts a reply naming this session', () => {
    expect(parseStatusReply('{"id":"order-42","status":"paid"}', 'order-42')).to.deep.equal({
      ok: true,
      status: 'paid',
    });
  });

  it('refuses a reply for another session', () => {
    const result = parseStatusReply({ id: 'order-41', status: 'paid' }, 'order-42');
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.error.field).to.equal('reply.id');
      expect(result.error.message).to.contain('order-41');
    }
  });

  it('refuses an id of the wrong type, even null', () => {
    for (const id of [null, 42, '']) {
      expect(parseStatusReply({ id, status: 'paid' }, '42').ok, String(id)).to.be.false;
    }
  });

  for (const status of ['idle', 'PAID', 'success', '', null, undefined, 1]) {
    it(`refuses the status ${JSON.stringify(status) ?? 'undefined'}`, () => {
      const result = parseStatusReply({ status }, 'order-42');
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.error.field).to.equal('reply.status');
    });
  }

  for (const reply of ['{"status":', 'paid', '[]', '"paid"', null, 42, ['paid']]) {
    it(`refuses the malformed reply ${JSON.stringify(reply)}`, () => {
      const result = parseStatusReply(reply, 'order-42');
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.error.field).to.equal('reply');
    });
  }

  it('refuses a reply whose getter throws instead of throwing', () => {
    const hostile = {
      get status(): string {
        throw new Error('boom');
      },
    };
    expect(parseStatusReply(hostile, '1')).to.deep.equal({
      ok: false,
      error: { field: 'reply', message: 'could not be read' },
    });
  });

  it('never throws on odd values from a custom transport', () => {
    expect(parseStatusReply({ id: 10n, status: 'paid' }, '10').ok).to.be.false;
    const cyclic: Record<string, unknown> = { status: 'done' };
    cyclic.self = cyclic;
    cyclic.status = cyclic;
    expect(parseStatusReply(cyclic, '1').ok).to.be.false;
  });
});
