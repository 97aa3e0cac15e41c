/**
 * Reads a byte stream chunk by chunk. Uses a reader rather than `for await` on the stream,
 * which not every browser supports on ReadableStream yet; stops (and releases the file) as
 * soon as the signal aborts.
 */
export async function* readChunks(
  stream: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) return;
      if (value.byteLength > 0) yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
