/**
 * QR payload → one SVG path. Loaded with a dynamic `import()` only when a code is shown, so the
 * encoder stays out of the main bundle; keep this module self-contained (no other core imports).
 */
import { encodeQR } from 'qr';

/** Light modules around the symbol that scanners need to find it (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_ZONE = 4;

/** A QR code ready to draw: `<svg viewBox="0 0 {size} {size}"><path d="{path}"/></svg>`. */
export interface QrSvg {
  /** Side of the square viewBox in modules, quiet zone included. */
  size: number;
  /** One path covering exactly the dark modules, in module units, offset by the quiet zone. */
  path: string;
  /** Side of the symbol alone in modules (21 for version 1 … 177 for version 40). */
  modules: number;
}

/** Thrown when the text does not fit in the largest QR code at error correction M. */
export class QrTooLongError extends Error {
  /** Same code as the `wallet-error` event that reports it. */
  readonly code = 'qr-too-long';

  /** @param length - the payload's length in UTF-16 code units, for the message. */
  constructor(length: number) {
    super(`The QR payload (${length} characters) is too long for a QR code.`);
    this.name = 'QrTooLongError';
  }
}

/**
 * Tells whether an error is a {@link QrTooLongError}. Checks the code as well as the class, since a
 * second copy of this lazily loaded chunk has its own class.
 */
export function isQrTooLongError(error: unknown): error is QrTooLongError {
  return (
    error instanceof QrTooLongError ||
    (error instanceof Error && (error as { code?: unknown }).code === 'qr-too-long')
  );
}

/**
 * Encodes text (UTF-8 when it is not plain digits or upper-case alphanumerics) as a QR code with
 * error correction M, drawn as one SVG path of horizontal runs with a {@link QR_QUIET_ZONE}.
 *
 * @throws {QrTooLongError} when the text exceeds the capacity of version 40.
 */
export function encodeQr(text: string): QrSvg {
  let matrix: boolean[][];
  try {
    // The encoder's border is part of the raw matrix, so it already holds our quiet zone.
    matrix = encodeQR(text, 'raw', { ecc: 'medium', border: QR_QUIET_ZONE });
  } catch (error) {
    // `qr` signals overflow with a plain Error('Capacity overflow'); anything else is a bug.
    if (error instanceof Error && /capacity/i.test(error.message)) {
      throw new QrTooLongError(text.length);
    }
    throw error;
  }
  return {
    size: matrix.length,
    path: matrixToPath(matrix),
    modules: matrix.length - 2 * QR_QUIET_ZONE,
  };
}

/**
 * Draws each horizontal run of dark modules as a closed 1-module-high rectangle. Moves are
 * relative to the previous run's start (where `z` leaves the pen), which keeps the string short.
 */
function matrixToPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  let penX = 0;
  let penY = 0;
  let first = true;
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const run = x - start;
      parts.push(first ? `M${start} ${y}` : `m${start - penX} ${y - penY}`, `h${run}v1h-${run}z`);
      first = false;
      penX = start;
      penY = y;
    }
  });
  return parts.join('');
}
