/**
 * The import worker's protocol, host and page side joined in this process (the real worker is
 * covered by tests/e2e/import.spec.ts): batches wait for the page to store them, the owner
 * question is answered across it, and the worker and its spool are gone afterwards.
 */
import { describe, expect, test } from 'vitest';
import { File as NodeFile } from 'node:buffer';
import { workerImporter, type WorkerLike } from '../../lib/import/worker-importer';
import { openIdbSpool } from '../../lib/import/idb-spool';
import type { ImportBatch } from '../../lib/import/import-mailbox';
import { serveImport, type FromWorker, type ToWorker } from '../../lib/import/import-worker-host';
import { fixtureBytes } from './fixture-messages';
import { filler, mbox, spoolDatabases } from './spool-test-kit';

const anna = { name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] };

/** A worker in this process: messages cross a microtask later, as they would cross threads. */
function inProcessWorker() {
  const toPage: ((e: MessageEvent<FromWorker>) => void)[] = [];
  const toWorker: ((e: MessageEvent<ToWorker>) => void)[] = [];
  const sent: ToWorker['kind'][] = [];
  const state = { terminated: false, sent };
  serveImport(
    {
      postMessage: (data) =>
        queueMicrotask(() => toPage.forEach((l) => l({ data } as MessageEvent<FromWorker>))),
      addEventListener: (_type, l) => void toWorker.push(l),
    },
    openIdbSpool,
  );
  const worker: WorkerLike = {
    postMessage(data) {
      sent.push(data.kind);
      if (!state.terminated)
        queueMicrotask(() => toWorker.forEach((l) => l({ data } as MessageEvent<ToWorker>)));
    },
    addEventListener(type: 'message' | 'error', l: (e: MessageEvent<FromWorker>) => void) {
      if (type === 'message') toPage.push(l);
    },
    terminate: () => void (state.terminated = true),
  };
  return { worker, state };
}

const takeout = () => [
  new NodeFile([fixtureBytes('takeout.mbox')], 'takeout.mbox') as unknown as File,
];

async function setup() {
  const made = inProcessWorker();
  return { ...made, importer: workerImporter(() => made.worker) };
}

describe('the import in a worker', () => {
  test('with the owner known, batches are stored one at a time and all before the report; the worker ends with the import', async () => {
    const { importer, state } = await setup();
    const stored: string[] = [];
    let storing = false;
    const report = await importer.run(takeout(), {
      owner: anna,
      onThreads: async (b: ImportBatch) => {
        expect(storing).toBe(false);
        storing = true;
        await new Promise((r) => setTimeout(r, 5));
        stored.push(...b.threads.map((t) => t.thread.subject!));
        storing = false;
      },
    });
    expect(report).toMatchObject({ threads: 5, messages: 14, cancelled: false });
    expect(report.pending).toBeUndefined();
    expect(stored.sort()).toEqual([
      'Invoice INV-2026-007',
      'Invoice INV-2026-033',
      'Rechnung Nr. 2026-060 für Möbel-Fotos',
      'Rechnung RE-2026-041',
      'Rechnung RE-2026-052',
    ]);
    expect(state.terminated).toBe(true);
    expect(await spoolDatabases()).toEqual([]);
  });

  test.each([
    ['confirmed: the conversations come across and are stored', true, 5],
    ['turned down: nothing comes across', false, 0],
  ])(
    'with no owner known, the conversations wait in the worker; %s',
    async (_label, confirm, expected) => {
      const { importer, state } = await setup();
      const report = await importer.run(takeout(), {
        owner: { emails: [] },
        onThreads: () => expect.unreachable('nothing before the owner is known'),
      });
      expect(report.ownerCandidates[0]?.email).toBe('anna@schmidt-design.de');
      expect(state.terminated).toBe(false);
      const stored: ImportBatch[] = [];
      if (confirm)
        expect(await report.pending!.assign(anna, (b) => void stored.push(b))).toBe(expected);
      else await report.pending!.discard();
      expect(stored.flatMap((b) => b.threads)).toHaveLength(expected);
      expect(state.terminated).toBe(true);
      expect(await spoolDatabases()).toEqual([]);
    },
  );

  test('a batch the page cannot store fails the import; the worker and its spool are gone', async () => {
    const { importer, state } = await setup();
    const run = importer.run(takeout(), {
      owner: anna,
      onThreads: () => Promise.reject(new Error('quota')),
    });
    await expect(run).rejects.toThrow('The import worker failed.');
    expect(state.terminated).toBe(true);
    expect(await spoolDatabases()).toEqual([]);
  });

  test('cancelling reaches the worker, which reports what it read', async () => {
    const { importer, state } = await setup();
    const controller = new AbortController();
    const offers = new NodeFile([mbox(filler(2000))], 'offers.mbox') as unknown as File;
    const report = await importer.run([offers], {
      owner: anna,
      signal: controller.signal,
      onThreads: () => controller.abort(),
    });
    expect(state.sent).toContain('cancel');
    expect(report.cancelled).toBe(true);
    expect(report.messages).toBeLessThan(2000);
  });

  test('a cancel pressed before the worker started still stops it: nothing is read', async () => {
    const { importer, state } = await setup();
    const controller = new AbortController();
    controller.abort();
    const offers = new NodeFile([mbox(filler(2000))], 'offers.mbox') as unknown as File;
    const report = await importer.run([offers], { owner: anna, signal: controller.signal });
    expect(state.sent).toEqual(['start', 'cancel']);
    expect(report.cancelled).toBe(true);
    expect(report.messages).toBe(0);
    expect(await spoolDatabases()).toEqual([]);
  });
});
