import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { currentEnvironment } from '../core/environment.js';
import { formatAmount } from '../core/money.js';
import type { Environment, InputError, PaymentMethod } from '../core/types.js';
import { LocaleController, localeOf } from '../i18n/locale.js';
import { fillTemplate, type StringOverrides, type Strings } from '../i18n/strings.js';
import { themeFallbackStyles, themeStyles, visuallyHidden } from '../styles/theme.js';
import { ALERT_GLYPH, MORE_GLYPH } from './glyphs.js';
import { hintFor } from './method-hint.js';
import { renderMethodRow, renderSkeletonRows } from './method-row.js';
import {
  hasOwnContent,
  methodsConverter,
  NO_METHODS,
  OPTION_ATTRIBUTES,
  readMethods,
  type MethodSource,
} from './method-source.js';
import { readRememberedMethod, writeRememberedMethod } from './remembered-method.js';
import { RadioKeyboardController, tabStopIndex } from './selection-controller.js';
import { pickerStyles } from './styles.js';

/** The `detail` of the `picker-error` event. */
export interface PickerErrorDetail {
  /** `invalid-methods`: unparseable `methods` JSON, or methods that could not be used. */
  code: 'invalid-methods';
  /** English, developer-facing summary of every problem. */
  message: string;
  /** Each problem with the path of the offending field, e.g. `methods[2].id`. */
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
 * warning and shows a short localized note, while the valid methods still render.
 *
 * @slot empty - Shown instead of the list when no method is offered (default: a localized sentence).
 *
 * @event change - The shopper chose another method (bubbles, composed). Never fired when code sets `value`.
 * @event input - The shopper chose another method, fired just before `change` (bubbles, composed).
 * @event {PickerErrorEvent} picker-error - Bad input: `detail` is `{code: 'invalid-methods', message, errors}`. Valid methods still render.
 * @event invalid - Validation failed (from `checkValidity()`, `reportValidity()` or a form submission).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The line with the legend and the total.
 * @csspart legend - The visible label, which names the radio group.
 * @csspart total - The formatted total (`amount` + `currency`).
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

  /** Form field name; the chosen method's id is submitted under it. */
  @property() name = '';

  /**
   * Id of the chosen method. Setting it never fires events. A value that matches no enabled
   * method leaves nothing chosen and the form value empty, but is kept, so it takes effect if
   * that method arrives later (e.g. after `loading`). The `value` attribute is the initial value
   * that `form.reset()` restores.
   */
  @property() value = '';

  /** A method must be chosen before the form can be submitted (`valueMissing`). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the whole control (a disabled ancestor `<fieldset>` does too). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Visible legend and accessible name of the group. Default: localized "Payment method". */
  @property() label = '';

  /**
   * The methods, as an alternative to `<payment-option>` children (when set, children are
   * ignored). The attribute takes JSON; unusable entries are reported with `picker-error` and
   * skipped, duplicate ids keep the first.
   */
  @property({ converter: methodsConverter }) methods: PaymentMethod[] | null = null;

  /** How many methods show before a "More payment methods" button; the chosen one always shows. Below 1: all. */
  @property({ attribute: 'visible-count', type: Number }) visibleCount = 4;

  /**
   * Remember the shopper's last choice on this device (localStorage, the method id only, keyed
   * by `name`) and choose it next time when no `value` is given and it is still offered and enabled.
   */
  @property({ type: Boolean }) remember = false;

  /** Total to pay: a decimal string in major units, e.g. `128.00`. Shown with `currency`. */
  @property() amount = '';

  /** ISO 4217 code of `amount`, e.g. `CNY`. */
  @property() currency = '';

  /** Shows a skeleton while the shop fetches the methods; nothing can be chosen meanwhile. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** Hides the per-method hints of how paying will proceed here. */
  @property({ attribute: 'hide-hints', type: Boolean }) hideHints = false;

  /**
   * Overrides of the visible strings (a partial `Strings` object; `methodLabels` and
   * `appNames` may be partial too). The locale itself comes from the nearest `lang` attribute.
   */
  @property({ attribute: false }) strings: StringOverrides | null = null;

  /**
   * The environment the hints describe. Default: detected from this browser. Set it to preview
   * the hints of another environment (stories, tests, a server-detected in-app browser).
   */
  @property({ attribute: false }) environment: Environment | null = null;

