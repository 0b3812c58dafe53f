// @ts-check
// Mounts the sandbox wallet provider into Storybook's dev server (`npm start`), so the live
// checkout stories create real sessions, and a phone on the same network can scan and pay.
import { createSandbox } from '../sandbox/app.js';
import { lanAddresses } from '../sandbox/server.js';

const [lanAddress] = lanAddresses();
const sandbox = createSandbox({ scanHost: lanAddress });

if (lanAddress) {
  console.log(
    `\n  Sandbox wallet: QR codes point at http://${lanAddress}:<port>/sandbox/… so a phone on this network can pay.\n`,
  );
}

/** @param {{ use: (handler: (req: any, res: any, next: () => void) => void) => void }} router */
export default function middleware(router) {
  router.use((req, res, next) => void sandbox.handle(req, res, next));
}
