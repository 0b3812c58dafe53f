import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { currentEnvironment } from '../core/environment.js';
import { amountProblem, formatAmount } from '../core/money.js';
import { isSafeImageUrl } from '../core/safe-url.js';
import type { Environment, PaymentMethod } from '../core/types.js';
import { LocaleController, localize, type LocaleInfo } from '../i18n/locale.js';
import { PICKER_STRINGS } from '../i18n/picker/index.js';
import { fillTemplate, type StringOverrides, type Strings } from '../i18n/strings.js';
import { styledRoot } from '../styles/adopt.js';
import { themeFallbackStyles, themeStyles, visuallyHidden } from '../styles/theme.js';
import { BUBBLES, reportError, reportMethodErrors } from './events.js';
import { syncForm, syncValidity } from './form.js';
import { hintsFor } from './method-hint.js';
import {
  hasOwnContent,
  methodsConverter,
  NO_METHODS,
  OPTION_FILTER,
  readMethods,
  type MethodSource,
} from './method-source.js';
import { pickerStyles } from './payment-picker.styles.js';
import { tabStopIndex } from './radio-keys.js';
import { readRememberedMethod, writeRememberedMethod } from './remembered-method.js';
import { chooseByClick, chooseByKey, moveStop, rowAt } from './roving-focus.js';
import { ALERT, ids, renderMore, renderRow, renderSkeleton, text, visibleMethods } from './rows.js';

export type { PickerErrorDetail, PickerErrorEvent } from './events.js';

