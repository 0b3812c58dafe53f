import type { ComplexAttributeConverter } from 'lit';
import { parseMethods } from '../core/methods.js';
import type { InputError, PaymentMethod } from '../core/types.js';

/**
 * Where a picker's methods come from: the `methods` property (or its JSON attribute) when set,
 * else its `<payment-option>` children. Both go through `parseMethods`, so they are validated
 * the same way.
 */

/** The attributes of `<payment-option>` that describe a method (its content is not one of them). */
export const OPTION_ATTRIBUTES = [
  'value',
  'label',
  'description',
  'icon',
  'badge',
  'disabled',
  'disabled-reason',
] as const;

/**
 * The `methods` attribute takes JSON. Unparseable JSON is kept as the raw string, which
 * `parseMethods` reports (`picker-error`), instead of silently showing nothing.
 */
export const methodsConverter: ComplexAttributeConverter<PaymentMethod[] | null> = {
  fromAttribute(value: string | null) {
    if (value === null) return null;
    try {
      return JSON.parse(value) as PaymentMethod[];
    } catch {
      return value as unknown as PaymentMethod[];
    }
  },
};

/** The usable methods, what was wrong with the input, and the `<payment-option>` of each id. */
export interface MethodSource {
  methods: PaymentMethod[];
  errors: InputError[];
  /** The element that declared each method, when methods come from `<payment-option>` children. */
  options: Map<string, Element>;
}

/** An empty source, before the first read. */
export const NO_METHODS: MethodSource = { methods: [], errors: [], options: new Map() };

/**
 * Reads the methods of `host`: `methods` when it is set (an array, or JSON text from the
 * attribute), else the host's `<payment-option>` children. Never throws.
 */
export function readMethods(host: Element, methods: unknown): MethodSource {
  if (methods !== null && methods !== undefined) {
    const parsed = parseMethods(methods);
    return { ...parsed, options: new Map() };
  }
  const elements = [...host.children].filter((el) => el.localName === 'payment-option');
  const options = new Map<string, Element>();
  for (const el of elements) {
    const id = current(el, 'value', 'value')?.trim();
    if (id && !options.has(id)) options.set(id, el); // duplicates keep the first, as parseMethods does
  }
  const parsed = parseMethods(elements.map(optionToMethod));
  // Name the offending element as the developer wrote it: payment-option[2].id.
  const errors = parsed.errors.map((e) => ({
    ...e,
    field: e.field.replace(/^methods/, 'payment-option'),
  }));
  return { methods: parsed.methods, errors, options };
}

/** A `<payment-option>`'s attributes as the raw input of `parseMethods`. */
function optionToMethod(el: Element): Record<string, unknown> {
  const method: Record<string, unknown> = {};
  const read = (attribute: string, property: string, key: string) => {
    const value = current(el, property, attribute);
    if (value !== null && value !== '') method[key] = value;
  };
  read('value', 'value', 'id');
  read('label', 'label', 'label');
  read('description', 'description', 'description');
  read('icon', 'icon', 'icon');
  read('badge', 'badge', 'badge');
  read('disabled-reason', 'disabledReason', 'disabledReason');
  const disabled = (el as unknown as Record<string, unknown>)['disabled'];
  if (disabled === true || (disabled === undefined && el.hasAttribute('disabled'))) {
    method['disabled'] = true;
  }
  return method;
}

/**
 * An option's field: the property of an upgraded `<payment-option>`, else the attribute.
 * Frameworks (React 19, Vue) and scripts set properties, which Lit reflects to attributes only
 * at its next update; reading attributes alone would see a new option without its id.
 */
function current(el: Element, property: string, attribute: string): string | null {
  const value = (el as unknown as Record<string, unknown>)[property];
  return typeof value === 'string' ? value : el.getAttribute(attribute);
}

/** Whether an option holds content of its own (elements or non-blank text) to show when chosen. */
export function hasOwnContent(option: Element): boolean {
  return [...option.childNodes].some(
    (node) =>
      node.nodeType === Node.ELEMENT_NODE ||
      (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
  );
}
