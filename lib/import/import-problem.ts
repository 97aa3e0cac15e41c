/**
 * What the import could not read, named for the person: which file, which message (by its
 * position and subject, shown only in the extension's own page, never logged) and why.
 */
export type ProblemReason =
  | 'binary' // NUL bytes: an image, archive or other non-text file
  | 'not-mail' // text, but neither an mbox nor an email (no mail headers)
  | 'truncated' // the file ends inside this message
  | 'broken-mime' // multipart parts missing or unparseable
  | 'no-sender' // no From header
  | 'no-date' // no usable Date (or Received) header
  | 'bad-date' // a Date no calendar has (31 February, offset +9999, year 0000); Received stands in if it can
  | 'oversized' // only the start of a huge message was read
  | 'read-error'; // the browser could not read the file

export interface ImportProblem {
  file: string;
  /** 1-based message position in the file; absent for problems with the whole file. */
  message?: number;
  subject?: string;
  reason: ProblemReason;
  /** 'skipped': nothing of it was imported; 'partial': imported without what is missing. */
  outcome: 'skipped' | 'partial';
}
