/**
 * Collapsed-view parity, held: with the clients' default views and nothing remembered, the
 * sidebar's status and stage agree with the whole thread's on at least 95% of the labelled
 * fixture threads in each demo client; once a conversation was seen expanded, on all of them.
 */
import { describe, expect, test } from 'vitest';
import {
  labelledThreads,
  parityFigures,
  parityRow,
  type Client,
  type ParityRow,
} from './collapsed-parity';

const threads = labelledThreads();

describe.each<Client>(['gmail', 'outlook'])('%s demo, default collapsed view', (client) => {
  const rows: ParityRow[] = [];

  test.each(threads)('$name reads in the demo', async (l) => {
    const row = await parityRow(l, client);
    rows.push(row);
    // Never "No invoice" from a partial reading: an invoice read cold as not_invoice is unseen.
    if (row.full.status !== 'not_invoice' && row.cold.status === 'not_invoice')
      expect(row.coldUnseen).toBeGreaterThan(0);
    // After one expanded visit, the reading is whole and the same as the thread's.
    expect(row.seenUnseen).toBe(0);
    expect({ status: row.seen.status, stage: row.seen.stage }).toEqual({
      status: row.full.status,
      stage: row.full.stage,
    });
  });

  test('at least 95% agree on status and on stage with nothing remembered', () => {
    expect(rows).toHaveLength(threads.length);
    const figures = parityFigures(rows);
    expect(figures.cold.status, figures.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(figures.cold.stage, figures.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(figures.seen).toMatchObject({ status: 1, stage: 1 });
  });
});
