import type { ArgTypes } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, fn, waitFor, within } from 'storybook/test';
import type { Environment, PaymentMethod } from '../../src/core/types.js';
import type { StringOverrides } from '../../src/i18n/strings.js';
import '../../src/payment-picker/payment-picker.js';
import type { PaymentPicker, PickerErrorDetail } from '../../src/payment-picker/payment-picker.js';

/**
 * The controls of every `<payment-picker>` story: its attributes (by attribute name, as in the
 * custom-elements.json tables, so that each has one row), its object properties, and event spies.
 */
export interface PickerArgs {
  name: string;
  value: string;
  required: boolean;
  disabled: boolean;
  label: string;
  methods: PaymentMethod[] | null;
  'visible-count': number;
  remember: boolean;
  amount: string;
  currency: string;
  loading: boolean;
  'hide-hints': boolean;
  environment: Environment | null;
  strings: StringOverrides | null;
  onChange: (value: string) => void;
  onInput: (value: string) => void;
  onPickerError: (detail: PickerErrorDetail) => void;
}

/** The element's own defaults, so that the controls start where the element does. */
export const defaultArgs: PickerArgs = {
  name: 'payment',
  value: '',
  required: false,
  disabled: false,
  label: '',
  methods: null,
  'visible-count': 4,
  remember: false,
  amount: '',
  currency: '',
  loading: false,
  'hide-hints': false,
  environment: null,
  strings: null,
  onChange: fn(),
  onInput: fn(),
  onPickerError: fn(),
};

