/* global window -- a browser script, loaded by bench/index.html */
// Counts what is still pending (timers, fetches, EventSources), for the mount/unmount benchmark.
// Loaded before the elements, so every timer and request they make goes through these wrappers.
const timers = new Set();
const intervals = new Set();
const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, fetch: f } = window;
window.setTimeout = (fn, ms, ...args) => {
  const id = st(
    (...a) => {
      timers.delete(id);
      if (typeof fn === 'function') fn(...a);
    },
    ms,
    ...args,
  );
  timers.add(id);
  return id;
};
window.clearTimeout = (id) => {
  timers.delete(id);
  ct(id);
};
window.setInterval = (...a) => {
  const id = si(...a);
  intervals.add(id);
  return id;
};
window.clearInterval = (id) => {
  intervals.delete(id);
  ci(id);
};
let inFlight = 0;
let calls = 0;
window.fetch = async (...a) => {
  calls++;
  inFlight++;
  try {
    return await f(...a);
  } finally {
    inFlight--;
  }
};
let openStreams = 0;
const NativeEventSource = window.EventSource;
window.EventSource = class extends NativeEventSource {
  constructor(...a) {
    super(...a);
    openStreams++;
    const close = this.close.bind(this);
    let closed = false;
    this.close = () => {
      if (!closed) openStreams--;
      closed = true;
      close();
    };
  }
};
window.pending = () => ({
  timers: timers.size,
  intervals: intervals.size,
  inFlight,
  openStreams,
  calls,
});
