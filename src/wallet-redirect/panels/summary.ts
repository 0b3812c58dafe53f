import { html, nothing, type TemplateResult } from 'lit';
import type { WalletStrings } from '../../i18n/strings.js';

/**
 * Amount and payee, shown before every hand-off (China E-Commerce Law Art. 55). `amountNote`
 * takes the amount's place when it cannot be shown exactly; nothing at all when all are null.
 * @internal
 */
export function summaryList(
  strings: WalletStrings,
  amount: string | null,
  amountNote: string | null,
  payee: string | null,
): TemplateResult | typeof nothing {
  return amount === null && amountNote === null && payee === null
    ? nothing
    : html`<dl class="summary" part="summary">
        ${row(strings.amountLabel, amount ?? amountNote, amount ? 'amount' : 'amount-note')}
        ${row(strings.payeeLabel, payee, 'payee')}
      </dl>`;
}

/** One labelled value of the summary, or nothing without a value. */
const row = (label: string, value: string | null, part: string) =>
  value === null
    ? nothing
    : html`<div>
        <dt>${label}</dt>
        <dd class=${part} part=${part}>${value}</dd>
      </div>`;
