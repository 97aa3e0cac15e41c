/**
 * The page's side of the import worker (lib/import/import-worker-host.ts): a worker per
 * import, ended once the import is done and nothing waits in it any more. The page stores the
 * batches the worker sends (through the background) one at a time, in order. The worker reads
 * on while a batch is stored, but hears 'stored' for a batch only once the one before it is
 * stored: at most one batch waits, and parsing (worker) and storing (background) overlap.
 */
import type { OnThreads } from './hand-out-threads';
import type { FromWorker, ToWorker } from './import-worker-host';
import type { ImporterReport, MailboxImporter } from './mailbox-importer';

/** What the page needs of a Worker; tests pass an in-process one. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export function workerImporter(createWorker: () => WorkerLike): MailboxImporter {
  return {
    run(files, { owner, signal, onProgress, onThreads }) {
      const worker = createWorker();
      const post = (message: ToWorker) => worker.postMessage(message);
      let store: OnThreads | undefined = onThreads;
      let settle: ((message: FromWorker | undefined) => void) | undefined;
      /** Whether every batch so far was stored; settles when the last one is. */
      let storing = Promise.resolve(true);
      /** The worker's answer to the request just sent (start, assign, discard); undefined: it broke. */
      const answer = () => new Promise<FromWorker | undefined>((resolve) => (settle = resolve));

      worker.addEventListener('error', () => settle?.(undefined));
      worker.addEventListener('message', ({ data }) => {
        if (data.kind === 'progress') onProgress?.(data.progress);
        else if (data.kind === 'threads') {
          const before = storing;
          const { batch } = data;
          storing = before.then(
            (ok) =>
              ok &&
              Promise.resolve(store?.(batch)).then(
                () => true,
                () => false,
              ),
          );
          void before.then((ok) =>
            post(ok ? { kind: 'stored' } : { kind: 'stored', failed: true }),
          );
        } else {
          // The worker's answer counts once its last batch is stored.
          void storing.then((ok) => settle?.(ok ? data : { kind: 'failed' }));
        }
      });
      // A cancel pressed before this run began (the page was still loading the owner) has
      // already fired its event: it is passed on once the worker has its files.
      const cancelled = () => post({ kind: 'cancel' });

      const finish = async (request: ToWorker): Promise<FromWorker> => {
        const reply = answer();
        post(request);
        const message = await reply;
        worker.terminate();
        if (!message || message.kind === 'failed') throw new Error('The import worker failed.');
        return message;
      };

      return (async (): Promise<ImporterReport> => {
        const started = answer();
        try {
          // Picked files (File, Blob) go to the worker as they are: the browser clones them.
          post({ kind: 'start', files: files as File[], owner });
        } catch (error) {
          worker.terminate();
          throw error;
        }
        if (signal?.aborted) cancelled();
        else signal?.addEventListener('abort', cancelled, { once: true });
        const done = await started;
        if (!done || done.kind !== 'done') {
          worker.terminate();
          throw new Error('The import worker failed.');
        }
        if (!done.waiting) {
          worker.terminate();
          return done.report;
        }
        return {
          ...done.report,
          pending: {
            async assign(confirmed, onConfirmed) {
              store = onConfirmed;
              const reply = await finish({ kind: 'assign', owner: confirmed });
              return reply.kind === 'assigned' ? reply.count : 0;
            },
            async discard() {
              await finish({ kind: 'discard' });
            },
          },
        };
      })();
    },
  };
}
