/**
 * The one way both elements apply their `strings` overrides to a locale's table.
 */

/**
 * The entries of a strings override that are strings. Anything else (`undefined` from an unset
 * framework prop, a number, a nested object in the wrong place) is ignored, so a malformed
 * override never breaks rendering.
 * @internal
 */
export function onlyStrings(record: unknown): Record<string, string> {
  if (!record || typeof record !== 'object') return {};
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => typeof value === 'string'),
  );
}

/**
 * `base` with `overrides` applied: top-level strings replaced, nested maps (method names, app
 * names) merged key by key; entries that are not strings ignored. Without overrides, `base`
 * itself (no copy).
 */
export function mergeStrings<T extends object>(base: T, overrides: unknown): T {
  if (!overrides || typeof overrides !== 'object') return base;
  const merged: Record<string, unknown> = { ...base, ...onlyStrings(overrides) };
  for (const [key, value] of Object.entries(base)) {
    if (value && typeof value === 'object') {
      merged[key] = { ...value, ...onlyStrings((overrides as Record<string, unknown>)[key]) };
    }
  }
  return merged as T;
}
