/**
 * The picker's radio group, as plain functions of the element through the few members named in
 * `ListHost`: the rows, the "More payment methods" button and the notes about the group, and
 * the one slot that shows the chosen method's `<payment-option>` content.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeImageUrl } from '../core/safe-url.js';
import type { Strings } from '../i18n/strings.js';
import type { ChoiceHost } from './choice.js';
import { hasOwnContent } from './method-source.js';
import { currentEnvironment } from '../core/environment.js';
import type { Environment, PaymentMethod } from '../core/types.js';
import { hintFor } from './method-hint.js';
import { alert, ids, renderMore, renderRow, text, visibleMethods } from './rows.js';

/** What the list needs of the picker. */
export interface ListHost extends ChoiceHost {
  required: boolean;
  hideHints: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  /** Whether "More" was pressed: every method shows. @internal */
  expanded_: boolean;
  /** Icons that failed to load: their rows show the glyph. @internal */
  broken_: ReadonlySet<string>;
  /** How paying with the chosen method will proceed here (`''`: nothing to say). @internal */
  hint_: string;
}

/** The radio group of the shown methods, the "More" button and the notes about the group. */
export function renderList(
  host: ListHost,
  strings: Strings,
  totalId: string | null | undefined,
): TemplateResult {
  const { methods, errors, options } = host.shown_;
  const rows = host.rows_;
  const disabled = host.disabled_();
  const chosen = host.chosen_();
  const option = chosen && options.get(chosen.id);
  const content = !!option && hasOwnContent(option);
  const notice = !disabled && methods.every((m) => m.disabled);
  const invalid = host.showInvalid_ && !host.validity.valid;
  return html`<div
      part="list"
      id="list"
      role="radiogroup"
      aria-labelledby="legend"
      aria-describedby=${ids(
        totalId,
        notice && 'notice',
        errors.length && 'error',
        invalid && 'validation-message',
      )}
      aria-required=${host.required || nothing}
      aria-disabled=${disabled || nothing}
      aria-invalid=${invalid || nothing}
    >
      ${rows.map((m, index) =>
        renderRow(
          m,
          index,
          m === chosen,
          disabled || !!m.disabled,
          // Only the chosen row says how paying will proceed (on every row it read as a status),
          // except a wallet this app blocks: that is worth knowing before choosing it.
          m === chosen ? host.hint_ : blockedHint(host, m.id, strings),
          m === chosen && content,
          // A safe URL that has not failed to load, else '' (the glyph).
          m.icon && isSafeImageUrl(m.icon, host.baseURI) && !host.broken_.has(m.icon) ? m.icon : '',
          (icon) => (host.broken_ = new Set([...host.broken_, icon])),
          strings,
        ),
      )}
    </div>
    ${
      methods.length > rows.length
        ? renderMore(methods.length - rows.length, strings, revealMore)
        : nothing
    }
    ${notice ? text('notice', strings.allDisabled) : nothing}
    ${invalid ? alert('validation-message', host.validationMessage) : nothing}`;
}

/**
 * "More" (a listener, called with the picker as `this`): show every method, and focus the first
 * revealed one that can be chosen.
 */
function revealMore(this: ListHost): void {
  const before = this.rows_;
  const revealed = this.shown_.methods.filter((m) => !before.includes(m));
  this.expanded_ = true;
  this.focusAfter_ = (revealed.find((m) => !m.disabled) ?? revealed[0])?.id;
}

/**
 * Only one slot is ever rendered: it shows the chosen method's `<payment-option>` content, or
 * else the `slot="empty"` content.
 */
export function assignSlot(host: ListHost): void {
  const chosen = host.chosen_();
  ((host.renderRoot as ShadowRoot).getElementById('slot') as HTMLSlotElement | null)?.assign(
    ...(chosen
      ? [host.shown_.options.get(chosen.id)!]
      : [...host.children].filter((el) => el.slot === 'empty')),
  );
}

/** How paying with `id` proceeds here, unless hints are hidden (`''`: nothing to say). */
const hintOf = (host: ListHost, id: string, strings: Strings): string =>
  host.hideHints
    ? ''
    : hintFor(id, host.environment ?? (detected ??= currentEnvironment()), strings);

/** "Opens in your browser" for a wallet this in-app browser blocks; else nothing. */
function blockedHint(host: ListHost, id: string, strings: Strings): string {
  const hint = hintOf(host, id, strings);
  return hint === strings.hintOpenInBrowser ? hint : '';
}

/** This browser's environment, detected once (the user agent does not change). */
let detected: Environment | undefined;

/**
 * What the next render shows, prepared in `willUpdate` so that render only reads it: the rows
 * (the first `visibleCount`, and the chosen one) and the chosen method's hint.
 * @internal
 */
export function prepareRows(
  host: ListHost & {
    visibleCount: number;
    expanded_: boolean;
    rows_: PaymentMethod[];
    hint_: string;
  },
  strings: Strings,
): void {
  const chosen = host.chosen_();
  host.rows_ = host.loading
    ? []
    : visibleMethods(host.shown_.methods, host.visibleCount, host.expanded_, chosen);
  host.hint_ = chosen ? hintOf(host, chosen.id, strings) : '';
}
