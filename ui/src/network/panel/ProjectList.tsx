import { useQuery } from 'urql';
import type { ProjectFilter } from '../../gql/graphql';
import { ErrorState, Loading } from '../../common/Status';
import { useI18n } from '../../i18n/i18n';
import { PanelProjectsQuery } from '../network.graphql';

/** How many projects a panel lists; the portfolio link shows the rest. */
export const PANEL_PROJECTS = 200;

/**
 * The projects of a place, unit, district, industry, box or chapter, each opening that project;
 * `byIndustry` groups them under their industries (a district's view).
 */
export function ProjectList(props: {
  filter: ProjectFilter;
  byIndustry?: boolean;
  onOpen: (id: string) => void;
  portfolioHref: string;
}) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PanelProjectsQuery,
    variables: { filter: props.filter, first: PANEL_PROJECTS },
  });
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  const { nodes, totalCount } = data.projects;
  const industryName = new Map(data.industries.map((i) => [i.code, lang === 'en' ? i.en : i.zh]));
  const item = (p: (typeof nodes)[number]) => (
    <li key={p.id}>
      <button type="button" className="link-button" onClick={() => props.onOpen(p.id)}>
        {p.name}
      </button>
    </li>
  );
  const groups = new Map<string, typeof nodes>();
  if (props.byIndustry) {
    for (const p of nodes) {
      const names = p.industries.length
        ? p.industries.map((i) => industryName.get(i.code) ?? i.zh)
        : [t('panel.noIndustry')];
      for (const name of names) groups.set(name, [...(groups.get(name) ?? []), p]);
    }
  }
  return (
    <section>
      <h3>{t(props.byIndustry ? 'panel.byIndustry' : 'panel.projectsCount', { count: totalCount })}</h3>
      {props.byIndustry ? (
        [...groups.entries()].map(([name, list]) => (
          <details key={name} className="linked">
            <summary>
              {name} <span className="muted">· {t('network.projectCount', { count: list.length })}</span>
            </summary>
            <ul className="panel-projects">{list.map(item)}</ul>
          </details>
        ))
      ) : (
        <ul className="panel-projects">{nodes.map(item)}</ul>
      )}
      <a href={props.portfolioHref}>{t('panel.inPortfolio')}</a>
    </section>
  );
}
