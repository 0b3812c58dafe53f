import { expect } from '@open-wc/testing';
import { MOBILE, mount, qrSvg, SESSION, settle, tabs } from './helpers.js';

const loadedQrModule = () =>
  performance.getEntriesByType('resource').some((entry) => /\/src\/core\/qr\.ts/.test(entry.name));

describe('<wallet-redirect> QR encoder loading', () => {
  it('loads the QR encoder only when a code is shown', async () => {
    const { el } = await mount({
      environment: MOBILE,
      session: { ...SESSION, shareUrl: undefined },
    });
    expect(el.activeFlow).to.equal('redirect');
    expect(loadedQrModule()).to.be.false;
    tabs(el)[1]!.click();
    await settle(el);
    await qrSvg(el);
    expect(loadedQrModule()).to.be.true;
  });
});
