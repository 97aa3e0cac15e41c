/**
 * Streaming splitter for mbox files (mboxo and mboxrd, as written by Google Takeout and
 * Thunderbird): cuts a byte stream into one raw message at a time at the "From " separator
 * lines, so a 1 GB export never sits in memory whole. Works on bytes, not text, because each
 * message declares its own charset.
 */

export interface RawMessage {
  /** 1-based position in the file, named in the import report. */
  index: number;
  bytes: Uint8Array;
  /** False when the file ended inside this message (no final line break). */
  complete: boolean;
  /** True when the message was larger than the limit and only its start was kept. */
  oversized: boolean;
}

export interface SplitOptions {
  /**
   * 'mbox' splits at separator lines; 'single' treats the whole stream as one message (.eml),
   * whose body may well contain an unescaped "From " line.
   */
  mode?: 'mbox' | 'single';
  /** Bytes kept per message; headers and text come first, so the start is what matters. */
  maxMessageBytes?: number;
}

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
// A postmark line carries a time: "From 1790@xxx Mon Oct 05 10:00:00 +0000 2026", "From - Mon ...".
const POSTMARK_TIME = /^From \S+ .*\d{1,2}:\d{2}/;

function fromAt(line: Uint8Array, at: number): boolean {
  if (line.length < at + FROM_.length) return false;
  for (let i = 0; i < FROM_.length; i++) if (line[at + i] !== FROM_[i]) return false;
  return true;
}

/** mboxrd escapes body lines as ">From ", ">>From ", ...: one ">" too many each. */
function isEscapedFrom(line: Uint8Array): boolean {
  let i = 0;
  while (line[i] === GT) i++;
  return i > 0 && fromAt(line, i);
}

function isBlank(line: Uint8Array): boolean {
  return (
    line.length === 0 || line[0] === LF || (line.length === 2 && line[0] === CR && line[1] === LF)
  );
}

function latin1(line: Uint8Array): string {
  let s = '';
  for (let i = 0; i < Math.min(line.length, 200); i++) s += String.fromCharCode(line[i]!);
  return s;
}

function isWhitespace(parts: Uint8Array[]): boolean {
  return parts.every((p) => p.every((b) => b === LF || b === CR || b === 0x20 || b === 0x09));
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!.slice();
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Yields each message of an mbox (or the single message of an .eml) as raw bytes. */
export async function* splitMbox(
  chunks: AsyncIterable<Uint8Array>,
  options: SplitOptions = {},
): AsyncGenerator<RawMessage> {
  const single = options.mode === 'single';
  const max = options.maxMessageBytes ?? 16 * 1024 * 1024;
  let parts: Uint8Array[] = [];
  let size = 0;
  let oversized = false;
  let index = 0;
  let prevBlank = true; // the start of the file counts as after a blank line
  let carry: Uint8Array | undefined;

  const take = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    if (size + bytes.length > max) {
      oversized = true;
      bytes = bytes.subarray(0, max - size);
      if (bytes.length === 0) return;
    }
    parts.push(bytes);
    size += bytes.length;
  };
  const finish = (complete: boolean): RawMessage | undefined => {
    const msg =
      parts.length > 0 && !isWhitespace(parts)
        ? { index: ++index, bytes: concat(parts, size), complete, oversized }
        : undefined;
    parts = [];
    size = 0;
    oversized = false;
    return msg;
  };
  /** What a line is to the mbox format; only lines starting "F" or ">" can be anything but text. */
  const classify = (line: Uint8Array): 'separator' | 'escaped' | 'text' => {
    const wasBlank = prevBlank;
    prevBlank = isBlank(line);
    if (single) return 'text';
    if (fromAt(line, 0) && (wasBlank || POSTMARK_TIME.test(latin1(line)))) return 'separator';
    return isEscapedFrom(line) ? 'escaped' : 'text';
  };

  // Plain text lines are taken in runs (one slice per chunk, not one per line): the
  // splitter's cost is then little more than finding the line ends.
  for await (const chunk of chunks) {
    let start = 0; // start of the current line
    let run = 0; // start of this chunk's bytes not yet taken
    for (;;) {
      const nl = chunk.indexOf(LF, start);
      if (nl < 0) break;
      const line = carry
        ? concat([carry, chunk.subarray(0, nl + 1)], carry.length + nl + 1)
        : chunk.subarray(start, nl + 1);
      const kind =
        carry || line[0] === 0x46 || line[0] === GT
          ? classify(line)
          : ((prevBlank = isBlank(line)), 'text');
      if (carry || kind !== 'text') {
        take(chunk.subarray(run, start));
        if (kind === 'separator') {
          const msg = finish(true);
          if (msg) yield msg;
        } else {
          take(kind === 'escaped' ? line.subarray(1) : line);
        }
        carry = undefined;
        run = nl + 1;
      }
      start = nl + 1;
    }
    take(chunk.subarray(run, start));
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      // Copy: the stream may reuse its chunk buffer.
      carry = carry ? concat([carry, rest], carry.length + rest.length) : rest.slice();
      // A line longer than a whole message allowance is not a line of mail text.
      if (carry.length > max) {
        oversized = true;
        carry = undefined;
      }
    }
  }
  let complete = true;
  if (carry) {
    if (classify(carry) === 'separator') {
      const msg = finish(true);
      if (msg) yield msg;
    } else {
      take(isEscapedFrom(carry) && !single ? carry.subarray(1) : carry);
    }
    complete = false;
  }
  const last = finish(complete);
  if (last) yield last;
}
