// @ts-check
// Mounts the sandbox wallet provider into Storybook's dev server (`npm start`), so the live
// checkout stories create real sessions on the same origin.
//
// Storybook itself stays on localhost (its dev server can write files, so it must not listen on
// the network). For a real phone, the same sandbox (one in-memory store) is also served alone on
// the LAN, and QR codes point there: scan with the phone, pay, and the desktop story sees it.
//
// The sandbox serves its status endpoints through `payment-picker/server` (dist/server.js): it is
// built here first when missing or older than its sources (`npm start` builds it anyway).
import { createServer } from 'node:http';
import { ensureServerBuild } from '../scripts/build-server.mjs';

await ensureServerBuild();
const { createSandbox } = await import('../sandbox/app.js');
const { lanAddresses } = await import('../sandbox/server.js');

const [lanAddress] = lanAddresses();
const lanPort = Number(process.env.SANDBOX_LAN_PORT ?? 6007);
const sandbox = createSandbox({
  scanOrigin: lanAddress && lanPort > 0 ? `http://${lanAddress}:${lanPort}` : undefined,
});

if (lanAddress && lanPort > 0) {
  const lanServer = createServer((req, res) => void sandbox.handle(req, res));
  lanServer.on('error', (error) => {
    console.warn(`  Sandbox wallet: not served on the LAN (${error.message}).`);
  });
  lanServer.listen(lanPort, '0.0.0.0', () => {
    console.log(
      `\n  Sandbox wallet for phones: http://${lanAddress}:${lanPort}/sandbox/ (QR codes point here; set SANDBOX_LAN_PORT=0 to turn off)\n`,
    );
  });
  lanServer.unref();
}

/** @param {{ use: (handler: (req: any, res: any, next: () => void) => void) => void }} router */
export default function middleware(router) {
  router.use((req, res, next) => void sandbox.handle(req, res, next));
}
