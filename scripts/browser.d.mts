import type { Browser, WebWorker, Page } from 'puppeteer-core';
export declare function findChrome(): string | null;
export declare const INSTALL_HINT: string;
export declare function chromeArgs(dist: string): string[];
export declare function extensionIdFor(dist: string): string;
export declare function launchWithExtension(opts?: { dist?: string; headless?: boolean; downloadDir?: string; viewport?: { width: number; height: number }; grantOrigins?: string[]; extraArgs?: string[]; /** Browser UI language (default 'fr'). */ lang?: 'fr' | 'en'; /** Relaunch on this existing profile (a browser restart). */ profileDir?: string }): Promise<{
  browser: Browser;
  extensionId: string;
  serviceWorker(): Promise<WebWorker>;
  userDataDir: string;
}>;
export declare function clickToolbarButton(browser: Browser, extensionId: string, page: Page): Promise<void>;
export declare function tabIdOf(worker: WebWorker, url: string): Promise<number | undefined>;
export declare function openPopupWindow(browser: Browser, extensionId: string, worker: WebWorker, tabId: number): Promise<Page>;
export declare function openPopupOn(browser: Browser, extensionId: string, worker: WebWorker, url: string): Promise<{ page: Page; popup: Page; tabId: number }>;
