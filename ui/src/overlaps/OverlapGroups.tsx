import type { OverlapGroupPartsFragment as OverlapGroup } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

export function OverlapGroups({ groups, onFocus }: { groups: readonly OverlapGroup[]; onFocus: (group: OverlapGroup) => void }) {
  const { t } = useI18n();
  return (
    <ul className="group-list">
      {groups.map((group) => (
        <li key={group.key} className="card group-card">
          <div className="group-head">
            <h4>{group.key}</h4>
            <span className="muted">{t('overlaps.projects', { count: group.projects.length })}</span>
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
                {p.name}{' '}
                <span className="muted">
                  专栏{p.boxes.join('、')}
                  {p.districts.length > 0 ? ` · ${p.districts.map((d) => d.name).join('、')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
