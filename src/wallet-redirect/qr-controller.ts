import type { ReactiveControllerHost } from 'lit';
import type { QrSvg } from '../core/qr.js';

/** Where the encoding of one text stands. */
export type QrState =
  | { state: 'loading' }
  | { state: 'ready'; qr: QrSvg }
  | { state: 'too-long' }
  | { state: 'error'; message: string };

/**
 * Encodes texts as QR codes on demand. The encoder (`core/qr.ts`) is loaded with a dynamic
 * `import()` the first time a code is shown, so pages that never show one never download it.
 * Results are kept for the texts last asked for (the session's payload and share link).
 * @internal
 */
export class QrController {
  private readonly host: ReactiveControllerHost;
  private readonly onTooLong: (text: string) => void;
  private cache = new Map<string, QrState>();

  /** @param onTooLong - called once per text that does not fit in a QR code */
  constructor(host: ReactiveControllerHost, onTooLong: (text: string) => void) {
    this.host = host;
    this.onTooLong = onTooLong;
  }

  /** Forgets every code (a new session). */
  reset(): void {
    this.cache = new Map();
  }

  /** The state of `text`'s code, starting the encoding on first request. */
  get(text: string): QrState {
    const known = this.cache.get(text);
    if (known) return known;
    const loading: QrState = { state: 'loading' };
    const cache = this.cache;
    cache.set(text, loading);
    void this.encode(text).then((result) => {
      if (this.cache !== cache) return; // reset meanwhile: a new session
      cache.set(text, result);
      if (result.state === 'too-long') this.onTooLong(text);
      this.host.requestUpdate();
    });
    return loading;
  }

  /** Offers `text`'s code as a PNG download, once it is ready (the "Save image" button). */
  save(text: string, fileName: string): void {
    const state = this.get(text);
    if (state.state === 'ready') void downloadQrPng(state.qr, fileName);
  }

  private async encode(text: string): Promise<QrState> {
    try {
      const { encodeQr, isQrTooLongError } = await import('../core/qr.js');
      try {
        return { state: 'ready', qr: encodeQr(text) };
      } catch (error) {
        if (isQrTooLongError(error)) return { state: 'too-long' };
        throw error;
      }
    } catch (error) {
      // The chunk failed to load (offline) or the encoder broke: show the other ways to pay.
      return { state: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }
}

/**
 * Draws a code as a PNG (black on white, `scale` pixels a module) and offers it as a download
 * through a temporary `<a download>`, as a shopper saves a code to scan it from the photo album.
 * @internal
 */
export async function downloadQrPng(qr: QrSvg, fileName: string, scale = 8): Promise<void> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = qr.size * scale;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.fillStyle = '#000000';
  context.fill(new Path2D(qr.path));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