  @state() private expanded = false;
  @state() private formDisabled = false;
  @state() private showInvalid = false;
  @state() private childrenVersion = 0;
  @state() private brokenIcons: ReadonlySet<string> = new Set();

  private readonly internals: ElementInternals;
  private readonly childObserver = new MutationObserver(() => this.childrenVersion++);
  private shown: MethodSource = NO_METHODS;
  private reportedErrors = '';
  private customValidity = '';
  private validationInput: HTMLInputElement | null = null;
  private focusAfterUpdate: string | null = null;
  /** Hints of the last render, reused while the environment and strings stay the same. */
  private hints: {
    environment: Environment | null;
    strings: Strings | null;
    byId: Map<string, string>;
  } = {
    environment: null,
    strings: null,
    byId: new Map(),
  };
  /** This browser's environment, detected once (the user agent does not change). */
  private detected: Environment | null = null;
  /** Id of the row that holds the group's single tab stop after this render, or null. */
  private tabStopId: string | null = null;

  constructor() {
    super();
    this.internals = this.attachInternals();
    new LocaleController(this);
    new RadioKeyboardController(this, {
      rows: () => this.rows(),
      isDisabled: (row) => row.getAttribute('aria-disabled') === 'true',
      choose: (row) => this.chooseByUser(row.dataset['id']!, row),
    });
    this.addEventListener('click', this.onClick);
    this.addEventListener('invalid', () => {
      this.showInvalid = true;
    });
  }

  // ---------------------------------------------------------------- form-control API

  /** The form this control belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements associated with this control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The control's validity state. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The browser's localized message when invalid (e.g. "Please select one of these options."), else `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation (false while disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The method currently chosen (a `value` matching an enabled method), as given, or null. */
  get selectedMethod(): PaymentMethod | null {
    const method = this.chosen();
    return method ? { ...method } : null;
  }

  /** Whether the control is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    this.syncValidity();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and when invalid also focuses the group and shows the message. */
  reportValidity(): boolean {
    this.syncValidity();
    if (!this.internals.validity.valid) this.focus();
    return this.internals.reportValidity();
  }

  /** Sets a custom validation message (a non-empty message makes the control invalid); `''` clears it. */
  setCustomValidity(message: string): void {
    this.customValidity = message ?? '';
    this.syncValidity();
  }

  /** Focuses the group's tab stop: the chosen method, else the first that can be chosen. */
  override focus(options?: FocusOptions): void {
    const rows = this.rows();
    const stop = rows.find((row) => row.tabIndex === 0);
    if (stop) stop.focus(options);
    else super.focus(options);
  }

