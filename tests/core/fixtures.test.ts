import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import type { MailThread } from '../../lib/core/mail-thread';
import type { Settings } from '../../lib/core/settings';

interface LabelledThread {
  description: string;
  now: string;
  settings?: Partial<Settings>;
  thread: MailThread;
  expect: Record<string, unknown>;
}

const dir = join(import.meta.dirname, '../fixtures/threads');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (file) =>
      [
        file.replace(/\.json$/, ''),
        JSON.parse(readFileSync(join(dir, file), 'utf8')) as LabelledThread,
      ] as const,
  );

describe('labelled threads analyse to their label (docs/rules.md §2-5)', () => {
  test('there are labelled threads to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(24);
  });

  test.each(fixtures)('%s', (_name, fixture) => {
    const analysis = analyzeThread(fixture.thread, {
      now: fixture.now,
      settings: fixture.settings,
    });
    for (const [field, value] of Object.entries(fixture.expect)) {
      expect({ field, value: analysis[field as keyof typeof analysis] }).toEqual({ field, value });
    }
  });
});
