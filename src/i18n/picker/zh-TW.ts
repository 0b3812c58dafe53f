import { APP_NAMES } from '../app-names.js';
import { METHOD_LABELS } from '../method-labels.js';
import type { Strings } from '../strings.js';

/** Traditional Chinese strings (Taiwan; also used for Hong Kong and Macao). */
export const strings: Strings = {
  pickerLabel: '付款方式',
  total: '總計 {amount}',
  invalidAmount: '無法顯示金額',
  moreMethods: '更多付款方式（{count}）',
  noMethods: '此訂單目前沒有可用的付款方式。',
  allDisabled: '這些付款方式目前都無法使用。',
  loadingMethods: '正在載入付款方式…',
  invalidMethods: '部分付款方式無法顯示。',
  chooseMethod: '請選擇付款方式。',
  unavailable: '暫不可用',
  methodLabels: METHOD_LABELS['zh-TW'],
  appNames: APP_NAMES['zh-TW'],
  hintQr: '用{app}掃碼付款',
  hintRedirect: '將開啟{app} App',
  hintShare: '傳送連結給朋友代付',
  hintOpenInBrowser: '將在瀏覽器中開啟',
  hintInApp: '在{app}內付款',
};
