import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../common/Status';
import { useI18n } from '../../i18n/i18n';
import { ChainTree } from '../../responsibility/ChainTree';
import { ResponsibilityChainQuery } from '../../responsibility/responsibility.graphql';

/**
 * A project's responsibility chains in its panel: how many reach the top on stated steps, how
 * many through derived ones, how many stop, then each chain step by step with why and premises.
 */
export function ProjectChains({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ResponsibilityChainQuery,
    variables: { projectId },
  });
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const paths = data?.responsibilityChain ?? [];
  const count = (status: string) => paths.filter((p) => p.status === status).length;
  return (
    <section className="panel-chains" aria-label={t('resp.chains')}>
      <h3>{t('resp.chains')}</h3>
      {paths.length === 0 ? (
        <Empty>{t('resp.noChain')}</Empty>
      ) : (
        <>
          <p className="chain-summary">
            {t('panel.chainSummary', {
              stated: count('ALL_STATED'),
              derived: count('REACHES_TOP_DERIVED'),
              stops: count('STOPS'),
            })}
          </p>
          <ChainTree paths={paths} />
        </>
      )}
    </section>
  );
}
