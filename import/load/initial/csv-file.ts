import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import type { Cell } from './columns';

/**
 * One CSV file of the import, written as a stream: a row is handed to csv-stringify and the caller
 * waits whenever the file lags behind, so memory holds a buffer, not the file.
 */
export class CsvFile {
  private readonly csv: Stringifier;
  private readonly done: Promise<void>;
  rows = 0;

  constructor(
    readonly path: string,
    header: string[],
  ) {
    // An empty string is quoted (""), so the tool stores it; a null cell stays empty and stores nothing.
    this.csv = stringify({ cast: { string: (v) => (v === '' ? { value: '', quoted_empty: true } : v) } });
    const out = fs.createWriteStream(path);
    this.csv.pipe(out);
    this.done = finished(out);
    this.csv.write(header);
  }

  /** Appends one row; resolves once the stream can take more. */
  async write(cells: Cell[]): Promise<void> {
    this.rows++;
    if (!this.csv.write(cells)) await once(this.csv, 'drain');
  }

  /** Ends the file; resolves when it is on disk. */
  async close(): Promise<void> {
    this.csv.end();
    await this.done;
  }
}
