import { useQuery } from 'urql';
import type { EvidencePartsFragment as Evidence } from '../../gql/graphql';
import { EvidenceBlock, Quote } from '../../common/Quote';
import { ErrorState, Loading } from '../../common/Status';
import { useI18n } from '../../i18n/i18n';
import { word } from '../../i18n/vocabulary';
import { ProjectDetailQuery } from '../network.graphql';
import { OtherPlans } from '../../plans/OtherPlans';
import { ProjectChains } from './ProjectChains';

function Linked({
  title,
  evidence,
  name,
  marks,
}: {
  title: string;
  evidence: Evidence;
  name: string;
  marks: string[];
}) {
  return (
    <details className="linked">
      <summary>
        {name} {title && <span className="muted">· {title}</span>}
      </summary>
      <EvidenceBlock evidence={evidence} marks={marks} />
    </details>
  );
}

/** A project's sentence, facts and links, each link with the sentence behind it. */
export function ProjectDetails({ projectId, name }: { projectId: string; name: string }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProjectDetailQuery, variables: { id: projectId } });
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const project = data?.project;
  if (!project) return <p className="status status-empty">{t('notFound.project', { id: projectId })}</p>;
  const marks = [project.name, name];
  const english = new Map((data?.industries ?? []).map((i) => [i.code, i.en]));
  const boxName = (label: string) => (lang === 'en' ? `Box ${label}` : `专栏${label}`);
  return (
    <>
      <section aria-label={t('panel.source')}>
        <h3>{t('panel.source')}</h3>
        <EvidenceBlock evidence={project.evidence} marks={marks} />
      </section>
      <dl className="facts">
        <dt>{t('panel.boxes')}</dt>
        <dd>{project.boxLabels.map(boxName).join(lang === 'en' ? ', ' : '、')}</dd>
        <dt>{t('panel.item')}</dt>
        <dd>{project.item}</dd>
        <dt>{t('panel.tier')}</dt>
        <dd>
          <abbr title={t('tier.explain')}>{word(lang, 'tier', project.tier)}</abbr>
        </dd>
        {project.facilityKind && (
          <>
            <dt>{t('panel.kind')}</dt>
            <dd>{lang === 'en' ? project.facilityKind.en : project.facilityKind.zh}</dd>
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
              title={word(lang, 'role', u.role)}
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
            <Linked
              key={d.name}
              name={d.name}
              title={t(`basis.${d.evidence.basis}`)}
              evidence={d.evidence}
              marks={[d.name]}
            />
          ))}
        </section>
      )}
      {project.industries.length > 0 && (
        <section>
          <h3>{t('panel.industries')}</h3>
          {project.industries.map((i) => (
            <Linked
              key={i.code}
              name={lang === 'en' ? (english.get(i.code) ?? i.zh) : i.zh}
              title={t(`basis.${i.evidence.basis}`)}
              evidence={i.evidence}
              marks={[i.zh]}
            />
          ))}
        </section>
      )}
      {project.places.length > 0 && (
        <section>
          <h3>{t('panel.places')}</h3>
          {project.places.map((p) => (
            <Linked
              key={p.place.id}
              name={p.place.name}
              title={p.place.district ?? ''}
              evidence={p.evidence}
              marks={[p.place.name]}
            />
          ))}
        </section>
      )}
      <ProjectChains projectId={projectId} />
      <OtherPlans projectId={projectId} name={name} />
      {project.mentions.length > 0 && (
        <section>
          <h3>{t('panel.mentions')}</h3>
          <ul className="mentions">
            {project.mentions.map((m) => (
              <li key={`${m.box}:${m.item}:${m.line}`}>
                <span className="muted">
                  {boxName(m.boxLabel)} · {t('panel.item')} {m.item} ·{' '}
                  {t('panel.sourceLine', { document: '', line: m.line }).replace(/^[\s,]+/, '')}
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
