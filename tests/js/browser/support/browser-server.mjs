// Runs Debian's Chromium for the browser tests, in a process of its own, and
// prints the WebSocket endpoint the tests connect to. Why a separate process:
// the test command runs node with --disallow-code-generation-from-strings (it
// stands in for a portal's CSP, for our code), and Playwright's driver checks
// page functions with `new Function`. The driver runs here, without the flag;
// the tests themselves stay under it.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const server = await chromium.launchServer({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
process.stdout.write(`${server.wsEndpoint()}\n`);
// The parent closes stdin when it ends, however it ends: take the browser with us.
process.stdin.resume();
process.stdin.on('end', () => server.close().finally(() => process.exit(0)));
