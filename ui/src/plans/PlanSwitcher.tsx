import { useQuery } from 'urql';
import { useFirstPictureSettled } from '../first-picture/useFirstPictureSettled';
import { useI18n } from '../i18n/i18n';
import { navigate, useUrlState } from '../url-state/useUrlState';
import { scopePatch } from './scope';
import { PlansQuery, RegionPathQuery, RegionsQuery } from './plans.graphql';

/**
 * Where the views look: breadcrumbs 全国 › 省 › 市 › 县 over the regions of the loaded plans, a
 * choice of the regions below, and of one plan of the chosen region. Both live in the URL
 * (`region`, `plan`); changing the region leaves a plan of another region behind, and either
 * change drops what belonged to the old scope (scope.ts).
 */
export function PlanSwitcher() {
  const { t } = useI18n();
  const [state] = useUrlState();
  const region = state.region ?? null;
  // Not needed for the first nodes: asked once the first picture is drawn.
  const later = !useFirstPictureSettled();
  const [path] = useQuery({
    query: RegionPathQuery,
    variables: { id: region ?? '' },
    pause: later || !region,
  });
  const [children] = useQuery({ query: RegionsQuery, variables: { parent: region }, pause: later });
  const [plans] = useQuery({ query: PlansQuery, pause: later });
  const crumbs = region ? (path.data?.regionPath ?? []) : [];
  const inRegion = (plans.data?.plans ?? []).filter((p) => !region || p.regionId === region || crumbs.length === 0);
  const goTo = (id: string | null) => navigate(scopePatch({ region: id, plan: null }));

  return (
    <nav className="plan-switcher" aria-label={t('plans.switcher')}>
      <ol className="breadcrumbs">
        <li>
          <a href="?" aria-current={region ? undefined : 'location'} onClick={(e) => (e.preventDefault(), goTo(null))}>
            {t('plans.country')}
          </a>
        </li>
        {crumbs.map((r, i) => (
          <li key={r.id}>
            <a
              href="?"
              aria-current={i === crumbs.length - 1 ? 'location' : undefined}
              onClick={(e) => (e.preventDefault(), goTo(r.id))}
            >
              {r.name}
            </a>
          </li>
        ))}
      </ol>
      {(children.data?.regions.length ?? 0) > 0 && (
        <label>
          <span>{t('plans.below')}</span>
          <select value="" onChange={(e) => e.target.value && goTo(e.target.value)}>
            <option value="">{t('plans.choose')}</option>
            {children.data!.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.planCount ? ` (${t('plans.count', { count: r.planCount })})` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('plans.plan')}</span>
        <select
          value={state.plan ?? ''}
          onChange={(e) => navigate(scopePatch({ region, plan: e.target.value || null }))}
        >
          <option value="">{t('plans.all')}</option>
          {inRegion.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
              {p.edition ? ` · ${p.edition}` : ''}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
