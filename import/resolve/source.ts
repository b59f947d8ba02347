import fs from 'node:fs';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { Document, Evidence } from '../bundle/schema';
import type { SourceLine } from '../parse/types';

/** The raw lines of the gazette, when its file can be read (decoded by its detected encoding). */
export function readSourceLines(file: string): SourceLine[] {
  if (!file || !fs.existsSync(file)) return [];
  const bytes = fs.readFileSync(file);
  const detected = jschardet.detect(bytes.subarray(0, 65536)).encoding;
  const encoding = detected && iconv.encodingExists(detected) && !/ascii/i.test(detected) ? detected : 'utf8';
  return iconv
    .decode(bytes, encoding)
    .split(/\r?\n/)
    .map((text, index) => ({ line: index + 1, text: text.trim() }));
}

/**
 * The addressee line of an issuing notice (各县（市、区）人民政府，市政府各部门，…：) that names
 * one of `markers`, looked for from the top of `document` back to the notice above it. Supervision of
 * departments and districts by the city government is read from it.
 */
export function addresseeEvidence(
  lines: SourceLine[],
  documents: Document[],
  documentId: string | null,
  markers: readonly string[],
  rule: string,
): Evidence | null {
  const ordered = [...documents].sort((a, b) => a.line - b.line);
  const target = ordered.find((d) => d.id === documentId) ?? ordered.find((d) => d.kind === 'plan') ?? ordered[0];
  const isAddressee = (l: SourceLine) => markers.some((m) => l.text.includes(m)) && /[：:]$/.test(l.text);
  const inRange = (l: SourceLine, from: number, to: number) => l.line >= from && l.line <= to;
  let hit: SourceLine | undefined;
  if (target) {
    const index = ordered.indexOf(target);
    const from = index > 0 ? ordered[index - 1].endLine : 1;
    hit = lines.find((l) => inRange(l, from, target.endLine) && isAddressee(l));
  }
  hit ??= lines.find(isAddressee);
  if (!hit) return null;
  const document = documents.find((d) => hit!.line >= d.line && hit!.line <= d.endLine) ?? target;
  if (!document) return null;
  return { document: document.id, line: hit.line, quote: hit.text, basis: 'derived', rule };
}
