// Types of landing.js for the stories (TypeScript).
export interface LandingOptions {
  /** The any-app session's id (default: `data-landing-order` of the root or `<body>`). */
  orderId?: string;
  /** The sandbox's base path (default `/sandbox`). */
  sandbox?: string;
  /** Set on both elements (stories preview an app's browser). */
  environment?: object | null;
  /** `<wallet-redirect>`'s navigate (stories keep the frame). */
  navigate?: (url: string) => void;
}

export function connectLanding(root: HTMLElement, options?: LandingOptions): { disconnect(): void };
