/**
 * The entries of a strings override that are strings. Anything else (`undefined` from an unset
 * framework prop, a number, a nested object in the wrong place) is ignored, so a malformed
 * override never breaks rendering.
 * @internal
 */
export function onlyStrings(record: object | null | undefined): Record<string, string> {
  if (!record || typeof record !== 'object') return {};
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => typeof value === 'string'),
  );
}
