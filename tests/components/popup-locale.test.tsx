/**
 * The popup in a French browser: its words come from the French messages and amounts and days
 * are written the French way (a file of its own, since translated words are cached per page, as
 * a real page never changes its language).
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PopupApp } from '../../components/popup/popup-app';
import { startBackground } from '../../lib/background/start-background';
import { sendMessage } from '../../lib/messages';
import { openDatabase } from '../../lib/storage/database';
import { openPopupStore } from '../../lib/storage/popup-store';
import { asExtensionPage } from '../storage/extension-page';
import { useMessages } from '../storage/fake-i18n';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from '../storage/labelled-threads';

let background: ReturnType<typeof startBackground>;
let name: string;
beforeEach(async () => {
  useMessages('fr');
  name = freshDbName();
  background = startBackground({
    roleOf: asExtensionPage,
    openDb: () => openDatabase(name),
    analyze: labelAnalyzer,
    now: () => FIXTURE_NOW,
  });
  await background.ready;
});
afterEach(() => {
  cleanup();
  background.stop();
});

test('a silent thread’s row reads in French, with the amount as 1 547,00 €', async () => {
  const { thread } = byName('de-silent-two-reminders');
  await sendMessage('trackThread', { thread, link: '' });
  render(<PopupApp now={() => FIXTURE_NOW} store={openPopupStore(() => openDatabase(name))} />);
  await waitFor(() => expect(screen.queryAllByTestId('thread-row')).toHaveLength(1));
  const row = screen.getByTestId('thread-row');
  for (const words of [
    '1\u202f547,00\u00a0€',
    'Facture 2026-1187',
    'en retard de 53 jours',
    'prochaine\u00a0: relance ferme',
    'Mettre en pause',
    'Client et droit applicable',
  ])
    expect(row.textContent).toContain(words);
});
