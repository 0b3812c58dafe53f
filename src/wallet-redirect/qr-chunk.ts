/**
 * What a shown QR code needs and a page without one never does: the encoder and the PNG download.
 * Loaded with one dynamic `import()` the first time a code is encoded (qr-code.ts), so both come
 * in one lazy chunk; "Save image" appears only once a code is drawn, when this chunk is loaded.
 */
/** @internal */
export { encodeQr, isQrTooLongError } from '../core/qr.js';
/** @internal */
export { downloadQrPng } from './qr-png.js';
