import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { formatAmount } from '../core/money.js';
import type { Environment, PaymentMethod } from '../core/types.js';
import { LocaleController, localize, type LocaleInfo } from '../i18n/locale.js';
import { PICKER_STRINGS } from '../i18n/picker/index.js';
import { fillTemplate, type StringOverrides, type Strings } from '../i18n/strings.js';
import { styledRoot } from '../styles/adopt.js';
import { themeFallbackStyles, themeStyles, visuallyHidden } from '../styles/theme.js';
import { choose, fillRemembered, usable } from './choice.js';
import { syncForm, syncValidity } from './form.js';
import { readInput, reportInput } from './input.js';
import { styleShopLinks } from './links.js';
import { assignSlot, prepareRows, renderList } from './list.js';
import { methodsConverter, NO_METHODS, WATCH_OPTIONS, type MethodSource } from './method-source.js';
import { pickerStyles } from './payment-picker.styles.js';
import { glyphHueStyles } from '../styles/glyphs.styles.js';
import { afterUpdate, chooseByClick, chooseByKey } from './roving-focus.js';
import { alert, ids, renderEmpty, renderSkeleton, text } from './rows.js';

export type { PickerErrorDetail, PickerErrorEvent } from './events.js';

/**
 * @summary The payment methods a shop offers, as one form control: the chosen method's id is
 * submitted with its `<form>`.
 *
 * @description
 * Declare methods with `<payment-option>` children, or set the `methods` property (or the
 * `methods` attribute as JSON). Known ids (`alipay`, `wechat-pay`, `unionpay`, `jd-pay`, `ecny`,
 * `bestpay`, `hebao`, `card`, `apple-pay`, `google-pay`, `paypal`) get a localized label and a
 * glyph (a tile in the wallet's hue, not its logo). The picker behaves like a native radio group: one tab stop, arrow keys move and
 * choose, Space chooses, and it takes part in form submission, reset, validation and
 * back/forward restore.
 *
 * Only `<payment-option>` children and `slot="empty"` content are shown: the chosen option's
 * own content appears under its row, in the light DOM (provider iframes keep working).
 * `value` set by code never fires events; bad `methods` input fires `picker-error`, logs a
 * warning and shows a short localized note, while the valid methods still render. So does an
 * `amount` that cannot be shown exactly: the note replaces the total, never a rounded one or `∞`.
 *
 * @slot empty - Shown instead of the list when no method is offered (default: a localized sentence).
 *
 * @event change - The shopper chose another method (bubbles, composed). Never fired when code sets `value`.
 * @event input - The shopper chose another method, fired just before `change` (bubbles, composed).
 * @event {PickerErrorEvent} picker-error - Bad input, reported once per new input: `detail` is `{code, message, errors}`, `code` `invalid-methods` (bad `methods`; the valid ones still render) or `invalid-amount` (`amount` + `currency` cannot be shown exactly; a note replaces the total).
 * @event invalid - Validation failed (from `checkValidity()`, `reportValidity()` or a form submission).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The line with the legend and the total.
 * @csspart legend - The visible label, which names the radio group.
 * @csspart total - The formatted total (`amount` + `currency`).
 * @csspart amount-error - The note shown in place of the total when `amount` and `currency` cannot be shown exactly.
 * @csspart list - The radio group.
 * @csspart option - One method's card (row and, when chosen, its content).
 * @csspart option-checked - Added to the chosen method's card.
 * @csspart option-disabled - Added to the cards of methods that cannot be chosen.
 * @csspart row - The clickable, focusable row of a method (role radio).
 * @csspart radio - The radio mark.
 * @csspart icon - The method's glyph (a tile drawn in `currentColor`: set `color` to recolor it) or image.
 * @csspart label - The method's label.
 * @csspart badge - The promotion badge.
 * @csspart description - The method's description.
 * @csspart hint - How paying with the chosen method will proceed in this environment (on its row only).
 * @csspart reason - Why a method is disabled.
 * @csspart content - The panel under the chosen method that shows its `<payment-option>` content.
 * @csspart more-button - The "More payment methods" button.
 * @csspart empty - The empty state.
 * @csspart notice - The note shown when every method is disabled.
 * @csspart error - The note shown when some methods could not be read.
 * @csspart validation-message - The validation message, after a failed validation.
 * @csspart skeleton - A placeholder row while `loading`.
 *
 * @cssproperty --pp-accent - Selected state and focus ring color.
 * @cssproperty --pp-on-accent - Color drawn on top of the accent.
 * @cssproperty --pp-text - Main text color.
 * @cssproperty --pp-text-muted - Secondary text color (descriptions, hints, reasons).
 * @cssproperty --pp-surface - Background of the method cards.
 * @cssproperty --pp-border - Border color of the method cards.
 * @cssproperty --pp-danger - Color of error and validation messages.
 * @cssproperty --pp-badge-color - Text color of badges.
 * @cssproperty --pp-badge-background - Background of badges.
 * @cssproperty --pp-radius - Corner radius of the cards (default `12px`).
 * @cssproperty --pp-font - Font family (default: the system UI font).
 * @cssproperty --pp-gap - Space between the cards (default `8px`).
 * @cssproperty --pp-focus-ring - `outline` of the focused row or button (default `2px solid` accent).
 */
