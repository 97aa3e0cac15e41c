/** Reads a fixture from tests/fixtures/import through the same splitter the extension uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitMbox, type RawMessage } from '../../lib/import/mbox-splitter';

export const fixtureDir = join(import.meta.dirname, '../fixtures/import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixtureDir, name)));
}

export async function fixtureMessages(name: string): Promise<RawMessage[]> {
  const bytes = fixtureBytes(name);
  async function* once() {
    yield bytes;
  }
  const out: RawMessage[] = [];
  for await (const m of splitMbox(once(), { mode: name.endsWith('.eml') ? 'single' : 'mbox' }))
    out.push(m);
  return out;
}

/** A File-like source over a fixture, as the options page gets from the picker. */
export function fixtureFile(
  name: string,
  chunkSize = 4096,
): { name: string; size: number; stream(): ReadableStream<Uint8Array> } {
  const bytes = fixtureBytes(name);
  return {
    name: name.split('/').pop()!,
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += chunkSize)
            controller.enqueue(bytes.slice(i, i + chunkSize));
          controller.close();
        },
      }),
  };
}
