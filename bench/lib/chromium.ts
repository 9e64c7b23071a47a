import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, as CI installs it; never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags the project's guide asks for: no first-run, background or update traffic. */
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A fresh headless Chromium (one per run, so no run inherits another's caches or compiled code). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROME_ARGS });
}
