import fs from 'node:fs';
import readline from 'node:readline';
import { toGraphValue } from '../prepare';
import { ChunkedFile } from './chunked-file';

/**
 * A file of JSON lines the CSV set writes while plans are added and reads back when closing, so
 * that what it needs of every plan at the end (the units' statements, the projects' match keys)
 * is on disk, not in memory. Values are graph values (import/load/prepare.ts): an integer
 * (`bigint`) is written as its number and read back as an integer, exactly, as every integer of a
 * plan came from a JS number.
 */
export class Spool {
  private readonly out: ChunkedFile;
  private pending: string[] = [];
  /** Bytes appended so far, written or pending: where the next line starts. */
  bytes = 0;

  constructor(readonly file: string) {
    this.out = new ChunkedFile(file);
  }

  /** Appends one value as a line, written at the next `flush`. */
  add(value: unknown): void {
    const line = `${JSON.stringify(value, graphValueJson)}\n`;
    this.bytes += Buffer.byteLength(line);
    this.pending.push(line);
  }

  /** Writes the lines added since the last flush; resolves once the file can take more. */
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const text = this.pending.join('');
    this.pending = [];
    await this.out.write(text);
  }

  /** Writes what is left and ends the file; resolves when it is on disk, ready to read. */
  async close(): Promise<void> {
    await this.flush();
    await this.out.end();
  }

  /** Every line of the file, in order (after `close`). */
  async *lines(): AsyncGenerator<unknown> {
    const input = fs.createReadStream(this.file);
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity }))
      if (line) yield toGraphValue(JSON.parse(line));
  }

  /** The lines of the `length` bytes from `start` (after `close`): the lines one plan appended. */
  async range(start: number, length: number): Promise<unknown[]> {
    if (length === 0) return [];
    const handle = await fs.promises.open(this.file, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, start);
      if (bytesRead !== length) throw new Error(`${this.file}: ${bytesRead} of ${length} bytes read at ${start}`);
      return buffer
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => toGraphValue(JSON.parse(line)));
    } finally {
      await handle.close();
    }
  }

  /** Removes the file (after `close`). */
  remove(): void {
    fs.rmSync(this.file, { force: true });
  }
}

/**
 * A graph value as JSON: an integer (`bigint`) as its number, which `toGraphValue` makes an integer again;
 * every integer of a plan came from a JS number, so it round-trips exactly.
 */
const graphValueJson = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? Number(value) : value);
