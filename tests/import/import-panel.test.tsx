import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ImportPanel } from '../../components/import/import-panel';
import { messageDeps } from '../../lib/import/message-deps';
import { startBackground } from '../../lib/background/start-background';
import { sendMessage } from '../../lib/messages';
import { openDatabase } from '../../lib/storage/database';
import { useMessages } from '../storage/fake-i18n';
import { fixtureBytes } from './fixture-messages';
import { asExtensionPage } from '../storage/extension-page';

const now = new Date('2026-11-27T10:00:00+01:00');
let background: ReturnType<typeof startBackground>;
let dbCount = 0;

beforeEach(async () => {
  useMessages('en');
  const name = `import-panel-${++dbCount}-${Math.random()}`;
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(name),
    now: () => now,
  });
  await background.ready;
});
afterEach(() => {
  cleanup();
  background.stop();
});

// Node's File streams (happy-dom's does not): the same Blob API the browser's picker gives.
const file = (name: string) =>
  new NodeFile([fixtureBytes(name)], name.split('/').pop()!) as unknown as File;

async function importFiles(names: string[]) {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  // The picker's "All files" choice, like a drop, lets any file through the accept filter.
  await userEvent.setup({ applyAccept: false }).upload(input, names.map(file));
}
const summary = () => screen.findByTestId('import-summary', {}, { timeout: 10_000 });

describe('the import page', () => {
  test('with the owner in the settings, an export becomes ranked conversations and a summary', async () => {
    await sendMessage('saveSettings', { aliases: ['anna@schmidt-design.de'] });
    render(<ImportPanel deps={messageDeps} />);
    await importFiles(['takeout.mbox']);
    const box = await summary();
    expect(within(box).getByTestId('import-summary-threads').textContent).toBe(
      'Invoice conversations imported: 5',
    );
    expect(within(box).getByTestId('import-summary-silent').textContent).toMatch(/^Silent .*: 3$/);
    const listed = await sendMessage('listThreads', undefined);
    expect(
      listed
        .filter((t) => t.view.status === 'silent')
        .map((t) => t.subject)
        .sort(),
    ).toEqual(['Invoice INV-2026-007', 'Invoice INV-2026-033', 'Rechnung RE-2026-041']);
    expect(listed.every((t) => t.client === 'import')).toBe(true);
  });

  test('importing the same export twice creates no duplicates', async () => {
    await sendMessage('saveSettings', { aliases: ['anna@schmidt-design.de'] });
    render(<ImportPanel deps={messageDeps} />);
    await importFiles(['takeout.mbox']);
    await summary();
    const first = (await sendMessage('listThreads', undefined)).map((t) => t.id).sort();
    cleanup();
    render(<ImportPanel deps={messageDeps} />);
    await importFiles(['takeout.mbox']);
    await summary();
    expect((await sendMessage('listThreads', undefined)).map((t) => t.id).sort()).toEqual(first);
  });

  test('with no address in the settings, the most frequent sender is proposed; confirming stores and remembers it', async () => {
    render(<ImportPanel deps={messageDeps} />);
    await importFiles(['takeout.mbox']);
    const form = await screen.findByTestId('import-owner', {}, { timeout: 10_000 });
    const first = within(form).getAllByRole('radio')[0] as HTMLInputElement;
    expect(first.checked).toBe(true);
    expect(form.textContent).toContain('Anna Schmidt <anna@schmidt-design.de> (sent: 9)');
    expect(await sendMessage('listThreads', undefined)).toEqual([]);
    await userEvent.click(within(form).getByTestId('import-owner-confirm'));
    expect(within(await summary()).getByTestId('import-summary-silent').textContent).toMatch(
      /^Silent .*: 3$/,
    );
    expect((await sendMessage('getSettings', undefined)).aliases).toEqual([
      'anna@schmidt-design.de',
    ]);
  });

  test('an export with no message from the saved addresses asks who the owner is, and adds the address', async () => {
    await sendMessage('saveSettings', { aliases: ['anna@old-agency.example'] });
    render(<ImportPanel deps={messageDeps} />);
    await importFiles(['takeout.mbox']);
    const form = await screen.findByTestId('import-owner', {}, { timeout: 10_000 });
    expect(form.textContent).toContain(
      'None of these messages comes from the addresses in your settings',
    );
    await userEvent.click(within(form).getByTestId('import-owner-confirm'));
    expect(within(await summary()).getByTestId('import-summary-silent').textContent).toMatch(
      /^Silent .*: 3$/,
    );
    expect((await sendMessage('getSettings', undefined)).aliases).toEqual([
      'anna@old-agency.example',
      'anna@schmidt-design.de',
    ]);
  });

  test('bad files are named with the reason; the readable mail is still imported and what was stored stays', async () => {
    await sendMessage('saveSettings', { aliases: ['anna@schmidt-design.de'] });
    render(<ImportPanel deps={messageDeps} />);
    await importFiles(['eml/invoice-kite.eml']);
    await summary();
    cleanup();
    render(<ImportPanel deps={messageDeps} />);
    await importFiles(['bad/picture.png', 'bad/contacts.csv', 'bad/truncated.mbox']);
    const problems = within(await summary()).getByTestId('import-problems');
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'picture.png was skipped: it is a binary file (a picture, archive or document), not mail',
      'contacts.csv was skipped: it is neither an mbox nor an email (.eml) file',
      'truncated.mbox, message 2 “a note without a sender” was skipped: it has no sender (From)',
      'truncated.mbox, message 3 “Invoice INV-2026-081” was imported incompletely: the file ends in the middle of it',
    ]);
    const subjects = (await sendMessage('listThreads', undefined)).map((t) => t.subject).sort();
    expect(subjects).toEqual([
      'Invoice INV-2026-072',
      'Invoice INV-2026-080',
      'Invoice INV-2026-081',
    ]);
  });
});