/** Renders the picker from the args; `options` are its `<payment-option>` children, if any. */
export function renderPicker(
  args: PickerArgs,
  options: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<payment-picker
    name=${args.name || nothing}
    value=${args.value || nothing}
    label=${args.label || nothing}
    visible-count=${args['visible-count']}
    amount=${args.amount || nothing}
    currency=${args.currency || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?remember=${args.remember}
    ?loading=${args.loading}
    ?hide-hints=${args['hide-hints']}
    .methods=${args.methods}
    .environment=${args.environment}
    .strings=${args.strings}
    @input=${(event: Event) => args.onInput((event.target as PaymentPicker).value)}
    @change=${(event: Event) => args.onChange((event.target as PaymentPicker).value)}
    @picker-error=${(event: CustomEvent<PickerErrorDetail>) => args.onPickerError(event.detail)}
    >${options}</payment-picker
  >`;
}

/** The `index`th picker of the story, once it has rendered. */
export async function getPicker(canvasElement: HTMLElement, index = 0): Promise<PaymentPicker> {
  await customElements.whenDefined('payment-picker');
  const picker = canvasElement.querySelectorAll('payment-picker')[index];
  if (!picker) throw new Error(`no <payment-picker> #${index} in the story`);
  await picker.updateComplete;
  return picker;
}

/** Testing Library queries inside the picker's shadow root (roles, names, text). */
export function inside(picker: PaymentPicker) {
  return within(picker.shadowRoot as unknown as HTMLElement);
}

/** The method rows (role radio), in display order. */
export function radios(picker: PaymentPicker): HTMLElement[] {
  return inside(picker).queryAllByRole('radio');
}

/** The element with `part` in the picker's shadow root, or null. */
export function part(picker: PaymentPicker, name: string): HTMLElement | null {
  return picker.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Every element with `part` in the picker's shadow root. */
export function parts(picker: PaymentPicker, name: string): HTMLElement[] {
  return [...picker.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** A row's name: the text of the element its `aria-labelledby` points to. */
function nameOf(picker: PaymentPicker, row: HTMLElement): string {
  const ids = row.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => picker.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();
}

/** The accessible names of the rows, in display order. */
export function radioNames(picker: PaymentPicker): string[] {
  return radios(picker).map((row) => nameOf(picker, row));
}

/** The accessible names of the rows that are checked (`aria-checked="true"`). */
export function checkedNames(picker: PaymentPicker): string[] {
  return radios(picker)
    .filter((row) => row.getAttribute('aria-checked') === 'true')
    .map((row) => nameOf(picker, row));
}

/** Waits until exactly the method called `name` is checked and is the picker's value `id`. */
export async function expectChosen(picker: PaymentPicker, name: string, id: string): Promise<void> {
  await waitFor(() => expect(checkedNames(picker)).toEqual([name]));
  await expect(picker.value).toBe(id);
  await expect(inside(picker).getByRole('radio', { name, checked: true })).toBeInTheDocument();
}

/** The IDs (rows' `data-id`) of the rows shown, in order. */
export function shownIds(picker: PaymentPicker): string[] {
  return radios(picker).map((row) => row.dataset['id'] ?? '');
}

export { environments } from './environments.js';

const attribute = { category: 'attributes' } as const;
const property = { category: 'properties' } as const;
// The spies only record the events for the Actions panel; the manifest documents the events.
const hidden = { disable: true } as const;

/**
 * Controls for every attribute and object property. Descriptions, types and defaults come from
 * the component's JSDoc through custom-elements.json, so they are not repeated here.
 */
export const pickerArgTypes: ArgTypes = {
  name: { control: 'text', table: attribute },
  value: { control: 'text', table: attribute },
  required: { control: 'boolean', table: attribute },
  disabled: { control: 'boolean', table: attribute },
  label: { control: 'text', table: attribute },
  methods: { control: 'object', table: attribute },
  'visible-count': { control: { type: 'number', min: 0, step: 1 }, table: attribute },
  remember: { control: 'boolean', table: attribute },
  amount: { control: 'text', table: attribute },
  currency: { control: 'text', table: attribute },
  loading: { control: 'boolean', table: attribute },
  'hide-hints': { control: 'boolean', table: attribute },
  environment: { control: 'object', table: property },
  strings: { control: 'object', table: property },
  // The same fields as properties, and the read-only form-control API: documented, no control.
  visibleCount: { control: false },
  hideHints: { control: false },
  form: { control: false },
  labels: { control: false },
  validity: { control: false },
  validationMessage: { control: false },
  willValidate: { control: false },
  selectedMethod: { control: false },
  onChange: { table: hidden },
  onInput: { table: hidden },
  onPickerError: { table: hidden },
};

/**
 * Ends a story that is not about focus without a focus ring (on a row, or on a button of the
 * story): a `userEvent.click` in the story tests is synthetic, so Chromium treats the focus it
 * leaves behind as keyboard focus.
 */
export async function endWithoutFocus(picker: PaymentPicker): Promise<void> {
  (picker.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  if (document.activeElement !== picker) (document.activeElement as HTMLElement | null)?.blur();
  await expect(picker.shadowRoot!.activeElement).toBeNull();
}

/** [r, g, b, alpha] of a computed color: `rgb()`/`rgba()` or `color(srgb …)` (from color-mix). */
function channels(color: string): number[] {
  const n = (color.match(/[\d.]+/g) ?? []).map(Number);
  const scale = color.startsWith('color(') ? 255 : 1;
  return [(n[0] ?? 0) * scale, (n[1] ?? 0) * scale, (n[2] ?? 0) * scale, n[3] ?? 1];
}

function luminance([r, g, b]: number[]): number {
  const lin = (c = 0) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two computed colors. */
export function contrastRatio(a: string, b: string): number {
  const [hi = 0, lo = 0] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent of `node` in the flat tree (slots and shadow hosts included). */
const flatParent = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/**
 * The first opaque background behind `el` in the flat tree, else the page canvas of the
 * element's color scheme (Chromium's white or #121212).
 */
export function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const background = getComputedStyle(node).backgroundColor;
    if (channels(background)[3]! > 0.99) return background;
  }
  return getComputedStyle(el).colorScheme.includes('dark')
    ? 'rgb(18, 18, 18)'
    : 'rgb(255, 255, 255)';
}

/**
 * The contrast of each text of the picker (its isolated `<bdi>` runs) against what is behind it,
 * with every opacity on the way applied to the text's ratio check: `{text, ratio, opacity}`.
 */
export function textContrasts(
  picker: PaymentPicker,
): { text: string; ratio: number; opacity: number }[] {
  return [...picker.shadowRoot!.querySelectorAll('bdi')].map((bdi) => {
    let opacity = 1;
    for (let node: Element | null = bdi; node; node = flatParent(node))
      opacity *= Number(getComputedStyle(node).opacity);
    return {
      text: bdi.textContent!.trim(),
      ratio: contrastRatio(getComputedStyle(bdi).color, backgroundBehind(bdi)),
      opacity,
    };
  });
}

/**
 * What every `<payment-picker>` story file's meta shares: the component, the element's defaults
 * as args, the controls and the render. Spread it after the file's own `title` and `tags`
 * (those two stay literal: Storybook's indexer reads them without running the file).
 */
export const pickerMeta = {
  component: 'payment-picker',
  args: defaultArgs,
  argTypes: pickerArgTypes,
  render: (args: PickerArgs) => renderPicker(args),
};
