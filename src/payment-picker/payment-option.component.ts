import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * @summary One payment method, declared in HTML inside a `<payment-picker>`.
 *
 * @description
 * Its attributes describe the method (the same fields as a `PaymentMethod`). Anything placed
 * inside it, such as a provider's card-fields iframe or instalment choices, is shown under the
 * method while it is chosen. That content stays in the page's light DOM (it is never moved or
 * cloned), so provider iframes and page styles keep working.
 *
 * @slot - Content shown under the method while it is chosen.
 */
export class PaymentOption extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** The method's id: the picker's `value` and the submitted form value when chosen. */
  @property({ reflect: true }) value = '';

  /** Visible label. Optional for known ids, which have a localized default. */
  @property({ reflect: true }) label = '';

  /** A secondary line under the label. */
  @property({ reflect: true }) description = '';

  /** Image URL (https: or relative); anything else is ignored and the default glyph is shown. */
  @property({ reflect: true }) icon = '';

  /** A short promotion shown beside the label, e.g. "¥5 off". */
  @property({ reflect: true }) badge = '';

  /** Shown but cannot be chosen. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Why the method is disabled: shown under the label and in its accessible description. */
  @property({ attribute: 'disabled-reason', reflect: true }) disabledReason = '';

  protected override render() {
    return html`<slot></slot>`;
  }
}
