/**
 * The picker's list, as plain functions of explicit arguments: which methods are shown, a
 * method's row, the skeleton while loading, the "More" button, and the small pieces of text the
 * picker's render shares with them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KnownMethodId, PaymentMethod } from '../core/types.js';
import { fillTemplate, type Strings } from '../i18n/strings.js';
import { ALERT_GLYPH, glyph, glyphFor, MORE_GLYPH } from './glyphs.js';

/**
 * One method: a card holding the focusable row (role radio, named by its label, described by
 * its badge, description, hint and disabled reason) and, when `content`, the slot that shows the
 * chosen method's `<payment-option>` content. Its label is its own, else the localized one
 * (`parseMethods` drops unknown ids without a label). The row's id is `m${index}`, unique in the
 * shadow root, and prefixes the ids of its texts. Rows are created with `tabindex="-1"`: the
 * single tab stop is moved by hand (`roving-focus.ts`). The card's classes are its state parts,
 * which the stylesheet uses.
 *
 * @param icon - The method's image URL when it is safe and has not failed to load, else `''`
 *   (the glyph of its id is shown).
 * @param iconFailed - Called with `icon` when the image fails to load.
 */
export function renderRow(
  m: PaymentMethod,
  index: number,
  checked: boolean,
  disabled: boolean,
  hint: string | undefined,
  content: boolean,
  icon: string,
  iconFailed: (icon: string) => void,
  strings: Strings,
): TemplateResult {
  const { badge, description } = m;
  const id = `m${index}`;
  const reason = m.disabled ? m.disabledReason || strings.unavailable : '';
  const state = `${checked ? ' option-checked' : ''}${disabled ? ' option-disabled' : ''}`;
  return html`<div class="item${state}" part="option${state}">
    <div
      class="row"
      part="row"
      role="radio"
      id=${id}
      tabindex="-1"
      data-id=${m.id}
      aria-checked=${checked}
      aria-disabled=${disabled || nothing}
      aria-labelledby=${`${id}label`}
      aria-describedby=${ids(
        badge && `${id}badge`,
        description && `${id}description`,
        hint && `${id}hint`,
        reason && `${id}reason`,
      )}
    >
      <span part="radio"></span>
      ${
        icon
          ? html`<span class="image" part="icon"
              ><img src=${icon} alt="" decoding="async" @error=${() => iconFailed(icon)}
            /></span>`
          : html`<span part="icon">${glyph(glyphFor(m.id))}</span>`
      }
      <span class="text">
        <span class="title">
          ${text('label', m.label || strings.methodLabels[m.id as KnownMethodId], id)}
          ${badge && text('badge', badge, id)}
        </span>
        ${description && text('description', description, id)} ${hint && text('hint', hint, id)}
        ${reason && text('reason', reason, id)}
      </span>
    </div>
    ${content ? html`<div part="content"><slot id="slot"></slot></div>` : nothing}
  </div>`;
}

/**
 * The methods shown: the first `visibleCount` (below 1: all) and the chosen one, or all once
 * `expanded`.
 */
export function visibleMethods(
  methods: PaymentMethod[],
  visibleCount: number,
  expanded: boolean,
  chosen: PaymentMethod | undefined,
): PaymentMethod[] {
  const limit = visibleCount >= 1 ? Math.floor(visibleCount) : Infinity;
  return expanded || methods.length <= limit
    ? methods
    : methods.filter((m, index) => index < limit || m === chosen);
}

/**
 * The list while the shop fetches the methods: as many placeholder rows as will likely show
 * (`visibleCount`, 1 to 4), busy, and hidden from assistive technology row by row.
 */
export const renderSkeleton = (
  visibleCount: number,
  describedBy: string | typeof nothing,
): TemplateResult =>
  html`<div
    part="list"
    role="radiogroup"
    aria-labelledby="legend"
    aria-describedby=${describedBy}
    aria-busy="true"
  >
    ${Array(Math.min(Math.max(Math.floor(visibleCount) || 3, 1), 4)).fill(SKELETON_ROW)}
  </div>`;

/** The "More payment methods" button, which shows the `hidden` methods too. */
export const renderMore = (
  hidden: number,
  strings: Strings,
  onClick: (this: never) => void,
): TemplateResult =>
  html`<button
    type="button"
    part="more-button"
    aria-controls="list"
    aria-expanded="false"
    @click=${onClick}
  >
    ${fillTemplate(strings.moreMethods, { count: hidden })} ${glyph(MORE_GLYPH)}
  </button>`;

/** The empty state: the `slot="empty"` content, else a localized sentence. */
export const renderEmpty = (strings: Strings): TemplateResult =>
  html`<span part="empty" id="empty"
    ><slot id="slot"><bdi>${strings.noMethods}</bdi></slot></span
  >`;

/** A placeholder row while the shop fetches the methods (hidden from assistive technology). */
const SKELETON_ROW = html`<div class="item" part="skeleton" aria-hidden="true">
  <div class="row">
    <i></i><i></i><span><i></i><i></i></span>
  </div>
</div>`;

/**
 * A text of the picker: `part` names it, and with `prefix` (a row's) gives its id. The text is
 * isolated in a `<bdi>`, so a Latin name, an amount or an English sentence keeps its own
 * direction on a right-to-left page (no full stop jumping to the front).
 */
export const text = (part: string, content: unknown, prefix = ''): TemplateResult =>
  html`<span part=${part} id=${prefix + part}><bdi>${content}</bdi></span>`;

/** An error or validation message, after a circled exclamation mark. */
export const alert = (part: string, message: string): TemplateResult =>
  html`<span class="alert" part=${part} id=${part}
    >${glyph(ALERT_GLYPH)}<bdi>${message}</bdi></span
  >`;

/** An ARIA id list from the truthy entries, or no attribute at all. */
export const ids = (...list: unknown[]): string | typeof nothing =>
  list.filter(Boolean).join(' ') || nothing;
