import { useQuery } from 'urql';
import { SearchPicker } from '../common/SearchPicker';
import { Empty, ErrorState, Loading } from '../common/Status';
import { useI18n } from '../i18n/i18n';
import { useUrlState } from '../url-state/useUrlState';
import { ChainTree } from './ChainTree';
import { PathQuery, ProjectNameQuery, ResponsibilityChainQuery } from './responsibility.graphql';

function Chains({ projectId }: { projectId: string }) {
  const { t, lang } = useI18n();
  const [name] = useQuery({
    query: ProjectNameQuery,
    variables: { id: projectId },
  });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ResponsibilityChainQuery,
    variables: { projectId },
  });
  // An id that names no project is said as such, apart from a project that has no chain.
  const unknown = name.data !== undefined && !name.data.project;
  return (
    <section className="card" aria-label={t('resp.chains')}>
      <h2>{name.data?.project ? t('resp.chainsFor', { name: name.data.project.name }) : t('resp.chains')}</h2>
      {unknown && (
        <p className="status status-empty not-found" role="status">
          {t('notFound.project', { id: projectId })}
        </p>
      )}
      {!unknown && error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!unknown && fetching && !data && <Loading />}
      {!unknown &&
        data &&
        (data.responsibilityChain.length === 0 ? (
          <Empty>{t('resp.noChain')}</Empty>
        ) : (
          <ChainTree paths={data.responsibilityChain} />
        ))}
      {!unknown && data && data.responsibilityChain.length > 0 && (
        <a className="button" href={`/export/chain.csv?project=${encodeURIComponent(projectId)}&lang=${lang}`} download>
          {t('resp.exportCsv')}
        </a>
      )}
    </section>
  );
}

function ShortestPath({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PathQuery,
    variables: { from, to, maxLength: 6 },
  });
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  return data.path && (data.path.steps.length > 0 || data.path.stopsAt) ? (
    <ChainTree paths={[data.path]} isPath />
  ) : (
    <Empty>{t('resp.noPath')}</Empty>
  );
}

export function ResponsibilityView() {
  const { t } = useI18n();
  const [state, setState] = useUrlState();
  return (
    <div className="responsibility-view page">
      <div className="two-columns">
        <div>
          <div className="card">
            <p className="muted">{t('resp.hint')}</p>
            <SearchPicker
              label={t('resp.pickProject')}
              placeholder={t('search.placeholder')}
              types={['Project']}
              onPick={(hit) => setState({ project: hit.id })}
            />
          </div>
          {state.project ? <Chains projectId={state.project} /> : null}
        </div>
        <div>
          <section className="card" aria-label={t('resp.path')}>
            <h2>{t('resp.path')}</h2>
            <div className="path-pickers">
              <div>
                <SearchPicker label={t('resp.from')} onPick={(hit) => setState({ from: hit.id, fromName: hit.name })} />
                {state.from && <div className="picked">{state.fromName ?? state.from}</div>}
              </div>
              <div>
                <SearchPicker label={t('resp.to')} onPick={(hit) => setState({ to: hit.id, toName: hit.name })} />
                {state.to && <div className="picked">{state.toName ?? state.to}</div>}
              </div>
            </div>
            {state.from && state.to && <ShortestPath from={state.from} to={state.to} />}
          </section>
        </div>
      </div>
    </div>
  );
}
