import { expect } from '@open-wc/testing';
import { currentEnvironment, detectEnvironment } from '../../src/core/environment.js';
import type { EnvironmentFeatures, InAppBrowser, OperatingSystem } from '../../src/core/types.js';
import { IN_APP_BROWSERS } from '../support/environments.js';

interface Case {
  name: string;
  ua: string;
  inApp: InAppBrowser | null;
  os: OperatingSystem;
  mobile: boolean;
  miniProgram?: boolean;
  features?: EnvironmentFeatures;
}

/** Real user agents, as the apps and browsers send them (collected from public logs and fixtures). */
const CASES: Case[] = [
  // WeChat
  {
    name: 'WeChat on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.43(0x18002b2c) NetType/WIFI Language/zh_CN',
    inApp: 'wechat',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'WeChat on Android (XWEB)',
    ua: 'Mozilla/5.0 (Linux; Android 13; M2102J2SC Build/TKQ1.221114.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300333 MMWEBSDK/20241202 MMWEBID/9403 MicroMessenger/8.0.56.2800(0x28003855) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64',
    inApp: 'wechat',
    os: 'android',
    mobile: true,
  },
  {
    name: 'WeChat on Android with the older X5 engine (says MQQBrowser)',
    ua: 'Mozilla/5.0 (Linux; U; Android 4.4.4; zh-cn; MI 4W Build/KTU84P) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025469 Mobile Safari/533.1 MicroMessenger/6.2.5.53_r2565f18.621 NetType/WIFI Language/zh_CN',
    inApp: 'wechat',
    os: 'android',
    mobile: true,
  },
  {
    name: 'WeChat mini-program web view on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.76(0x18004c24) NetType/WIFI Language/zh_CN miniProgram/wx2c1c63e28bb33be1',
    inApp: 'wechat',
    os: 'ios',
    mobile: true,
    miniProgram: true,
  },
  {
    name: 'WeChat mini-program web view on Android',
    ua: 'Mozilla/5.0 (Linux; Android 10; MIX 2S Build/QKQ1.190828.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 XWEB/3171 MMWEBSDK/20211202 Mobile Safari/537.36 MMWEBID/5331 MicroMessenger/8.0.18.2062(0x28001241) Process/appbrand2 WeChat/arm64 Weixin GPVersion/1 NetType/4G Language/zh_CN ABI/arm64 miniProgram/wx9af32b509e88340c',
    inApp: 'wechat',
    os: 'android',
    mobile: true,
    miniProgram: true,
  },
  {
    name: 'WeChat for Windows (MiniProgramEnv is not a mini-program)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090a13) XWEB/9129 Flue',
    inApp: 'wechat',
    os: 'windows',
    mobile: false,
    miniProgram: false,
  },
  {
    name: 'WeCom on iOS (also says MicroMessenger)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/4.1.6 MicroMessenger/7.0.1 Language/zh ColorScheme/Light',
    inApp: 'wecom',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'WeCom on Android',
    ua: 'Mozilla/5.0 (Linux; Android 14; PGU110 Build/UKQ1.230924.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/6.2 TBS/046913 Mobile Safari/537.36 wxwork/4.1.20 MicroMessenger/7.0.1 NetType/4G Language/zh Lang/zh ColorScheme/Dark',
    inApp: 'wecom',
    os: 'android',
    mobile: true,
  },
  // Alibaba
  {
    name: 'Alipay on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22G100 ChannelId(17) Ariver/1.1.0 AliApp(AP/10.8.30.6000) Nebula WK RVKType(0) AlipayDefined(nt:WIFI,ws:390|780|3.0,ac:ss) AlipayClient/10.8.30.6000 Language/zh-Hans Region/CN NebulaX/1.0.0 XRiver/10.2.58.1',
    inApp: 'alipay',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Alipay on Android (also says UCBrowser)',
    ua: 'Mozilla/5.0 (Linux; U; Android 9; zh-CN; MI MAX 3 Build/PKQ1.190223.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/11.8.8.968 UWS/2.13.2.91 Mobile Safari/537.36 UCBS/2.13.2.91_190617211143 NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:4G,ws:393|0|2.75) AliApp(AP/10.1.68.7434) AlipayClient/10.1.68.7434 Language/zh-Hans useStatusBar/true isConcaveScreen/false Region/CN',
    inApp: 'alipay',
    os: 'android',
    mobile: true,
  },
  {
    name: 'DingTalk on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.0.40) com.laiwang.DingTalk/30512345 Channel/201200 language/zh-Hans-CN',
    inApp: 'dingtalk',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'DingTalk on Android (also says UCBrowser)',
    ua: 'Mozilla/5.0 (Linux; U; Android 8.1.0; zh-CN; COL-AL10 Build/HUAWEICOL-AL10) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/40.0.2214.89 UCBrowser/11.6.4.950 UWS/2.11.0.47 Mobile Safari/537.36 AliApp(DingTalk/4.3.7) com.alibaba.android.rimet/0 Channel/227200 language/zh-CN',
    inApp: 'dingtalk',
    os: 'android',
    mobile: true,
  },
  {
    name: 'Taobao on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(TB/10.14.0) WindVane/8.7.2 UT4Aplus/0.0.4 828x1792 WK',
    inApp: 'taobao',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Taobao on Android (also says UCBrowser)',
    ua: 'Mozilla/5.0 (Linux; U; Android 7.0; zh-CN; SM-G9550 Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/11.9.4.974 UWS/2.14.0.9 Mobile Safari/537.36 AliApp(TB/7.9.2) UCBS/2.11.1.1 TTID/10004868@taobao_android_7.9.2 WindVane/8.3.0 1080X2076',
    inApp: 'taobao',
    os: 'android',
    mobile: true,
  },
  {
    name: 'Tmall on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/19H332 AliApp(TM/13.6.0.3090) WindVane/8.7.2 T-UA=iPhone_13.6.0.3090_1242x2208_201200 TMIOS/201200@tmall_iphone_13.6.0.3090 UT4Aplus/0.0.6 1242x2208 Winding(WV_1) WK',
    inApp: 'tmall',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'UC Browser on Android',
    ua: 'Mozilla/5.0 (Linux; U; Android 8.1.0; zh-CN; MI 5X Build/OPM1.171019.019) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/12.1.2.992 Mobile Safari/537.36',
    inApp: 'uc',
    os: 'android',
    mobile: true,
  },
  {
    name: 'UC Browser on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X; zh-CN) AppleWebKit/537.51.1 (KHTML, like Gecko) Mobile/16B92 UCBrowser/12.1.7.1109 Mobile AliApp(TUnionSDK/0.1.20.3)',
    inApp: 'uc',
    os: 'ios',
    mobile: true,
  },
  // UnionPay
  {
    name: 'UnionPay Cloud QuickPass on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148  (com.unionpay.chsp) (cordova 4.5.4) (updebug 0) (version 1020) (UnionPay/1.0 CloudPay) (clientVersion 320) (language zh_CN) (languageFamily zh_CN) (upHtml) (walletMode 00)',
    inApp: 'unionpay',
    os: 'ios',
    mobile: true,
  },
  // Tencent QQ
  {
    name: 'QQ app on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/18F72 QQ/8.8.0.608 V1_IPH_SQ_8.8.0_1_APP_A Pixel/828 SimpleUISwitch/0 StudyMode/0 QQTheme/1000 Core/WKWebView Device/Apple(iPhone XR) NetType/WIFI QBWebViewType/1 WKType/1',
    inApp: 'qq',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'QQ app on Android (also says MQQBrowser)',
    ua: 'Mozilla/5.0 (Linux; Android 12; V2134A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/89.0.4389.72 MQQBrowser/6.2 TBS/046295 Mobile Safari/537.36 V1_AND_SQ_8.9.68_4264_YYB_D QQ/8.9.68.11565 NetType/WIFI WebP/0.3.0',
    inApp: 'qq',
    os: 'android',
    mobile: true,
  },
  {
    name: 'QQ Browser on Android is a real browser',
    ua: 'Mozilla/5.0 (Linux; U; Android 9; zh-cn; V1816A Build/PKQ1.180819.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 MQQBrowser/10.1 Mobile Safari/537.36',
    inApp: null,
    os: 'android',
    mobile: true,
  },
  {
    name: 'QQ Browser on iOS is a real browser',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_8_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0 MQQBrowser/12.0.0 Mobile/15E148 Safari/604.1 QBWebViewUA/2 QBWebViewType/1 WKType/1',
    inApp: null,
    os: 'ios',
    mobile: true,
  },
  {
    name: 'QQ Browser on Windows is a real browser',
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.25 Safari/537.36 Core/1.70.3722.400 QQBrowser/10.5.3739.400',
    inApp: null,
    os: 'windows',
    mobile: false,
  },
  // Weibo, ByteDance, Xiaohongshu
  {
    name: 'Weibo on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone14,2__weibo__13.10.1__iphone__os17.0)',
    inApp: 'weibo',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Weibo on Android',
    ua: 'Mozilla/5.0 (Linux; Android 10; YAL-AL00 Build/HUAWEIYAL-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 Weibo (HUAWEI-YAL-AL00__weibo__11.3.4__android__android10)',
    inApp: 'weibo',
    os: 'android',
    mobile: true,
  },
  {
    name: 'Douyin on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 aweme_29.3.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/zh',
    inApp: 'douyin',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Douyin on Android',
    ua: 'Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.105 Mobile Safari/537.36 aweme_230400 JsSdk/1.0 NetType/WIFI AppName/aweme app_version/23.4.0',
    inApp: 'douyin',
    os: 'android',
    mobile: true,
  },
  {
    name: 'TikTok on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_33.6.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/fr Region/FR isDarkMode/0 WKWebView/1 RevealType/Dialog BytedanceWebview/d8a21c6',
    inApp: 'douyin',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'TikTok on Android',
    ua: 'Mozilla/5.0 (Linux; Android 12; 2201117TG Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 trill_330604 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/33.6.4 ByteLocale/fr ByteFullLocale/fr Region/FR BytedanceWebview/d8a21c6',
    inApp: 'douyin',
    os: 'android',
    mobile: true,
  },
  {
    name: 'Xiaohongshu on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 xhsdiscover/8.40 NetType/WiFi',
    inApp: 'xiaohongshu',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Xiaohongshu on iOS (discover/ token)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 discover/9.1 Device/(Apple Inc.;iPhone15,3) NetType/WiFi',
    inApp: 'xiaohongshu',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Xiaohongshu on Android',
    ua: 'Mozilla/5.0 (Linux; Android 12; SM-G991B Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/105.0.5195.136 Mobile Safari/537.36 XiaoHongShu/8.28.0',
    inApp: 'xiaohongshu',
    os: 'android',
    mobile: true,
  },
  // Meta, LINE
  {
    name: 'Facebook on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/459.0.0.48.110;FBBV/584117445;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.4.1;FBSS/3;FBID/phone;FBLC/fr_FR;FBOP/5;FBRV/0]',
    inApp: 'facebook',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Facebook on Android',
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.105 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/454.0.0.44.108;]',
    inApp: 'facebook',
    os: 'android',
    mobile: true,
  },
  {
    name: 'Messenger on Android counts as Facebook',
    ua: 'Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/455.0.0.36.107;]',
    inApp: 'facebook',
    os: 'android',
    mobile: true,
  },
  {
    name: 'Facebook on an iPad',
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/21B101 [FBAN/FBIOS;FBAV/442.0.0.57.113;FBBV/541398377;FBDV/iPad13,10;FBMD/iPad;FBSN/iPadOS;FBSV/17.1.2;FBSS/2;FBID/tablet;FBLC/it_IT;FBOP/5;FBRV/543175687]',
    inApp: 'facebook',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Instagram on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 325.0.3.20.105 (iPhone14,2; iOS 17_4; fr_FR; fr; scale=3.00; 1170x2532; 584113264)',
    inApp: 'instagram',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Instagram on Android',
    ua: 'Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.178 Mobile Safari/537.36 Instagram 317.0.0.34.109 Android (33/13; 450dpi; 1080x2186; samsung; SM-A536B; a53x; s5e8825; fr_FR; 562739837)',
    inApp: 'instagram',
    os: 'android',
    mobile: true,
  },
  {
    name: 'LINE on iOS',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/13.11.0',
    inApp: 'line',
    os: 'ios',
    mobile: true,
  },
  {
    name: 'LINE on Android',
    ua: 'Mozilla/5.0 (Linux; Android 13; SO-51C Build/64.1.C.0.250; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Line/13.21.1/IAB',
    inApp: 'line',
    os: 'android',
    mobile: true,
  },
  // Real browsers
  {
    name: 'Chrome on Windows',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
    inApp: null,
    os: 'windows',
    mobile: false,
  },
  {
    name: 'Edge on Windows',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0',
    inApp: null,
    os: 'windows',
    mobile: false,
  },
  {
    name: 'Firefox on Windows',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0',
    inApp: null,
    os: 'windows',
    mobile: false,
  },
  {
    name: 'Chrome on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
    inApp: null,
    os: 'macos',
    mobile: false,
    features: { maxTouchPoints: 0 },
  },
  {
    name: 'Safari on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    inApp: null,
    os: 'macos',
    mobile: false,
    features: { maxTouchPoints: 0 },
  },
  {
    name: 'Firefox on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
    inApp: null,
    os: 'linux',
    mobile: false,
  },
  {
    name: 'HeadlessChrome on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    inApp: null,
    os: 'linux',
    mobile: false,
  },
  {
    name: 'Chrome on ChromeOS',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    inApp: null,
    os: 'linux',
    mobile: false,
  },
  {
    name: 'Safari on iPhone',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    inApp: null,
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Chrome on iPhone',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/129.0.6668.69 Mobile/15E148 Safari/604.1',
    inApp: null,
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Chrome on Android',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36',
    inApp: null,
    os: 'android',
    mobile: true,
  },
  {
    name: 'Firefox on Android',
    ua: 'Mozilla/5.0 (Android 12; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0',
    inApp: null,
    os: 'android',
    mobile: true,
  },
  {
    name: 'Chrome on an Android tablet (no "Mobile")',
    ua: 'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    inApp: null,
    os: 'android',
    mobile: true,
  },
  {
    name: 'Safari on an iPad in mobile mode',
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    inApp: null,
    os: 'ios',
    mobile: true,
  },
  {
    name: 'Safari on an iPad in desktop mode (a Mac user agent with a touch screen)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    inApp: null,
    os: 'ios',
    mobile: true,
    features: { maxTouchPoints: 5 },
  },
  {
    name: 'HarmonyOS NEXT phone (OpenHarmony, ArkWeb)',
    ua: 'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile HuaweiBrowser/5.0.3.351',
    inApp: null,
    os: 'harmonyos',
    mobile: true,
  },
  {
    name: 'HarmonyOS 4 phone (Android-compatible)',
    ua: 'Mozilla/5.0 (Linux; Android 10; HarmonyOS; VOG-AL00; HMSCore 6.15.0.302; GMSCore 20.15.16) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/15.0.10.302 Mobile Safari/537.36',
    inApp: null,
    os: 'harmonyos',
    mobile: true,
  },
  {
    name: 'an empty user agent',
    ua: '',
    inApp: null,
    os: 'other',
    mobile: false,
  },
];

