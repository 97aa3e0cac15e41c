/**
 * The bench's MessageSpool: a temporary file, so that spooled messages are not in the JS heap
 * the bench measures (fake-indexeddb would keep them all there). Used by the bench only; the
 * extension spools to IndexedDB (lib/import/idb-spool.ts), whose costs this does not model:
 * here writes and reads are synchronous file I/O served from the OS page cache.
 *
 * Each record is [offset of the bucket's previous record: float64][its length: uint32][JSON].
 * Memory keeps only each bucket's latest record (offset, length: 12 bytes a bucket, in typed
 * arrays); reading walks back along the chain, so nothing per message stays in memory.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { MailMessage } from '../lib/core/index';
import type { MessageSpool, SpooledMessage } from '../lib/import/message-spool';

const HEAD = 12;

export class FileSpool implements MessageSpool {
  private fd: number;
  private end = 0;
  /** By bucket: its latest record's offset (-1: none yet) and length (head included). */
  private latestAt = new Float64Array(1024).fill(-1);
  private latestLength = new Uint32Array(1024);
  bytesWritten = 0;
  bytesRead = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  async append(entries: readonly SpooledMessage[]): Promise<void> {
    const parts: Buffer[] = [];
    for (const { bucket, message } of entries) {
      const json = Buffer.from(JSON.stringify(message), 'utf8');
      const head = Buffer.alloc(HEAD);
      this.reserve(bucket);
      head.writeDoubleLE(this.latestAt[bucket]!, 0);
      head.writeUInt32LE(this.latestLength[bucket]!, 8);
      this.latestAt[bucket] = this.end;
      this.latestLength[bucket] = HEAD + json.length;
      this.end += HEAD + json.length;
      parts.push(head, json);
    }
    const all = Buffer.concat(parts);
    writeSync(this.fd, all, 0, all.length, this.end - all.length);
    this.bytesWritten += all.length;
  }

  async read(buckets: readonly number[]): Promise<Map<number, MailMessage[]>> {
    const out = new Map<number, MailMessage[]>();
    for (const bucket of buckets) {
      const messages: MailMessage[] = [];
      let at = bucket < this.latestAt.length ? this.latestAt[bucket]! : -1;
      let length = bucket < this.latestAt.length ? this.latestLength[bucket]! : 0;
      while (at >= 0) {
        const record = Buffer.alloc(length);
        readSync(this.fd, record, 0, length, at);
        this.bytesRead += length;
        messages.push(JSON.parse(record.toString('utf8', HEAD)) as MailMessage);
        [at, length] = [record.readDoubleLE(0), record.readUInt32LE(8)];
      }
      out.set(bucket, messages.reverse());
    }
    return out;
  }

  async clear(): Promise<void> {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }

  private reserve(bucket: number): void {
    if (bucket < this.latestAt.length) return;
    const size = Math.max(bucket + 1, this.latestAt.length * 2);
    const at = new Float64Array(size).fill(-1);
    const length = new Uint32Array(size);
    at.set(this.latestAt);
    length.set(this.latestLength);
    [this.latestAt, this.latestLength] = [at, length];
  }
}