export class PaymentPicker extends LitElement {
  static override styles = [
    themeStyles,
    themeFallbackStyles,
    visuallyHidden,
    pickerStyles,
    glyphHueStyles,
  ];

  /** Takes part in forms through ElementInternals. */
  static readonly formAssociated = true;

  /**
   * Manual slot assignment: only the chosen method's `<payment-option>` is assigned (under its
   * row), so its content shows in place while staying in the light DOM.
   */
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  // The reactive properties: Lit's `static properties`, less code once built than decorators.
  // Each is documented on its field below (type, default, description); the manifest reads both.
  static override properties: PropertyDeclarations = {
    name: {},
    value: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    label: {},
    methods: { converter: methodsConverter },
    visibleCount: { attribute: 'visible-count', type: Number },
    remember: { type: Boolean },
    preferInApp: { attribute: 'prefer-in-app', type: Boolean },
    amount: {},
    currency: {},
    loading: { type: Boolean, reflect: true },
    hideHints: { attribute: 'hide-hints', type: Boolean },
    strings: { attribute: false },
    environment: { attribute: false },
    // Internal state. Spread in, because the manifest analyzer reads only plain entries here and
    // would list each as an attribute.
    ...{
      expanded_: { state: true },
      formDisabled: { state: true },
      showInvalid_: { state: true },
      childrenVersion: { state: true },
      broken_: { state: true },
    },
  };

  /**
   * Form field name; the chosen method's id is submitted under it. Reflects the `name`
   * attribute at once, as a native input's does: the browser reads a form control's name from
   * the attribute only, so `picker.name = 'method'` (React, Vue) followed by `new FormData(form)`
   * includes the picker.
   */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(name: string) {
    name ??= '';
    if (name !== this.name) this.setAttribute('name', name);
  }

