import { userEvent } from 'storybook/test';

/**
 * Key presses for keyboard stories.
 *
 * In the story tests (Vitest browser mode) the keys are real: Chromium receives them from
 * Playwright, so Tab walks the real focus order, shadow roots included. In the Storybook UI there
 * is no real keyboard to drive, so the keys go through Storybook's `userEvent` (synthetic
 * events on the focused element, shown in the Interactions panel); its Tab cannot see into
 * shadow roots, so Tab falls back to the composed tree's tab order computed below.
 */
type KeyboardDriver = (keys: string) => Promise<void>;

let driver: Promise<KeyboardDriver | null> | undefined;

function realKeyboard(): Promise<KeyboardDriver | null> {
  driver ??= import('vitest/browser').then(
    ({ userEvent: real }) =>
      (keys: string) =>
        real.keyboard(keys),
    () => null, // not running under Vitest: the module throws on import
  );
  return driver;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses keys (user-event syntax: `{ArrowDown}`, `[Space]`, `{Shift>}{Tab}{/Shift}`). */
export async function press(keys: string): Promise<void> {
  const real = await realKeyboard();
  if (real) return real(keys);
  if (keys === '{Tab}' || keys === '{Shift>}{Tab}{/Shift}') {
    tabWithoutKeyboard(keys !== '{Tab}');
    return;
  }
  await userEvent.keyboard(keys);
}

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], iframe';

/** Tabbable elements in the composed tree (light DOM, shadow roots and slots), in tree order. */
function tabbables(root: Element | ShadowRoot, found: HTMLElement[] = []): HTMLElement[] {
  const children =
    root instanceof HTMLSlotElement ? root.assignedElements({ flatten: true }) : [...root.children];
  for (const child of children) {
    if (!(child instanceof HTMLElement) || child.hidden || child.inert) continue;
    if (child.matches(TABBABLE) && child.tabIndex >= 0 && !child.matches(':disabled')) {
      found.push(child);
    }
    tabbables(child.shadowRoot ?? child, found);
  }
  return found;
}

function tabWithoutKeyboard(backwards: boolean): void {
  const order = tabbables(document.body);
  const current = order.indexOf(deepActiveElement() as HTMLElement);
  const next = order[current + (backwards ? -1 : 1)] ?? order[backwards ? order.length - 1 : 0];
  next?.focus();
}
