/**
 * The import, start to end: each file is streamed chunk by chunk through the splitter and
 * postal-mime, one message at a time; conversations are handed out in batches as they form, so
 * they are stored and analysed while the rest of a large export is still being read.
 * Memory stays flat: messages go to the spool as they are read; only a compact state per
 * conversation and a hashed id index stay in memory (about 0.2 KB per message, no text).
 */
import { HandOutSchedule } from './hand-out-schedule';
import { handOutThreads, type OnThreads } from './hand-out-threads';
import type { ImportProblem } from './import-problem';
import { isOwnerThread, type Owner } from './imported-thread';
import type { MessageSpool } from './message-spool';
import type { RawMessage } from './mbox-splitter';
import { openMailboxFile, type MailboxFile } from './open-mailbox-file';
import { parseMessage } from './parse-message';
import type { PendingThreads } from './pending-threads';
import { SenderTally, type OwnerCandidate } from './sender-tally';
import { SpoolBuffer, type SpoolBufferLimits } from './spool-buffer';
import { ThreadBuilder } from './thread-builder';
import type { ThreadState } from './thread-state';

export type { MailboxFile } from './open-mailbox-file';
export type { ImportBatch } from './hand-out-threads';
export { assignOwner, discardPending, type PendingThreads } from './pending-threads';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  messages: number;
  file: string;
}

export interface ImportOptions {
  /** The owner from the settings. Without addresses, nothing is handed out until confirmed. */
  owner: Owner;
  /**
   * Where messages wait for their conversation to be handed out. The import clears it when
   * done, unless it returns `pending`, which then owns it (assignOwner / discardPending).
   */
  spool: MessageSpool;
  /** The write buffer in front of the spool (tests make it tiny). */
  spoolBuffer?: SpoolBufferLimits;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Awaited: a slow store slows the reading down instead of piling batches up. */
  onThreads?: OnThreads;
  /** Messages read between two batches. */
  batchEvery?: number;
}

export interface ImportReport {
  files: number;
  messages: number;
  duplicates: number;
  /** Unsent drafts, left out: a draft reminder was never sent to the customer. */
  drafts: number;
  /**
   * Bulk mail (List-Id, List-Unsubscribe, Precedence: bulk/list) that named no conversation
   * read so far: left out, as a newsletter alone is no invoice and no customer's reply.
   */
  bulk: number;
  /** Conversations handed out (those with a message of the owner). */
  threads: number;
  problems: ImportProblem[];
  /** Most frequent senders: the owner proposal when the settings hold no address. */
  ownerCandidates: OwnerCandidate[];
  cancelled: boolean;
  /** With no owner known: every conversation, to hand out via `assignOwner` once confirmed. */
  pending?: PendingThreads;
}

const PROGRESS_EVERY_MS = 100;
/** A slow export still shows results early: a batch at least this often. */
const FLUSH_EVERY_MS = 1000;

export async function importMailbox(
  files: MailboxFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  const { owner, signal, onProgress, onThreads } = options;
  const ownerKnown = owner.emails.length > 0;
  const mine = new Set(owner.emails.map((e) => e.toLowerCase()));
  let ownerMessages = 0;
  const spool = new SpoolBuffer(options.spool, options.spoolBuffer);
  const builder = new ThreadBuilder(spool);
  const tally = new SenderTally();
  const report: ImportReport = {
    files: files.length,
    messages: 0,
    duplicates: 0,
    drafts: 0,
    bulk: 0,
    threads: 0,
    problems: [],
    ownerCandidates: [],
    cancelled: false,
  };
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const schedule = new HandOutSchedule();
  const wanted = (t: ThreadState) => ownerKnown && builder.isLive(t) && isOwnerThread(t, owner);
  let bytesBefore = 0;
  let lastProgress = 0;
  let sinceBatch = 0;

  let lastFlush = Date.now();
  const flush = async (final = false) => {
    sinceBatch = 0;
    lastFlush = Date.now();
    const { ready, replacedIds } = schedule.take(wanted, final);
    await handOutThreads(ready, spool, owner, onThreads, replacedIds);
  };

  /** One message of the file: parsed, threaded, spooled; a batch handed out when due. */
  const take = async (raw: RawMessage, fileName: string) => {
    const result = await parseMessage(raw);
    if (!result.parsed) {
      report.problems.push({
        file: fileName,
        message: raw.index,
        reason: result.skipped,
        outcome: 'skipped',
        ...(result.subject ? { subject: result.subject } : {}),
      });
      return;
    }
    const { parsed, partial } = result;
    if (parsed.isDraft) {
      report.drafts++;
      return;
    }
    if (partial)
      report.problems.push({
        file: fileName,
        message: raw.index,
        reason: partial,
        outcome: 'partial',
        ...(parsed.message.subject ? { subject: parsed.message.subject } : {}),
      });
    const added = builder.add(parsed);
    if (added.kind === 'duplicate') report.duplicates++;
    if (added.kind === 'ignored') report.bulk++;
    if (added.kind !== 'added') return;
    report.messages++;
    tally.add(parsed.message.from, parsed.isBulk);
    if (mine.has(parsed.message.from.email)) ownerMessages++;
    schedule.changed(added.thread, added.absorbed);
    sinceBatch++;
    if (spool.full) await spool.write();
    if (sinceBatch >= (options.batchEvery ?? 200) || Date.now() - lastFlush >= FLUSH_EVERY_MS)
      await flush();
  };

  // The spool is cleared however the import ends, unless `pending` takes it over.
  let keepSpool = false;
  try {
    try {
      for (const file of files) {
        let bytesRead = 0;
        const progress = (force: boolean) => {
          const now = Date.now();
          if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
          lastProgress = now;
          onProgress?.({
            bytesRead: bytesBefore + bytesRead,
            totalBytes,
            messages: report.messages,
            file: file.name,
          });
        };
        const opened = await openMailboxFile(file, signal, (bytes, force) => {
          bytesRead += bytes;
          progress(force);
        });
        if ('skipped' in opened)
          report.problems.push({ file: file.name, reason: opened.skipped, outcome: 'skipped' });
        if (!('messages' in opened)) {
          bytesBefore += file.size;
          continue;
        }
        const messagesBefore = report.messages;
        let handling = false;
        try {
          for await (const raw of opened.messages) {
            handling = true;
            await take(raw, file.name);
            handling = false;
          }
        } catch (error) {
          // Only reading the file fails softly: a spool or store that fails stops the import.
          if (signal?.aborted || handling) throw error;
          const outcome = report.messages > messagesBefore ? 'partial' : 'skipped';
          report.problems.push({ file: file.name, reason: 'read-error', outcome });
        }
        progress(true);
        bytesBefore += file.size;
      }
      await flush(true);
    } catch (error) {
      if (!signal?.aborted) throw error;
      report.cancelled = true;
      // What was read before the cancel is kept, as the page promises.
      await flush(true);
    }
    report.ownerCandidates = tally.candidates();
    report.threads = schedule.count;
    // No owner known, or an export with not one message from the known addresses (another
    // account's export): ask who the owner is rather than import nothing.
    if (!ownerKnown || (ownerMessages === 0 && report.messages > 0)) {
      report.pending = { threads: [...builder.threads()], spool };
      keepSpool = true;
    }
    return report;
  } finally {
    if (!keepSpool) await spool.clear();
  }
}
