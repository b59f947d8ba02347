import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import type { ProjectFilter } from '../../gql/graphql';
import { Quote } from '../../common/Quote';
import { Loading } from '../../common/Status';
import { useI18n } from '../../i18n/i18n';
import { word } from '../../i18n/vocabulary';
import { hrefFor } from '../../url-state/useUrlState';
import { NeighborhoodQuery, NodeQuery } from '../network.graphql';
import { ProjectList } from './ProjectList';

export interface SelectedNode {
  id: string;
  type: string;
  label: string;
}

/** A node's `data` (NodeQuery) is a JSON object of its properties; bad JSON yields no properties. */
function nodeProperties(data: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (props: Record<string, unknown>, key: string) => (typeof props[key] === 'string' ? props[key] : '');
const scalar = (props: Record<string, unknown>, key: string) => {
  const value = props[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const list = (props: Record<string, unknown>, key: string) =>
  Array.isArray(props[key])
    ? (props[key] as unknown[]).filter((v): v is string => typeof v === 'string' && v !== '')
    : [];

function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The tasks of the action plan a unit answers for, read from its neighbourhood. */
function UnitTasks({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: NeighborhoodQuery, variables: { id, depth: 1, limit: 200 } });
  const tasks = (data?.neighborhood.nodes ?? []).filter((n) => n.type === 'Task');
  if (tasks.length === 0) return null;
  return (
    <section>
      <h3>{t('panel.tasks')}</h3>
      <ul className="panel-projects">
        {tasks.map((task) => (
          <li key={task.id}>{task.label}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Every kind of node but a project, in plain words: its facts under readable names, and for a
 * place, unit, district, industry, box or chapter the projects it has.
 */
export function NodeDetails({ node, onOpen }: { node: SelectedNode; onOpen: (id: string) => void }) {
  const { t, lang } = useI18n();
  const [{ data, fetching }] = useQuery({ query: NodeQuery, variables: { id: node.id } });
  // The filters below are made of the node's properties: none is asked for before they are there.
  if (fetching && !data) return <Loading />;
  const props = nodeProperties(data?.node?.data ?? '{}');
  const projects = (filter: ProjectFilter, byIndustry = false) => (
    <ProjectList
      filter={filter}
      byIndustry={byIndustry}
      onOpen={onOpen}
      portfolioHref={hrefFor({ view: 'portfolio', ...filter, lang: lang === 'en' ? 'en' : null }, { reset: true })}
    />
  );
  switch (node.type) {
    case 'Place':
      return (
        <>
          <Facts rows={[[t('panel.district'), text(props, 'district')]]} />
          {projects({ place: node.id })}
        </>
      );
    case 'Unit':
      return (
        <>
          <Facts
            rows={[
              [t('panel.unitKind'), word(lang, 'unitKind', text(props, 'kind'))],
              [t('panel.aliases'), list(props, 'aliases').join('、')],
              [t('panel.district'), text(props, 'district')],
            ]}
          />
          {text(props, 'duties') && (
            <section>
              <h3>{t('panel.duties')}</h3>
              <blockquote className="evidence">
                <Quote text={text(props, 'duties')} marks={[node.label]} />
              </blockquote>
            </section>
          )}
          {projects({ unit: node.id })}
          <UnitTasks id={node.id} />
        </>
      );
    case 'District':
      return (
        <>
          <Facts rows={[[t('panel.kind'), word(lang, 'districtKind', text(props, 'kind'))]]} />
          {projects({ district: text(props, 'name') || node.label }, true)}
        </>
      );
    case 'Industry':
      return projects({ industry: text(props, 'code') || node.id });
    case 'Box':
      return (
        <>
          <Facts
            rows={[
              [t('panel.number'), scalar(props, 'number')],
              [t('panel.title'), text(props, 'title')],
            ]}
          />
          {typeof props.number === 'number' && projects({ box: props.number })}
        </>
      );
    case 'Chapter':
      return (
        <>
          <Facts
            rows={[
              [t('panel.level'), word(lang, 'chapterLevel', text(props, 'level'))],
              [t('panel.title'), text(props, 'title')],
            ]}
          />
          {projects({ chapter: node.id })}
        </>
      );
    case 'Task':
      return (
        <>
          <Facts
            rows={[
              [t('panel.number'), scalar(props, 'number')],
              [t('panel.title'), text(props, 'title')],
            ]}
          />
          {text(props, 'text') && (
            <section>
              <h3>{t('panel.text')}</h3>
              <blockquote className="evidence">
                <Quote text={text(props, 'text')} marks={[]} />
              </blockquote>
            </section>
          )}
        </>
      );
    case 'Indicator':
      return (
        <Facts
          rows={[
            [t('ind.name'), text(props, 'name')],
            [t('ind.value2025'), text(props, 'value2025')],
            [t('ind.value2030'), text(props, 'value2030') || text(props, 'target')],
            [t('ind.unit'), text(props, 'unit')],
            [t('ind.attribute'), text(props, 'attribute')],
          ]}
        />
      );
    default:
      return <Facts rows={[[t('panel.title'), text(props, 'title') || node.label]]} />;
  }
}
