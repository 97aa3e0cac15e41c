/**
 * The import worker's entry: Vite bundles it from the `new Worker(new URL(...))` in
 * message-deps.ts. Parsing runs off the page's thread, with a Blob of its own (see below).
 */
import { openIdbSpool } from './idb-spool';
import { installInProcessBlob } from './in-process-blob';
import { serveImport, type WorkerPort } from './import-worker-host';

// Before any parsing: postal-mime looks Blob up each time it joins a part.
installInProcessBlob();
serveImport(self as unknown as WorkerPort, openIdbSpool);
