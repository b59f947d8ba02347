import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { LAYOUTS, useCytoscape, type LayoutName } from '../cytoscape/useCytoscape';
import { markOnce, MARKS } from '../cytoscape/marks';
import { TYPE_COLOURS } from '../cytoscape/styles';
import { ErrorState, Loading, Empty } from '../common/Status';
import { showFirstPictureIn } from '../first-picture/firstPicture';
import { SearchPicker } from '../common/SearchPicker';
import { typeLabel, useI18n } from '../i18n/i18n';
import type { ElementDefinition } from 'cytoscape';
import { scopeOf, scopePatch } from '../plans/scope';
import { hrefFor, useUrlState } from '../url-state/useUrlState';
import { Facets, filterFromState } from './Facets';
import { FACET_KEYS, networkMode, splitList } from './mode';
import { mergeSlices, type GraphSlice } from './elements';
import { OverlapGroupMembersQuery, OverviewQuery, SummaryQuery } from './network.graphql';
import { groupTitle } from '../overlaps/groupTitle';
import { NodePanel, type SelectedEdge, type SelectedNode } from './panel/NodePanel';
import { aggregateTarget, SUMMARY_BY, summaryByOf, summaryElements, summaryWords, type SummaryBy } from './summary';
import { useNeighborhoods } from './useSlices';

export const OVERVIEW_LIMIT = 1500;
/** The most projects the API draws in one overview (its maxOverviewNodes). */
export const OVERVIEW_MAX = 3000;

/** The overview's project limit from the URL (`limit`), within 1…OVERVIEW_MAX. */
export function overviewLimit(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, OVERVIEW_MAX) : OVERVIEW_LIMIT;
}

/** The data this view's elements carry (elements.ts, summary.ts); Cytoscape types it loosely. */
interface ViewElementData {
  id: string;
  label: string;
  type: string;
  role?: string | null;
  evidence?: SelectedEdge['evidence'];
  source: string;
  target: string;
}

const dataOf = (element: ElementDefinition) => element.data as ViewElementData;

/**
 * The network view. By default a summary (groups of projects as nodes sized by their count, a
 * click opening a group); a facet, a search or "show every project" brings the projects
 * themselves; an overlap group from the overlaps view shows only its projects.
 */
