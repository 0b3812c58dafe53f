/**
 * Handing a link on: the share sheet, else the clipboard, else nothing (the caller shows a
 * selectable field). Each step falls to the next on failure, except when the shopper closes the
 * share sheet (AbortError): that is their choice, and nothing more happens.
 */

/** The parts of `navigator` used; read at call time so tests can stub them. */
export type ShareNavigator = {
  share?: (data: ShareData) => Promise<void>;
  clipboard?: { writeText?: (text: string) => Promise<void> };
};

/** How the link was handed on, or why not. */
export type ShareOutcome = 'share' | 'clipboard' | 'aborted' | 'failed';

/**
 * Shares `url` with the share sheet, falling back to the clipboard.
 *
 * @param useShareSheet - false to go straight to the clipboard ("Copy link")
 * @internal
 */
export async function shareLink(
  data: { url: string; title?: string; text?: string },
  nav: ShareNavigator = navigator,
  useShareSheet = true,
): Promise<ShareOutcome> {
  if (useShareSheet && typeof nav.share === 'function') {
    try {
      await nav.share({ url: data.url, title: data.title, text: data.text });
      return 'share';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'aborted';
      // NotAllowedError (no user activation), unsupported data…: try the clipboard.
    }
  }
  return (await copyText(data.url, nav)) ? 'clipboard' : 'failed';
}

/**
 * Copies text to the clipboard; false when it is missing or refuses. Never throws.
 * @internal
 */
export async function copyText(text: string, nav: ShareNavigator = navigator): Promise<boolean> {
  try {
    const writeText = nav.clipboard?.writeText;
    if (typeof writeText !== 'function') return false;
    await writeText.call(nav.clipboard, text);
    return true;
  } catch {
    return false;
  }
}
