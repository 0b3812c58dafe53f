/**
 * The last method the shopper chose on this device, for `<payment-picker remember>`. Only the
 * method id is stored, under a key namespaced by the picker's `name`. Storage can be missing,
 * full or forbidden (privacy modes, sandboxed frames): every failure (reading `localStorage`
 * itself throws where storage is forbidden) reads as "nothing remembered" and a failed write is
 * dropped.
 */

/** The storage key for a picker named `name`. */
export function rememberedMethodKey(name: string): string {
  return 'payment-picker:last-method:' + name;
}

/** The remembered method id for the picker named `name`, or null. */
export function readRememberedMethod(name: string): string | null {
  try {
    return localStorage.getItem(rememberedMethodKey(name)) || null;
  } catch {
    return null;
  }
}

/** Remembers `id` as the last method chosen in the picker named `name`. */
export function writeRememberedMethod(name: string, id: string): void {
  try {
    localStorage.setItem(rememberedMethodKey(name), id);
  } catch {
    // Quota exceeded or storage forbidden: remembering is a convenience, not a requirement.
  }
}
