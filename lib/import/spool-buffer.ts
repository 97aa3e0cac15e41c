/**
 * A small write buffer in front of a MessageSpool: messages are written in batches (one
 * IndexedDB transaction per batch, not one per message), and a conversation read back soon
 * after its messages came (the usual case: replies sit near their original in an export)
 * is served from the buffer without a read from storage. Bounded by count and size.
 */
import type { MailMessage } from '../core/index';
import type { MessageSpool, SpooledMessage } from './message-spool';

export interface SpoolBufferLimits {
  messages: number;
  /** Estimated from the text and header lengths: what the messages weigh in memory. */
  bytes: number;
}

const DEFAULT_LIMITS: SpoolBufferLimits = { messages: 1000, bytes: 4 * 1_048_576 };

function weight(message: MailMessage): number {
  let n = 512 + (message.text?.length ?? 0) * 2;
  for (const value of Object.values(message.headers ?? {})) n += value.length * 2;
  return n;
}

export class SpoolBuffer {
  private pending: SpooledMessage[] = [];
  private pendingBytes = 0;
  /** Buckets with messages in the spool itself (not only in the buffer): one bit a bucket. */
  private stored = new Uint8Array(1024);

  constructor(
    private readonly spool: MessageSpool,
    private readonly limits: SpoolBufferLimits = DEFAULT_LIMITS,
  ) {}

  add(bucket: number, message: MailMessage): void {
    this.pending.push({ bucket, message });
    this.pendingBytes += weight(message);
  }

  get full(): boolean {
    return this.pending.length >= this.limits.messages || this.pendingBytes >= this.limits.bytes;
  }

  /** Writes the buffered messages to the spool. */
  async write(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    // Marked first: a read that starts meanwhile goes to the spool, which (IndexedDB orders
    // transactions on the same store) answers it only after this write.
    for (const { bucket } of batch) this.markStored(bucket);
    await this.spool.append(batch);
  }

  /** For each list of buckets, its messages: from the spool, then those still buffered. */
  async read(bucketLists: readonly (readonly number[])[]): Promise<MailMessage[][]> {
    const wanted = new Set(bucketLists.flat());
    const fromSpool = [...wanted].filter((b) => this.isStored(b));
    const spooled =
      fromSpool.length > 0 ? await this.spool.read(fromSpool) : new Map<number, MailMessage[]>();
    const buffered = new Map<number, MailMessage[]>();
    for (const { bucket, message } of this.pending) {
      if (!wanted.has(bucket)) continue;
      const list = buffered.get(bucket);
      if (list) list.push(message);
      else buffered.set(bucket, [message]);
    }
    return bucketLists.map((buckets) =>
      buckets.flatMap((b) => [...(spooled.get(b) ?? []), ...(buffered.get(b) ?? [])]),
    );
  }

  async clear(): Promise<void> {
    this.pending = [];
    this.pendingBytes = 0;
    this.stored = new Uint8Array(1024);
    await this.spool.clear();
  }

  private isStored(bucket: number): boolean {
    return ((this.stored[bucket >> 3] ?? 0) & (1 << (bucket & 7))) !== 0;
  }

  private markStored(bucket: number): void {
    if (bucket >> 3 >= this.stored.length) {
      const grown = new Uint8Array(Math.max((bucket >> 3) + 1, this.stored.length * 2));
      grown.set(this.stored);
      this.stored = grown;
    }
    this.stored[bucket >> 3]! |= 1 << (bucket & 7);
  }
}
