/**
 * The import as the page sees it: idle -> reading (progress, cancel) -> [owner confirmation]
 * -> done (summary). The importer reads (in a worker) and spools the messages; batches are
 * stored as they come and only the stored ones' outcomes stay here: the page's memory grows
 * with the invoices found, not with the export.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportBatch, ImportProgress, MailboxFile } from '../../lib/import/import-mailbox';
import type { Owner } from '../../lib/import/imported-thread';
import type { ImportDeps, ImporterReport, PendingHandle } from '../../lib/import/mailbox-importer';
import type { ImportedThreadOutcome } from '../../lib/import/store-imported-threads';

export interface ImportTally {
  stored: number;
  silent: number;
  failed: number;
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; progress?: ImportProgress }
  | { phase: 'confirm-owner'; report: ImporterReport; mismatch: boolean }
  | { phase: 'storing' }
  | { phase: 'done'; report: ImporterReport; tally: ImportTally }
  | { phase: 'failed' };

function tallyOf(outcomes: Map<string, ImportedThreadOutcome['status']>): ImportTally {
  const all = [...outcomes.values()];
  return {
    stored: all.filter((s) => s && s !== 'error').length,
    silent: all.filter((s) => s === 'silent').length,
    failed: all.filter((s) => s === 'error').length,
  };
}

export function useMailboxImport(deps: ImportDeps) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  const outcomes = useRef(new Map<string, ImportedThreadOutcome['status']>());
  const known = useRef<Owner>({ emails: [] });
  const waiting = useRef<PendingHandle | undefined>(undefined);

  const store = useCallback(
    async (batch: ImportBatch) => {
      batch.replacedIds.forEach((id) => outcomes.current.delete(id));
      // Only what was stored (or failed) counts: the many conversations that are no invoice
      // thread are not kept here, so the page's memory grows with the invoices alone.
      for (const o of await deps.storeBatch(batch)) {
        if (o.status) outcomes.current.set(o.id, o.status);
        else outcomes.current.delete(o.id);
      }
    },
    [deps],
  );
  const tally = () => tallyOf(outcomes.current);

  const start = useCallback(
    async (files: MailboxFile[]) => {
      if (files.length === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      outcomes.current = new Map();
      setState({ phase: 'reading' });
      try {
        const owner = await deps.loadOwner();
        known.current = owner;
        const report = await deps.importer.run(files, {
          owner,
          signal: controller.signal,
          onProgress: (progress) => setState({ phase: 'reading', progress }),
          onThreads: store,
        });
        if (report.pending && report.ownerCandidates.length > 0) {
          waiting.current = report.pending;
          setState({ phase: 'confirm-owner', report, mismatch: owner.emails.length > 0 });
        } else {
          // Nobody to propose (an export of machines' mail only): nothing of it is stored.
          if (report.pending) await report.pending.discard();
          setState({ phase: 'done', report: { ...report, pending: undefined }, tally: tally() });
        }
      } catch {
        setState({ phase: 'failed' });
      }
    },
    [deps, store],
  );

  const confirmOwner = useCallback(
    async (report: ImporterReport, owner: Owner) => {
      setState({ phase: 'storing' });
      try {
        await deps.saveOwner(owner);
        // The saved addresses stay the owner's too: the settings now hold all of them.
        const all = {
          ...known.current,
          ...owner,
          emails: [...new Set([...known.current.emails, ...owner.emails])],
        };
        waiting.current = undefined;
        const threads = report.pending ? await report.pending.assign(all, store) : 0;
        setState({
          phase: 'done',
          report: { ...report, pending: undefined, threads },
          tally: tally(),
        });
      } catch {
        void waiting.current?.discard().catch(() => undefined);
        waiting.current = undefined;
        setState({ phase: 'failed' });
      }
    },
    [deps, store],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => {
    // Turned down at the owner question: its spooled messages are not kept.
    void waiting.current?.discard().catch(() => undefined);
    waiting.current = undefined;
    setState({ phase: 'idle' });
  }, []);
  return { state, start, cancel, confirmOwner, reset };
}
