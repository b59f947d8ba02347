import { useQuery } from 'urql';
import { Quote } from '../common/Quote';
import { useI18n } from '../i18n/i18n';
import { navigate, useUrlState } from '../url-state/useUrlState';
import type { DiffSentenceFragment } from '../gql/graphql';
import { PlanDiffQuery, PlansQuery } from './plans.graphql';

const STATUSES = ['CARRIED_OVER', 'NEW', 'DROPPED'] as const;

/** A sentence of one edition with the project's name marked and its line. */
function DiffQuote({ evidence, name }: { evidence: DiffSentenceFragment; name: string }) {
  const { t } = useI18n();
  return (
    <figure className="evidence">
      <blockquote>
        <Quote text={evidence.quote} marks={[name]} />
      </blockquote>
      <figcaption>{t('diff.line', { line: evidence.line })}</figcaption>
    </figure>
  );
}

/** Two editions of one region's plan side by side: projects carried over, new and dropped, each with its sentence. */
export function DiffView() {
  const { t } = useI18n();
  const [state] = useUrlState();
  const [plans] = useQuery({ query: PlansQuery });
  const all = plans.data?.plans ?? [];
  const from = state.from ?? '';
  const to = state.to ?? '';
  const [diff] = useQuery({ query: PlanDiffQuery, variables: { from, to }, pause: !from || !to });
  const editions = (other: string) => {
    const region = all.find((p) => p.id === other)?.regionId;
    return all.filter((p) => !other || (p.regionId === region && p.id !== other));
  };
  const picker = (key: 'from' | 'to', value: string, other: string) => (
    <label>
      <span>{t(`diff.${key}`)}</span>
      <select value={value} onChange={(e) => navigate({ [key]: e.target.value || null })}>
        <option value="">{t('plans.choose')}</option>
        {editions(other).map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
  const result = diff.data?.planDiff;
  return (
    <section className="diff-view" aria-label={t('nav.diff')}>
      <div className="diff-pickers">
        {picker('from', from, to)}
        {picker('to', to, from)}
      </div>
      {diff.error && <p role="alert">{t('error', { message: diff.error.message })}</p>}
      {!from || !to ? <p>{t('diff.pick')}</p> : null}
      {result &&
        STATUSES.map((status) => {
          const entries = result.entries.filter((e) => e.status === status);
          return (
            <section key={status} className={`diff-${status.toLowerCase()}`}>
              <h2>{t(`diff.${status}`, { count: entries.length })}</h2>
              <ul>
                {entries.map((e) => {
                  const project = (e.after ?? e.before)!;
                  return (
                    <li key={`${e.before?.id ?? ''}>${e.after?.id ?? ''}`}>
                      <strong>{project.name}</strong>
                      {e.before && e.after && e.before.name !== e.after.name && <span> ← {e.before.name}</span>}
                      {e.evidence ? (
                        <>
                          <DiffQuote evidence={e.evidence.from} name={e.before!.name} />
                          <DiffQuote evidence={e.evidence.to} name={project.name} />
                          <small>{t('diff.rule', { rule: e.evidence.rule })}</small>
                        </>
                      ) : (
                        <DiffQuote evidence={project.evidence} name={project.name} />
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
