/**
 * The import's threading does work in proportion to its input, on the shapes that once made it
 * slow with the square of it (bench/import-hostile-mail.ts; `npm run bench -- import-hostile`
 * times them). Counted, not timed: while the messages are threaded, every element an array
 * method or an iterator visits and every Set/Map operation counts one step. At 4x the input,
 * linear work takes about 4x the steps, work growing with its square about 16x.
 */
import { describe, expect, test } from 'vitest';
import { HOSTILE_OWNER, sharedSubject, wideCc } from '../../bench/import-hostile-mail';
import { splitMbox } from '../../lib/import/mbox-splitter';
import { parseMessage, type ParsedMessage } from '../../lib/import/parse-message';
import type { SpoolBuffer } from '../../lib/import/spool-buffer';
import { ThreadBuilder } from '../../lib/import/thread-builder';

async function parsed(text: string): Promise<ParsedMessage[]> {
  const bytes = new TextEncoder().encode(text);
  async function* once() {
    yield bytes;
  }
  const out: ParsedMessage[] = [];
  for await (const raw of splitMbox(once())) {
    const r = await parseMessage(raw);
    if (r.parsed) out.push(r.parsed);
  }
  return out;
}

type Proto = Record<PropertyKey, unknown>;

/** Steps taken by `run`: counted through the prototypes of Array, Set and Map. */
function steps(run: () => void): number {
  let n = 0;
  const saved: [Proto, PropertyKey, unknown][] = [];
  const wrap = (
    proto: Proto,
    name: PropertyKey,
    cost: (self: unknown, args: unknown[], result: unknown) => number,
  ) => {
    const original = proto[name] as (...a: unknown[]) => unknown;
    saved.push([proto, name, original]);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      n += cost(this, args, result);
      return result;
    };
  };
  const length = (self: unknown) => (self as unknown[]).length;
  const counted = (it: Iterator<unknown>): Iterator<unknown> => {
    const next = it.next.bind(it);
    return Object.assign(Object.create(it) as object, {
      next: () => (n++, next()),
      [Symbol.iterator]() {
        return this;
      },
    }) as Iterator<unknown>;
  };
  const A = Array.prototype as unknown as Proto;
  for (const name of [
    'includes',
    'indexOf',
    'lastIndexOf',
    'filter',
    'some',
    'every',
    'find',
    'findIndex',
    'map',
    'forEach',
    'reduce',
    'sort',
    'join',
  ])
    wrap(A, name, length);
  wrap(
    A,
    'concat',
    (self, args) =>
      length(self) + args.reduce<number>((k, a) => k + (Array.isArray(a) ? a.length : 1), 0),
  );
  wrap(A, 'slice', (_s, _a, result) => length(result));
  for (const name of [Symbol.iterator, 'values', 'keys', 'entries']) {
    for (const proto of [A, Set.prototype as unknown as Proto, Map.prototype as unknown as Proto]) {
      if (typeof proto[name] !== 'function') continue;
      const original = proto[name] as (this: unknown) => Iterator<unknown>;
      saved.push([proto, name, original]);
      proto[name] = function (this: unknown) {
        return counted(original.call(this));
      };
    }
  }
  for (const proto of [Set.prototype, Map.prototype] as unknown as Proto[]) {
    for (const name of ['has', 'get', 'add', 'set', 'delete'])
      if (typeof proto[name] === 'function') wrap(proto, name, () => 1);
  }
  try {
    run();
  } finally {
    for (const [proto, name, original] of saved.reverse()) proto[name] = original;
  }
  return n;
}

function threadingSteps(messages: ParsedMessage[]): number {
  const builder = new ThreadBuilder({ add: () => undefined } as unknown as SpoolBuffer);
  return steps(() => messages.forEach((m) => builder.add(m)));
}

/** Conversations, one message each, then one message naming every one of them. */
function namingAll(scale: number, conversations = 100): string {
  let out = '';
  const ids: string[] = [];
  for (let i = 0; i < conversations * scale; i++) {
    ids.push(`<c${i}@schmidt-design.de>`);
    out += `From x Thu Oct  1 09:00:00 2026\nMessage-ID: ${ids[i]}\nDate: 1 Oct 2026 09:00:00 +0200\nFrom: ${HOSTILE_OWNER}\nTo: k${i}@example.de\nSubject: Rechnung ${i}\n\nText\n\n`;
  }
  return (
    out +
    `From x Thu Oct  1 09:00:00 2026\nMessage-ID: <all@example.de>\nReferences: ${ids.join(' ')}\nDate: 2 Oct 2026 09:00:00 +0200\nFrom: k0@example.de\nTo: ${HOSTILE_OWNER}\nSubject: Re: alles\n\nText\n\n`
  );
}

describe('threading does linear work on hostile exports', () => {
  test.each([
    [
      'wide Cc: 20 messages in one conversation, each copying 100 x scale new addresses',
      (s: number) => wideCc(s, 20, 100),
    ],
    [
      'shared subject: 300 x scale conversations titled "Rechnung", one customer each',
      (s: number) => sharedSubject(s, 300),
    ],
    ['one message naming 100 x scale conversations, which it joins', (s: number) => namingAll(s)],
  ])('%s', async (_label, shape) => {
    const once = threadingSteps(await parsed(shape(1)));
    const fourTimes = threadingSteps(await parsed(shape(4)));
    // Generous: linear is about 4, the square about 16.
    expect(fourTimes / once).toBeLessThan(6);
  });
});
