import { css, html, LitElement, type PropertyDeclarations } from 'lit';

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

  // The reactive properties: Lit's `static properties`, less code once built than decorators.
  // Each is documented on its field below (type, default, description); the manifest reads both.
  static override properties: PropertyDeclarations = {
    value: { reflect: true },
    label: { reflect: true },
    description: { reflect: true },
    icon: { reflect: true },
    badge: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    disabledReason: { attribute: 'disabled-reason', reflect: true },
  };

  /** The method's id: the picker's `value` and the submitted form value when chosen. */
  value = '';

  /** Visible label. Optional for known ids, which have a localized default. */
  label = '';

  /** A secondary line under the label. */
  description = '';

  /** Image URL (https: or relative); anything else is ignored and the default glyph is shown. */
  icon = '';

  /** A short promotion shown beside the label, e.g. "¥5 off". */
  badge = '';

  /** Shown but cannot be chosen. */
  disabled = false;

  /** Why the method is disabled: shown under the label and in its accessible description. */
  disabledReason = '';

  protected override render() {
    return html`<slot></slot>`;
  }
}