  /** @internal */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
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
    this.childObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...OPTION_ATTRIBUTES, 'slot'],
    });
    this.childrenVersion++;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('methods') || changed.has('childrenVersion')) {
      this.shown = readMethods(this, this.methods);
    }
    if (this.remember && this.value === '' && !this.loading) {
      const remembered = readRememberedMethod(this.name);
      if (remembered && this.shown.methods.some((m) => m.id === remembered && !m.disabled)) {
        this.value = remembered;
      }
    }
  }

  protected override updated(): void {
    this.syncTabStop();
    const chosen = this.chosen();
    this.internals.setFormValue(chosen?.id ?? null);
    this.syncValidity();
    this.assignSlots(chosen);
    this.reportErrors();
    if (this.focusAfterUpdate !== null) {
      const id = this.focusAfterUpdate;
      this.focusAfterUpdate = null;
      this.rows()
        .find((row) => row.dataset['id'] === id)
        ?.focus();
    }
  }

  // ---------------------------------------------------------------- methods and choice

  private get controlDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private chosen(): PaymentMethod | undefined {
    if (this.loading || this.value === '') return undefined;
    return this.shown.methods.find((m) => m.id === this.value && !m.disabled);
  }

  /**
   * The shopper chose `id` (click, arrow, Space) on its `row`: focus, update, remember, announce.
   *
   * The tab stop and focus move at once, while style and layout are still clean, as a native
   * radio's do. Done after the render instead, `focus()` (and any `tabindex` change on the
   * focused row) would force a synchronous style and layout pass over the changed rows; that
   * was most of the cost of an arrow key. Scrolling the row into view waits for the next task,
   * after the render, so the layout it needs is the one the next frame uses anyway.
   */
  private chooseByUser(id: string, row: HTMLElement): void {
    const method = this.shown.methods.find((m) => m.id === id);
    if (this.controlDisabled || this.loading || !method || method.disabled) return;
    const previous = this.rows().filter((r) => r !== row && r.getAttribute('tabindex') === '0');
    row.setAttribute('tabindex', '0');
    row.focus({ preventScroll: true });
    for (const r of previous) r.setAttribute('tabindex', '-1');
    setTimeout(() => {
      if (row.matches(':focus')) row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    this.requestUpdate();
    if (this.chosen()?.id === id) return;
    this.value = id;
    this.showInvalid = false;
    if (this.remember) writeRememberedMethod(this.name, id);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /**
   * Gives the tab stop to the row chosen by the last render; touches only rows whose `tabindex`
   * is wrong, so after a shopper's choice (already moved in `chooseByUser`) it writes nothing.
   */
  private syncTabStop(): void {
    for (const row of this.rows()) {
      const wanted = row.dataset['id'] === this.tabStopId ? '0' : '-1';
      if (row.getAttribute('tabindex') !== wanted) row.setAttribute('tabindex', wanted);
    }
  }

  private rows(): HTMLElement[] {
    return [...(this.renderRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])];
  }

  /** A click on a row chooses it; a `<label for>` activating the host focuses the group. */
  private readonly onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    if (path[0] === this) {
      this.focus();
      return;
    }
    const rows = this.rows();
    const row = path.find((node): node is HTMLElement => rows.includes(node as HTMLElement));
    if (row) this.chooseByUser(row.dataset['id']!, row);
  };

  private readonly onMoreClick = (): void => {
    const before = new Set(this.visibleMethods().map((m) => m.id));
    this.expanded = true;
    const revealed = this.shown.methods.filter((m) => !before.has(m.id));
    const target = revealed.find((m) => !m.disabled) ?? revealed[0];
    this.focusAfterUpdate = target?.id ?? null;
  };

  private visibleMethods(): PaymentMethod[] {
    const { methods } = this.shown;
    const limit = this.visibleCount >= 1 ? Math.floor(this.visibleCount) : Infinity;
    if (this.expanded || methods.length <= limit) return methods;
    const chosenId = this.chosen()?.id;
    return methods.filter((m, index) => index < limit || m.id === chosenId);
  }

  // ---------------------------------------------------------------- side effects after render

  private syncValidity(): void {
    const anchor = this.rows().find((row) => row.tabIndex === 0) ?? this.rows()[0];
    if (this.customValidity) {
      this.internals.setValidity({ customError: true }, this.customValidity, anchor);
      return;
    }
    if (this.required && !this.controlDisabled && !this.chosen()) {
      // The browser's own, localized message for a required radio group with nothing checked.
      this.validationInput ??= Object.assign(document.createElement('input'), {
        type: 'radio',
        name: 'payment-method',
        required: true,
      });
      const message =
        this.validationInput.validationMessage || localeOf(this, this.strings).strings.chooseMethod;
      this.internals.setValidity({ valueMissing: true }, message, anchor);
      return;
    }
    this.internals.setValidity({});
  }

  private assignSlots(chosen: PaymentMethod | undefined): void {
    const content = this.renderRoot.querySelector<HTMLSlotElement>('slot.option-content');
    const option = chosen && this.shown.options.get(chosen.id);
    if (content && option) content.assign(option);
    const empty = this.renderRoot.querySelector<HTMLSlotElement>('slot.empty-slot');
    empty?.assign(...[...this.children].filter((el) => el.getAttribute('slot') === 'empty'));
  }

  private reportErrors(): void {
    const { errors } = this.shown;
    const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    if (message === this.reportedErrors) return;
    this.reportedErrors = message;
    if (!message) return;
    console.warn(`<payment-picker>: invalid methods: ${message}`);
    this.dispatchEvent(
      new CustomEvent<PickerErrorDetail>('picker-error', {
        bubbles: true,
        composed: true,
        detail: { code: 'invalid-methods', message, errors },
      }),
    );
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const { lang, strings } = localeOf(this, this.strings);
    const total = formatAmount(this.amount, this.currency, lang);
    const describedBy: string[] = [];
    if (total) describedBy.push('total');

    let body: TemplateResult;
    if (this.loading) {
      body = this.renderSkeleton(describedBy);
    } else if (this.shown.methods.length === 0) {
      body = html`<div class="empty" part="empty" id="empty">
        <slot class="empty-slot">${strings.noMethods}</slot>
      </div>`;
    } else {
      body = this.renderList(strings, describedBy);
    }

    return html`<div class="base" part="base" lang=${lang}>
      <div class="header" part="header">
        <span class="legend" part="legend" id="legend">${this.label || strings.pickerLabel}</span>
        ${
          total
            ? html`<span class="total" part="total" id="total"
                >${fillTemplate(strings.total, { amount: total })}</span
              >`
            : nothing
        }
      </div>
      ${body}
      ${
        this.shown.errors.length > 0
          ? html`<div class="error" part="error" id="error">
              <svg viewBox="0 0 24 24" aria-hidden="true">${ALERT_GLYPH}</svg
              >${strings.invalidMethods}
            </div>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.loading ? strings.loadingMethods : ''}</div>
    </div>`;
  }

  private renderSkeleton(describedBy: string[]): TemplateResult {
    const count = Math.min(Math.max(Math.floor(this.visibleCount) || 3, 1), 4);
    return html`<div
      class="list skeleton"
      part="list"
      role="radiogroup"
      aria-labelledby="legend"
      aria-describedby=${describedBy.join(' ') || nothing}
      aria-busy="true"
    >
      ${renderSkeletonRows(count)}
    </div>`;
  }

  private renderList(strings: Strings, describedBy: string[]): TemplateResult {
    const disabled = this.controlDisabled;
    const chosen = this.chosen();
    const visible = this.visibleMethods();
    const hidden = this.shown.methods.length - visible.length;
    const allDisabled = this.shown.methods.every((m) => m.disabled);
    const stop = disabled
      ? -1
      : tabStopIndex(
          visible,
          visible.findIndex((m) => m.id === chosen?.id),
        );
    this.tabStopId = visible[stop]?.id ?? null;
    const invalid = this.showInvalid && !this.internals.validity.valid;
    if (allDisabled && !disabled) describedBy.push('notice');
    if (this.shown.errors.length > 0) describedBy.push('error');
    if (invalid) describedBy.push('validation');
    const environment = this.hideHints
      ? null
      : (this.environment ?? (this.detected ??= currentEnvironment()));

    return html`<div
        class=${classMap({ list: true, 'control-disabled': disabled })}
        part="list"
        id="list"
        role="radiogroup"
        aria-labelledby="legend"
        aria-describedby=${describedBy.join(' ') || nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-disabled=${disabled ? 'true' : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
      >
        ${repeat(
          visible,
          (m) => m.id,
          (m, index) => {
            const checked = m.id === chosen?.id;
            const option = this.shown.options.get(m.id);
            return renderMethodRow(m, index, {
              checked,
              disabled: disabled || !!m.disabled,
              hint: environment && !m.disabled ? this.hintOf(m.id, environment, strings) : '',
              content: checked && option !== undefined && hasOwnContent(option),
              strings,
              baseURI: this.baseURI,
              brokenIcons: this.brokenIcons,
              onIconError: this.markBrokenIcon,
            });
          },
        )}
      </div>
      ${
        hidden > 0
          ? html`<button
              type="button"
              class="more"
              part="more-button"
              aria-controls="list"
              aria-expanded="false"
              @click=${this.onMoreClick}
            >
              ${fillTemplate(strings.moreMethods, { count: hidden })}
              <svg viewBox="0 0 24 24" aria-hidden="true">${MORE_GLYPH}</svg>
            </button>`
          : nothing
      }
      ${
        allDisabled && !disabled
          ? html`<div class="notice" part="notice" id="notice">${strings.allDisabled}</div>`
          : nothing
      }
      ${
        invalid
          ? html`<div class="validation-message" part="validation-message" id="validation">
              <svg viewBox="0 0 24 24" aria-hidden="true">${ALERT_GLYPH}</svg
              >${this.validationMessage}
            </div>`
          : nothing
      }`;
  }

  /** `hintFor`, memoized per environment and strings: it runs the flow table for every row. */
  private hintOf(id: string, environment: Environment, strings: Strings): string {
    const cache = this.hints;
    if (cache.environment !== environment || cache.strings !== strings) {
      this.hints = { environment, strings, byId: new Map() };
    }
    let hint = this.hints.byId.get(id);
    if (hint === undefined) this.hints.byId.set(id, (hint = hintFor(id, environment, strings)));
    return hint;
  }

  private readonly markBrokenIcon = (src: string): void => {
    this.brokenIcons = new Set([...this.brokenIcons, src]);
  };
}
