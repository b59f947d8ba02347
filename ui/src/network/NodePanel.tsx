import { useQuery } from 'urql';
import { ProjectDetailQuery } from '../graphql/queries';
import { OtherPlans } from '../plans/OtherPlans';
import type { Evidence, Project } from '../graphql/types';
import { EvidenceBlock, Quote } from '../common/Quote';
import { ErrorState, Loading } from '../common/Status';
import { relationLabel, typeLabel, useI18n } from '../i18n/i18n';
import { nodeProperties } from './elements';

export interface SelectedNode {
  id: string;
  type: string;
  label: string;
  props: string;
}

export interface SelectedEdge {
  id: string;
  type: string;
  basis: Evidence['basis'];
  evidence?: Evidence;
  sourceLabel: string;
  targetLabel: string;
}

interface PanelActions {
  onClose: () => void;
  onExpand: (id: string) => void;
  onCentre: (id: string) => void;
  chainHref: (projectId: string) => string;
}

function Linked({ title, evidence, name, marks }: { title: string; evidence: Evidence; name: string; marks: string[] }) {
  return (
    <details className="linked">
      <summary>
        {name} <span className="muted">· {title}</span>
      </summary>
      <EvidenceBlock evidence={evidence} marks={marks} />
    </details>
  );
}

function ProjectDetails({ projectId, name }: { projectId: string; name: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery<{ project: Project | null }>({
    query: ProjectDetailQuery,
    variables: { id: projectId },
  });
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const project = data?.project;
  if (!project) return null;
  const marks = [project.name, name];
  return (
    <>
      <section aria-label={t('panel.source')}>
        <h3>{t('panel.source')}</h3>
        <EvidenceBlock evidence={project.evidence} marks={marks} />
      </section>
      <dl className="facts">
        <dt>{t('panel.boxes')}</dt>
        <dd>{project.boxes.map((b) => `专栏${b}`).join('、')}</dd>
        <dt>{t('panel.item')}</dt>
        <dd>{project.item}</dd>
        <dt>{t('panel.tier')}</dt>
        <dd>{project.tier}</dd>
        {project.kind && (
          <>
            <dt>{t('panel.kind')}</dt>
            <dd>{project.kind}</dd>
          </>
        )}
        {project.chapterPath.length > 0 && (
          <>
            <dt>{t('panel.chapterPath')}</dt>
            <dd>{project.chapterPath.map((c) => c.title).join(' › ')}</dd>
          </>
        )}
      </dl>
      {project.units.length > 0 && (
        <section>
          <h3>{t('panel.units')}</h3>
          {project.units.map((u) => (
            <Linked
              key={`${u.unit.id}:${u.role}`}
              name={u.unit.name}
              title={u.role}
              evidence={u.evidence}
              marks={[u.unit.name, ...u.unit.aliases]}
            />
          ))}
        </section>
      )}
      {project.districts.length > 0 && (
        <section>
          <h3>{t('panel.districts')}</h3>
          {project.districts.map((d) => (
            <Linked key={d.name} name={d.name} title={t(`basis.${d.evidence.basis}`)} evidence={d.evidence} marks={[d.name]} />
          ))}
        </section>
      )}
      {project.industries.length > 0 && (
        <section>
          <h3>{t('panel.industries')}</h3>
          {project.industries.map((i) => (
            <Linked key={i.code} name={i.zh} title={t(`basis.${i.evidence.basis}`)} evidence={i.evidence} marks={[i.zh]} />
          ))}
        </section>
      )}
      {project.places.length > 0 && (
        <section>
          <h3>{t('panel.places')}</h3>
          {project.places.map((p) => (
            <Linked key={p.place.id} name={p.place.name} title={p.place.district ?? ''} evidence={p.evidence} marks={[p.place.name]} />
          ))}
        </section>
      )}
      <OtherPlans projectId={projectId} name={name} />
      {project.mentions.length > 0 && (
        <section>
          <h3>{t('panel.mentions')}</h3>
          <ul className="mentions">
            {project.mentions.map((m) => (
              <li key={`${m.box}:${m.item}:${m.line}`}>
                <span className="muted">
                  专栏{m.box} · {m.item} · {t('panel.sourceLine', { document: '', line: m.line }).trim()}
                </span>
                <Quote text={m.quote} marks={marks} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Bookkeeping properties (ids, references, line lists) that mean nothing to a reader. */
const HIDDEN_PROPERTY = /^(id|quote|document|.*Id|.*Ids|.*Lines)$/;

function Properties({ node }: { node: SelectedNode }) {
  const { t } = useI18n();
  const props = nodeProperties(node.props);
  const quote = typeof props.quote === 'string' ? props.quote : undefined;
  const readable = Object.entries(props).filter(([key]) => !HIDDEN_PROPERTY.test(key));
  const shown = readable.filter(([, value]) => value !== null && value !== '' && typeof value !== 'object');
  const lists = readable.filter(([, value]) => Array.isArray(value) && value.length > 0);
  return (
    <>
      {quote && (
        <section>
          <h3>{t('panel.source')}</h3>
          <blockquote className="evidence">
            <Quote text={quote} marks={[node.label]} />
          </blockquote>
        </section>
      )}
      {(shown.length > 0 || lists.length > 0) && (
        <dl className="facts">
          {shown.map(([key, value]) => (
            <div key={key} className="fact">
              <dt>{key}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
          {lists.map(([key, value]) => (
            <div key={key} className="fact">
              <dt>{key}</dt>
              <dd>{(value as unknown[]).join('、')}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

export function NodePanel({ node, edge, actions }: { node?: SelectedNode; edge?: SelectedEdge; actions: PanelActions }) {
  const { t } = useI18n();
  if (!node && !edge) return null;
  const projectId = node?.type === 'Project' ? String(nodeProperties(node.props).id ?? node.id) : undefined;
  return (
    <aside className="side-panel" aria-label={node?.label ?? t('panel.edge')}>
      <header>
        <div>
          <span className={`type-pill type-${node?.type ?? 'edge'}`}>{node ? typeLabel(t, node.type) : t('panel.edge')}</span>
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
        {node && !projectId && <Properties node={node} />}
        {edge && (
          <>
            <p>
              <strong>{relationLabel(t, edge.type)}</strong> <code className="muted">{edge.type}</code>
            </p>
            {edge.evidence && <EvidenceBlock evidence={edge.evidence} marks={[edge.sourceLabel, edge.targetLabel]} />}
          </>
        )}
      </div>
    </aside>
  );
}
