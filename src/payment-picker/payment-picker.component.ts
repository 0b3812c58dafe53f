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
import type { Environment, InputError, KnownMethodId, PaymentMethod } from '../core/types.js';
import { LocaleController, localeOf } from '../i18n/locale.js';
import { fillTemplate, type StringOverrides, type Strings } from '../i18n/strings.js';
import { adoptStylesIn } from '../styles/adopt.js';
import { themeFallbackStyles, themeStyles, visuallyHidden } from '../styles/theme.js';
import { ALERT_GLYPH, glyph, glyphFor, MORE_GLYPH } from './glyphs.js';
import { hintFor } from './method-hint.js';
import {
  hasOwnContent,
  methodsConverter,
  NO_METHODS,
  OPTION_FILTER,
  readMethods,
  type MethodSource,
} from './method-source.js';
import { readRememberedMethod, writeRememberedMethod } from './remembered-method.js';
import { keyAction, nextEnabledIndex, tabStopIndex } from './selection-controller.js';
import { pickerStyles } from './styles.js';

/** The `detail` of the `picker-error` event. */
export interface PickerErrorDetail {
  /**
   * `invalid-methods`: unparseable `methods` JSON, or methods that could not be used.
   * `invalid-amount`: `amount` and `currency` cannot be shown exactly (not a decimal string in
   * major units, no or a malformed currency, more decimals than the currency has, too large):
   * a note replaces the total.
   */
  code: 'invalid-methods' | 'invalid-amount';
  /** English, developer-facing summary of every problem. */
  message: string;
  /** Each problem with the path of the offending field, e.g. `methods[2].id` or `amount`. */
  errors: InputError[];
}

