import type { Flow } from '../core/types.js';

/**
 * Keyboard of the flow tabs (WAI-ARIA tabs pattern, automatic activation): Left/Right move and
 * choose, wrapping, flipped in right-to-left text; Home/End go to the first/last tab.
 *
 * @param host - the element whose direction decides what "next" means
 * @param select - chooses a flow and moves focus to its tab
 */
export function onTabKeydown(
  event: KeyboardEvent,
  host: Element,
  flows: readonly Flow[],
  active: Flow | null,
  select: (flow: Flow) => void,
): void {
  if (flows.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const rtl = getComputedStyle(host).direction === 'rtl';
  const index = Math.max(0, active === null ? 0 : flows.indexOf(active));
  let next: number;
  switch (event.key) {
    case 'ArrowRight':
      next = index + (rtl ? -1 : 1);
      break;
    case 'ArrowLeft':
      next = index + (rtl ? 1 : -1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = flows.length - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  select(flows[(next + flows.length) % flows.length]);
}
