/**
 * The mail page cannot switch Unghost off. WXT's content-script context stops an older copy of
 * a content script when a newer one announces itself with a DOM event on the document; a page
 * script can send the same event. Unghost announces nothing to the page and heeds the event
 * only when its own extension context is gone (an update or reload).
 */
import { expect, test } from './fixtures';
import { GMAIL_URL } from './gmail-demo';

const OUTLOOK_URL = 'https://outlook.office.com/mail/';

for (const [client, url] of [
  ['gmail', `${GMAIL_URL}#inbox/18f1a2b3c4d5e601`],
  ['outlook', OUTLOOK_URL],
] as const) {
  test(`a ${client} page script that forges "a newer Unghost started" leaves the sidebar in place`, async ({
    context,
    demo,
    errors,
    extensionId,
  }) => {
    const page = await context.newPage();
    const announced: unknown[] = [];
    await page.exposeFunction('__record', (data: unknown) => announced.push(data));
    await page.addInitScript(() => {
      window.addEventListener('message', (e) =>
        (window as unknown as { __record: (d: unknown) => void }).__record(e.data),
      );
    });
    await page.goto(url);
    if (client === 'outlook') await page.locator('[role=option][data-convid]').first().click();
    const status = page.locator('unghost-sidebar [data-testid=thread-status]');
    await expect(status).toBeVisible({ timeout: 20_000 });
    // Nothing about the content script was announced to the page.
    expect(JSON.stringify(announced)).not.toContain('content-script-started');

    await page.evaluate(
      ({ id, name }) => {
        const type = `${id}:${name}:wxt:content-script-started`;
        for (const detail of [
          { contentScriptName: name, messageId: 'forged' },
          { contentScriptName: `${name}.content`, messageId: 'forged' },
        ]) {
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.postMessage({ type, ...detail }, '*');
        }
      },
      { id: extensionId, name: client },
    );
    await page.waitForTimeout(300); // the forged event is handled at once; give the page a frame
    await expect(status).toBeVisible();
    await expect(page.locator('unghost-sidebar')).toHaveCount(1);
    expect(demo.blockedRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
}
