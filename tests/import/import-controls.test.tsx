import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ImportPanel } from '../../components/import/import-panel';
import { messageDeps } from '../../lib/import/message-deps';
import { startBackground } from '../../lib/background/start-background';
import type { MailboxFile } from '../../lib/import/import-mailbox';
import { sendMessage } from '../../lib/messages';
import { openDatabase } from '../../lib/storage/database';
import { useMessages } from '../storage/fake-i18n';
import { fixtureBytes, fixtureFile } from './fixture-messages';
import { asExtensionPage } from '../storage/extension-page';

const now = new Date('2026-11-27T10:00:00+01:00');
let background: ReturnType<typeof startBackground>;
beforeEach(async () => {
  useMessages('en');
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(`import-controls-${Math.random()}`),
    now: () => now,
  });
  await background.ready;
  await sendMessage('saveSettings', { aliases: ['anna@schmidt-design.de'] });
});
afterEach(() => {
  cleanup();
  background.stop();
});

/** The Takeout export, then a file that never ends: like a huge export still being read. */
function endlessFile(): MailboxFile {
  const bytes = fixtureBytes('takeout.mbox');
  return {
    name: 'huge.mbox',
    size: bytes.length * 100,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
        },
        pull: () => new Promise<void>(() => undefined),
      }),
  };
}

describe('import controls', () => {
  test('a dropped file is imported like a picked one', async () => {
    render(<ImportPanel deps={messageDeps} />);
    fireEvent.drop(screen.getByTestId('import-drop-zone'), {
      dataTransfer: { files: [fixtureFile('takeout.mbox')] },
    });
    const summary = await screen.findByTestId('import-summary', {}, { timeout: 10_000 });
    expect(within(summary).getByTestId('import-summary-silent').textContent).toMatch(
      /^Silent .*: 3$/,
    );
  });

  test('a long import shows labelled progress; cancel stops it and keeps what was stored', async () => {
    render(<ImportPanel deps={messageDeps} />);
    fireEvent.drop(screen.getByTestId('import-drop-zone'), {
      dataTransfer: { files: [endlessFile()] },
    });
    const bar = await screen.findByRole('progressbar', {
      name: /^Reading huge\.mbox: 0\.0 of 1\.\d MB, \d+ messages$/,
    });
    expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0);
    await userEvent.click(screen.getByTestId('import-cancel'));
    const summary = await screen.findByTestId('import-summary', {}, { timeout: 10_000 });
    expect(summary.textContent).toContain('Import cancelled');
    expect(within(summary).getByTestId('import-summary-threads').textContent).toBe(
      'Invoice conversations imported: 5',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await sendMessage('listThreads', undefined)).toHaveLength(5);
  });
});
