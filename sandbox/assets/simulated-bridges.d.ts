// Types of simulated-bridges.js for the stories (TypeScript). A SIMULATION: see the module.
export type SimulatedApp = 'wechat' | 'alipay';

export interface SimulationOptions {
  /** Which app's bridge to simulate. */
  app: SimulatedApp;
  /** The sandbox's base path or URL (default `/sandbox`). */
  sandbox?: string;
  /** How long after installing the bridge appears and its ready event fires (default 300 ms). */
  readyDelayMs?: number;
  /** The sheet's language (`en`, `zh-CN`, `zh-TW`; default: the page's). */
  lang?: string;
}

export interface SimulatedCall {
  /** The bridge function called, e.g. `getBrandWCPayRequest`. */
  name: string;
  /** A copy of what it was called with. */
  args: Record<string, unknown>;
  /** What the callback got (`err_msg` or `resultCode`), once known. */
  answer: string | null;
}

export interface SimulatedBridge {
  app: SimulatedApp;
  /** Resolves once the bridge is defined and its ready event fired. */
  ready: Promise<void>;
  /** Every call the page made, in order. */
  calls: SimulatedCall[];
  /** The open pay sheet, if any. */
  sheet(): HTMLDialogElement | null;
  /** Removes the bridge and any open sheet. */
  uninstall(): void;
}

export function simulatedAppFor(userAgent: string): SimulatedApp | null;
export function installSimulatedBridge(options: SimulationOptions): SimulatedBridge;
