import { useQuery } from 'urql';
import type { EvidencePartsFragment as Evidence } from '../../gql/graphql';
import { EvidenceBlock } from '../../common/Quote';
import { ErrorState, Loading } from '../../common/Status';
import { relationLabel, useI18n } from '../../i18n/i18n';
import { word } from '../../i18n/vocabulary';
import { LinkQuery } from '../network.graphql';

export interface SelectedEdge {
  id: string;
  type: string;
  role: string | null;
  evidence?: Evidence;
  sourceLabel: string;
  targetLabel: string;
}

/** Fetches an edge's sentence when the slice it came from had none (the overview's edges). */
function FetchedEvidence({ id, marks }: { id: string; marks: string[] }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LinkQuery, variables: { id } });
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (data && !data.link) return <p className="status status-empty not-found">{t('notFound.link')}</p>;
  const evidence = data?.link?.evidence;
  return evidence ? (
    <EvidenceBlock evidence={evidence} marks={marks} />
  ) : (
    <p className="muted">{t('panel.noEvidence')}</p>
  );
}

/**
 * A link in words: what relates to what, in which role, and its evidence: the sentence, its basis,
 * the rule in words, why it holds and each premise with its own evidence.
 */
export function EdgeDetails({ edge }: { edge: SelectedEdge }) {
  const { t, lang } = useI18n();
  const marks = [edge.sourceLabel, edge.targetLabel];
  return (
    <>
      <dl className="facts">
        <dt>{t('panel.relation')}</dt>
        <dd>{relationLabel(t, edge.type)}</dd>
        <dt>{t('panel.from')}</dt>
        <dd>{edge.sourceLabel}</dd>
        <dt>{t('panel.to')}</dt>
        <dd>{edge.targetLabel}</dd>
        {edge.role && (
          <>
            <dt>{t('panel.role')}</dt>
            <dd>{word(lang, 'role', edge.role)}</dd>
          </>
        )}
      </dl>
      <section>
        <h3>{t('panel.source')}</h3>
        {edge.evidence ? (
          <EvidenceBlock evidence={edge.evidence} marks={marks} />
        ) : (
          <FetchedEvidence id={edge.id} marks={marks} />
        )}
      </section>
    </>
  );
}
