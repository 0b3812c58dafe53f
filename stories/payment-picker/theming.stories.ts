import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import manifest from '../../custom-elements.json';
import type { PaymentPicker } from '../../src/payment-picker/payment-picker.js';
import { defaultArgs, environments, getPicker, renderPicker } from '../support/picker.js';

/** The documented `@cssproperty` and `@csspart` entries of `<payment-picker>`, from its JSDoc. */
interface Documented {
  name: string;
  description?: string;
}
const declaration = manifest.modules
  .flatMap(
    (module) =>
      (module.declarations ?? []) as {
        name: string;
        tagName?: string;
        cssProperties?: Documented[];
        cssParts?: Documented[];
      }[],
  )
  .find((candidate) => candidate.tagName === 'payment-picker');
const cssProperties: Documented[] = declaration?.cssProperties ?? [];
const cssParts: Documented[] = declaration?.cssParts ?? [];

type ThemeArgs = Record<string, string>;

/**
 * The theme of the picker: every `--pp-*` custom property as a control, and every `::part()`
 * highlighted in turn. Both lists come from the component's JSDoc (through custom-elements.json),
 * so they cannot drift from the code.
 */
const meta = {
  title: 'Payment picker/Theming',
  component: 'payment-picker',
  tags: ['autodocs'],
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

const playgroundMethods = [
  { id: 'wechat-pay', badge: '¥5 off' },
  { id: 'alipay', description: 'Balance, Huabei' },
  { id: 'unionpay', disabled: true, disabledReason: 'Not available for this order.' },
  { id: 'card' },
  { id: 'paypal' },
];

/** A rule that sets each non-empty arg as the custom property of the same name. */
function themeRule(selector: string, args: ThemeArgs): string {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--pp-') && value.trim() !== '')
    .map(([name, value]) => `  ${name}: ${value.replace(/[;{}<]/g, '')};`);
  return `${selector} {\n${declarations.join('\n')}\n}`;
}

/**
 * Try any value for any `--pp-*` property. Empty controls fall back to the built-in defaults
 * (which follow the page's light or dark scheme). Set them on any ancestor, e.g. `:root`.
 */
export const Playground: Story = {
  args: {
    '--pp-accent': '#6d28d9',
    '--pp-radius': '16px',
    ...Object.fromEntries(
      cssProperties
        .filter((p) => !['--pp-accent', '--pp-radius'].includes(p.name))
        .map((p) => [p.name, '']),
    ),
  },
  argTypes: Object.fromEntries(
    cssProperties.map((p) => [
      p.name,
      {
        description: p.description,
        control: /color|accent|text|surface|border|danger|background/.test(p.name)
          ? 'color'
          : 'text',
        table: { category: 'CSS custom properties' },
      },
    ]),
  ),
  render: (args) =>
    html`<style>
        ${themeRule('.theme-playground', args)}
      </style>
      <div class="theme-playground">
        ${renderPicker({
          ...defaultArgs,
          methods: playgroundMethods,
          value: 'alipay',
          amount: '268.00',
          currency: 'CNY',
          'visible-count': 4,
          environment: environments.desktop,
        })}
      </div>`,
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(cssProperties.length).toBeGreaterThanOrEqual(8);
    const checked = picker.shadowRoot!.querySelector('[part~="option-checked"]')!;
    await expect(getComputedStyle(checked).borderTopColor).toBe('rgb(109, 40, 217)');
    await expect(getComputedStyle(checked).borderTopLeftRadius).toBe('16px');
  },
};

/**
 * Every documented part, in the states where it appears. Pick a part in the controls to outline
 * it; the play function checks that each documented part really exists and can be styled.
 */
export const Parts: Story = {
  args: { part: 'label' },
  argTypes: {
    part: {
      control: 'select',
      options: cssParts.map((p) => p.name),
      description: 'The part to outline with `payment-picker::part(…)`.',
    },
  },
  render: ({ part }) =>
    html`<style>
        .parts-gallery payment-picker::part(${part ?? 'label'}) {
          outline: 2px dashed #c2410c;
          outline-offset: 1px;
        }
        .parts-gallery {
          display: grid;
          gap: 24px;
        }
      </style>
      <div class="parts-gallery">
        <form @submit=${(event: Event) => event.preventDefault()}>
          <payment-picker
            name="payment"
            label="Methods, with a total"
            required
            amount="268.00"
            currency="CNY"
            visible-count="3"
            .environment=${environments.desktop}
            .methods=${playgroundMethods}
          ></payment-picker>
        </form>
        <payment-picker label="Chosen, with content" value="card" hide-hints>
          <payment-option value="card"
            ><p>Provider content under the chosen method.</p></payment-option
          >
          <payment-option value="alipay"></payment-option>
        </payment-picker>
        <payment-picker
          label="Chosen, with its hint"
          value="wechat-pay"
          .environment=${environments.desktop}
          .methods=${[{ id: 'wechat-pay' }, { id: 'alipay' }]}
        ></payment-picker>
        <payment-picker label="Loading" loading></payment-picker>
        <payment-picker label="Empty" .methods=${[]}></payment-picker>
        <payment-picker
          label="All disabled"
          .methods=${[{ id: 'alipay', disabled: true }]}
        ></payment-picker>
        <payment-picker label="Bad input" methods='[{"label": "no id"}]'></payment-picker>
        <payment-picker
          label="A total that can't be shown"
          amount="99.999"
          currency="CNY"
          .methods=${[{ id: 'alipay' }]}
        ></payment-picker>
      </div>`,
  play: async ({ canvasElement }) => {
    const pickers = [...canvasElement.querySelectorAll<PaymentPicker>('payment-picker')];
    await Promise.all(pickers.map((picker) => picker.updateComplete));
    // Bring out the validation message, as a failed submission would.
    pickers[0]!.reportValidity();
    await pickers[0]!.updateComplete;

    const found = new Set(
      pickers.flatMap((picker) =>
        [...picker.shadowRoot!.querySelectorAll('[part]')].flatMap((el) =>
          el.getAttribute('part')!.split(/\s+/),
        ),
      ),
    );
    await expect(cssParts.length).toBeGreaterThanOrEqual(10);
    for (const { name } of cssParts)
      await expect({ part: name, rendered: found.has(name) }).toEqual({
        part: name,
        rendered: true,
      });
    await waitFor(() => {
      const label = pickers[0]!.shadowRoot!.querySelector('[part~="label"]')!;
      return expect(getComputedStyle(label).outlineStyle).toBe('dashed');
    });
  },
};
