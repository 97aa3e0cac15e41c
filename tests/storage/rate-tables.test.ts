import { beforeEach, describe, expect, test } from 'vitest';
import { defaultLateInterestTables, type LateInterestTables } from '../../lib/core/index';
import { exportBackup, importBackup } from '../../lib/storage/backup';
import { openDatabase, type UnghostDb } from '../../lib/storage/database';
import {
  checkRateTables,
  loadRateTables,
  RATE_TABLES_KEY,
  saveRateTables,
} from '../../lib/storage/rate-tables-store';
import { trackThread } from '../../lib/storage/thread-store';
import { byName, FIXTURE_NOW, freshDbName, labelAnalyzer } from './labelled-threads';

let db: UnghostDb;
beforeEach(async () => {
  db = await openDatabase(freshDbName());
});

/** The shipped tables with Germany's Basiszinssatz for 1 July 2026 added by the person. */
const withJuly2026 = (): LateInterestTables => {
  const tables = structuredClone(defaultLateInterestTables);
  tables.DE.reference.push({ from: '2026-07-01', percent: 1.5 });
  tables.DE.knownUntil = '2026-12-31';
  return tables;
};

describe('late-interest rate tables', () => {
  test('until the person edits them, the shipped tables apply', async () => {
    expect(await loadRateTables(db)).toEqual({ tables: defaultLateInterestTables, edited: false });
  });

  test('an added rate is saved, reaches the sidebar inside the settings trackThread returns, and a reset brings the shipped ones back', async () => {
    expect(await saveRateTables(db, withJuly2026())).toBeUndefined();
    expect(await loadRateTables(db)).toEqual({ tables: withJuly2026(), edited: true });
    const { thread } = byName('de-silent-two-reminders');
    const { state } = await trackThread(db, { thread, link: '' }, FIXTURE_NOW, labelAnalyzer);
    expect(state.settings.lateInterestTables?.DE.reference.at(-1)).toEqual({
      from: '2026-07-01',
      percent: 1.5,
    });
    await saveRateTables(db, null);
    expect((await loadRateTables(db)).edited).toBe(false);
  });

  test.each<[string, (t: LateInterestTables) => void, string]>([
    [
      'a step out of date order',
      (t) => t.DE.reference.push({ from: '2025-01-01', percent: 2 }),
      'options_rates_error_order',
    ],
    [
      'an impossible date',
      (t) => t.UK.reference.push({ from: '2026-13-01', percent: 2 }),
      'options_rates_error_date',
    ],
    [
      'a rate of 250 %',
      (t) => t.EU.reference.push({ from: '2026-07-01', percent: 250 }),
      'options_rates_error_percent',
    ],
    [
      '"known until" before the last step',
      (t) => (t.DE.knownUntil = '2025-12-31'),
      'options_rates_error_known_until',
    ],
    ['an empty table', (t) => (t.DE.reference = []), 'options_rates_error_empty'],
    [
      'a French consumer legal rate out of date order',
      (t) => t.FR!.consumer!.ownReference!.reference.push({ from: '2024-03-01', percent: 3 }),
      'options_rates_error_order',
    ],
    [
      'a Dutch legal rate of 99 %',
      (t) => t.NL!.consumer!.ownReference!.reference.push({ from: '2026-07-01', percent: 99 }),
      'options_rates_error_percent',
    ],
  ])('%s is refused and nothing is saved', async (_label, damage, key) => {
    const tables = structuredClone(defaultLateInterestTables);
    damage(tables);
    expect(checkRateTables(tables)).toBe(key);
    expect(await saveRateTables(db, tables)).toBe(key);
    expect((await loadRateTables(db)).edited).toBe(false);
  });

  test('a copy saved before the newer laws existed loads with the shipped tables for them', async () => {
    const { DE, UK, EU } = withJuly2026();
    await db.put('rateTables', { DE, UK, EU }, RATE_TABLES_KEY);
    const { tables, edited } = await loadRateTables(db);
    expect(edited).toBe(true);
    expect(tables.DE.knownUntil).toBe('2026-12-31');
    expect(tables.FR).toEqual(defaultLateInterestTables.FR);
    expect(tables.CH).toEqual(defaultLateInterestTables.CH);
  });

  test('edited tables travel with a backup', async () => {
    await saveRateTables(db, withJuly2026());
    const other = await openDatabase(freshDbName());
    await importBackup(other, JSON.stringify(await exportBackup(db, FIXTURE_NOW)));
    expect(await loadRateTables(other)).toEqual({ tables: withJuly2026(), edited: true });
  });
});
