import { expect, html } from '@open-wc/testing';
import type { PickerErrorEvent } from '../../src/payment-picker/payment-picker.js';
import { part, pickerFixture, settle, shownIds, type PaymentPicker } from './helpers.js';

let warnings: unknown[][] = [];
const realWarn = console.warn;

/** Captures the picker-error events while `run` renders a picker. */
async function capture(run: () => Promise<PaymentPicker>) {
  const events: PickerErrorEvent[] = [];
  const onError = (event: Event) => events.push(event as PickerErrorEvent);
  document.addEventListener('picker-error', onError);
  try {
    const el = await run();
    await settle(el);
    return { el, events, warnings };
  } finally {
    document.removeEventListener('picker-error', onError);
  }
}

describe('<payment-picker> bad input', () => {
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = realWarn;
  });

  it('unparseable methods JSON: picker-error, a console warning, a visible localized message, no crash', async () => {
    const { el, events, warnings } = await capture(() =>
      pickerFixture(html`<payment-picker methods="[{id: alipay}"></payment-picker>`),
    );
    expect(events).to.have.length(1);
    expect(events[0]!.detail.code).to.equal('invalid-methods');
    expect(events[0]!.detail.message).to.contain('methods');
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    expect(warnings).to.have.length(1);
    expect(part(el, 'error')!.textContent!.trim()).to.equal(
      'Some payment methods could not be shown.',
    );
    expect(shownIds(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a method without id is reported and left out; the valid ones render', async () => {
    const { el, events } = await capture(() =>
      pickerFixture(
        html`<payment-picker
          .methods=${[{ id: 'alipay' }, { label: 'No id' }, { id: 'card' }]}
        ></payment-picker>`,
      ),
    );
    expect(shownIds(el)).to.deep.equal(['alipay', 'card']);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.message).to.contain('methods[1].id');
    expect(events[0]!.detail.errors[0]!.field).to.equal('methods[1].id');
    expect(part(el, 'error')).to.exist;
    expect(part(el, 'list')!.getAttribute('aria-describedby')).to.contain('error');
    await expect(el).to.be.accessible();
  });

  it('a <payment-option> without value is reported by its element name', async () => {
    const { el, events } = await capture(() =>
      pickerFixture(
        html`<payment-picker>
          <payment-option label="Mystery"></payment-option>
          <payment-option value="alipay"></payment-option>
        </payment-picker>`,
      ),
    );
    expect(shownIds(el)).to.deep.equal(['alipay']);
    expect(events[0]!.detail.message).to.contain('payment-option[0].id');
  });

  it('duplicate ids keep the first method and report the others', async () => {
    const { el, events } = await capture(() =>
      pickerFixture(
        html`<payment-picker
          .methods=${[
            { id: 'alipay', label: 'First' },
            { id: 'alipay', label: 'Second' },
          ]}
        ></payment-picker>`,
      ),
    );
    expect(shownIds(el)).to.deep.equal(['alipay']);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('First');
    expect(events).to.have.length(1);
  });

  it('an unknown id without a label is reported and left out', async () => {
    const { el, events } = await capture(() =>
      pickerFixture(
        html`<payment-picker .methods=${[{ id: 'bitcoin' }, { id: 'paypal' }]}></payment-picker>`,
      ),
    );
    expect(shownIds(el)).to.deep.equal(['paypal']);
    expect(events[0]!.detail.errors.map((e) => e.field)).to.deep.equal(['methods[0].label']);
  });

  it('methods that are not an array are reported, and the empty state shows', async () => {
    const { el, events } = await capture(() =>
      pickerFixture(html`<payment-picker .methods=${{ id: 'alipay' } as never}></payment-picker>`),
    );
    expect(events).to.have.length(1);
    expect(part(el, 'empty')).to.exist;
    expect(part(el, 'error')).to.exist;
  });

  it('reports the same problem once, and again only when the input changes', async () => {
    const events: Event[] = [];
    const el = await pickerFixture(
      html`<payment-picker
        .methods=${[{ label: 'x' }]}
        @picker-error=${(event: Event) => events.push(event)}
      ></payment-picker>`,
    );
    await settle(el);
    el.label = 'Pay with';
    await settle(el);
    expect(events).to.have.length(1);
    expect(warnings).to.have.length(1);
    el.methods = [{ id: 'alipay' }];
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    el.methods = [{ label: 'y' }, { label: 'z' }] as never;
    await settle(el);
    expect(part(el, 'error')).to.exist;
    expect(events).to.have.length(2);
  });

  it('reports new methods input again even when it has the same mistake', async () => {
    const events: Event[] = [];
    const el = await pickerFixture(
      html`<payment-picker
        .methods=${[{ label: 'x' }, { id: 'alipay' }]}
        @picker-error=${(event: Event) => events.push(event)}
      ></payment-picker>`,
    );
    await settle(el);
    // The shop fetches a new list, broken in the same place.
    el.methods = [{ label: 'y' }, { id: 'card' }] as never;
    await settle(el);
    expect(events).to.have.length(2);
    expect(warnings).to.have.length(2);
  });

  it('a value that matches no method leaves nothing chosen, without an error', async () => {
    const { el, events } = await capture(() =>
      pickerFixture(
        html`<payment-picker value="nope"
          ><payment-option value="alipay"></payment-option
        ></payment-picker>`,
      ),
    );
    expect(events).to.have.length(0);
    expect(el.selectedMethod).to.equal(null);
  });
});
