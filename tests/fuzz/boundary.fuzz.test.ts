/**
 * The trust boundary, fuzzed: for each message type, generated payloads (valid ones and valid
 * ones bent the ways a hostile page bends them) from a Gmail content script and from an
 * extension page. Afterwards: no uncaught exception, no handler crash (every refusal is a clear
 * error), every stored record still valid, and the sidebar still renders every stored thread.
 *
 * `npm test` runs FUZZ_RUNS payloads per type and sender; `npm run fuzz` runs 10,000 and prints
 * the figures.
 */
import { cleanup, screen } from '@testing-library/react';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { analyzeThread, type MailThread } from '../../lib/core/index';
import type { SenderRole } from '../../lib/background/sender-permissions';
import { startBackground } from '../../lib/background/start-background';
import { sendMessage, type ProtocolMap } from '../../lib/messages';
import { backupSchema } from '../../lib/storage/backup-schema';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import { mailThread } from '../../lib/storage/record-schemas';
import { validateSettings } from '../../lib/storage/validate-settings';
import { fakeBridge, fakeClient, open, renderSidebar } from '../components/sidebar-harness';
import { useMessages } from '../storage/fake-i18n';
import { freshDbName } from '../storage/labelled-threads';
import { payload, random, validPayloads } from './payload-generator';

const RUNS = Number(process.env.UNGHOST_FUZZ_RUNS ?? 120);
const NOW = new Date('2026-11-20T10:00:00+01:00');
/** Refusals and handler errors a person or a page may meet: each says what went wrong. */
const CLEAR =
  /^(Not allowed\.|Refused "|This conversation is not tracked\.|\w+(\.\w+)*: .+|This (file|backup) .+|These tables .+|A sweep of this mail client is already under way\.|No sweep\.|Unghost cannot search this mail client yet\.)/;
const CRASH =
  /Cannot read propert|is not a function|is not iterable|undefined|null|Maximum call stack/;

let role: SenderRole = { kind: 'extension' };
let db: UnghostDb;
let background: ReturnType<typeof startBackground>;
const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);

beforeAll(async () => {
  // Each refusal is logged (without content); thousands of them are noise here.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  db = await openDatabase(freshDbName());
  process.on('unhandledRejection', onUncaught);
  process.on('uncaughtException', onUncaught);
});
// The test setup resets the fake browser before each test: the background (one database for
// the whole file) listens again each time.
beforeEach(async () => {
  useMessages('en');
  background = startBackground({
    openDb: async () => db,
    analyze: (t, o) => analyzeThread(t, o),
    now: () => NOW,
    roleOf: () => role,
  });
  await background.ready;
});
afterEach(() => background.stop());
afterAll(() => {
  process.off('unhandledRejection', onUncaught);
  process.off('uncaughtException', onUncaught);
});

const names = Object.keys(validPayloads) as (keyof ProtocolMap)[];
interface Figures {
  accepted: number;
  notAllowed: number;
  refused: number;
  otherClear: number;
  crashes: string[];
}
const figures: Record<string, Figures> = {};

describe(`${RUNS} generated payloads per message type and sender`, () => {
  test.each(names)(
    '%s',
    async (name) => {
      const r = random(20261204 + names.indexOf(name));
      const f: Figures = { accepted: 0, notAllowed: 0, refused: 0, otherClear: 0, crashes: [] };
      figures[name] = f;
      for (let i = 0; i < RUNS * 2; i++) {
        role = i % 2 ? { kind: 'content', client: 'gmail' } : { kind: 'extension' };
        const data = payload(r, name);
        try {
          await sendMessage(name, data as never);
          f.accepted++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (message === 'Not allowed.') f.notAllowed++;
          else if (message.startsWith('Refused "')) f.refused++;
          else if (CLEAR.test(message) && !CRASH.test(message)) {
            f.otherClear++;
            if (process.env.UNGHOST_FUZZ_REPORT && f.otherClear < 3)
              console.log(`  ${name}: ${message.slice(0, 100)}`);
          } else f.crashes.push(message.slice(0, 120));
        }
      }
      expect(f.crashes).toEqual([]);
      // 10,000 per sender take minutes on a busy machine: the time is not what is tested here.
    },
    Math.max(60_000, RUNS * 40),
  );
});

describe('after the fuzz', () => {
  test('no uncaught exception', () => {
    expect(uncaught).toEqual([]);
  });

  test('every stored record is valid: a backup of it passes the backup check, every thread the thread schema, the settings their validation', async () => {
    role = { kind: 'extension' };
    const backup = JSON.parse(JSON.stringify(await sendMessage('exportBackup', undefined)));
    expect(v.safeParse(backupSchema, backup).issues).toBeUndefined();
    const bad = (await db.getAll('contents')).filter((c) => !v.is(mailThread, c.thread));
    expect(bad).toEqual([]);
    expect(validateSettings(await sendMessage('getSettings', undefined)).ok).toBe(true);
    for (const m of await db.getAll('messages'))
      expect(typeof m.text === 'string' && m.text.length <= 100_000).toBe(true);
    if (process.env.UNGHOST_FUZZ_REPORT) {
      const total = Object.values(figures).reduce(
        (a, f) => a + f.accepted + f.notAllowed + f.refused + f.otherClear + f.crashes.length,
        0,
      );
      console.log(`fuzz: ${total} payloads, ${RUNS} per type and sender`);
      for (const [name, f] of Object.entries(figures))
        console.log(
          `  ${name.padEnd(18)} accepted ${f.accepted}, not allowed ${f.notAllowed}, refused as malformed ${f.refused}, other clear errors ${f.otherClear}, crashes ${f.crashes.length}`,
        );
      console.log(
        `  stored bad records: ${bad.length}; uncaught exceptions: ${uncaught.length}; stored threads: ${(await db.getAll('contents')).length}`,
      );
    }
  });

  test('the sidebar still renders every stored thread with the stored settings', async () => {
    role = { kind: 'extension' };
    const settings = await sendMessage('getSettings', undefined);
    const contents = await db.getAll('contents');
    for (const { thread } of contents.slice(0, 20)) {
      renderSidebar(fakeClient(open(thread as MailThread)).client, {
        now: NOW.toISOString(),
        bridge: fakeBridge({ settings }),
      });
      expect(screen.getByTestId('thread-status').dataset.status).toBeTruthy();
      cleanup();
    }
  });
});
