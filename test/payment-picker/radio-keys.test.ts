import { expect } from '@open-wc/testing';
import { keyAction, nextEnabledIndex, tabStopIndex } from '../../src/payment-picker/radio-keys.js';

const rows = (...disabled: boolean[]) => disabled.map((d) => ({ disabled: d }));

describe('radio-keys: nextEnabledIndex', () => {
  it('steps forward and backward', () => {
    expect(nextEnabledIndex(rows(false, false, false), 0, 1)).to.equal(1);
    expect(nextEnabledIndex(rows(false, false, false), 2, -1)).to.equal(1);
  });
  it('wraps around both ends', () => {
    expect(nextEnabledIndex(rows(false, false, false), 2, 1)).to.equal(0);
    expect(nextEnabledIndex(rows(false, false, false), 0, -1)).to.equal(2);
  });
  it('skips disabled rows, across the wrap too', () => {
    expect(nextEnabledIndex(rows(false, true, false), 0, 1)).to.equal(2);
    expect(nextEnabledIndex(rows(true, false, true), 1, 1)).to.equal(1);
    expect(nextEnabledIndex(rows(false, true, true), 0, 1)).to.equal(0);
  });
  it('finds the first and the last enabled row from outside the range', () => {
    expect(nextEnabledIndex(rows(true, false, false, true), -1, 1)).to.equal(1);
    expect(nextEnabledIndex(rows(true, false, false, true), 4, -1)).to.equal(2);
  });
  it('returns -1 when no row can be chosen', () => {
    expect(nextEnabledIndex(rows(true, true), 0, 1)).to.equal(-1);
    expect(nextEnabledIndex([], -1, 1)).to.equal(-1);
  });
});

describe('radio-keys: tabStopIndex', () => {
  it('is the checked row when it is enabled', () => {
    expect(tabStopIndex(rows(false, false), 1)).to.equal(1);
  });
  it('is the first enabled row when nothing (or a disabled row) is checked', () => {
    expect(tabStopIndex(rows(true, false, false), -1)).to.equal(1);
    expect(tabStopIndex(rows(false, true), 1)).to.equal(0);
  });
  it('is -1 when every row is disabled', () => {
    expect(tabStopIndex(rows(true, true), -1)).to.equal(-1);
  });
});

describe('radio-keys: keyAction', () => {
  it('maps Up/Down the same in both directions', () => {
    for (const rtl of [false, true]) {
      expect(keyAction('ArrowDown', rtl)).to.equal('next');
      expect(keyAction('ArrowUp', rtl)).to.equal('previous');
    }
  });
  it('swaps Left/Right in RTL', () => {
    expect([keyAction('ArrowRight', false), keyAction('ArrowLeft', false)]).to.deep.equal([
      'next',
      'previous',
    ]);
    expect([keyAction('ArrowRight', true), keyAction('ArrowLeft', true)]).to.deep.equal([
      'previous',
      'next',
    ]);
  });
  it('maps Home, End and Space, and nothing else', () => {
    expect([
      keyAction('Home', false),
      keyAction('End', false),
      keyAction(' ', false),
    ]).to.deep.equal(['first', 'last', 'choose']);
    expect(keyAction('Enter', false)).to.equal(null);
    expect(keyAction('a', false)).to.equal(null);
  });
});
