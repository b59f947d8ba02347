import { stringify, type Options } from 'csv-stringify/sync';
import { ChunkedFile } from './chunked-file';
import type { Cell } from './columns';

// An empty string is quoted (""), so the tool stores it; a null cell stays empty and stores nothing. The
// library quotes what `quoted_match` matches among strings only, so a null cell is left alone; a cast per
// cell would cost every cell a call.
const OPTIONS: Options = { quoted_match: /^$/ };

/**
 * One CSV file of the import. Rows are kept until `flush`, which writes them as one chunk (a plan's
 * rows at a time); the caller waits whenever the file lags behind.
 */
export class CsvFile {
  private readonly file: ChunkedFile;
  private pending: Cell[][] = [];
  rows = 0;

  constructor(
    readonly path: string,
    header: string[],
  ) {
    this.file = new ChunkedFile(path);
    this.pending.push(header);
  }

  /** Adds one row, written at the next `flush`. */
  add(cells: Cell[]): void {
    this.rows++;
    this.pending.push(cells);
  }

  /** Writes the rows added since the last flush; resolves once the file can take more. */
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const text = stringify(this.pending, OPTIONS);
    this.pending = [];
    await this.file.write(text);
  }

  /** Writes what is left and ends the file; resolves when it is on disk. */
  async close(): Promise<void> {
    await this.flush();
    await this.file.end();
  }
}
