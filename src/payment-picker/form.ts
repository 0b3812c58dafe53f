/**
 * Form association of the picker, through its `ElementInternals`: the submitted value (the chosen
 * method's id) and the validity (a custom message, else a localized `valueMissing` while
 * `required` and nothing is chosen), anchored on the row that holds the tab stop, so the
 * browser's validation bubble points at it. Plain functions of the element, through the few
 * members named in `FormHost`. They run whenever the value changes, as a native control's form
 * value and validity follow at once (a `change` listener or a `requestSubmit()` right after sees
 * them), and before each render, which shows the validity.
 */
import { localize } from '../i18n/locale.js';
import { PICKER_STRINGS } from '../i18n/picker/index.js';
import type { StringOverrides } from '../i18n/strings.js';
import { rowAt, type RovingFocusHost } from './roving-focus.js';

/** What form association needs of the picker. */
export interface FormHost extends RovingFocusHost {
  required: boolean;
  strings: StringOverrides | null;
  /** The message of `setCustomValidity()`, or `''`. @internal */
  customValidity_?: string;
}

/** Brings the form value and the validity (in `internals`) up to date with the chosen method. */
export function syncForm(host: FormHost, internals: ElementInternals): void {
  internals.setFormValue(host.chosen_()?.id ?? null);
  syncValidity(host, internals);
}

/** Brings the validity (in `internals`) up to date: the custom message first, then `valueMissing`. */
export function syncValidity(host: FormHost, internals: ElementInternals): void {
  const custom = host.customValidity_;
  const anchor = host.stop_ ?? rowAt(host, 0) ?? undefined;
  if (custom) {
    internals.setValidity({ customError: true }, custom, anchor);
  } else if (host.required && !host.disabled_() && !host.chosen_()) {
    // In the picker's language, as the rest of its text (`strings.chooseMethod`).
    internals.setValidity(
      { valueMissing: true },
      localize(host, PICKER_STRINGS, host.strings).strings.chooseMethod,
      anchor,
    );
  } else {
    internals.setValidity({});
  }
}
