/**
 * The import inside a worker: one import per worker. The page sends the picked files and the
 * owner; the worker reads, threads and spools them, and sends progress and batches of
 * conversations back. Each batch waits for the page's 'stored' (the page stores through the
 * background, which a worker cannot reach), so a slow store slows reading down, as in the page.
 * An import that waits for the owner keeps its conversations here until 'assign' or 'discard'.
 */
import type { ImportBatch } from './hand-out-threads';
import {
  assignOwner,
  discardPending,
  importMailbox,
  type ImportProgress,
  type ImportReport,
  type PendingThreads,
} from './import-mailbox';
import type { Owner } from './imported-thread';
import type { MessageSpool } from './message-spool';

export type ToWorker =
  | { kind: 'start'; files: File[]; owner: Owner }
  | { kind: 'cancel' }
  /** The last batch is stored; `failed`: storing it failed, the import stops. */
  | { kind: 'stored'; failed?: boolean }
  | { kind: 'assign'; owner: Owner }
  | { kind: 'discard' };

export type FromWorker =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'threads'; batch: ImportBatch }
  /** `waiting`: the report's conversations wait here for the owner. */
  | { kind: 'done'; report: Omit<ImportReport, 'pending'>; waiting: boolean }
  | { kind: 'assigned'; count: number }
  | { kind: 'discarded' }
  | { kind: 'failed' };

export interface WorkerPort {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

export function serveImport(port: WorkerPort, openSpool: () => Promise<MessageSpool>): void {
  const abort = new AbortController();
  let acks: ((failed: boolean) => void)[] = [];
  let pending: PendingThreads | undefined;

  const sendBatch = async (batch: ImportBatch) => {
    const stored = new Promise<boolean>((resolve) => acks.push(resolve));
    port.postMessage({ kind: 'threads', batch });
    if (await stored) throw new Error('The page could not store a batch.');
  };

  const start = async (files: File[], owner: Owner) => {
    try {
      const { pending: waiting, ...report } = await importMailbox(files, {
        owner,
        spool: await openSpool(),
        signal: abort.signal,
        onProgress: (progress) => port.postMessage({ kind: 'progress', progress }),
        onThreads: sendBatch,
      });
      pending = waiting;
      port.postMessage({ kind: 'done', report, waiting: !!waiting });
    } catch {
      port.postMessage({ kind: 'failed' });
    }
  };

  const settle = async (work: (p: PendingThreads) => Promise<FromWorker>) => {
    const waiting = pending;
    pending = undefined;
    try {
      port.postMessage(waiting ? await work(waiting) : { kind: 'failed' });
    } catch {
      port.postMessage({ kind: 'failed' });
    }
  };

  port.addEventListener('message', ({ data }) => {
    switch (data.kind) {
      case 'start':
        return void start(data.files, data.owner);
      case 'cancel':
        return abort.abort();
      case 'stored': {
        const [next, ...rest] = acks;
        acks = rest;
        return next?.(!!data.failed);
      }
      case 'assign':
        return void settle(async (p) => ({
          kind: 'assigned',
          count: await assignOwner(p, data.owner, sendBatch),
        }));
      case 'discard':
        return void settle(async (p) => (await discardPending(p), { kind: 'discarded' }));
    }
  });
}
