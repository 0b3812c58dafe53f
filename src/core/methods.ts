/**
 * Validating the payment methods a shop offers (the picker's `methods` property or its JSON
 * attribute). The picker renders what is valid and reports the rest, so parsing collects errors
 * instead of stopping at the first one.
 */
import { KNOWN_METHOD_IDS } from './types.js';
import type { InputError, KnownMethodId, PaymentMethod } from './types.js';

/** The outcome of {@link parseMethods}: every usable method, and what was wrong with the rest. */
export interface ParsedMethods {
  methods: PaymentMethod[];
  errors: InputError[];
}

const KNOWN = new Set<string>(KNOWN_METHOD_IDS);

/** Optional text fields of a {@link PaymentMethod} (`label` is handled with the id). */
const TEXT_FIELDS = ['description', 'icon', 'badge', 'disabledReason'] as const;

/**
 * Whether `id` is one of the {@link KNOWN_METHOD_IDS}, which get a localized default label and
 * glyph (ids are case-sensitive: `Alipay` is not known).
 *
 * @param id - anything; only strings can pass
 */
export function isKnownMethodId(id: unknown): id is KnownMethodId {
  return typeof id === 'string' && KNOWN.has(id);
}

/**
 * Parses untrusted payment methods: a JSON string (the `methods` attribute) or an array (the
 * property). Never throws.
 *
 * - Unparseable JSON or anything but an array gives no methods and one error for `methods`.
 *   `null` and `undefined` mean "none given": no methods and no error.
 * - Each entry must be an object with a non-empty string `id`; an unknown id also needs a
 *   non-empty `label`. Entries that fail are left out with an error (`methods[2].id`).
 * - Strings are trimmed; optional text left empty is dropped silently.
 * - An optional field of the wrong type is dropped with an error; the method is kept.
 * - A repeated id keeps the first method and reports the later one.
 * - Unknown extra fields are ignored. The `icon` URL is checked where it is used
 *   (`isSafeImageUrl`), because that needs the page's base URL.
 *
 * @param input - a JSON string, an array, or anything else
 */
export function parseMethods(input: unknown): ParsedMethods {
  const result: ParsedMethods = { methods: [], errors: [] };
  if (input === null || input === undefined) return result;

  let list: unknown = input;
  if (typeof input === 'string') {
    try {
      list = JSON.parse(input);
    } catch {
      report(result.errors, 'methods', 'is not valid JSON');
      return result;
    }
  }
  if (!Array.isArray(list)) {
    report(result.errors, 'methods', 'must be an array of payment methods');
    return result;
  }

  const seen = new Set<string>();
  list.forEach((entry: unknown, index) => {
    const path = `methods[${index}]`;
    let method: PaymentMethod | null;
    try {
      method = parseMethod(entry, path, result.errors);
    } catch {
      // A getter or proxy that throws is untrusted input like any other.
      report(result.errors, path, 'could not be read');
      return;
    }
    if (method === null) return;
    if (seen.has(method.id)) {
      report(
        result.errors,
        `${path}.id`,
        `repeats "${method.id}"; the first method with this id is kept`,
      );
      return;
    }
    seen.add(method.id);
    result.methods.push(method);
  });
  return result;
}

/** One entry; pushes its errors and returns null when it cannot be used at all. */
function parseMethod(entry: unknown, path: string, errors: InputError[]): PaymentMethod | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return report(errors, path, 'must be an object');
  }
  const raw = entry as Record<string, unknown>;

  const id = typeof raw.id === 'string' ? raw.id.trim() : '';
  if (id === '') {
    return report(errors, `${path}.id`, 'must be a non-empty string');
  }
  const method: PaymentMethod = { id };

  const errorsBefore = errors.length;
  const label = readText(raw, 'label', path, errors);
  if (label !== undefined) method.label = label;
  else if (!isKnownMethodId(id)) {
    // A wrong-typed label was reported already; one error per field is enough.
    if (errors.length > errorsBefore) return null;
    return report(
      errors,
      `${path}.label`,
      `is required for "${id}", which is not a known method id`,
    );
  }

  for (const field of TEXT_FIELDS) {
    const value = readText(raw, field, path, errors);
    if (value !== undefined) method[field] = value;
  }

  if (raw.disabled !== undefined) {
    if (typeof raw.disabled === 'boolean') method.disabled = raw.disabled;
    else report(errors, `${path}.disabled`, 'must be true or false; ignored');
  }
  return method;
}

/** A trimmed non-empty string, or undefined (with an error when the type is wrong). */
function readText(
  raw: Record<string, unknown>,
  field: string,
  path: string,
  errors: InputError[],
): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(errors, `${path}.${field}`, 'must be a string; ignored');
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Adds an error to `errors`; null, for `return report(…)` where an entry is left out. */
function report(errors: InputError[], field: string, message: string): null {
  errors.push({ field, message });
  return null;
}
