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
  /** Buckets with messages in the spool itself (not only in the buffer). */
  private readonly stored = new Set<number>();

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
    await this.spool.append(batch);
    for (const { bucket } of batch) this.stored.add(bucket);
  }

  /** For each list of buckets, its messages: from the spool, then those still buffered. */
  async read(bucketLists: readonly (readonly number[])[]): Promise<MailMessage[][]> {
    const wanted = new Set(bucketLists.flat());
    const fromSpool = [...wanted].filter((b) => this.stored.has(b));
    const spooled = fromSpool.length > 0 ? await this.spool.read(fromSpool) : new Map<number, MailMessage[]>();
    const buffered = new Map<number, MailMessage[]>();
    for (const { bucket, message } of this.pending) {
      if (!wanted.has(bucket)) continue;
      const list = buffered.get(bucket);
      if (list) list.push(message);
      else buffered.set(bucket, [message]);
    }
    return bucketLists.map((buckets) => buckets.flatMap((b) => [...(spooled.get(b) ?? []), ...(buffered.get(b) ?? [])]));
  }

  async clear(): Promise<void> {
    this.pending = [];
    this.pendingBytes = 0;
    this.stored.clear();
    await this.spool.clear();
  }
}
