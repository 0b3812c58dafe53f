/**
 * The rules of a radio group's keys, as pure functions of the rows' states (`roving-focus.ts`
 * applies them to the picker's rows): arrows move *and* choose, skipping disabled rows and
 * wrapping; the group has a single tab stop.
 */

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
  return rows[checkedIndex] && !rows[checkedIndex].disabled
    ? checkedIndex
    : rows.findIndex((row) => !row.disabled);
}

/** What a key does in a radio group. */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'choose';

/**
 * Maps a key to its action. Up/Down are logical; Left/Right follow the reading direction, so
 * they swap in right-to-left text.
 */
export function keyAction(key: string, rtl: boolean): KeyAction | null {
  return key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight')
    ? 'next'
    : key === 'ArrowUp' || key === (rtl ? 'ArrowRight' : 'ArrowLeft')
      ? 'previous'
      : key === 'Home'
        ? 'first'
        : key === 'End'
          ? 'last'
          : key === ' '
            ? 'choose'
            : null;
}
