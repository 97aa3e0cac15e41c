/**
 * The import worker's entry: Vite bundles it from the `new Worker(new URL(...))` in
 * message-deps.ts. Parsing a large export here keeps the import page responsive.
 */
import { openIdbSpool } from '../../lib/import/idb-spool';
import { installInProcessBlob } from '../../lib/import/in-process-blob';
import { serveImport, type WorkerPort } from '../../lib/import/import-worker-host';

// Before any parsing: postal-mime looks Blob up each time it joins a part.
installInProcessBlob();
serveImport(self as unknown as WorkerPort, openIdbSpool);
