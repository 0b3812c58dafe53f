/**
 * Formats milliseconds as m:ss (rounded up, so 0:00 shows only at the end).
 * @internal
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
