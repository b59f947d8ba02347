import { typeLabel, useI18n } from '../../i18n/i18n';
import { EdgeDetails, type SelectedEdge } from './EdgeDetails';
import { NodeDetails, type SelectedNode } from './NodeDetails';
import { ProjectDetails } from './ProjectDetails';

export type { SelectedEdge, SelectedNode };

export interface PanelActions {
  onClose: () => void;
  onExpand: (id: string) => void;
  onCentre: (id: string) => void;
  onOpen: (id: string) => void;
  chainHref: (projectId: string) => string;
}

/** The side panel of the selected node or edge, beside the graph (never over it). Escape closes it. */
export function NodePanel({
  node,
  edge,
  actions,
}: {
  node?: SelectedNode;
  edge?: SelectedEdge;
  actions: PanelActions;
}) {
  const { t } = useI18n();
  if (!node && !edge) return null;
  const projectId = node?.type === 'Project' ? node.id : undefined;
  return (
    <aside
      className="side-panel"
      aria-label={node?.label ?? t('panel.edge')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') actions.onClose();
      }}
    >
      <header>
        <div>
          <span className={`type-pill type-${node?.type ?? 'edge'}`}>
            {node ? typeLabel(t, node.type) : t('panel.edge')}
          </span>
          <h2>{node ? node.label : `${edge!.sourceLabel} → ${edge!.targetLabel}`}</h2>
        </div>
        <button type="button" className="icon-button" onClick={actions.onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      {node && (
        <div className="panel-actions">
          <button type="button" onClick={() => actions.onExpand(node.id)}>
            {t('panel.expand')}
          </button>
          <button type="button" onClick={() => actions.onCentre(node.id)}>
            {t('panel.focus')}
          </button>
          {projectId && (
            <a className="button" href={actions.chainHref(projectId)}>
              {t('panel.chain')}
            </a>
          )}
        </div>
      )}
      <div className="panel-body">
        {node && projectId && <ProjectDetails projectId={projectId} name={node.label} />}
        {node && !projectId && <NodeDetails node={node} onOpen={actions.onOpen} />}
        {edge && <EdgeDetails edge={edge} />}
      </div>
    </aside>
  );
}
