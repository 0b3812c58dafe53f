/**
 * The QR codes a panel shows, encoded before it renders: the element asks for the code of the
 * active panel in `willUpdate`, and the result lands in the session's state. The encoder comes
 * in a lazy chunk (qr-chunk.ts) loaded the first time a code is asked for, so pages that never
 * show one never download it.
 */
import { emit } from './events.js';
import { isOver, type QrState, type WalletHost } from './state.js';

/**
 * Starts encoding the code the active panel shows (the QR payload, or the share link) for the
 * pending session, unless it was asked for already; the element renders again when the code is
 * ready (`qr-too-long` when it does not fit).
 * @internal
 */
export function prepareShownCode(host: WalletHost): void {
  const state = host.state_;
  const { hand, flow, codes } = state;
  const text = flow === 'qr' ? hand?.qrPayload : flow === 'share' ? hand?.shareUrl : undefined;
  if (text === undefined || isOver(state) || codes.has(text)) return;
  codes.set(text, 'loading');
  void encode(text).then((code) => {
    if (host.state_ !== state) return; // a new session meanwhile
    codes.set(text, code);
    if (code === 'too-long') {
      emit(host, 'wallet-error', {
        code: 'qr-too-long',
        message: `The text to encode (${text.length} characters) does not fit in a QR code.`,
      });
    }
    host.requestUpdate();
  });
}

/** Encodes `text` as a QR code; never throws. */
async function encode(text: string): Promise<QrState> {
  try {
    const { encodeQr, isQrTooLongError } = await import('./qr-chunk.js');
    try {
      return encodeQr(text);
    } catch (error) {
      if (isQrTooLongError(error)) return 'too-long';
      throw error;
    }
  } catch {
    // The chunk failed to load (offline) or the encoder broke: show the other ways to pay.
    return 'error';
  }
}
