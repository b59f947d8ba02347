import type { ProjectRowFragment as ProjectRow } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

export function ProjectTable({ rows, projectHref }: { rows: ProjectRow[]; projectHref: (id: string) => string }) {
  const { t } = useI18n();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('col.name')}</th>
          <th scope="col">{t('col.box')}</th>
          <th scope="col">{t('col.industries')}</th>
          <th scope="col">{t('col.districts')}</th>
          <th scope="col">{t('col.units')}</th>
          <th scope="col">{t('col.tier')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <a href={projectHref(row.id)}>{row.name}</a>
            </th>
            <td>{row.boxes.join('、')}</td>
            <td>{row.industries.map((i) => i.zh).join('、')}</td>
            <td>{row.districts.map((d) => d.name).join('、')}</td>
            <td>{row.units.map((u) => u.unit.name).join('、')}</td>
            <td>{row.tier}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
