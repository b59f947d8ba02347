import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { ProjectFilter, SortField } from '../gql/graphql';
import { FacetSelect } from '../common/FacetSelect';
import { afterOf, Pager, trailOf } from '../common/Pager';
import { Empty, ErrorState, Loading } from '../common/Status';
import { useI18n } from '../i18n/i18n';
import { scopeOf } from '../plans/scope';
import { hrefFor, useUrlState, type UrlState } from '../url-state/useUrlState';
import { Indicators } from './Indicators';
import { DistrictsQuery, IndustriesWithIndicatorsQuery, ProjectsQuery } from './portfolio.graphql';
import { ProjectTable } from './ProjectTable';

export const PAGE_SIZE = 25;

/** Chinese names in pinyin order (the API pages in the same order by a pinyin key). */
const PINYIN = new Intl.Collator('zh-Hans-u-co-pinyin');
const FILTER_KEYS = ['industry', 'district', 'box', 'chapter', 'unit', 'place', 'text', 'plan', 'region'] as const;

/** The CSV export takes the same filter and scope as the table, so it holds exactly the listed projects. */
export function csvHref(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = key === 'text' ? state.q : state[key];
    if (value) params.set(key, value);
  }
  // The file holds what the view shows: in its order and its language.
  if (state.sort === 'NAME') params.set('sort', 'NAME');
  if (state.lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return `/export/projects.csv${query ? `?${query}` : ''}`;
}

export function PortfolioView() {
  const { t, lang } = useI18n();
  const [state, setState] = useUrlState();
  const trail = trailOf(state);
  const sort: SortField = state.sort === 'NAME' ? 'NAME' : 'BOX';
  const filter = useMemo(() => {
    const f: ProjectFilter = {};
    if (state.industry) f.industry = state.industry;
    if (state.district) f.district = state.district;
    if (state.box) f.box = Number(state.box);
    if (state.chapter) f.chapter = state.chapter;
    if (state.unit) f.unit = state.unit;
    if (state.place) f.place = state.place;
    if (state.q) f.text = state.q;
    if (state.plan) f.plan = state.plan;
    if (state.region) f.region = state.region;
    return f;
  }, [
    state.industry,
    state.district,
    state.box,
    state.chapter,
    state.unit,
    state.place,
    state.q,
    state.plan,
    state.region,
  ]);

  const [industries] = useQuery({ query: IndustriesWithIndicatorsQuery, variables: scopeOf(state) });
  const [districts] = useQuery({ query: DistrictsQuery, variables: scopeOf(state) });
  const [projects, reexecute] = useQuery({
    query: ProjectsQuery,
    variables: { filter, first: PAGE_SIZE, after: afterOf(trail), sort },
  });

  const industry = industries.data?.industries.find((i) => i.code === state.industry || i.zh === state.industry);
  const unknown = [
    state.industry && industries.data && !industry
      ? t('notFound.filter', { kind: t('facet.industry'), value: state.industry })
      : null,
    state.district && districts.data && !districts.data.districts.some((d) => d.name === state.district)
      ? t('notFound.filter', { kind: t('facet.district'), value: state.district })
      : null,
  ].filter((message): message is string => message !== null);
  const setFilter = (key: string) => (value: string | null) => setState({ [key]: value, trail: null });
  const connection = projects.data?.projects;

  return (
    <div className="portfolio-view page">
      <h2 className="sr-only">{t('portfolio.title')}</h2>
      <div className="toolbar" role="toolbar" aria-label={t('portfolio.title')}>
        <FacetSelect
          name="industry"
          label={t('facet.industry')}
          value={state.industry}
          onChange={setFilter('industry')}
          options={(industries.data?.industries ?? []).map((i) => ({
            value: i.code,
            label: lang === 'en' ? i.en : i.zh,
            count: i.projectCount,
          }))}
        />
        <FacetSelect
          name="district"
          label={t('facet.district')}
          value={state.district}
          onChange={setFilter('district')}
          options={(districts.data?.districts ?? []).map((d) => ({
            value: d.name,
            label: d.name,
            count: d.projectCount,
          }))}
        />
        <div className="field">
          <label htmlFor="portfolio-sort">{t('portfolio.sort')}</label>
          <select
            id="portfolio-sort"
            value={sort}
            onChange={(e) => setState({ sort: e.target.value === 'BOX' ? null : e.target.value, trail: null })}
          >
            <option value="BOX">{t('sort.BOX')}</option>
            <option value="NAME">{t('sort.NAME')}</option>
          </select>
        </div>
        <a className="button primary" href={csvHref(state)} download>
          {t('portfolio.csv')}
        </a>
      </div>
      {unknown.map((message) => (
        <div key={message} className="notice" role="alert">
          {message}
        </div>
      ))}
      {industry && <Indicators industry={industry} />}
      {industries.error && <ErrorState error={industries.error} />}
      {projects.error && (
        <ErrorState error={projects.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {projects.fetching && !connection && <Loading />}
      {connection && (
        <>
          <p className="muted" aria-live="polite" data-testid="portfolio-total">
            {t('portfolio.total', { count: connection.totalCount })} · {t('pager.page', { page: trail.length + 1 })}
          </p>
          {connection.nodes.length === 0 ? (
            <Empty />
          ) : (
            <ProjectTable
              rows={
                sort === 'NAME'
                  ? [...connection.nodes].sort((a, b) => PINYIN.compare(a.name, b.name))
                  : connection.nodes
              }
              industryName={(code, zh) =>
                lang === 'en' ? (industries.data?.industries.find((i) => i.code === code)?.en ?? zh) : zh
              }
              projectHref={(id) =>
                hrefFor(
                  { view: 'network', focus: id, expand: id, lang: state.lang, ...scopeOf(state) },
                  { reset: true },
                )
              }
            />
          )}
          <p className="muted tier-note">{t('tier.explain')}</p>
          <Pager
            trail={trail}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            label={t('portfolio.title')}
            onTrail={(next) => setState({ trail: next })}
          />
        </>
      )}
    </div>
  );
}
