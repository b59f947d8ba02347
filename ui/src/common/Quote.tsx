import type { EvidencePartsFragment as Evidence } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { word } from '../i18n/vocabulary';

/** Splits a quote so each cited phrase (longest first, non-overlapping) can be marked. */
export function markParts(quote: string, marks: readonly string[]): { text: string; marked: boolean }[] {
  const terms = [...new Set(marks.filter((m) => m && m.length > 0))].sort((a, b) => b.length - a.length);
  const parts: { text: string; marked: boolean }[] = [];
  let rest = quote;
  while (rest.length > 0) {
    let best: { index: number; term: string } | undefined;
    for (const term of terms) {
      const index = rest.indexOf(term);
      if (index >= 0 && (!best || index < best.index)) best = { index, term };
    }
    if (!best) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (best.index > 0) parts.push({ text: rest.slice(0, best.index), marked: false });
    parts.push({ text: best.term, marked: true });
    rest = rest.slice(best.index + best.term.length);
  }
  return parts;
}

export function Quote({ text, marks }: { text: string; marks: readonly string[] }) {
  return (
    <q className="quote">
      {markParts(text, marks).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </q>
  );
}

export function BasisBadge({ basis }: { basis: Evidence['basis'] }) {
  const { t } = useI18n();
  return <span className={`badge basis-${basis.toLowerCase()}`}>{t(`basis.${basis}`)}</span>;
}

/** The source sentence with the cited part marked, and where it stands in which document. */
export function EvidenceBlock({ evidence, marks }: { evidence: Evidence; marks: readonly string[] }) {
  const { t, lang } = useI18n();
  return (
    <figure className="evidence">
      <blockquote>
        <Quote text={evidence.quote} marks={marks} />
      </blockquote>
      <figcaption>
        <BasisBadge basis={evidence.basis} />{' '}
        {t('panel.sourceLine', { document: evidence.documentTitle ?? evidence.document, line: evidence.line })}
        {evidence.rule && <span className="rule"> · {word(lang, 'rule', evidence.rule)}</span>}
      </figcaption>
    </figure>
  );
}
