import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { OverlapsQuery, OverviewQuery } from '../graphql/queries';
import { OVERLAP_KINDS, type GraphSlice, type OverlapGroup, type OverlapKind } from '../graphql/types';
import { LAYOUTS, useCytoscape, type LayoutName } from '../cytoscape/useCytoscape';
import { TYPE_COLOURS } from '../cytoscape/styles';
import { ErrorState, Loading, Empty } from '../common/Status';
import { SearchPicker } from '../common/SearchPicker';
import { typeLabel, useI18n } from '../i18n/i18n';
import { hrefFor, useUrlState } from '../url-state/useUrlState';
import { Facets, filterFromState } from './Facets';
import { mergeSlices } from './elements';
import { NodePanel, type SelectedEdge, type SelectedNode } from './NodePanel';
import { useNeighborhoods } from './useSlices';

export const OVERVIEW_LIMIT = 1500;

/** `group` in the URL names an overlap group as KIND~key. */
export function parseGroup(value: string | undefined): { kind: OverlapKind; key: string } | undefined {
  if (!value) return undefined;
  const at = value.indexOf('~');
  const kind = value.slice(0, at) as OverlapKind;
  if (at < 0 || !OVERLAP_KINDS.includes(kind)) return undefined;
  return { kind, key: value.slice(at + 1) };
}

function splitList(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

export function NetworkView() {
  const { t, lang } = useI18n();
  const [state, setState] = useUrlState();
  const [retryKey, setRetryKey] = useState(0);
  const [edge, setEdge] = useState<SelectedEdge>();
  const container = useRef<HTMLDivElement>(null);
  const group = parseGroup(state.group);
  const filter = useMemo(() => filterFromState(state), [state]);
  const layout: LayoutName = LAYOUTS.includes(state.layout as LayoutName) ? (state.layout as LayoutName) : 'fcose';
  const expand = useMemo(() => splitList(state.expand), [state.expand]);

  const [overview, reexecuteOverview] = useQuery<{ overview: GraphSlice }>({
    query: OverviewQuery,
    variables: { filter, limit: OVERVIEW_LIMIT },
    pause: Boolean(group),
  });
  const [overlaps] = useQuery<{ overlaps: OverlapGroup[] }>({
    query: OverlapsQuery,
    variables: { kind: group?.kind ?? OVERLAP_KINDS[0] },
    pause: !group,
  });
  const groupProjects = useMemo(() => {
    if (!group) return [];
    const found = overlaps.data?.overlaps.find((g) => g.key === group.key);
    return found ? found.projects.map((p) => p.id) : [];
  }, [group?.kind, group?.key, overlaps.data]);
  const neighbourhoodIds = useMemo(() => [...new Set([...groupProjects, ...expand])], [groupProjects, expand]);
  const neighbourhoods = useNeighborhoods(neighbourhoodIds, retryKey);

  const slices = useMemo(() => {
    const list: GraphSlice[] = [];
    if (!group && overview.data) list.push(overview.data.overview);
    list.push(...neighbourhoods.slices);
    return list;
  }, [group, overview.data, neighbourhoods.slices]);
  const graph = useMemo(() => mergeSlices(slices, lang), [slices, lang]);

  const labelOf = useCallback(
    (id: string) => graph.elements.find((e) => e.data.id === id)?.data.label ?? id,
    [graph],
  );
  const focusNode: SelectedNode | undefined = useMemo(() => {
    const element = state.focus ? graph.elements.find((e) => e.group === 'nodes' && e.data.id === state.focus) : undefined;
    return element
      ? { id: element.data.id!, type: element.data.type, label: element.data.label, props: element.data.props }
      : undefined;
  }, [graph, state.focus]);

  const cy = useCytoscape(container, graph.elements, layout, state.focus, groupProjects, {
    onSelectNode: (id) => {
      setEdge(undefined);
      setState({ focus: id });
    },
    onSelectEdge: (id) => {
      const element = graph.elements.find((e) => e.data.id === id);
      if (!element) return;
      setState({ focus: null }, { replace: true });
      setEdge({
        id,
        type: element.data.type,
        basis: element.data.basis,
        evidence: element.data.evidence,
        sourceLabel: labelOf(element.data.source),
        targetLabel: labelOf(element.data.target),
      });
    },
    onClearSelection: () => {
      setEdge(undefined);
      setState({ focus: null });
    },
  });

  const exportPng = () => {
    if (!cy) return;
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'plangraph-network.png';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const error = (!group && overview.error) || overlaps.error || neighbourhoods.error;
  const fetching = (!group && overview.fetching) || overlaps.fetching || neighbourhoods.fetching;
  const truncatedOverview = !group && overview.data?.overview.truncated ? overview.data.overview.limit : undefined;
  const truncatedNeighbourhood = neighbourhoods.slices.find((s) => s.truncated)?.limit;
  const addExpand = (id: string) => setState({ expand: [...new Set([...expand, id])].join(','), focus: id });

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
        <Facets state={state} onChange={(patch) => setState({ ...patch, group: null })} />
      </div>
      <div className="canvas-row">
        <section className="canvas-wrap" aria-label={t('nav.network')}>
          <div className="canvas-bar">
            <label>
              {t('network.layout')}{' '}
              <select value={layout} onChange={(e) => setState({ layout: e.target.value === 'fcose' ? null : e.target.value })}>
                {LAYOUTS.map((name) => (
                  <option key={name} value={name}>
                    {t(`layout.${name}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => cy?.fit(undefined, 30)}>
              {t('network.fit')}
            </button>
            <button type="button" onClick={exportPng} disabled={!cy || graph.nodeCount === 0}>
              {t('network.png')}
            </button>
            <span className="muted counts" data-testid="graph-counts">
              {t('network.counts', { nodes: graph.nodeCount, edges: graph.edgeCount })}
            </span>
            {group && (
              <span className="group-chip">
                {t('network.group', { key: group.key })}{' '}
                <button type="button" className="link-button" onClick={() => setState({ group: null, expand: null, focus: null })}>
                  {t('network.showAll')}
                </button>
              </span>
            )}
          </div>
          {error && (
            <ErrorState
              error={error}
              onRetry={() => {
                reexecuteOverview({ requestPolicy: 'network-only' });
                setRetryKey((k) => k + 1);
              }}
            />
          )}
          {truncatedOverview !== undefined && (
            <div className="notice" role="status">
              {t('network.truncated', { limit: truncatedOverview })}
            </div>
          )}
          {truncatedNeighbourhood !== undefined && (
            <div className="notice" role="status">
              {t('network.expandTruncated', { limit: truncatedNeighbourhood })}
            </div>
          )}
          <div className="canvas" ref={container} data-testid="network-canvas" aria-label={t('network.hint')} />
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
              setState({ focus: null });
            },
            onExpand: addExpand,
            onCentre: (id) => setState({ focus: id, layout: 'concentric' }),
            chainHref: (projectId) => hrefFor({ view: 'responsibility', project: projectId, lang: state.lang }, { reset: true }),
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
