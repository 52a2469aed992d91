import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs; the browser tests skip where it is absent. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed; warns once per test file, naming what is skipped, when not. */
export function hasChromium(skipped: string): boolean {
  const found = existsSync(CHROMIUM);
  if (!found) {
    console.warn(
      `tests/browser: ${CHROMIUM} not found — skipping ${skipped} (install Debian's chromium: apt-get install -y chromium)`,
    );
  }
  return found;
}

/** Headless Chromium as every browser test runs it: no sandbox (root in CI), no network chatter. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
