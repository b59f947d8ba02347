import type { KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import type { OverlapKind } from '../gql/graphql';
import { afterOf, Pager, trailOf } from '../common/Pager';
import { Empty, ErrorState, Loading } from '../common/Status';
import { useI18n } from '../i18n/i18n';
import { scopeOf } from '../plans/scope';
import { hrefFor, useUrlState } from '../url-state/useUrlState';
import { isOverlapKind, OVERLAP_KINDS } from './kinds';
import { Matrix } from './Matrix';
import { OverlapGroups } from './OverlapGroups';
import { DistrictIndustryMatrixQuery, OverlapsQuery } from './overlaps.graphql';

/** Arrow keys, Home and End move between the tabs (one tab stop for the list, as WAI-ARIA has it). */
function rove(event: KeyboardEvent<HTMLElement>, current: OverlapKind, choose: (kind: OverlapKind) => void) {
  const at = OVERLAP_KINDS.indexOf(current);
  const next =
    event.key === 'ArrowRight'
      ? (at + 1) % OVERLAP_KINDS.length
      : event.key === 'ArrowLeft'
        ? (at - 1 + OVERLAP_KINDS.length) % OVERLAP_KINDS.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? OVERLAP_KINDS.length - 1
            : -1;
  if (next < 0) return;
  event.preventDefault();
  choose(OVERLAP_KINDS[next]);
  document.getElementById(`tab-${OVERLAP_KINDS[next]}`)?.focus();
}

/** Overlap groups shown a page at a time. */
export const GROUP_PAGE_SIZE = 20;

/**
 * The district × industry matrix and the overlap groups, both within the plan or region the
 * switcher chose; groups come a page at a time (`trail` keeps the cursors walked, as in the portfolio).
 */
export function OverlapsView() {
  const { t } = useI18n();
  const [state, setState] = useUrlState();
  const kind: OverlapKind = isOverlapKind(state.kind) ? state.kind : 'SAME_KIND_ACROSS_DISTRICTS';
  const scope = scopeOf(state);
  const trail = trailOf(state);
  const [matrix, reexecuteMatrix] = useQuery({ query: DistrictIndustryMatrixQuery, variables: scope });
  const [groups, reexecuteGroups] = useQuery({
    query: OverlapsQuery,
    variables: { kind, ...scope, first: GROUP_PAGE_SIZE, after: afterOf(trail) },
  });
  const page = groups.data?.overlapPage;
  const chooseKind = (k: OverlapKind) => setState({ kind: k, trail: null });

  return (
    <div className="overlaps-view page">
      <section className="card">
        <h2>{t('overlaps.matrix')}</h2>
        <p className="muted">{t('overlaps.matrixHint')}</p>
        {matrix.error && (
          <ErrorState error={matrix.error} onRetry={() => reexecuteMatrix({ requestPolicy: 'network-only' })} />
        )}
        {matrix.fetching && !matrix.data && <Loading />}
        {matrix.data &&
          (matrix.data.districtIndustryMatrix.length === 0 ? (
            <Empty />
          ) : (
            <Matrix
              cells={matrix.data.districtIndustryMatrix}
              industries={matrix.data.industries}
              cellHref={(district, industry) =>
                hrefFor({ view: 'portfolio', district, industry, lang: state.lang, ...scope }, { reset: true })
              }
            />
          ))}
      </section>
      <section className="card">
        <h2>{t('overlaps.groups')}</h2>
        <div
          className="tabs"
          role="tablist"
          aria-label={t('overlaps.groups')}
          onKeyDown={(event) => rove(event, kind, chooseKind)}
        >
          {OVERLAP_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`tab-${k}`}
              tabIndex={k === kind ? 0 : -1}
              aria-selected={k === kind}
              className={k === kind ? 'tab active' : 'tab'}
              onClick={() => chooseKind(k)}
            >
              {t(`overlaps.kind.${k}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel" aria-labelledby={`tab-${kind}`}>
          {groups.error && (
            <ErrorState error={groups.error} onRetry={() => reexecuteGroups({ requestPolicy: 'network-only' })} />
          )}
          {groups.fetching && !groups.data && <Loading />}
          {page &&
            (page.groups.length === 0 ? (
              <Empty />
            ) : (
              <>
                <p className="muted" aria-live="polite" data-testid="overlaps-total">
                  {t('overlaps.total', { count: page.totalCount })} · {t('pager.page', { page: trail.length + 1 })}
                </p>
                <OverlapGroups
                  groups={page.groups}
                  scope={scope}
                  onFocus={(group) =>
                    setState(
                      {
                        view: 'network',
                        group: `${group.kind}~${group.key}`,
                        layout: 'concentric',
                        focus: group.projects[0]?.id,
                        lang: state.lang,
                        ...scope,
                      },
                      { reset: true },
                    )
                  }
                />
                <Pager
                  trail={trail}
                  hasNextPage={page.hasNextPage}
                  endCursor={page.endCursor}
                  label={t('overlaps.groups')}
                  onTrail={(next) => setState({ trail: next })}
                />
              </>
            ))}
        </div>
      </section>
    </div>
  );
}
