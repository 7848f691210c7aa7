// Which browser the browser tests drive, and how. Every launch gets a fresh
// profile directory (Playwright makes one per launch), so no state carries over.
export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
