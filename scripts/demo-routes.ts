/**
 * Serves the project's own demo mailboxes at the real mail origins, so the content scripts
 * match exactly as they would on Gmail or Outlook: in a Playwright browser context (Chromium:
 * `npm start`, the end-to-end tests, the benches) and in a puppeteer tab (Firefox over WebDriver
 * BiDi: the Firefox tests), both answered from one table, `answerDemoRequest`. Nothing leaves
 * the machine: every request to any other origin is aborted and recorded.
 *
 * Layout: demo/<client>/index.html is the app shell for every page path; any other file in
 * demo/<client>/ is served when the request path ends in `/__demo/<file>`.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { WebmailClient } from '../lib/core/index';

export const DEMO_ROOT = resolve(import.meta.dirname, '..', 'demo');

/** Origins and their demo folder. */
export const DEMO_ORIGINS: Record<string, WebmailClient> = {
  'https://mail.google.com': 'gmail',
  'https://outlook.office.com': 'outlook',
  'https://outlook.office365.com': 'outlook',
  'https://outlook.live.com': 'outlook',
  'https://outlook.cloud.microsoft': 'outlook',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.mbox': 'application/mbox',
};

/** What answers a request: a demo file, not found, let through (the extension's own), or blocked. */
export type DemoAnswer =
  | { kind: 'file'; status: 200; body: Buffer; contentType: string }
  | { kind: 'missing'; status: 404; body: string }
  | { kind: 'pass' }
  | { kind: 'block' };

/**
 * The one table of what URL serves what, for every browser driver (Playwright's routes here,
 * the Firefox tests' request interception): the demo origins serve demo/<client>/, the
 * extension's own pages and in-memory resources pass, everything else is blocked.
 */
export async function answerDemoRequest(href: string): Promise<DemoAnswer> {
  const url = new URL(href);
  const client = DEMO_ORIGINS[url.origin];
  if (!client) {
    // The extension's own pages and the page's in-memory resources are not network requests.
    return ['data:', 'blob:', 'chrome-extension:', 'moz-extension:'].includes(url.protocol)
      ? { kind: 'pass' }
      : { kind: 'block' };
  }
  const asset = /\/__demo\/([\w.-]+)$/.exec(url.pathname)?.[1];
  const file = join(DEMO_ROOT, client, asset ?? 'index.html');
  try {
    const body = await readFile(file);
    return {
      kind: 'file',
      status: 200,
      body,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    };
  } catch {
    return { kind: 'missing', status: 404, body: 'not found' };
  }
}

export interface DemoServer {
  /** Requests to anything but the demo origins and the extension itself (should stay empty). */
  readonly blockedRequests: string[];
}

/** Routes the demo origins in `context` and blocks every other network request. */
export async function serveDemo(context: BrowserContext): Promise<DemoServer> {
  const blockedRequests: string[] = [];
  await context.route('**/*', async (route: Route) => {
    const href = route.request().url();
    const answer = await answerDemoRequest(href);
    if (answer.kind === 'pass') return route.continue();
    if (answer.kind === 'block') {
      blockedRequests.push(href);
      return route.abort('blockedbyclient');
    }
    if (answer.kind === 'missing') return route.fulfill({ status: 404, body: answer.body });
    return route.fulfill({ status: 200, body: answer.body, contentType: answer.contentType });
  });
  return { blockedRequests };
}

/**
 * The same for one puppeteer tab (request interception is per tab over WebDriver BiDi); pass
 * one `demo` to every tab to collect their blocked requests in one list.
 */
export async function serveDemoInTab(
  page: PuppeteerPage,
  demo: DemoServer = { blockedRequests: [] },
): Promise<DemoServer> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const href = request.url();
    void answerDemoRequest(href).then((answer) => {
      if (answer.kind === 'pass') return request.continue();
      if (answer.kind === 'block') {
        demo.blockedRequests.push(href);
        return request.abort('blockedbyclient');
      }
      if (answer.kind === 'missing')
        return request.respond({ status: 404, body: answer.body, contentType: 'text/plain' });
      return request.respond({ status: 200, body: answer.body, contentType: answer.contentType });
    });
  });
  return demo;
}
