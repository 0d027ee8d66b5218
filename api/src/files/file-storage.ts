/**
 * Where uploaded files' bytes live. Local disk by default; an object store can take its place without the
 * areas that upload or serve files noticing.
 */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  read(key: string): Promise<Buffer>;
  /** Removing a missing file is not an error: cleanup after a failed upload may run twice. */
  remove(key: string): Promise<void>;
  /** Keys in a folder last written before `before`, unfinished temporary files included. */
  listWrittenBefore(folder: string, before: Date): Promise<string[]>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');
