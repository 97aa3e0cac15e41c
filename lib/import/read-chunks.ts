/**
 * Reads a byte stream chunk by chunk. Uses a reader rather than `for await` on the stream,
 * which not every browser supports on ReadableStream yet. Aborting cancels the reader at once,
 * so a cancel button works even while a read is pending (a slow disk, a network drive).
 */
export async function* readChunks(
  stream: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) return;
      if (value.byteLength > 0) yield value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
