import type { ProjectRowFragment as ProjectRow } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { word } from '../i18n/vocabulary';

export function ProjectTable(props: {
  rows: ProjectRow[];
  projectHref: (id: string) => string;
  industryName: (code: string, zh: string) => string;
}) {
  const { rows, projectHref, industryName } = props;
  const { t, lang } = useI18n();
  const join = (list: readonly (string | number)[]) => list.join(lang === 'en' ? ', ' : '、');
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
            <td>{join(row.boxLabels)}</td>
            <td>{join(row.industries.map((i) => industryName(i.code, i.zh)))}</td>
            <td>{join(row.districts.map((d) => d.name))}</td>
            <td>
              {join(
                row.units.map(
                  (u) =>
                    `${u.unit.name}${lang === 'en' ? ` (${word(lang, 'role', u.role)})` : `（${word(lang, 'role', u.role)}）`}`,
                ),
              )}
            </td>
            <td>
              <abbr title={t('tier.explain')}>{word(lang, 'tier', row.tier)}</abbr>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