export function NetworkView() {
  const { t, lang } = useI18n();
  const [state, setState] = useUrlState();
  const [retryKey, setRetryKey] = useState(0);
  const [edge, setEdge] = useState<SelectedEdge>();
  // The facet pickers wait for the first graph to be drawn, so that their lists do not delay it.
  const [firstDrawn, setFirstDrawn] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const { group, showOverview, summaryWanted } = networkMode(state);
  const filter = useMemo(() => filterFromState(state), [state]);
  const layout: LayoutName = LAYOUTS.includes(state.layout as LayoutName) ? (state.layout as LayoutName) : 'fcose';
  const by: SummaryBy = summaryByOf(state);
  const expand = useMemo(() => splitList(state.expand), [state.expand]);

  const limit = overviewLimit(state.limit);
  const [overview, reexecuteOverview] = useQuery({
    query: OverviewQuery,
    variables: { filter, limit },
    pause: !showOverview,
  });
  const scope = useMemo(() => scopeOf(state), [state]);
  const [summary, reexecuteSummary] = useQuery({ query: SummaryQuery, variables: scope, pause: !summaryWanted });
  const [overlaps] = useQuery({
    query: OverlapGroupMembersQuery,
    variables: { kind: group?.kind ?? 'SHARED_PLACE', ...scope },
    pause: !group,
  });
  const groupFound = group ? overlaps.data?.overlaps.find((g) => g.key === group.key) : undefined;
  const groupProjects = useMemo(
    () => (groupFound ? groupFound.projects.map((p) => p.id) : []),
    [group?.kind, group?.key, overlaps.data],
  );
  const neighbourhoodIds = useMemo(() => [...new Set([...groupProjects, ...expand])], [groupProjects, expand]);
  const neighbourhoods = useNeighborhoods(neighbourhoodIds, retryKey);

  const slices = useMemo(() => {
    const list: GraphSlice[] = [];
    if (showOverview && overview.data) list.push(overview.data.overview);
    list.push(...neighbourhoods.slices);
    return list;
  }, [showOverview, overview.data, neighbourhoods.slices]);
  const detail = useMemo(() => mergeSlices(slices, lang), [slices, lang]);

  // A focus the drawn graph lacks (a shared link, a typo) is looked up on its own.
  const baseFetching =
    (showOverview && overview.fetching) || neighbourhoods.fetching || (summaryWanted && summary.fetching);
  const focusAggregate = state.focus ? aggregateTarget(state.focus) : undefined;
  const focusLookup =
    state.focus && !focusAggregate && !baseFetching && !detail.elements.some((e) => e.data.id === state.focus)
      ? [state.focus]
      : [];
  const focusSlice = useNeighborhoods(focusLookup, retryKey);
  const focusNotFound =
    focusLookup.length > 0 &&
    !focusSlice.fetching &&
    !focusSlice.error &&
    focusSlice.slices.every((s) => s.nodes.length === 0);
  const focusFound = focusSlice.slices.some((s) => s.nodes.length > 0);

  const showSummary = summaryWanted && !focusFound;
  const graph = useMemo(() => {
    if (focusFound) return mergeSlices([...slices, ...focusSlice.slices], lang);
    if (!showSummary || !summary.data) return detail;
    const elements = summaryElements(summary.data, by, lang, summaryWords(lang));
    return {
      elements,
      nodeCount: elements.filter((e) => e.group === 'nodes').length,
      edgeCount: elements.filter((e) => e.group === 'edges').length,
    };
  }, [focusFound, slices, focusSlice.slices, showSummary, summary.data, detail, by, lang]);

  useEffect(() => {
    if (graph.elements.length > 0) markOnce(MARKS.data);
  }, [graph.elements]);

  // The page's first picture of the summary goes in the canvas as soon as the canvas is there, and
  // out when the view shows anything else.
  useLayoutEffect(() => {
    if (!showSummary || !container.current) return;
    return showFirstPictureIn(container.current);
  }, [showSummary, by, lang]);

  const labelOf = useCallback(
    (id: string) => {
      const found = graph.elements.find((e) => e.data.id === id);
      return (found ? dataOf(found).label : undefined) ?? id;
    },
    [graph],
  );
  const focusNode: SelectedNode | undefined = useMemo(() => {
    const element =
      state.focus && !focusAggregate
        ? graph.elements.find((e) => e.group === 'nodes' && e.data.id === state.focus)
        : undefined;
    if (!element) return undefined;
    const { id, type, label } = dataOf(element);
    return { id, type, label };
  }, [graph, state.focus, focusAggregate]);

  const cy = useCytoscape(
    container,
    graph.elements,
    showSummary ? 'rings' : layout,
    state.focus,
    groupProjects,
    {
      onSelectNode: (id) => {
        setEdge(undefined);
        const target = aggregateTarget(id);
        // A region opens the summary one level down; another group opens its projects through its
        // facet; projects that state no district have none.
        if (target?.facet === 'region') {
          setState({ ...scopePatch({ plan: null, region: target.value }), by: null });
          return;
        }
        if (target) {
          if (target.value !== null) setState({ [target.facet]: target.value, focus: null, by: null });
          return;
        }
        setState({ focus: id }, { replace: true });
      },
      onSelectEdge: (id) => {
        const element = graph.elements.find((e) => e.data.id === id);
        if (!element || showSummary) return;
        const data = dataOf(element);
        setState({ focus: null }, { replace: true });
        setEdge({
          id,
          type: data.type,
          role: data.role ?? null,
          evidence: data.evidence,
          sourceLabel: labelOf(data.source),
          targetLabel: labelOf(data.target),
        });
      },
      onClearSelection: () => {
        setEdge(undefined);
        setState({ focus: null }, { replace: true });
      },
      onDrawn: () => setFirstDrawn(true),
    },
    { webgl: Boolean(state.webgl) },
  );

  const exportPng = () => {
    if (!cy) return;
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'plangraph-network.png';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const error =
    (showOverview && overview.error) || (summaryWanted && summary.error) || overlaps.error || neighbourhoods.error;
  const fetching = baseFetching || overlaps.fetching || focusSlice.fetching;
  const truncatedOverview =
    showOverview && overview.data?.overview.truncated ? overview.data.overview.limit : undefined;
  const truncatedNeighbourhood = neighbourhoods.slices.find((s) => s.truncated)?.limit;
  const addExpand = (id: string) => setState({ expand: [...new Set([...expand, id])].join(','), focus: id });
  const selectedLabel = focusNode?.label ?? (edge ? `${edge.sourceLabel} → ${edge.targetLabel}` : '');

  return (
    <div className="network-view">
      <div className="toolbar" role="toolbar" aria-label={t('nav.network')}>
        <SearchPicker
          key={state.q ?? ''}
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          initialText={state.q}
          onTextChange={(text) => setState({ q: text || null, focus: null, group: null })}
          onPick={(hit) => {
            setEdge(undefined);
            setState({ focus: hit.id, expand: [...new Set([...expand, hit.id])].join(',') });
          }}
        />
        <Facets
          state={state}
          deferred={!firstDrawn && !error && (fetching || graph.nodeCount > 0)}
          onChange={(patch) => setState({ ...patch, group: null })}
        />
      </div>
      <div className="canvas-row">
        <section className="canvas-wrap" aria-label={t('nav.network')}>
          <div className="canvas-bar">
            {showSummary ? (
              <label>
                {t('network.groupBy')}{' '}
                <select
                  value={by}
                  onChange={(e) => setState({ by: e.target.value === 'industry' ? null : e.target.value })}
                >
                  {SUMMARY_BY.map((name) => (
                    <option key={name} value={name}>
                      {t(`groupBy.${name}`)}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <label>
                {t('network.layout')}{' '}
                <select
                  value={layout}
                  onChange={(e) => setState({ layout: e.target.value === 'fcose' ? null : e.target.value })}
                >
                  {LAYOUTS.map((name) => (
                    <option key={name} value={name}>
                      {t(`layout.${name}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {showSummary ? (
              <button type="button" onClick={() => setState({ detail: 'all', focus: null })}>
                {t('network.showDetail')}
              </button>
            ) : (
              !group && (
                <button
                  type="button"
                  onClick={() =>
                    setState({
                      detail: null,
                      expand: null,
                      focus: null,
                      layout: null,
                      limit: null,
                      q: null,
                      ...Object.fromEntries(FACET_KEYS.map((k) => [k, null])),
                    })
                  }
                >
                  {t('network.showSummary')}
                </button>
              )
            )}
            <button type="button" onClick={() => cy?.fit(undefined, 30)}>
              {t('network.fit')}
            </button>
            <button type="button" onClick={exportPng} disabled={!cy || graph.nodeCount === 0}>
              {t('network.png')}
            </button>
            <label className="check">
              <input
                type="checkbox"
                checked={Boolean(state.webgl)}
                onChange={(e) => setState({ webgl: e.target.checked ? '1' : null })}
              />{' '}
              {t('network.webgl')}
            </label>
            <span className="muted counts" data-testid="graph-counts">
              {t('network.counts', { nodes: graph.nodeCount, edges: graph.edgeCount })}
            </span>
            {group && (
              <span className="group-chip">
                {t('network.group', { key: groupTitle(groupFound ?? group, lang) })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setState({ group: null, expand: null, focus: null, layout: null })}
                >
                  {t('network.showAll')}
                </button>
              </span>
            )}
          </div>
          {showSummary && <p className="notice hint">{t('network.summaryHint')}</p>}
          {error && (
            <ErrorState
              error={error}
              onRetry={() => {
                reexecuteOverview({ requestPolicy: 'network-only' });
                reexecuteSummary({ requestPolicy: 'network-only' });
                setRetryKey((k) => k + 1);
              }}
            />
          )}
          {focusNotFound && (
            <div className="notice" role="alert">
              {t('notFound.node', { id: state.focus ?? '' })}
            </div>
          )}
          {truncatedOverview !== undefined && (
            <div className="notice" role="status">
              {t('network.truncated', { limit: truncatedOverview })}{' '}
              {truncatedOverview < OVERVIEW_MAX && (
                <button type="button" className="link-button" onClick={() => setState({ limit: OVERVIEW_MAX })}>
                  {t('network.showMore', { limit: OVERVIEW_MAX })}
                </button>
              )}
            </div>
          )}
          {truncatedNeighbourhood !== undefined && (
            <div className="notice" role="status">
              {t('network.expandTruncated', { limit: truncatedNeighbourhood })}
            </div>
          )}
          <div
            className="canvas"
            ref={container}
            data-testid="network-canvas"
            tabIndex={0}
            role="application"
            aria-roledescription={t('nav.network')}
            aria-label={t('network.canvasLabel')}
          />
          <p className="sr-only" aria-live="polite">
            {selectedLabel}
          </p>
          {fetching && graph.nodeCount === 0 && (
            <div className="canvas-overlay">
              <Loading />
            </div>
          )}
          {!fetching && !error && graph.nodeCount === 0 && (
            <div className="canvas-overlay">
              <Empty />
            </div>
          )}
          <Legend />
        </section>
        <NodePanel
          node={focusNode}
          edge={edge}
          actions={{
            onClose: () => {
              setEdge(undefined);
              setState({ focus: null }, { replace: true });
              container.current?.focus();
            },
            onExpand: addExpand,
            onCentre: (id) => setState({ focus: id, layout: 'concentric' }),
            onOpen: (id) => {
              setEdge(undefined);
              setState({ focus: id, expand: [...new Set([...expand, id])].join(',') });
            },
            chainHref: (projectId) =>
              hrefFor({ view: 'responsibility', project: projectId, lang: state.lang }, { reset: true }),
          }}
        />
      </div>
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <div className="legend" aria-label={t('network.legend')}>
      {Object.entries(TYPE_COLOURS)
        .filter(([type]) => ['Project', 'Box', 'Chapter', 'Industry', 'Region', 'Place', 'Unit'].includes(type))
        .map(([type, colour]) => (
          <span key={type} className="legend-item">
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            {typeLabel(t, type)}
          </span>
        ))}
      <span className="legend-item">
        <span className="line solid" aria-hidden="true" />
        {t('network.stated')}
      </span>
      <span className="legend-item">
        <span className="line dashed" aria-hidden="true" />
        {t('network.derived')}
      </span>
    </div>
  );
}
