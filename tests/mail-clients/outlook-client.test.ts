import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createOutlookClient } from '../../lib/mail-clients/outlook/outlook-client';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'outlook', 'office-en-2026-11-silent.html');
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

function loadFixture(): void {
  const parsed = new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  history.replaceState({}, '', '/mail/inbox/id/AAQkADU0ZTRmYzI1LWQ4%2FAQAJ1');
}

afterEach(() => document.body.replaceChildren());

describe('the Outlook client on a live page', () => {
  test('reads the open conversation with the owner name and aliases from the settings', () => {
    loadFixture();
    const client = createOutlookClient(document, { aliases: () => ['anna@schmidt.example'], ownerName: () => 'Anna Schmidt' });
    const open = client.readOpenThread()!;
    expect(open.thread.owner.emails).toEqual(['anna@schmidt-design.de', 'anna@schmidt.example']);
    expect(open.thread.messages.map((m) => m.from.email)).toEqual(['anna@schmidt-design.de', 'jane.doe@northwind-shop.com', 'anna@schmidt-design.de']);
  });

  test('docks the sidebar in the row that holds the reading region', () => {
    loadFixture();
    expect(createOutlookClient(document).sidebarAnchor()).toBe(document.querySelector('[role=main]')!.parentElement);
  });

  const changes: [string, () => void, number][] = [
    ['another conversation renders in the reading pane', () => document.querySelector('[data-app-section=ConversationContainer]')!.replaceChildren(), 1],
    ['a collapsed message is expanded (its body renders)', () => {
      const item = document.querySelector('[aria-expanded=false]')!;
      item.setAttribute('aria-expanded', 'true');
      const doc = document.createElement('div');
      doc.setAttribute('role', 'document');
      doc.append(Object.assign(document.createElement('div'), { id: 'UniqueMessageBody_9' }));
      item.append(doc);
    }, 1],
    ['back/forward navigation to another URL', () => { history.replaceState({}, '', '/mail/inbox'); window.dispatchEvent(new PopStateEvent('popstate')); }, 1],
    ['popstate to the same URL and conversation', () => window.dispatchEvent(new PopStateEvent('popstate')), 0],
    ['a burst of re-renders that change no message', () => { for (let i = 0; i < 20; i++) document.querySelector('.ZOM9m')!.append(document.createElement('div')); }, 0],
    ['another conversation selected in the list', () => {
      document.querySelector('[aria-selected=true]')!.setAttribute('aria-selected', 'false');
      document.querySelectorAll('[role=option]')[1]!.setAttribute('aria-selected', 'true');
      document.querySelector('.ZOM9m')!.append(document.createElement('div'));
    }, 1],
    ['the reply editor opens', () => {
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      document.querySelector('[role=main]')!.append(editor);
      return editor;
    }, 0],
    ['a mutation outside the reading region (message list)', () => document.querySelector('#MailList')!.append(document.createElement('div')), 0],
  ];
  test.each(changes)('%s notifies %d time(s), debounced', async (_label, change, calls) => {
    loadFixture();
    let count = 0;
    const controller = new AbortController();
    createOutlookClient(document).watchOpenThread(() => count++, { signal: controller.signal });
    change();
    await settle();
    expect(count).toBe(calls);
    controller.abort();
  });

  // The observer is disconnected from a burst's first mutation until its check: what changes
  // meanwhile is still seen by the check, and the observer is back for what comes after it.
  const noise = () => document.querySelector('.ZOM9m')!.append(document.createElement('div'));
  const otherConversation = () => document.querySelector('[data-app-section=ConversationContainer]')!.replaceChildren();
  const sequences: [string, number, (() => void)[]][] = [
    ['a conversation change while a burst waits for its check', 1, [() => { noise(); setTimeout(otherConversation, 40); }]],
    ['a conversation change after a burst that changed nothing', 1, [noise, otherConversation]],
    ['two bursts that change nothing', 0, [noise, noise]],
  ];
  test.each(sequences)('%s notifies %d time(s)', async (_label, calls, steps) => {
    loadFixture();
    let count = 0;
    const controller = new AbortController();
    createOutlookClient(document).watchOpenThread(() => count++, { signal: controller.signal });
    for (const step of steps) {
      step();
      await settle();
    }
    expect(count).toBe(calls);
    controller.abort();
  });

  test('typing inside an open reply editor does not re-read the conversation', async () => {
    loadFixture();
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.querySelector('[role=main]')!.append(editor);
    let count = 0;
    const controller = new AbortController();
    createOutlookClient(document).watchOpenThread(() => count++, { signal: controller.signal });
    editor.append('Hello');
    editor.append(document.createElement('div'));
    await settle();
    expect(count).toBe(0);
    controller.abort();
  });

  test('nothing is reported after the signal aborts', async () => {
    loadFixture();
    let count = 0;
    const controller = new AbortController();
    createOutlookClient(document).watchOpenThread(() => count++, { signal: controller.signal });
    controller.abort();
    document.querySelector('[data-app-section=ConversationContainer]')!.replaceChildren();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(count).toBe(0);
  });
});
