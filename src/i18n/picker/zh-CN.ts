import { APP_NAMES } from '../app-names.js';
import { METHOD_LABELS } from '../method-labels.js';
import type { Strings } from '../strings.js';

/** Simplified Chinese strings (mainland China). */
export const strings: Strings = {
  pickerLabel: '支付方式',
  total: '合计 {amount}',
  invalidAmount: '无法显示金额',
  moreMethods: '更多支付方式（{count}）',
  noMethods: '此订单暂无可用的支付方式。',
  allDisabled: '这些支付方式暂时都无法使用。',
  loadingMethods: '正在加载支付方式…',
  invalidMethods: '部分支付方式无法显示。',
  chooseMethod: '请选择支付方式。',
  unavailable: '暂不可用',
  methodLabels: METHOD_LABELS['zh-CN'],
  appNames: APP_NAMES['zh-CN'],
  hintQr: '用{app}扫码支付',
  hintRedirect: '将打开{app} App',
  hintShare: '发送链接给朋友代付',
  hintOpenInBrowser: '将在浏览器中打开',
  hintInApp: '在{app}内支付',
};
