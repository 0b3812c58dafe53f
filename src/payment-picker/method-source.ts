import type { ComplexAttributeConverter } from 'lit';
import { parseMethods } from '../core/methods.js';
import type { InputError, PaymentMethod } from '../core/types.js';

/**
 * Where a picker's methods come from: the `methods` property (or its JSON attribute) when set,
 * else its `<payment-option>` children. Both go through `parseMethods`, so they are validated
 * the same way.
 */

/**
 * The properties of `<payment-option>` that describe a method (its content is not one of them),
 * in the order of `PaymentMethod`; `disabled` is read apart, as a boolean.
 */
const OPTION_FIELDS = ['value', 'label', 'description', 'icon', 'badge', 'disabledReason'];

/** The attribute of an option property. */
const attributeOf = (property: string): string =>
  property === 'disabledReason' ? 'disabled-reason' : property;

/** The attributes the picker watches on its children: the option attributes and `slot`. */
export const OPTION_FILTER = [...OPTION_FIELDS.map(attributeOf), 'disabled', 'slot'];

/** What the picker's `MutationObserver` watches: its options, their attributes and content. */
export const WATCH_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: OPTION_FILTER,
};

/**
 * The `methods` attribute takes JSON. Unparseable JSON is kept as the raw string, which
 * `parseMethods` reports (`picker-error`), instead of silently showing nothing.
 */
export const methodsConverter: ComplexAttributeConverter<PaymentMethod[] | null> = {
  fromAttribute(value) {
    try {
      return JSON.parse(value!) as PaymentMethod[] | null; // a removed attribute (null) gives null
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
  const options = new Map<string, Element>();
  if (methods != null) return { ...parseMethods(methods), options };
  const elements = [...host.children].filter((el) => el.localName === 'payment-option');
  const raw = elements.map((el) => {
    // A `<payment-option>`'s fields as the raw input of `parseMethods`.
    const method: Record<string, unknown> = {};
    for (const property of OPTION_FIELDS) {
      const value = current(el, property);
      if (value) method[property === 'value' ? 'id' : property] = value;
    }
    const id = (method['id'] as string | undefined)?.trim();
    if (id && !options.has(id)) options.set(id, el); // duplicates keep the first, as parseMethods does
    const disabled = (el as unknown as Record<string, unknown>)['disabled'];
    if (disabled === true || (disabled === undefined && el.hasAttribute('disabled'))) {
      method['disabled'] = true;
    }
    return method;
  });
  const parsed = parseMethods(raw);
  // Name the offending element as the developer wrote it: payment-option[2].id.
  for (const e of parsed.errors) e.field = e.field.replace(/^methods/, 'payment-option');
  return { ...parsed, options };
}

/**
 * An option's field: the property of an upgraded `<payment-option>`, else the attribute.
 * Frameworks (React 19, Vue) and scripts set properties, which Lit reflects to attributes only
 * at its next update; reading attributes alone would see a new option without its id.
 */
function current(el: Element, property: string): string | null {
  const value = (el as unknown as Record<string, unknown>)[property];
  return typeof value === 'string' ? value : el.getAttribute(attributeOf(property));
}

/** Whether an option holds content of its own (elements or non-blank text) to show when chosen. */
export function hasOwnContent(option: Element): boolean {
  return [...option.childNodes].some(
    (node) =>
      node.nodeType === 1 /* element */ ||
      (node.nodeType === 3 /* text */ && node.textContent!.trim() !== ''),
  );
}