  /**
   * Id of the chosen method. Setting it never fires events. A value that matches no enabled
   * method leaves nothing chosen and the form value empty, but is kept, so it takes effect if
   * that method arrives later (e.g. after `loading`). The `value` attribute is the initial value
   * that `form.reset()` restores. The form value and validity follow at once, as a native
   * control's do (a `change` listener or a `requestSubmit()` right after sees them).
   */
  get value(): string {
    return this.#value;
  }
  set value(value: string) {
    this.#value = value ?? '';
    syncForm(this, this.#internals);
  }
  #value = '';

  /** A method must be chosen before the form can be submitted (`valueMissing`). */
  required = false;

  /** Disables the whole control (a disabled ancestor `<fieldset>` does too). */
  disabled = false;

  /** Visible legend and accessible name of the group. Default: localized "Payment method". */
  label = '';

  /**
   * The methods, as an alternative to `<payment-option>` children (when set, children are
   * ignored). The attribute takes JSON; unusable entries are reported with `picker-error` and
   * skipped, duplicate ids keep the first.
   */
  methods: PaymentMethod[] | null = null;

  /** How many methods show before a "More payment methods" button; the chosen one always shows. Below 1: all. */
  visibleCount = 4;

  /**
   * Remember the shopper's last choice on this device (localStorage, the method id only, keyed
   * by `name`) and choose it next time when no `value` is given and it is still offered and enabled.
   */
  remember = false;

  /**
   * Inside WeChat or Alipay, choose that app's wallet when nothing is chosen or remembered and it
   * is offered and enabled (no `change`: the shopper did not act). For any-app landing pages.
   */
  preferInApp = false;

  /**
   * Total to pay: a decimal string in major units, e.g. `128.00`. Shown with `currency`, exactly:
   * an amount that cannot be (not such a string, like `-5` or `1e3`; more decimals than the
   * currency has, like `99.999` CNY; too large) fires `picker-error` `invalid-amount` and shows a
   * short localized note instead, never a rounded total. Empty: no total.
   */
  amount = '';

  /** ISO 4217 code of `amount`, e.g. `CNY`; required when there is an `amount`. */
  currency = '';

  /** Shows a skeleton while the shop fetches the methods; nothing can be chosen meanwhile. */
  loading = false;

  /** Hides the hint, under the chosen method, of how paying will proceed here. */
  hideHints = false;

  /**
   * Overrides of the visible strings (a partial `Strings` object; `methodLabels` and
   * `appNames` may be partial too). The locale itself comes from the nearest `lang` attribute.
   */
  strings: StringOverrides | null = null;

  /**
   * The environment the hints describe. Default: detected from this browser. Set it to preview
   * the hints of another environment (stories, tests, a server-detected in-app browser).
   */
  environment: Environment | null = null;

  // Shared with the modules that take the picker through a narrow interface (choice.ts, list.ts,
  // roving-focus.ts, form.ts): named, not `#private`. The first three are state: they re-render.
  /** @internal */ expanded_ = false;
  /** @internal */ showInvalid_ = false;
  /** @internal */ broken_: ReadonlySet<string> = new Set();
  /** @internal */ customValidity_?: string;
  /** @internal */ rows_!: PaymentMethod[];
  /** @internal */ stop_?: HTMLElement | null;
  /** @internal */ shown_: MethodSource = NO_METHODS;
  /** @internal */ remembered_?: string;
  /** @internal */ focusAfter_?: string | undefined;
  /** @internal */ hint_!: string;
  /** @internal */ reported_?: string;
  /** @internal */ problem_?: string | null;
  private formDisabled = false;
  private childrenVersion = 0;
  readonly #internals = this.attachInternals();
  readonly #childObserver = new MutationObserver(() => this.childrenVersion++);
  /** The locale and strings of this update, which `willUpdate` prepares for the render. */
  #locale!: LocaleInfo<Strings>;

  constructor() {
    super();
    new LocaleController(this);
    // Listeners on the host, called with the host as `this`. (Its keys reach it only while connected.)
    this.addEventListener('click', chooseByClick as EventListener);
    this.addEventListener('keydown', chooseByKey as EventListener);
    this.addEventListener('invalid', () => (this.showInvalid_ = true));
  }

  // ---------------------------------------------------------------- form-control API (see form.ts)

  /** The form this control belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The `<label>` elements associated with this control. */
  get labels(): NodeList {
    return this.#internals.labels;
  }

  /** The control's validity state. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** The browser's localized message when invalid (e.g. "Please select one of these options."), else `''`. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation (false while disabled). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** The method currently chosen (a `value` matching an enabled method), as given, or null. */
  get selectedMethod(): PaymentMethod | null {
    const method = this.chosen_();
    return method ? { ...method } : null;
  }

  /** Whether the control is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    syncValidity(this, this.#internals);
    return this.#internals.checkValidity();
  }

  /** Like `checkValidity()`, and when invalid also focuses the group and shows the message. */
  reportValidity(): boolean {
    syncValidity(this, this.#internals);
    if (!this.#internals.validity.valid) this.focus();
    return this.#internals.reportValidity();
  }

  /** Sets a custom validation message (a non-empty message makes the control invalid); `''` clears it. */
  setCustomValidity(message: string): void {
    this.customValidity_ = message ?? '';
    syncValidity(this, this.#internals);
    this.requestUpdate();
  }

  /** Focuses the group's tab stop: the chosen method, else the first that can be chosen. */
  override focus(options?: FocusOptions): void {
    if (this.stop_) this.stop_.focus(options);
    else super.focus(options);
  }

  /** @internal */
  formResetCallback(): void {
    this.value = this.getAttribute('value') || this.remembered_ || '';
    this.showInvalid_ = false;
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver.observe(this, WATCH_OPTIONS);
    this.childrenVersion++;
    styleShopLinks(this);
  }

  /** @internal */
  protected override createRenderRoot(): ShadowRoot {
    return styledRoot(this, PaymentPicker);
  }

  /** Moved into another document (a same-origin iframe): its styles follow. @internal */
  adoptedCallback(): void {
    if (this.shadowRoot) styledRoot(this, PaymentPicker);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    readInput(this, changed);
    fillRemembered(this);
    // What the render shows: the rows, the chosen one's hint, and (`syncForm`) the validity.
    const { strings } = (this.#locale = localize(this, PICKER_STRINGS, this.strings));
    prepareRows(this, strings);
    syncForm(this, this.#internals);
  }

  protected override updated(changed: PropertyValues): void {
    afterUpdate(this);
    syncForm(this, this.#internals);
    assignSlot(this);
    reportInput(this, changed);
  }

  // ---------------------------------------------------------------- methods and choice (choice.ts)

  /** @internal */
  disabled_(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** @internal */
  chosen_(): PaymentMethod | undefined {
    return usable(this, this.value);
  }

  /** @internal */
  choose_(row: HTMLElement): void {
    choose(this, row);
  }

  // ---------------------------------------------------------------- rendering (list.ts, rows.ts)

  protected override render(): TemplateResult {
    const { lang, strings } = this.#locale;
    const total = formatAmount(this.amount, this.currency, lang);
    const problem = this.problem_;
    const { methods, errors } = this.shown_;
    const totalId = total ? 'total' : problem && 'amount-error';
    return html`<div part="base" lang=${lang}>
      <div part="header">
        ${text('legend', this.label || strings.pickerLabel)}
        ${
          total
            ? text('total', fillTemplate(strings.total, { amount: total }))
            : problem && alert('amount-error', strings.invalidAmount)
        }
      </div>
      ${
        this.loading
          ? renderSkeleton(this.visibleCount, ids(totalId))
          : methods.length
            ? renderList(this, strings, totalId)
            : renderEmpty(strings)
      }
      ${errors.length ? alert('error', strings.invalidMethods) : nothing}
      <div class="visually-hidden" role="status">${this.loading ? strings.loadingMethods : ''}</div>
    </div>`;
  }
}
