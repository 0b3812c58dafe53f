import { expect } from '@open-wc/testing';
import type { WalletRedirect } from '../../src/wallet-redirect/wallet-redirect.component.js';
import { fakeStatus, SESSION, waitFor } from './helpers.js';

describe('<wallet-redirect resume> after a real page reload', () => {
  it('restores the pending session in the reloaded page and tracks it to paid', async function () {
    this.timeout(15_000);
    sessionStorage.clear();
    const fake = fakeStatus();
    const hooks = window as unknown as Record<string, unknown>;
    hooks['resumeCheckStatus'] = fake.checkStatus;
    let page: WalletRedirect | null = null;
    hooks['resumePageReady'] = (el: WalletRedirect) => (page = el);

    const iframe = document.createElement('iframe');
    iframe.src = new URL('./fixtures/resume-page.html', import.meta.url).href;
    document.body.append(iframe);
    try {
      await waitFor(() => page !== null, 10_000, 'the fixture page');
      const first = page!;
      expect(first.session).to.equal(null); // nothing to resume yet
      first.session = SESSION;
      await fake.waitForCalls(1);
      fake.calls[0]!.resolve('pending');
      await fake.waitForCalls(2);

      page = null;
      iframe.contentWindow!.location.reload();
      await waitFor(() => page !== null && page !== first, 10_000, 'the reloaded page');
      const reloaded = page!;
      expect(reloaded.session).to.deep.equal(SESSION);
      expect(reloaded.status).to.equal('pending');
      // Answer every check since the reload; only the reloaded page's tracker can turn it paid.
      await waitFor(
        () => {
          fake.calls.slice(2).forEach((call) => call.resolve('paid'));
          return reloaded.status === 'paid';
        },
        5000,
        'paid in the reloaded page',
      );
      expect(fake.calls.length).to.be.greaterThan(2);
      expect(sessionStorage.getItem('payment-picker:pending')).to.be.null;
    } finally {
      iframe.remove();
    }
  });
});
