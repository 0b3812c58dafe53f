import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether each row of a radio group can be chosen, in display order. */
export type RowStates = readonly { readonly disabled?: boolean | undefined }[];

/**
 * The index of the next row that can be chosen, stepping by `step` from `from` and wrapping
 * around; `from` itself when no other row can be chosen; -1 when none can.
 */
export function nextEnabledIndex(rows: RowStates, from: number, step: 1 | -1): number {
  const count = rows.length;
  for (let offset = 1; offset <= count; offset++) {
    const index = (((from + step * offset) % count) + count) % count;
    if (!rows[index].disabled) return index;
  }
  return -1;
}

/** The row that takes the group's single tab stop: the checked one, else the first enabled. */
export function tabStopIndex(rows: RowStates, checkedIndex: number): number {
  if (checkedIndex >= 0 && rows[checkedIndex] && !rows[checkedIndex].disabled) return checkedIndex;
  return rows.findIndex((row) => !row.disabled);
}

/** What a key does in a radio group. */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'choose';

/**
 * Maps a key to its action. Up/Down are logical; Left/Right follow the reading direction, so
 * they swap in right-to-left text.
 */
export function keyAction(key: string, rtl: boolean): KeyAction | null {
  switch (key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
      return 'choose';
    default:
      return null;
  }
}

/** How the controller reads and changes its host's rows. */
export interface RadioKeyboardOptions {
  /** The rows (elements with role radio) in display order. */
  rows(): HTMLElement[];
  /** Whether a row can be chosen. */
  isDisabled(row: HTMLElement): boolean;
  /** The shopper chose `row` with the keyboard: select it, announce it and focus it. */
  choose(row: HTMLElement): void;
}

/**
 * Keyboard behaviour of a radio group whose rows live in the host's shadow root: arrows move
 * *and* choose (skipping disabled rows, wrapping, Left/Right swapped in RTL), Home/End go to the
 * first/last row that can be chosen, Space chooses the focused row. Keys pressed anywhere else
 * (for example in a provider's card fields slotted under a row) are left alone.
 *
 * Its listener sits on the host; the single tab stop is rendered by the host with
 * {@link tabStopIndex}.
 */
export class RadioKeyboardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RadioKeyboardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.handleKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.handleKeydown);
  }

  /** Listens on the host, so it also hears keys from slotted content, which it ignores. */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const rows = this.options.rows();
    const origin = event.composedPath()[0];
    const current = rows.findIndex((row) => row === origin);
    if (current < 0) return; // not from one of our rows: slotted content keeps its keys

    // Only Left/Right depend on the direction; reading it costs a style lookup.
    const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    const action = keyAction(
      event.key,
      horizontal && getComputedStyle(this.host).direction === 'rtl',
    );
    if (!action) return;
    event.preventDefault();

    const states = rows.map((row) => ({ disabled: this.options.isDisabled(row) }));
    let target: number;
    switch (action) {
      case 'next':
        target = nextEnabledIndex(states, current, 1);
        break;
      case 'previous':
        target = nextEnabledIndex(states, current, -1);
        break;
      case 'first':
        target = nextEnabledIndex(states, -1, 1);
        break;
      case 'last':
        target = nextEnabledIndex(states, rows.length, -1);
        break;
      case 'choose':
        target = states[current].disabled ? -1 : current;
        break;
    }
    if (target >= 0) this.options.choose(rows[target]);
  };
}