describe('detectEnvironment', () => {
  for (const c of CASES) {
    it(`recognizes ${c.name}`, () => {
      const env = detectEnvironment(c.ua, c.features);
      expect({ inApp: env.inApp, os: env.os, mobile: env.mobile }).to.deep.equal({
        inApp: c.inApp,
        os: c.os,
        mobile: c.mobile,
      });
      expect(env.miniProgram).to.equal(c.miniProgram ?? false);
    });
  }

  it('covers every in-app browser with a real user agent', () => {
    const covered = new Set(CASES.map((c) => c.inApp));
    expect(IN_APP_BROWSERS.filter((app) => !covered.has(app))).to.deep.equal([]);
  });

  it('takes a Mac user agent without touch points for a Mac', () => {
    const mac = CASES.find((c) => c.name === 'Safari on macOS')!.ua;
    expect(detectEnvironment(mac).os).to.equal('macos');
    expect(detectEnvironment(mac, { maxTouchPoints: 1 }).os).to.equal('macos');
    expect(detectEnvironment(mac, { maxTouchPoints: 2 }).os).to.equal('ios');
  });

  it('reports share and clipboard only when probed as available', () => {
    expect(detectEnvironment('')).to.include({ canShare: false, canCopy: false });
    expect(detectEnvironment('', { share: true, clipboard: true })).to.include({
      canShare: true,
      canCopy: true,
    });
    expect(detectEnvironment('', { share: true })).to.include({ canShare: true, canCopy: false });
  });

  it('does not take a bot that mentions DingTalk for the DingTalk app', () => {
    const bot =
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/63.0 Safari/537.36 DingTalkBot-LinkService/1.0';
    expect(detectEnvironment(bot).inApp).to.be.null;
  });

  it('treats a non-string user agent from untyped code as empty', () => {
    const detect = detectEnvironment as (ua: unknown) => ReturnType<typeof detectEnvironment>;
    expect(detect(undefined)).to.deep.equal(detectEnvironment(''));
  });
});

