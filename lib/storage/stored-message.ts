/** One message of message memory (message-memory.ts) as the database stores it. */
import type { RememberedMessage } from '../core/index';

/** A remembered message as stored: keyed by [threadId, id]. */
export interface StoredMessage extends RememberedMessage {
  threadId: string;
  /** ISO time it was last seen whole (eviction order). */
  seenAt: string;
}
