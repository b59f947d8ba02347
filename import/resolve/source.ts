import type { RuleId } from '../../graph/rules';
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
  const document = documents.find((d) => hit.line >= d.line && hit.line <= d.endLine) ?? target;
  if (!document) return null;
  return { document: document.id, line: hit.line, quote: hit.text, basis: 'derived', rule };
}

/** What a unit's reporting line to the city government is read from. */
export interface NoticeLines {
  documents: Document[];
  issuers: SourceLine[];
  addressees: SourceLine[];
}

const within = (line: number, document: Document) => line >= document.line && line <= document.endLine;

/**
 * A department or district government answers to the city government because the city government
 * issues its documents to "市政府各部门" / "各县（市、区）人民政府" and the unit is named in one of
 * them. The evidence quotes the unit's own mention (naming the unit); the premises are that
 * mention, the line naming the issuer and the addressee line of the same document. Null when that
 * document has no issuer naming the city government or no addressee line naming the unit's group.
 */
export function reportsToEvidence(
  lines: NoticeLines,
  mention: Evidence,
  unit: { name: string; aliases: readonly string[] },
  city: { name: string; forms: readonly string[] },
  markers: readonly string[],
): Evidence | null {
  const document = lines.documents.find((d) => d.id === mention.document);
  if (!document) return null;
  const issuer = lines.issuers.find(
    (l) => within(l.line, document) && city.forms.some((form) => l.text.includes(form)),
  );
  const addressee = lines.addressees.find((l) => within(l.line, document));
  const group = addressee && markers.find((m) => addressee.text.includes(m));
  if (!issuer || !addressee || !group) return null;
  const issuerName = issuer.text.split('关于')[0].trim() || city.name;
  const unitName = unit.name;
  // The unit's mention when it names the unit; otherwise the issuer's line, which names the city government.
  const namesUnit = [unit.name, ...unit.aliases].some((form) => mention.quote.includes(form));
  const quoted = namesUnit ? { line: mention.line, quote: mention.quote } : { line: issuer.line, quote: issuer.text };
  return {
    document: mention.document,
    line: quoted.line,
    quote: quoted.quote,
    basis: 'derived',
    rule: 'notice-addressee',
    why: {
      zh: `依据：《${document.title}》由${issuerName}印发，发至“${group}”；${unitName}见于该文件，属“${group}”`,
      en: `${issuerName} issued “${document.title}” to “${group}”; ${unitName} is named in it and is one of them`,
    },
    premises: [
      { kind: 'gazette', document: mention.document, line: mention.line, quote: mention.quote },
      { kind: 'gazette', document: document.id, line: issuer.line, quote: issuer.text },
      { kind: 'gazette', document: document.id, line: addressee.line, quote: addressee.text },
    ],
  };
}