describe('currentEnvironment', () => {
  it('reads the user agent and the feature probes from the navigator it is given', () => {
    const env = currentEnvironment({
      userAgent: CASES[0]!.ua,
      maxTouchPoints: 5,
      share: () => Promise.resolve(),
      clipboard: { writeText: () => Promise.resolve() } as unknown as Clipboard,
    });
    expect(env).to.deep.equal({
      mobile: true,
      os: 'ios',
      inApp: 'wechat',
      miniProgram: false,
      canShare: true,
      canCopy: true,
    });
  });

  it('reports no share or clipboard when the navigator lacks them', () => {
    expect(currentEnvironment({ userAgent: '' })).to.include({ canShare: false, canCopy: false });
    expect(
      currentEnvironment({ userAgent: '', clipboard: {} as unknown as Clipboard }).canCopy,
    ).to.equal(false);
  });

  it('reads the global navigator by default', () => {
    // The test browser is headless Chromium on a desktop.
    expect(currentEnvironment()).to.deep.equal(
      detectEnvironment(navigator.userAgent, {
        maxTouchPoints: navigator.maxTouchPoints,
        share: typeof navigator.share === 'function',
        clipboard: typeof navigator.clipboard?.writeText === 'function',
      }),
    );
    expect(currentEnvironment().inApp).to.be.null;
  });
});