/** The event fired for bad input; the picker still renders what is valid. */
export type PickerErrorEvent = CustomEvent<PickerErrorDetail>;

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
    this.#syncForm();
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

  readonly #internals = this.attachInternals();
  readonly #childObserver = new MutationObserver(() => this.childrenVersion++);
  #shown: MethodSource = NO_METHODS;
  #reportedErrors = '';
  /** Why `amount` + `currency` cannot be shown, and whether that is still to be reported. */
  #amountProblem: string | null = null;
  #amountUnreported = false;
  #customValidity = '';
  /** The remembered id `remember` filled in, once: the initial value `form.reset()` restores. */
  #rememberedDefault?: string;
  #focusAfterUpdate?: string | undefined;
  /** Hints of the last render, reused while the environment and strings stay the same. */
  #hints = new Map<string, string>();
  #hintsFor: [Environment?, Strings?] = [];
  /** This browser's environment, detected once (the user agent does not change). */
  #detected?: Environment;
  /** The methods of the rendered rows, in display order: row `m${i}` shows method `i`. */
  #rowMethods: PaymentMethod[] = [];
  /** Index of the row that holds the group's single tab stop after this render (-1: none). */
  #tabStop = -1;
  /** The row that holds the tab stop (`tabindex="0"`; every other row has `-1`), if any. */
  #stopRow: HTMLElement | null = null;

  constructor() {
    super();
    new LocaleController(this);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('invalid', () => (this.showInvalid = true));
  }

  // ---------------------------------------------------------------- form-control API

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
    const method = this.#chosen();
    return method ? { ...method } : null;
  }

  /** Whether the control is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    this.#syncValidity();
    return this.#internals.checkValidity();
  }

  /** Like `checkValidity()`, and when invalid also focuses the group and shows the message. */
  reportValidity(): boolean {
    this.#syncValidity();
    if (!this.#internals.validity.valid) this.focus();
    return this.#internals.reportValidity();
  }

  /** Sets a custom validation message (a non-empty message makes the control invalid); `''` clears it. */
  setCustomValidity(message: string): void {
    this.#customValidity = message ?? '';
    this.#syncValidity();
    this.requestUpdate();
  }

  /** Focuses the group's tab stop: the chosen method, else the first that can be chosen. */
  override focus(options?: FocusOptions): void {
    if (this.#stopRow) this.#stopRow.focus(options);
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
    this.addEventListener('keydown', this.#onKeydown);
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
    const root = this.shadowRoot ?? this.attachShadow(PaymentPicker.shadowRootOptions);
    adoptStylesIn(root, PaymentPicker.elementStyles);
    return root;
  }

  /** Moved into another document (a same-origin iframe): its styles follow. @internal */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStylesIn(this.shadowRoot, PaymentPicker.elementStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
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
    // The render shows validity (the message, `aria-invalid`): bring it up to date first.
    this.#syncForm();
  }

  protected override updated(): void {
    // The tab stop chosen by the last render. After a shopper's choice `#choose` has already
    // moved it: then this writes nothing.
    const stop = this.#row(this.#tabStop);
    if (stop !== this.#stopRow) this.#moveStop(stop);
    const chosen = this.#chosen();
    this.#syncForm();
    // Only one slot is ever rendered: the chosen method's content, or the empty state's.
    (this.#byId('slot') as HTMLSlotElement | null)?.assign(
      ...(chosen
        ? [this.#shown.options.get(chosen.id)!]
        : [...this.children].filter((el) => el.slot === 'empty')),
    );
    this.#reportErrors();
    if (this.#amountUnreported) {
      this.#amountUnreported = false;
      const message = this.#amountProblem;
      if (message) this.#report('invalid-amount', message, [{ field: 'amount', message }]);
    }
    const id = this.#focusAfterUpdate;
    if (id !== undefined) {
      this.#focusAfterUpdate = undefined;
      this.#row(this.#rowMethods.findIndex((m) => m.id === id))?.focus();
    }
  }

  // ---------------------------------------------------------------- methods and choice

  #controlDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The enabled method `id`, unless loading. */
  #usable(id: string | null): PaymentMethod | undefined {
    return this.loading ? undefined : this.#shown.methods.find((m) => m.id === id && !m.disabled);
  }

  #chosen(): PaymentMethod | undefined {
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
   */
  #choose(row: HTMLElement): void {
    const id = row.dataset['id']!;
    if (this.#controlDisabled() || !this.#usable(id)) return;
    this.#moveStop(row, true);
    setTimeout(() => {
      if (row.matches(':focus')) row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    this.requestUpdate();
    if (this.#chosen()?.id === id) return;
    this.value = id;
    this.showInvalid = false;
    if (this.remember) writeRememberedMethod(this.name, id);
    this.dispatchEvent(new Event('input', BUBBLES));
    this.dispatchEvent(new Event('change', BUBBLES));
  }

  /**
   * Moves the group's single tab stop to `row` (none: null), and with `focus` focuses it: the new
   * stop is set before focusing and the old one cleared after (see `#choose`). Only these two
   * rows are touched, however many there are; every other row keeps its rendered `-1`.
   */
  #moveStop(row: HTMLElement | null, focus?: boolean): void {
    const old = this.#stopRow;
    row?.setAttribute('tabindex', '0');
    if (focus) row!.focus({ preventScroll: true });
    if (old !== row) old?.setAttribute('tabindex', '-1');
    this.#stopRow = row;
  }

  /** The element `id` of the shadow root (a lookup in its id map, however many rows). */
  #byId(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.getElementById(id) ?? null;
  }

  /** The rendered row at `index` (its id is `m${index}`), or null. */
  #row(index: number): HTMLElement | null {
    return index < 0 ? null : this.#byId('m' + index);
  }

  /** The index of `node` if it is one of the rendered rows, else -1. */
  #indexOf(node: EventTarget | undefined): number {
    return node instanceof HTMLElement &&
      node.getRootNode() === this.renderRoot &&
      node.getAttribute('role') === 'radio'
      ? +node.id.slice(1)
      : -1;
  }

  /** A click on a row chooses it; a `<label for>` activating the host focuses the group. */
  readonly #onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    if (path[0] === this) return this.focus();
    const row = path.find((node) => this.#indexOf(node) >= 0);
    if (row) this.#choose(row as HTMLElement);
  };

  /**
   * Radio-group keys on a row: arrows move *and* choose (skipping disabled rows, wrapping,
   * Left/Right swapped in RTL), Home/End go to the first/last row that can be chosen, Space
   * chooses the focused row. It listens on the host, so it also hears keys from slotted content
   * (a provider's card fields under a row), which it leaves alone.
   */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    const { key } = event;
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const current = this.#indexOf(event.composedPath()[0]);
    if (current < 0) return; // not from one of our rows: slotted content keeps its keys
    // Only Left/Right depend on the direction; reading it costs a style lookup.
    const action = keyAction(
      key,
      (key === 'ArrowLeft' || key === 'ArrowRight') && getComputedStyle(this).direction === 'rtl',
    );
    if (!action) return;
    event.preventDefault();
    // From the rendered methods, not the rows' attributes: O(1) per key, however many rows.
    // (`#choose` refuses a disabled method, and everything while the control is disabled.)
    const rows = this.#rowMethods;
    const target =
      action === 'choose'
        ? current
        : nextEnabledIndex(
            rows,
            action === 'first' ? -1 : action === 'last' ? rows.length : current,
            action === 'previous' || action === 'last' ? -1 : 1,
          );
    if (target >= 0) this.#choose(this.#row(target)!);
  };

  readonly #onMoreClick = (): void => {
    const before = this.#visible();
    this.expanded = true;
    const revealed = this.#shown.methods.filter((m) => !before.includes(m));
    this.#focusAfterUpdate = (revealed.find((m) => !m.disabled) ?? revealed[0])?.id;
  };

  #visible(): PaymentMethod[] {
    const { methods } = this.#shown;
    const limit = this.visibleCount >= 1 ? Math.floor(this.visibleCount) : Infinity;
    if (this.expanded || methods.length <= limit) return methods;
    const chosen = this.#chosen();
    return methods.filter((m, index) => index < limit || m === chosen);
  }

  // ---------------------------------------------------------------- side effects after render

  #syncForm(): void {
    this.#internals.setFormValue(this.#chosen()?.id ?? null);
    this.#syncValidity();
  }

  #syncValidity(): void {
    const anchor = this.#stopRow ?? this.#row(0) ?? undefined;
    if (this.#customValidity) {
      this.#internals.setValidity({ customError: true }, this.#customValidity, anchor);
    } else if (this.required && !this.#controlDisabled() && !this.#chosen()) {
      // In the picker's language, as the rest of its text (`strings.chooseMethod`).
      this.#internals.setValidity(
        { valueMissing: true },
        localeOf(this, this.strings).strings.chooseMethod,
        anchor,
      );
    } else {
      this.#internals.setValidity({});
    }
  }

  #reportErrors(): void {
    const { errors } = this.#shown;
    const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    if (message === this.#reportedErrors) return;
    this.#reportedErrors = message;
    if (message) this.#report('invalid-methods', message, errors);
  }

  /** Warns in the console and fires `picker-error`. */
  #report(code: PickerErrorDetail['code'], message: string, errors: InputError[]): void {
    console.warn(`<payment-picker>: ${code}: ${message}`);
    this.dispatchEvent(
      new CustomEvent<PickerErrorDetail>('picker-error', {
        ...BUBBLES,
        detail: { code, message, errors },
      }),
    );
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const { lang, strings } = localeOf(this, this.strings);
    const total = formatAmount(this.amount, this.currency, lang);
    const { methods, errors } = this.#shown;

    return html`<div part="base" lang=${lang}>
      <div part="header">
        ${text('legend', this.label || strings.pickerLabel)}
        ${
          total
            ? text('total', fillTemplate(strings.total, { amount: total }))
            : this.#amountProblem && text('amount-error', [ALERT, strings.invalidAmount])
        }
      </div>
      ${
        this.loading
          ? html`<div
              part="list"
              role="radiogroup"
              aria-labelledby="legend"
              aria-describedby=${ids(this.#totalId(total))}
              aria-busy="true"
            >
              ${Array(Math.min(Math.max(Math.floor(this.visibleCount) || 3, 1), 4)).fill(SKELETON_ROW)}
            </div>`
          : methods.length
            ? this.#renderList(strings, total)
            : text('empty', html`<slot id="slot">${strings.noMethods}</slot>`)
      }
      ${errors.length ? text('error', [ALERT, strings.invalidMethods]) : nothing}
      <div class="visually-hidden" role="status">${this.loading ? strings.loadingMethods : ''}</div>
    </div>`;
  }

  /** The id of what stands for the total: the total, or the note that it cannot be shown. */
  #totalId(total: string | null): string | null {
    return total ? 'total' : this.#amountProblem && 'amount-error';
  }

  #renderList(strings: Strings, total: string | null): TemplateResult {
    const disabled = this.#controlDisabled();
    const chosen = this.#chosen();
    const visible = this.#visible();
    const hidden = this.#shown.methods.length - visible.length;
    const notice = !disabled && this.#shown.methods.every((m) => m.disabled);
    this.#rowMethods = visible;
    this.#tabStop = disabled ? -1 : tabStopIndex(visible, visible.indexOf(chosen!));
    const invalid = this.showInvalid && !this.#internals.validity.valid;
    const environment = this.hideHints
      ? null
      : (this.environment ?? (this.#detected ??= currentEnvironment()));

    return html`<div
        part="list"
        id="list"
        role="radiogroup"
        aria-labelledby="legend"
        aria-describedby=${ids(
          this.#totalId(total),
          notice && 'notice',
          this.#shown.errors.length && 'error',
          invalid && 'validation-message',
        )}
        aria-required=${this.required || nothing}
        aria-disabled=${disabled || nothing}
        aria-invalid=${invalid || nothing}
      >
        ${visible.map((m, index) =>
          this.#renderRow(
            m,
            `m${index}`,
            m === chosen,
            disabled || !!m.disabled,
            environment && !m.disabled ? this.#hint(m.id, environment, strings) : '',
            strings,
          ),
        )}
      </div>
      ${
        hidden > 0
          ? html`<button
              type="button"
              part="more-button"
              aria-controls="list"
              aria-expanded="false"
              @click=${this.#onMoreClick}
            >
              ${fillTemplate(strings.moreMethods, { count: hidden })} ${glyph(MORE_GLYPH)}
            </button>`
          : nothing
      }
      ${notice ? text('notice', strings.allDisabled) : nothing}
      ${invalid ? text('validation-message', [ALERT, this.validationMessage]) : nothing}`;
  }

  /**
   * One method: a card holding the focusable row (role radio, named by its label, described by
   * its badge, description, hint and disabled reason) and, when chosen, the slot for its content.
   * Its label is its own, else the localized one (`parseMethods` drops unknown ids without a
   * label). Ids are per index, unique inside the shadow root: the row's own (`m${index}`) finds
   * it from its index and back in O(1), for the keyboard. Rows are created with `tabindex="-1"`
   * and the picker moves the single tab stop itself (`#moveStop`), so a key re-renders no
   * `tabindex`. The card's classes are its state parts, which the stylesheet uses.
   */
  #renderRow(
    m: PaymentMethod,
    id: string,
    checked: boolean,
    disabled: boolean,
    hint: string,
    strings: Strings,
  ): TemplateResult {
    const { icon, badge, description } = m;
    const reason = m.disabled ? m.disabledReason || strings.unavailable : '';
    const option = checked && this.#shown.options.get(m.id);
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
          icon && isSafeImageUrl(icon, this.baseURI) && !this.brokenIcons.has(icon)
            ? html`<span class="image" part="icon"
                ><img
                  src=${icon}
                  alt=""
                  decoding="async"
                  @error=${() => (this.brokenIcons = new Set([...this.brokenIcons, icon]))}
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
      ${option && hasOwnContent(option) ? html`<div part="content"><slot id="slot"></slot></div>` : nothing}
    </div>`;
  }

  /** `hintFor`, memoized per environment and strings: it runs the flow table for every row. */
  #hint(id: string, environment: Environment, strings: Strings): string {
    const [env, str] = this.#hintsFor;
    if (env !== environment || str !== strings) {
      this.#hintsFor = [environment, strings];
      this.#hints = new Map();
    }
    let hint = this.#hints.get(id);
    if (hint === undefined) this.#hints.set(id, (hint = hintFor(id, environment, strings)));
    return hint;
  }
}

/** The circled exclamation mark beside error and validation messages. */
const ALERT = glyph(ALERT_GLYPH);

/** A placeholder row while the shop fetches the methods (hidden from assistive technology). */
const SKELETON_ROW = html`<div class="item" part="skeleton" aria-hidden="true">
  <div class="row">
    <i></i><i></i><span><i></i><i></i></span>
  </div>
</div>`;

/** Our events bubble out of the shadow root. */
const BUBBLES = { bubbles: true, composed: true };

/** A text of the picker: `part` names it, and with `prefix` (a row's) gives its id. */
const text = (part: string, content: unknown, prefix = ''): TemplateResult =>
  html`<span part=${part} id=${prefix + part}>${content}</span>`;

/** An ARIA id list from the truthy entries, or no attribute at all. */
const ids = (...list: unknown[]): string | typeof nothing =>
  list.filter(Boolean).join(' ') || nothing;
