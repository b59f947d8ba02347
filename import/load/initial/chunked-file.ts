import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/**
 * A file of the initial load written a chunk at a time (a plan's rows or lines): a write per row cost the
 * writing thread more than the rows' text. Each write resolves once the file can take more, so memory holds
 * a chunk and a buffer, not the file.
 */
export class ChunkedFile {
  private readonly out: fs.WriteStream;
  private readonly done: Promise<void>;

  constructor(readonly path: string) {
    this.out = fs.createWriteStream(path);
    this.done = finished(this.out);
  }

  /** Writes one chunk; resolves once the file can take more. */
  async write(text: string): Promise<void> {
    if (text !== '' && !this.out.write(text)) await once(this.out, 'drain');
  }

  /** Ends the file; resolves when it is on disk. */
  async end(): Promise<void> {
    this.out.end();
    await this.done;
  }
}
