import { expect } from '@open-wc/testing';
import {
  ALWAYS_VISIBLE,
  defaultPageVisibility,
  documentVisibility,
  type PageVisibilityChange,
} from '../../src/status/visibility.js';
import { track } from './fakes.js';

describe('documentVisibility', () => {
  it('reports visibilitychange and persisted pageshow, and nothing after removal', () => {
    const visibility = documentVisibility(document, window);
    const seen: PageVisibilityChange[] = [];
    const listener = (change: PageVisibilityChange) => seen.push(change);
    visibility.addListener(listener);
    visibility.addListener(listener); // idempotent: one delivery per event
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    visibility.removeListener(listener);
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(seen).to.deep.equal([document.hidden ? 'hidden' : 'visible', 'restored']);
    expect(visibility.hidden).to.equal(document.visibilityState === 'hidden');
  });

  it('is the default in a browser: a restored page makes the tracker check at once', async () => {
    expect(defaultPageVisibility()).not.to.equal(ALWAYS_VISIBLE);
    const { tracker, server, clock } = track({ visibility: undefined });
    tracker.start();
    await clock.advance(500);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await clock.advance(0);
    expect(server.calls).to.have.length(2);
    tracker.stop();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await clock.advance(0);
    expect(server.calls).to.have.length(2);
  });
});
