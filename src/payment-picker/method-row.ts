import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { isKnownMethodId } from '../core/methods.js';
import { isSafeImageUrl } from '../core/safe-url.js';
import type { PaymentMethod } from '../core/types.js';
import type { Strings } from '../i18n/strings.js';
import { glyphFor } from './glyphs.js';

/** How one method's row is shown. */
export interface RowState {
  checked: boolean;
  /** The method or the whole control is disabled. */
  disabled: boolean;
  /** How paying proceeds here, or `''`. */
  hint: string;
  /** Show the panel with the `<payment-option>`'s own content under the row. */
  content: boolean;
  strings: Strings;
  /** The page's base URL, for relative icon URLs. */
  baseURI: string;
  /** Icon URLs that failed to load: the glyph shows instead. */
  brokenIcons: ReadonlySet<string>;
  onIconError(src: string): void;
}

/** The method's own label, else the localized label of a known id. */
export function labelOf(method: PaymentMethod, strings: Strings): string {
  return method.label || (isKnownMethodId(method.id) ? strings.methodLabels[method.id] : method.id);
}

/**
 * One method: a card holding the focusable row (role radio, named by its label, described by
 * its badge, description, hint and disabled reason) and, when chosen, the slot for its content.
 * Ids are per index, unique inside the picker's shadow root. The row's `tabindex` is not
 * rendered here: the picker moves the single tab stop itself (see `PaymentPicker.syncTabStop`).
 */
export function renderMethodRow(m: PaymentMethod, index: number, state: RowState): TemplateResult {
  const id = `m${index}`;
  const reason = m.disabled ? m.disabledReason || state.strings.unavailable : '';
  const described = [
    m.badge && `${id}-badge`,
    m.description && `${id}-description`,
    state.hint && `${id}-hint`,
    reason && `${id}-reason`,
  ].filter(Boolean);
  const parts = ['option', state.checked && 'option-checked', state.disabled && 'option-disabled'];
  const classes = {
    item: true,
    checked: state.checked,
    disabled: state.disabled,
    enabled: !state.disabled,
  };

  return html`<div class=${classMap(classes)} part=${parts.filter(Boolean).join(' ')}>
    <div
      class="row"
      part="row"
      role="radio"
      data-id=${m.id}
      aria-checked=${state.checked ? 'true' : 'false'}
      aria-disabled=${state.disabled ? 'true' : nothing}
      aria-labelledby=${`${id}-label`}
      aria-describedby=${described.join(' ') || nothing}
    >
      <span class="radio" part="radio"></span>
      ${renderIcon(m, state)}
      <span class="text">
        <span class="title">
          <span class="label" part="label" id=${`${id}-label`}>${labelOf(m, state.strings)}</span>
          ${
            m.badge
              ? html`<span class="badge" part="badge" id=${`${id}-badge`}>${m.badge}</span>`
              : nothing
          }
        </span>
        ${
          m.description
            ? html`<span class="description" part="description" id=${`${id}-description`}
                >${m.description}</span
              >`
            : nothing
        }
        ${
          state.hint
            ? html`<span class="hint" part="hint" id=${`${id}-hint`}>${state.hint}</span>`
            : nothing
        }
        ${
          reason
            ? html`<span class="reason" part="reason" id=${`${id}-reason`}>${reason}</span>`
            : nothing
        }
      </span>
    </div>
    ${
      state.content
        ? html`<div class="content" part="content"><slot class="option-content"></slot></div>`
        : nothing
    }
  </div>`;
}

/** The method's image (https: or relative only), else its glyph. Both are decorative. */
function renderIcon(m: PaymentMethod, state: RowState): TemplateResult {
  const src = m.icon;
  if (src && isSafeImageUrl(src, state.baseURI) && !state.brokenIcons.has(src)) {
    return html`<span class="icon image" part="icon">
      <img src=${src} alt="" decoding="async" @error=${() => state.onIconError(src)} />
    </span>`;
  }
  return html`<span class="icon" part="icon" data-method=${m.id}>
    <svg viewBox="0 0 24 24" aria-hidden="true">${glyphFor(m.id)}</svg>
  </span>`;
}

/** Placeholder rows while the shop fetches the methods (hidden from assistive technology). */
export function renderSkeletonRows(count: number): TemplateResult[] {
  return Array.from(
    { length: count },
    () =>
      html`<div class="item" part="skeleton" aria-hidden="true">
        <div class="row">
          <span class="bone circle"></span><span class="bone tile"></span>
          <span><span class="bone line"></span><span class="bone line short"></span></span>
        </div>
      </div>`,
  );
}
