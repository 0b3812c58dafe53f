/* global window, document, location -- the shop page's browser code */
// The shop's own checkout code, as a real storefront would write it: the picker submits the
// form; the shop asks its server (here the sandbox, standing in for the shop's server and the
// wallet provider) to create the payment, and hands the PaymentSession to <wallet-redirect>.
//
// Test knobs, read from the page's query string (a real shop has none of these):
//   ttl=2,60       session lifetimes in seconds, one per payment made (the last repeats)
//   sse=0          drop eventsUrl (poll only)
//   sse=503        a sandbox ?fault= token on every events request (a broken stream)
//   poll=500       poll-interval of <wallet-redirect>
//   faults={json}  the sandbox fault set for every session created
//   flows=qr,share the flows to create the session with
//   anyApp=1       an any-app code (聚合码): one code WeChat or Alipay scans, paid on the landing page
const params = new URLSearchParams(location.search);
const form = document.querySelector('#checkout');
const picker = form.querySelector('payment-picker');
const wallet = document.querySelector('#wallet');
const orderError = document.querySelector('#order-error');
const log = document.querySelector('#log');

if (params.has('poll')) wallet.pollInterval = Number(params.get('poll'));

/** Every event the page saw, for the tests (and a developer reading the page). */
window.shopEvents = [];
function record(type, detail) {
  window.shopEvents.push({ type, ...detail, at: performance.now() });
  const item = document.createElement('li');
  item.textContent = `${type} ${JSON.stringify(detail)}`;
  log.append(item);
}

/** CSP or Trusted Types violations: the components must cause none. */
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

let paymentsMade = 0;

/** Asks the "server" to create a payment for `method`; returns the PaymentSession. */
async function createPayment(method) {
  const body = { method, amount: picker.amount, currency: picker.currency };
  if (params.has('ttl')) {
    const ttls = params.get('ttl').split(',').map(Number);
    body.ttlSeconds = ttls[Math.min(paymentsMade, ttls.length - 1)];
  }
  paymentsMade += 1;
  if (params.has('faults')) body.faults = JSON.parse(params.get('faults'));
  if (params.has('flows')) body.flows = params.get('flows').split(',');
  if (params.get('anyApp') === '1') body.anyApp = true;
  const response = await fetch('/sandbox/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`The payment could not be created (${response.status}).`);
  const session = await response.json();
  const sse = params.get('sse');
  if (sse === '0') delete session.eventsUrl;
  else if (sse && session.eventsUrl) session.eventsUrl += `?fault=${encodeURIComponent(sse)}`;
  record('session', { id: session.id });
  return session;
}

async function startPayment(method) {
  orderError.hidden = true;
  try {
    wallet.session = await createPayment(method);
  } catch (error) {
    orderError.textContent = error.message;
    orderError.hidden = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!picker.checkValidity()) return;
  void startPayment(picker.value);
});

wallet.addEventListener('wallet-status', (event) => {
  record('wallet-status', { status: event.detail.status, id: event.detail.session.id });
});
wallet.addEventListener('wallet-flow', (event) => record('wallet-flow', event.detail));
wallet.addEventListener('wallet-error', (event) => record('wallet-error', event.detail));
wallet.addEventListener('wallet-redirect', (event) => record('wallet-redirect', event.detail));
wallet.addEventListener('wallet-share', (event) => record('wallet-share', event.detail));
// After expiry the shopper asks for a new code: create a new payment for the same method.
wallet.addEventListener('wallet-refresh', (event) => {
  record('wallet-refresh', { id: event.detail.session.id });
  void startPayment(event.detail.session.method);
});
