import type { EvidencePartsFragment as Evidence } from '../gql/graphql';

type Premise = NonNullable<Evidence['premises']>[number];
import { useI18n } from '../i18n/i18n';

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
      {markParts(text, marks).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </q>
  );
}

export function BasisBadge({ basis }: { basis: Evidence['basis'] }) {
  const { t } = useI18n();
  return <span className={`badge basis-${basis.toLowerCase()}`}>{t(`basis.${basis}`)}</span>;
}

/** Where a sentence stands: the document and its line within it, and the gazette line. */
function Where({ evidence }: { evidence: Pick<Evidence, 'document' | 'documentTitle' | 'documentLine' | 'line'> }) {
  const { t } = useI18n();
  if (evidence.documentLine) {
    return (
      <>
        {t('evidence.where', {
          document: evidence.documentTitle ?? evidence.document,
          docLine: evidence.documentLine,
          line: evidence.line,
        })}
      </>
    );
  }
  return (
    <>
      {evidence.documentTitle
        ? t('panel.sourceLine', { document: evidence.documentTitle, line: evidence.line })
        : t('evidence.whereGazette', { line: evidence.line })}
    </>
  );
}

/** One premise of a derived fact: a gazette sentence, or a city profile entry with its source. */
function PremiseItem({ premise, marks }: { premise: Premise; marks: readonly string[] }) {
  const { t, lang } = useI18n();
  if (premise.kind === 'PROFILE') {
    const says = lang === 'en' ? premise.saysEn : premise.saysZh;
    const source = lang === 'en' ? premise.sourceEn : premise.sourceZh;
    return (
      <li className="premise premise-profile">
        {t('evidence.fromProfile', { says: says ?? '' })}{' '}
        <code className="muted" title={premise.quote}>
          {premise.document}
        </code>
        {source && <div className="profile-source">{t('evidence.profileSource', { source })}</div>}
      </li>
    );
  }
  return (
    <li className="premise premise-gazette">
      <Quote text={premise.quote} marks={marks} />{' '}
      <span className="muted">
        · <Where evidence={premise} />
      </span>
    </li>
  );
}

/**
 * The source sentence with the cited part marked, where it stands in which document, and how it
 * was read: for a derived fact why it holds and each premise with its own evidence.
 */
export function EvidenceBlock({ evidence, marks }: { evidence: Evidence; marks: readonly string[] }) {
  const { t, lang } = useI18n();
  const rule = lang === 'en' ? evidence.ruleEn : evidence.ruleZh;
  const why = lang === 'en' ? evidence.whyEn : evidence.whyZh;
  const premises = evidence.premises ?? [];
  const allMarks = evidence.alias ? [...marks, evidence.alias] : marks;
  return (
    <figure className="evidence">
      <blockquote>
        <Quote text={evidence.quote} marks={allMarks} />
      </blockquote>
      <figcaption>
        <BasisBadge basis={evidence.basis} /> <Where evidence={evidence} />
        {rule && <span className="rule"> · {rule}</span>}
        {evidence.alias && <span className="alias"> · {t('evidence.alias', { alias: evidence.alias })}</span>}
      </figcaption>
      {evidence.basis === 'DERIVED' && why && (
        <div className="why">
          <strong>{t('evidence.why')}</strong>
          {why}
        </div>
      )}
      {evidence.basis === 'DERIVED' && premises.length > 0 && (
        <details className="premises">
          <summary>
            {t('evidence.premises')} · {premises.length}
          </summary>
          <ol>
            {premises.map((premise, i) => (
              <PremiseItem key={i} premise={premise} marks={allMarks} />
            ))}
          </ol>
        </details>
      )}
    </figure>
  );
}
