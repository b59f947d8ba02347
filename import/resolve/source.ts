import type { RuleId } from '../bundle/rules';
import type { Document, Evidence } from '../bundle/schema';
import type { SourceLine } from '../parse/types';

/**
 * The addressee line (各县（市、区）人民政府，市政府各部门，…：) that names one of `markers`, looked
 * for in `document` first, then in any document. Supervision of departments and districts by the city
 * government is read from it.
 */
export function addresseeEvidence(
  addressees: SourceLine[],
  documents: Document[],
  documentId: string | null,
  markers: readonly string[],
  rule: RuleId,
): Evidence | null {
  const ordered = [...documents].sort((a, b) => a.line - b.line);
  const target = ordered.find((d) => d.id === documentId) ?? ordered.find((d) => d.kind === 'plan') ?? ordered[0];
  const isAddressee = (l: SourceLine) => markers.some((m) => l.text.includes(m));
  const inRange = (l: SourceLine, from: number, to: number) => l.line >= from && l.line <= to;
  let hit: SourceLine | undefined;
  if (target) {
    const index = ordered.indexOf(target);
    const from = index > 0 ? ordered[index - 1].endLine : 1;
    hit = addressees.find((l) => inRange(l, from, target.endLine) && isAddressee(l));
  }
  hit ??= addressees.find(isAddressee);
  if (!hit) return null;
  const document = documents.find((d) => hit!.line >= d.line && hit!.line <= d.endLine) ?? target;
  if (!document) return null;
  return { document: document.id, line: hit.line, quote: hit.text, basis: 'derived', rule };
}
