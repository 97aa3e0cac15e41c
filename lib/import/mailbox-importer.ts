/**
 * What the import page needs of an import, wherever it runs: in a worker (the extension) or in
 * the page itself (the unit tests' DOM, which has no Worker). A report that waits for the owner carries a handle to
 * hand its conversations out, or drop them, once the person has answered.
 */
import {
  assignOwner,
  discardPending,
  importMailbox,
  type ImportBatch,
  type ImportOptions,
  type ImportReport,
  type MailboxFile,
} from './import-mailbox';
import type { OnThreads } from './hand-out-threads';
import type { Owner } from './imported-thread';
import type { MessageSpool } from './message-spool';
import type { ImportedThreadOutcome } from './store-imported-threads';

export interface PendingHandle {
  /** Hands out the owner's conversations (awaiting each batch); returns how many. */
  assign(owner: Owner, onThreads: OnThreads): Promise<number>;
  /** Drops them; nothing is stored. */
  discard(): Promise<void>;
}

export type ImporterReport = Omit<ImportReport, 'pending'> & { pending?: PendingHandle };

export type RunOptions = Pick<ImportOptions, 'owner' | 'signal' | 'onProgress' | 'onThreads'>;

export interface MailboxImporter {
  run(files: MailboxFile[], options: RunOptions): Promise<ImporterReport>;
}

/** The import in this page, its messages spooled where `openSpool` says. */
export function inPageImporter(openSpool: () => Promise<MessageSpool>): MailboxImporter {
  return {
    async run(files, options) {
      const { pending, ...report } = await importMailbox(files, {
        ...options,
        spool: await openSpool(),
      });
      if (!pending) return report;
      return {
        ...report,
        pending: {
          assign: (owner, onThreads) => assignOwner(pending, owner, onThreads),
          discard: () => discardPending(pending),
        },
      };
    },
  };
}

/** What the import page needs: the owner in the settings, where batches are stored, the importer. */
export interface ImportDeps {
  /** The owner from the settings (name, and the addresses that are theirs). */
  loadOwner(): Promise<Owner>;
  /** Remembers the confirmed address in the settings. */
  saveOwner(owner: Owner): Promise<void>;
  storeBatch(batch: ImportBatch): Promise<ImportedThreadOutcome[]>;
  /** Runs the import: in a worker in the extension, in the page in tests. */
  importer: MailboxImporter;
}
