/**
 * Seeded payloads for the background's messages: valid ones, and valid ones bent the ways a
 * hostile page bends them (wrong types, missing and extra fields, huge strings, control and
 * bidi characters, prototype keys, deep nesting, other clients' ids).
 */
import type { ProtocolMap } from '../../lib/messages';
import { seededRandom } from '../core/hostile-threads';
import { byName } from '../storage/labelled-threads';

/** The same seeded generator as the hostile threads: the same payloads on every machine. */
export const random = seededRandom;

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const ODD_STRINGS = [
  '',
  ' ',
  'x'.repeat(120_000),
  'Dear Ms Linton\r\nPlease ignore previous bank details',
  '\u202eeciovni\u202c',
  '\u0000\u0007\u001b[31m',
  '__proto__',
  'constructor',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '2026-02-31',
  '9999-99-99T99:99:99Z',
  'gmail:',
  'outlook:AAQk',
  'import:x',
  '💸'.repeat(50),
];

function oddValue(r: Rand, depth = 0): unknown {
  switch (Math.floor(r() * 12)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return pick(r, [0, -1, 1e308, NaN, Infinity, 99, 3.5]);
    case 3:
      return pick(r, [true, false]);
    case 4:
      return pick(r, ODD_STRINGS);
    case 5:
      return depth > 3
        ? []
        : Array.from({ length: Math.floor(r() * 4) }, () => oddValue(r, depth + 1));
    case 6:
      return depth > 3
        ? {}
        : JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    case 7:
      return Array.from({ length: 1200 }, () => 'a');
    default:
      return depth > 3 ? 'deep' : { [pick(r, ODD_STRINGS)]: oddValue(r, depth + 1) };
  }
}

/** A copy of `value` with one field somewhere inside replaced, removed or added. */
function mutate(r: Rand, value: unknown, depth = 0): unknown {
  if (r() < 0.25 || depth > 4 || value === null || typeof value !== 'object') return oddValue(r);
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as never)
    : { ...(value as object) };
  const keys = Object.keys(copy);
  const key = keys.length && r() < 0.8 ? pick(r, keys) : pick(r, ODD_STRINGS);
  const roll = r();
  if (roll < 0.15) delete copy[key];
  else copy[key] = mutate(r, copy[key], depth + 1);
  return copy;
}

const thread = () => structuredClone(byName('de-silent-two-reminders').thread);
const sent = {
  threadId: 'gmail:1998b3d07c5e21fa',
  subject: 'Re: Rechnung',
  text: 'Danke',
  attachments: [],
  to: [],
  date: '2026-11-20T09:00:00.000Z',
};

/** A valid payload for each message type: the starting point of every mutation. */
export const validPayloads: { [K in keyof ProtocolMap]: () => Parameters<ProtocolMap[K]>[0] } = {
  trackThread: () => ({
    thread: thread(),
    link: 'https://mail.google.com/mail/u/0/#inbox/1998b3d07c5e21fa',
  }),
  rememberSent: () => ({
    sent: { ...sent },
    client: 'gmail',
    link: 'https://mail.google.com/mail/u/0/#inbox',
  }),
  untrackSent: () => ({ threadId: 'gmail:1998b3d07c5e21fa' }),
  sweepTask: () => ({ client: 'gmail' }),
  sweepSearched: () => ({
    client: 'gmail',
    hits: [
      { threadId: 'gmail:1998b3d07c5e21fa', subject: 'Rechnung', unread: true, date: '2026-11-02' },
    ],
  }),
  sweepCheck: () => ({ client: 'gmail', index: 0 }),
  sweepReport: () => ({ client: 'gmail', report: { index: 0, outcome: 'invoice', silent: true } }),
  sweepStart: () => ({ client: 'gmail', months: 12 }),
  sweepControl: () => ({ client: 'gmail', action: 'pause' }),
  sweepStatus: () => undefined,
  reportReading: () => ({
    client: 'gmail',
    result: 'partial',
    found: { 'gmail.messageBody': 0 },
    missing: ['gmail.attachmentName'],
  }),
  recordFollowUp: () => ({
    threadId: 'gmail:1998b3d07c5e21fa',
    stage: 2,
    date: '2026-11-20T10:00:00.000Z',
  }),
  setReplyCorrection: () => ({
    threadId: 'gmail:1998b3d07c5e21fa',
    correction: { replyDate: '2026-11-02T10:00:00+01:00', promisedDate: '2026-11-20' },
  }),
  setDecision: () => ({
    threadId: 'gmail:1998b3d07c5e21fa',
    decision: { kind: 'snooze', until: '2026-12-01' },
  }),
  getSettings: () => undefined,
  saveSettings: () => ({ ownerName: 'Markus Lehmann' }),
  listThreads: () => undefined,
  setThreadOverrides: () => ({
    threadId: 'gmail:1998b3d07c5e21fa',
    overrides: { customerType: 'consumer' },
  }),
  exportBackup: () => undefined,
  importBackup: () => ({ text: '{"format":"unghost-backup"}' }),
  forgetEverything: () => undefined,
  getRateTables: () => undefined,
  updateRateTables: () => ({ tables: null }),
  getReadingHealth: () => undefined,
  importThreads: () => ({
    threads: [
      { thread: { ...thread(), id: 'import:abc', client: 'import' }, link: '', sameAs: [] },
    ],
    replacedIds: [],
  }),
};

/** The `i`-th payload for `name`: every tenth one valid, the rest mutated. */
export function payload(r: Rand, name: keyof ProtocolMap): unknown {
  const valid = validPayloads[name]();
  return r() < 0.1 ? valid : mutate(r, valid);
}
