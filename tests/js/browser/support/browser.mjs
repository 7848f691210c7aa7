// Shared helpers of the browser tests: a Chromium to drive, the repository
// served on a free port, and questions the tests ask of pages.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../../../scripts/serve.mjs';
import { root } from '../../support/paths.mjs';
import { chromiumPath } from './chromium.mjs';

export const artifactsDir = join(root, 'tests/artifacts');
export const strictCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Starts Chromium (in a child process, see browser-server.mjs) and a server of
 * the repository with `headers`. A missing Chromium fails the test: setup
 * installs it, so its absence is a broken machine, not a reason to skip.
 */
export async function startBrowser({ headers } = {}) {
  assert.ok(existsSync(chromiumPath), `${chromiumPath} is missing: run bash scripts/setup.sh (it installs Debian's chromium)`);
  const child = spawn(process.execPath, [fileURLToPath(new URL('browser-server.mjs', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    child.once('exit', (code) => reject(new Error(`Chromium did not start (exit ${code})`)));
  });
  const browser = await chromium.connect(endpoint);
  const server = await startServer({ headers });
  mkdirSync(artifactsDir, { recursive: true });
  return {
    browser,
    url: (path) => server.url + path,
    /** A page in a fresh context (its own storage), with every console error and page error collected. */
    async page(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      page.problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') page.problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        page.problems.push(`dialog: ${dialog.message()}`);
        dialog.dismiss();
      });
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      child.stdin.end();
      await server.close();
    },
  };
}

/**
 * A test file's browser: started (with `options`, as startBrowser) before its
 * first test and closed after its last. Its page, url and browser are the
 * started session's.
 */
export function browserSession(options) {
  let session;
  before(async () => {
    session = await startBrowser(options);
  });
  after(async () => {
    await session?.close();
  });
  return {
    page: (pageOptions) => session.page(pageOptions),
    url: (path) => session.url(path),
    get browser() {
      return session.browser;
    },
  };
}

/**
 * Loads a page with a widget and waits until it shows a scored document: a
 * ranking row (evaluate mode) or an estimate figure (bid mode).
 */
export async function openWidget(session, page, path) {
  await page.goto(session.url(path));
  const widget = page.locator('social-value-calculator');
  await widget.locator('tr[data-bid], dd[data-figure]').first().waitFor();
  return widget;
}

/** The focused element, looking through shadow roots: what a keyboard user is on. */
export function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return null;
    const style = getComputedStyle(active);
    const labels = active.labels ? [...active.labels].map((l) => l.textContent) : [];
    return {
      tag: active.tagName.toLowerCase(),
      text: active.textContent.trim().slice(0, 120),
      label: active.getAttribute('aria-label') ?? labels.join(' '),
      path: active.dataset?.path ?? null,
      inWidget: active.getRootNode() !== document,
      // A visible focus: an outline that is drawn. :focus-visible is what a keyboard user gets.
      visibleFocus: active.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      expanded: active.getAttribute('aria-expanded'),
      pressed: active.getAttribute('aria-pressed'),
    };
  });
}

/**
 * Presses Tab until the focused element satisfies `wanted`, checking on the
 * way that every control in the widget shows its focus. Fails after `limit`.
 */
export async function tabTo(page, wanted, { limit = 150, key = 'Tab' } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now?.inWidget) assert.ok(now.visibleFocus, `no visible focus on ${JSON.stringify(now)}`);
    if (now && wanted(now)) return now;
  }
  assert.fail(`pressed ${key} ${limit} times without reaching the wanted control`);
}

/** axe-core's WCAG 2.2 A and AA violations on the page as it is now, shadow roots included. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary) }));
  });
  return violations;
}

/** The text of a downloaded file. */
export async function downloadedText(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
