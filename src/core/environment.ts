/**
 * Where the page runs, as far as it matters for paying: phone or desktop, which operating system,
 * and which app's built-in browser (WeChat, Alipay, Douyin…). A small table of user-agent tokens
 * (see DOMAIN.md) is enough and stays auditable; the flow decisions built on it live in flow.ts.
 */
import type { Environment, EnvironmentFeatures, InAppBrowser, OperatingSystem } from './types.js';

/**
 * User-agent tokens of in-app browsers, checked in order; the first match wins. Order matters
 * where one app's user agent carries another's token:
 * - WeCom says `wxwork/` and also `MicroMessenger/`;
 * - DingTalk, Taobao and Tmall say `AliApp(…)` like Alipay, and on Android all of them (Alipay
 *   included) embed UC's engine and say `UCBrowser/`, so UC comes last;
 * - Instagram on Android may carry Facebook's `FBAV/`.
 * QQ Browser (`MQQBrowser/`, `QQBrowser/`) is a real browser, not the QQ app (`QQ/8.9…`):
 * `\bQQ\/\d` cannot match inside `MQQBrowser/`.
 */
export const IN_APP_TOKENS: readonly (readonly [InAppBrowser, RegExp])[] = [
  ['wecom', /\bwxwork\//i],
  ['wechat', /\bMicroMessenger\//i],
  ['dingtalk', /\bDingTalk\//i],
  ['taobao', /AliApp\(TB\//i],
  ['tmall', /AliApp\(TM\//i],
  ['alipay', /AlipayClient|AliApp\(AP\//i],
  ['unionpay', /com\.unionpay\.chsp|UnionPay\/[\d.]+ CloudPay/i],
  ['qq', /\bQQ\/\d/],
  ['weibo', /__weibo__|\bWeibo\b/i],
  ['douyin', /aweme|musical_ly|BytedanceWebview|\btrill(?:_|\b)/i],
  // iOS says `discover/8.45` or `xhsdiscover`, Android `XiaoHongShu/8.92`.
  ['xiaohongshu', /xhsdiscover|\b[Xx]iao[Hh]ong[Ss]hu\/|\bdiscover\/\d/],
  ['instagram', /\bInstagram \d/],
  ['facebook', /\bFB(?:AN|AV|_IAB)\//],
  ['line', /\bLine\/\d/],
  ['uc', /\bUC(?:Browser\/|WEB)/i],
];

/** Case-sensitive on purpose: WeChat for Windows says `MiniProgramEnv/Windows` everywhere. */
const MINI_PROGRAM = /\bminiProgram\b/;

/**
 * Describes the environment from a user-agent string and a few feature probes. Pure: pass
 * `navigator.userAgent` and the probes, or use {@link currentEnvironment}.
 *
 * - `os`: HarmonyOS (`OpenHarmony`, or `HarmonyOS` in the Android-compatible versions) before
 *   Android; iOS for iPhone/iPad/iPod and for iPadOS's desktop-mode user agent (`Macintosh`
 *   with `maxTouchPoints > 1`); then Windows, macOS, Linux (ChromeOS included), other.
 * - `mobile`: iOS and Android (tablets too: they hold the wallet apps), HarmonyOS phones and
 *   tablets, and any other user agent that says `Mobi`.
 * - `inApp`: the first match in {@link IN_APP_TOKENS}, or null for a real browser.
 * - `miniProgram`: inside a WeChat (or WeCom) mini-program web view.
 *
 * @param userAgent - `navigator.userAgent`
 * @param features - probes the user agent cannot tell; missing ones count as absent
 */
export function detectEnvironment(
  userAgent: string,
  features: EnvironmentFeatures = {},
): Environment {
  const ua = typeof userAgent === 'string' ? userAgent : '';
  const touchPoints = typeof features.maxTouchPoints === 'number' ? features.maxTouchPoints : 0;
  const os = detectOs(ua, touchPoints);
  const inApp = detectInApp(ua);
  return {
    mobile: isMobile(ua, os),
    os,
    inApp,
    miniProgram: (inApp === 'wechat' || inApp === 'wecom') && MINI_PROGRAM.test(ua),
    canShare: features.share === true,
    canCopy: features.clipboard === true,
  };
}

/** The parts of `navigator` that {@link currentEnvironment} reads. */
export type NavigatorProbe = Partial<
  Pick<Navigator, 'userAgent' | 'maxTouchPoints' | 'share' | 'clipboard'>
>;

/**
 * The environment of the running page, read from `navigator` when called (never at import, so
 * the module loads in Node). Without a `navigator` it describes a desktop with an unknown OS.
 *
 * @param nav - the navigator to read; defaults to the global one (tests pass a fake)
 */
export function currentEnvironment(nav?: NavigatorProbe): Environment {
  const probe: NavigatorProbe | undefined =
    nav ?? (typeof navigator === 'undefined' ? undefined : navigator);
  if (probe === undefined) return detectEnvironment('');
  return detectEnvironment(typeof probe.userAgent === 'string' ? probe.userAgent : '', {
    maxTouchPoints: probe.maxTouchPoints ?? 0,
    share: typeof probe.share === 'function',
    clipboard: typeof probe.clipboard?.writeText === 'function',
  });
}

function detectInApp(ua: string): InAppBrowser | null {
  for (const [app, token] of IN_APP_TOKENS) {
    if (token.test(ua)) return app;
  }
  return null;
}

function detectOs(ua: string, maxTouchPoints: number): OperatingSystem {
  if (/OpenHarmony|HarmonyOS/i.test(ua)) return 'harmonyos';
  if (/\b(?:iPhone|iPad|iPod)\b/.test(ua)) return 'ios';
  if (/\bAndroid\b/i.test(ua)) return 'android';
  // iPadOS 13+ asks for desktop pages with a Mac user agent; only the touch screen tells.
  if (/\bMac(?:intosh| OS X)\b/.test(ua)) return maxTouchPoints > 1 ? 'ios' : 'macos';
  if (/\bWindows\b/.test(ua)) return 'windows';
  if (/\b(?:CrOS|Linux|X11)\b/.test(ua)) return 'linux';
  return 'other';
}

function isMobile(ua: string, os: OperatingSystem): boolean {
  if (os === 'ios' || os === 'android') return true;
  // HarmonyOS NEXT says `(Phone; OpenHarmony …)` or `(Tablet; …)`; its PCs say neither.
  if (os === 'harmonyos') return /\b(?:Phone|Tablet|Mobile|Android)\b/.test(ua);
  return /Mobi/.test(ua);
}
