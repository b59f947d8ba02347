import { useQuery } from 'urql';
import type { ProjectFilter } from '../gql/graphql';
import { FacetSelect } from '../common/FacetSelect';
import { ErrorState } from '../common/Status';
import { useI18n } from '../i18n/i18n';
import { scopeOf } from '../plans/scope';
import type { UrlPatch, UrlState } from '../url-state/useUrlState';
import { FACET_KEYS } from './mode';
import { FacetsQuery } from './network.graphql';

/**
 * The facet pickers. `deferred` holds their query back while the first graph loads, so that the
 * server answers the graph's request first; the pickers fill in a moment later.
 */
export function Facets({
  state,
  onChange,
  deferred = false,
}: {
  state: UrlState;
  onChange: (patch: UrlPatch) => void;
  deferred?: boolean;
}) {
  const { t, lang } = useI18n();
  const [{ data, error }, reexecute] = useQuery({ query: FacetsQuery, variables: scopeOf(state), pause: deferred });
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const set = (key: string) => (value: string | null) => onChange({ [key]: value, focus: null });
  const active = FACET_KEYS.some((key) => state[key]);
  return (
    <fieldset className="facets" aria-busy={!data}>
      <FacetSelect
        name="industry"
        label={t('facet.industry')}
        value={state.industry}
        onChange={set('industry')}
        options={(data?.industries ?? []).map((i) => ({
          value: i.code,
          label: lang === 'en' ? i.en : i.zh,
          count: i.projectCount,
        }))}
      />
      <FacetSelect
        name="district"
        label={t('facet.district')}
        value={state.district}
        onChange={set('district')}
        options={(data?.districts ?? []).map((d) => ({ value: d.name, label: d.name, count: d.projectCount }))}
      />
      <FacetSelect
        name="box"
        label={t('facet.box')}
        value={state.box}
        onChange={set('box')}
        options={(data?.boxes ?? []).map((b) => ({
          value: String(b.number),
          label: lang === 'en' ? `Box ${b.label} · ${b.title}` : `专栏${b.label} ${b.title}`,
          count: b.projectCount,
        }))}
      />
      <FacetSelect
        name="chapter"
        label={t('facet.chapter')}
        value={state.chapter}
        onChange={set('chapter')}
        options={(data?.chapters ?? [])
          .filter((c) => c.projectCount > 0)
          .map((c) => ({ value: c.id, label: c.title, count: c.projectCount }))}
      />
      <FacetSelect
        name="unit"
        label={t('facet.unit')}
        value={state.unit}
        onChange={set('unit')}
        options={(data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
      />
      {active && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(Object.fromEntries(FACET_KEYS.map((key) => [key, null])))}
        >
          {t('facet.clear')}
        </button>
      )}
    </fieldset>
  );
}

/** The ProjectFilter a URL state describes, within the plan or region the switcher chose. */
export function filterFromState(state: UrlState): ProjectFilter {
  const filter: ProjectFilter = {};
  if (state.industry) filter.industry = state.industry;
  if (state.district) filter.district = state.district;
  if (state.box && Number.isFinite(Number(state.box))) filter.box = Number(state.box);
  if (state.chapter) filter.chapter = state.chapter;
  if (state.unit) filter.unit = state.unit;
  if (state.place) filter.place = state.place;
  if (state.q) filter.text = state.q;
  if (state.plan) filter.plan = state.plan;
  if (state.region) filter.region = state.region;
  return filter;
}
