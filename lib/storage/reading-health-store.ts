/**
 * Reads and writes of reading health (what it is: reading-health.ts, which the database schema
 * names).
 */
import { WEBMAIL_CLIENTS } from '../core/index';
import type { UnghostDb } from './database';
import { emptyHealth, RECENT, type ClientHealth, type ReadingReport } from './reading-health';

/** Adds one reading to its client's health, in one transaction. */
export async function recordReading(
  db: UnghostDb,
  report: ReadingReport,
  now: Date,
): Promise<void> {
  const tx = db.transaction('health', 'readwrite');
  const health = (await tx.store.get(report.client)) ?? emptyHealth(report.client);
  const at = now.toISOString();
  health.recent = [...health.recent, { at, result: report.result }].slice(-RECENT);
  for (const [name, alternative] of Object.entries(report.found)) {
    health.found[name] = { alternative, at };
  }
  for (const name of report.missing) health.missing[name] = at;
  await tx.store.put(health);
  await tx.done;
}

/** Every client's health, those never seen included (empty). */
export async function loadHealth(db: UnghostDb): Promise<ClientHealth[]> {
  const stored = await db.getAll('health');
  return WEBMAIL_CLIENTS.map(
    (client) => stored.find((h) => h.client === client) ?? emptyHealth(client),
  );
}
