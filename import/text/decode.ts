import { createHash } from 'node:crypto';
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { detect } from 'jschardet';
import { PlanInputError } from '../errors';

export interface DecodedText {
  file: string;
  text: string;
  encoding: string;
  sha256: string;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Encodings jschardet may report for Chinese text that GB18030 decodes (it is a superset of them). */
const GB_FAMILY = /^(gb2312|gbk|gb18030|hz-gb-2312|euc-cn)$/i;
/**
 * A gazette issue is a few hundred kB with lines of at most a few thousand characters; far larger
 * files or lines are not gazettes (a dump, a binary, a file glued into one line) and would keep
 * the reader busy for minutes, so they are refused up front.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_LINE_CHARS = 20_000;
/** Above this share of control bytes a file is not text, whatever decodes it. */
const MAX_CONTROL_SHARE = 0.05;

export function decodePlanFile(file: string): DecodedText {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot read file (${code ?? (error as Error).message})`;
    throw new PlanInputError(file, null, problem);
  }
  return decodePlanBytes(file, bytes);
}

export function decodePlanBytes(file: string, bytes: Buffer): DecodedText {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new PlanInputError(file, null, 'file is empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new PlanInputError(
      file,
      null,
      `file is ${(bytes.length / 2 ** 20).toFixed(1)} MB; a plan gazette is at most ${MAX_FILE_BYTES / 2 ** 20} MB`,
    );
  }
  refuseBinary(file, bytes);

  const hasBom = bytes.subarray(0, 3).equals(UTF8_BOM);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const lines = splitLines(body);

  const { text, encoding } = hasBom ? decodeUtf8(file, lines, 'utf-8-bom') : decodeUnmarked(file, body, lines);
  if (text.trim() === '') throw new PlanInputError(file, null, 'file holds no text (only whitespace)');
  refuseLongLines(file, text);
  return { file, text, encoding, sha256 };
}

function refuseLongLines(file: string, text: string): void {
  let start = 0;
  for (let line = 1; start <= text.length; line += 1) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    if (length > MAX_LINE_CHARS)
      throw new PlanInputError(file, line, `line of ${length} characters; a gazette line is at most ${MAX_LINE_CHARS}`);
    if (end < 0) break;
    start = end + 1;
  }
}

function refuseBinary(file: string, bytes: Buffer): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new PlanInputError(file, lineOfOffset(bytes, nul), 'binary file (contains NUL bytes)');
  let control = 0;
  for (const byte of bytes) {
    // Tab, LF, FF and CR are the control bytes text files legitimately hold.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      control += 1;
  }
  if (control / bytes.length > MAX_CONTROL_SHARE)
    throw new PlanInputError(file, null, 'binary file (mostly control bytes)');
}

/** Lines as byte ranges: LF is 0x0a in UTF-8 and GB18030 alike and never part of a multi-byte character. */
function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function lineOfOffset(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(line: Buffer): boolean {
  try {
    strictUtf8.decode(line);
    return true;
  } catch {
    return false;
  }
}

function isAscii(line: Buffer): boolean {
  return line.every((byte) => byte < 0x80);
}

function decodeUtf8(file: string, lines: Buffer[], encoding: string): { text: string; encoding: string } {
  const bad = lines.findIndex((line) => !isUtf8(line));
  if (bad >= 0) throw new PlanInputError(file, bad + 1, 'bytes that are not valid UTF-8');
  return { text: lines.map((line) => strictUtf8.decode(line)).join(''), encoding };
}

/**
 * Without a BOM: UTF-8 when the lines that hold non-ASCII bytes are mostly valid UTF-8 (GB18030 Chinese
 * almost never is), otherwise GB18030, the superset of GBK and GB2312.
 */
function decodeUnmarked(file: string, body: Buffer, lines: Buffer[]): { text: string; encoding: string } {
  const wide = lines.filter((line) => !isAscii(line));
  const utf8Share = wide.length === 0 ? 1 : wide.filter(isUtf8).length / wide.length;
  if (utf8Share >= 0.5) return decodeUtf8(file, lines, 'utf-8');

  const guess = detect(body);
  if (guess.encoding && !GB_FAMILY.test(guess.encoding) && guess.confidence >= 0.9) {
    throw new PlanInputError(file, null, `text is neither UTF-8 nor GBK/GB18030 (looks like ${guess.encoding})`);
  }
  const decoded = lines.map((line) => iconv.decode(line, 'gb18030'));
  const bad = decoded.findIndex((line) => line.includes('\ufffd'));
  if (bad >= 0) throw new PlanInputError(file, bad + 1, 'bytes that are neither UTF-8 nor GBK/GB18030');
  return { text: decoded.join(''), encoding: 'gb18030' };
}