/**
 * @summary The payment methods a shop offers, as one form control: the chosen method's id is
 * submitted with its `<form>`.
 *
 * @description
 * Declare methods with `<payment-option>` children, or set the `methods` property (or the
 * `methods` attribute as JSON). Known ids (`alipay`, `wechat-pay`, `unionpay`, `jd-pay`, `ecny`,
 * `bestpay`, `hebao`, `card`, `apple-pay`, `google-pay`, `paypal`) get a localized label and a
 * neutral glyph. The picker behaves like a native radio group: one tab stop, arrow keys move and
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
 * @csspart icon - The method's glyph or image.
 * @csspart label - The method's label.
 * @csspart badge - The promotion badge.
 * @csspart description - The method's description.
 * @csspart hint - How paying will proceed in this environment.
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
  static override styles = [themeStyles, themeFallbackStyles, visuallyHidden, pickerStyles];

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
    amount: {},
    currency: {},
    loading: { type: Boolean, reflect: true },
    hideHints: { attribute: 'hide-hints', type: Boolean },
    strings: { attribute: false },
    environment: { attribute: false },
    // Internal state. Spread in, because the manifest analyzer reads only plain entries here and
    // would list each as an attribute.
    ...{
      expanded: { state: true },
      formDisabled: { state: true },
      showInvalid: { state: true },
      childrenVersion: { state: true },
      brokenIcons: { state: true },
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

  /** Hides the per-method hints of how paying will proceed here. */
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

  private expanded = false;
  private formDisabled = false;
  private showInvalid = false;
  private childrenVersion = 0;
  private brokenIcons: ReadonlySet<string> = new Set();

  /** @internal */
  customValidity_?: string;
  /** @internal */
  rows_!: PaymentMethod[];
  /** @internal */
  stop_?: HTMLElement | null;
  readonly #internals = this.attachInternals();
  readonly #childObserver = new MutationObserver(() => this.childrenVersion++);
  #shown: MethodSource = NO_METHODS;
  #reportedErrors?: string;
  /** Why `amount` + `currency` cannot be shown, and whether that is still to be reported. */
  #amountProblem?: string | null;
  #amountUnreported?: boolean;
  /** The remembered id `remember` filled in, once: the initial value `form.reset()` restores. */
  #rememberedDefault?: string;
  #focusAfterUpdate?: string | undefined;
  /** This browser's environment, detected once (the user agent does not change). */
  #detected?: Environment;
  // What `willUpdate` prepares for the render: the locale and the rows' hints (the rows: `rows_`).
  #locale!: LocaleInfo<Strings>;
  #hints!: string[];

  constructor() {
    super();
    new LocaleController(this);
    // Listeners on the host, called with the host as `this`. (Its keys reach it only while connected.)
    this.addEventListener('click', chooseByClick as EventListener);
    this.addEventListener('keydown', chooseByKey as EventListener);
    this.addEventListener('invalid', () => (this.showInvalid = true));
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
    this.value = this.getAttribute('value') || this.#rememberedDefault || '';
    this.showInvalid = false;
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
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: OPTION_FILTER,
    });
    this.childrenVersion++;
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
    if (changed.has('methods') || changed.has('childrenVersion')) {
      // Rows are rendered by position, so a row keeps its element when the list changes. Focus
      // follows the method it was on, not the position (see `updated`).
      const focused = this.shadowRoot?.activeElement as HTMLElement | null;
      this.#focusAfterUpdate ??= focused?.dataset['id'];
      this.#shown = readMethods(this, this.methods);
      // New input from the shop is reported again, even with the same mistakes.
      if (changed.has('methods')) this.#reportedErrors = '';
    }
    if (changed.has('amount') || changed.has('currency')) {
      this.#amountProblem = amountProblem(this.amount, this.currency);
      this.#amountUnreported = true;
    }
    // The remembered method fills an empty value once; later an empty value (a reset, or code
    // clearing the choice) stays empty.
    if (this.#rememberedDefault === undefined && this.value !== '') this.#rememberedDefault = '';
    if (this.remember && this.#rememberedDefault === undefined && !this.loading) {
      const remembered = readRememberedMethod(this.name);
      if (this.#usable(remembered)) this.value = this.#rememberedDefault = remembered!;
    }
    // What the render shows: the rows with their hints, and (`syncForm`) the validity.
    const { strings } = (this.#locale = localize(this, PICKER_STRINGS, this.strings));
    const chosen = this.chosen_();
    const rows = (this.rows_ = this.loading
      ? []
      : visibleMethods(this.#shown.methods, this.visibleCount, this.expanded, chosen));
    this.#hints = this.hideHints
      ? []
      : hintsFor(rows, this.environment ?? (this.#detected ??= currentEnvironment()), strings);
    syncForm(this, this.#internals);
  }

  protected override updated(): void {
    const chosen = this.chosen_();
    const rows = this.rows_;
    // The group's single tab stop: the chosen row, else the first that can be chosen. After a
    // shopper's choice `choose_` has already moved it: then this writes nothing.
    const stop = rowAt(this, this.disabled_() ? -1 : tabStopIndex(rows, rows.indexOf(chosen!)));
    if (stop !== this.stop_) moveStop(this, stop);
    syncForm(this, this.#internals);
    // Only one slot is ever rendered: the chosen method's content, or the empty state's.
    ((this.renderRoot as ShadowRoot).getElementById('slot') as HTMLSlotElement | null)?.assign(
      ...(chosen
        ? [this.#shown.options.get(chosen.id)!]
        : [...this.children].filter((el) => el.slot === 'empty')),
    );
    this.#reportedErrors = reportMethodErrors(this, this.#shown.errors, this.#reportedErrors);
    if (this.#amountUnreported) {
      this.#amountUnreported = false;
      const message = this.#amountProblem;
      if (message) reportError(this, 'invalid-amount', message, [{ field: 'amount', message }]);
    }
    const id = this.#focusAfterUpdate;
    if (id !== undefined) {
      this.#focusAfterUpdate = undefined;
      rowAt(
        this,
        rows.findIndex((m) => m.id === id),
      )?.focus();
    }
  }

  // ---------------------------------------------------------------- methods and choice

  /** @internal */
  disabled_(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The enabled method `id`, unless loading. */
  #usable(id: string | null): PaymentMethod | undefined {
    return this.loading ? undefined : this.#shown.methods.find((m) => m.id === id && !m.disabled);
  }

  /** @internal */
  chosen_(): PaymentMethod | undefined {
    return this.#usable(this.value);
  }

  /**
   * The shopper chose `row` (click, arrow, Space): focus, update, remember, announce.
   *
   * The tab stop and focus move at once, while style and layout are still clean, as a native
   * radio's do. Done after the render instead, `focus()` (and any `tabindex` change on the
   * focused row) would force a synchronous style and layout pass over the changed rows; that
   * was most of the cost of an arrow key. Scrolling the row into view waits for the next task,
   * after the render, so the layout it needs is the one the next frame uses anyway.
   * @internal
   */
  choose_(row: HTMLElement): void {
    const id = row.dataset['id']!;
    if (this.disabled_() || !this.#usable(id)) return;
    moveStop(this, row, true);
    setTimeout(() => {
      if (row.matches(':focus')) row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    this.requestUpdate();
    if (this.chosen_()?.id === id) return;
    this.value = id;
    this.showInvalid = false;
    if (this.remember) writeRememberedMethod(this.name, id);
    this.dispatchEvent(new Event('input', BUBBLES));
    this.dispatchEvent(new Event('change', BUBBLES));
  }

  /** "More": show every method, and focus the first revealed one that can be chosen. */
  readonly #onMoreClick = (): void => {
    const before = this.rows_;
    this.expanded = true;
    const revealed = this.#shown.methods.filter((m) => !before.includes(m));
    this.#focusAfterUpdate = (revealed.find((m) => !m.disabled) ?? revealed[0])?.id;
  };

  /** An icon failed to load: its row shows the glyph instead. */
  readonly #iconFailed = (icon: string): void => {
    this.brokenIcons = new Set([...this.brokenIcons, icon]);
  };

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const { lang, strings } = this.#locale;
    const total = formatAmount(this.amount, this.currency, lang);
    const problem = this.#amountProblem;
    const { methods, errors } = this.#shown;
    const totalId = total ? 'total' : problem && 'amount-error';
    return html`<div part="base" lang=${lang}>
      <div part="header">
        ${text('legend', this.label || strings.pickerLabel)}
        ${
          total
            ? text('total', fillTemplate(strings.total, { amount: total }))
            : problem && text('amount-error', [ALERT, strings.invalidAmount])
        }
      </div>
      ${
        this.loading
          ? renderSkeleton(this.visibleCount, ids(totalId))
          : methods.length
            ? this.#renderList(strings, totalId)
            : text('empty', html`<slot id="slot">${strings.noMethods}</slot>`)
      }
      ${errors.length ? text('error', [ALERT, strings.invalidMethods]) : nothing}
      <div class="visually-hidden" role="status">${this.loading ? strings.loadingMethods : ''}</div>
    </div>`;
  }

  /** The radio group of the shown methods, the "More" button and the notes about the group. */
  #renderList(strings: Strings, totalId: string | null | undefined): TemplateResult {
    const { methods, errors, options } = this.#shown;
    const rows = this.rows_;
    const disabled = this.disabled_();
    const chosen = this.chosen_();
    const option = chosen && options.get(chosen.id);
    const content = !!option && hasOwnContent(option);
    const notice = !disabled && methods.every((m) => m.disabled);
    const invalid = this.showInvalid && !this.#internals.validity.valid;
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
        aria-required=${this.required || nothing}
        aria-disabled=${disabled || nothing}
        aria-invalid=${invalid || nothing}
      >
        ${rows.map((m, index) =>
          renderRow(
            m,
            index,
            m === chosen,
            disabled || !!m.disabled,
            this.#hints[index],
            m === chosen && content,
            this.#icon(m.icon),
            this.#iconFailed,
            strings,
          ),
        )}
      </div>
      ${
        methods.length > rows.length
          ? renderMore(methods.length - rows.length, strings, this.#onMoreClick)
          : nothing
      }
      ${notice ? text('notice', strings.allDisabled) : nothing}
      ${invalid ? text('validation-message', [ALERT, this.validationMessage]) : nothing}`;
  }

  /** The image to show for `icon`: a safe URL that has not failed to load, else `''` (the glyph). */
  #icon(icon: string | undefined): string {
    return icon && isSafeImageUrl(icon, this.baseURI) && !this.brokenIcons.has(icon) ? icon : '';
  }
}
