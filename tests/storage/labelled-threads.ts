/**
 * The labelled fixture threads, and an analyser that answers with their labels. Storage tests
 * check what the store does with an analysis, not the analysis itself (tests/core does that),
 * so they use the labels, shifted by the days between the fixture's `now` and the test's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailThread, ThreadAnalysis } from '../../lib/core/index';
import type { Analyzer } from '../../lib/storage/thread-store';

export interface LabelledThread {
  name: string;
  now: string;
  thread: MailThread;
  expect: Partial<ThreadAnalysis> & { status: ThreadAnalysis['status'] };
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'threads');
export const labelled: LabelledThread[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    name: f.replace('.json', ''),
    ...JSON.parse(readFileSync(join(dir, f), 'utf8')),
  }));

export const byName = (name: string): LabelledThread => {
  const found = labelled.find((l) => l.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return structuredClone(found);
};

export const FIXTURE_NOW = new Date('2026-11-20T10:00:00+01:00');
const DAY = 86_400_000;

export const labelAnalyzer: Analyzer = (thread, { now }) => {
  const l = labelled.find((x) => x.thread.id === thread.id);
  if (!l) return { status: 'not_invoice', ghostScore: 0, reasons: [] };
  const shift = Math.floor((now.getTime() - new Date(l.now).getTime()) / DAY);
  const e = l.expect;
  const daysOverdue = e.daysOverdue === undefined ? undefined : e.daysOverdue + shift;
  const silent = e.status === 'silent';
  const ghostScore = silent ? Math.min(100, 1 + (daysOverdue ?? 0)) : 0;
  return {
    ...e,
    daysOverdue,
    ghostScore,
    reasons: silent ? [{ code: 'days_overdue', value: daysOverdue ?? 0, points: ghostScore }] : [],
    invoiceMessageIndex: 0,
  };
};

let dbCount = 0;
/** A fresh database name per test: fake-indexeddb keeps databases for the whole file. */
export const freshDbName = () => `unghost-test-${++dbCount}-${Math.random().toString(36).slice(2)}`;
