import type { QrSvg } from '../core/qr.js';

/**
 * Draws a code as a PNG (black on white, 8 pixels a module) and offers it as a download through
 * a temporary `<a download>`, as a shopper saves a code to scan it from the photo album.
 * @internal
 */
export async function downloadQrPng(qr: QrSvg, fileName: string): Promise<void> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = qr.size * 8;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(8, 8);
  context.fillStyle = '#000';
  context.fill(new Path2D(qr.path));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
