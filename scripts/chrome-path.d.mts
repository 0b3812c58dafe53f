/** Flags that make Chromium behave in a sandboxed CI container (root, no GPU, no network). */
export declare const CHROME_ARGS: string[];
/** The path of a Chromium binary (CHROME_PATH, then the usual places); throws with install help. */
export declare function chromePath(): string;
