import type { OverlapGroupPartsFragment as OverlapGroup } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { groupTitle } from './groupTitle';
import type { Scope } from '../plans/scope';
import { hrefFor } from '../url-state/useUrlState';

export function OverlapGroups({
  groups,
  onFocus,
  scope,
}: {
  groups: readonly OverlapGroup[];
  onFocus: (group: OverlapGroup) => void;
  /** The plan and region the links keep. */
  scope: Scope;
}) {
  const { t, lang } = useI18n();
  const boxes = (list: readonly string[]) => (lang === 'en' ? `Box ${list.join(', ')}` : `专栏${list.join('、')}`);
  const projectHref = (id: string) =>
    hrefFor({ view: 'network', focus: id, expand: id, lang: lang === 'en' ? 'en' : null, ...scope }, { reset: true });
  return (
    <ul className="group-list">
      {groups.map((group) => (
        <li key={group.key} className="card group-card">
          <div className="group-head">
            <h4>{groupTitle(group, lang)}</h4>
            <span className="muted">{t('overlaps.projects', { count: group.projectCount })}</span>
            <button type="button" onClick={() => onFocus(group)}>
              {t('overlaps.focus')}
            </button>
          </div>
          {group.districts.length > 0 && (
            <div className="chips">
              {group.districts.map((d) => (
                <span key={d} className="chip">
                  {d}
                </span>
              ))}
            </div>
          )}
          <ul className="group-projects">
            {group.projects.map((p) => (
              <li key={p.id}>
                <a href={projectHref(p.id)}>{p.name}</a>{' '}
                <span className="muted">
                  {boxes(p.boxLabels)}
                  {p.districts.length > 0 ? ` · ${p.districts.map((d) => d.name).join('、')}` : ''}
                </span>
              </li>
            ))}
          </ul>
          {group.projects.length < group.projectCount && (
            <p className="muted">{t('overlaps.firstProjects', { count: group.projects.length })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
