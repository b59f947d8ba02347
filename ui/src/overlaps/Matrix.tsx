import type { DistrictIndustryMatrixQuery } from '../gql/graphql';

type MatrixCell = DistrictIndustryMatrixQuery['districtIndustryMatrix'][number];
type Industry = DistrictIndustryMatrixQuery['industries'][number];
import { useI18n } from '../i18n/i18n';

/** Matrix cells may name an industry by code or by its Chinese name; both resolve to the code. */
function industryIndex(industries: readonly Industry[]): Map<string, Industry> {
  const index = new Map<string, Industry>();
  for (const industry of industries) {
    index.set(industry.code, industry);
    index.set(industry.zh, industry);
  }
  return index;
}

export function Matrix(props: {
  cells: readonly MatrixCell[];
  industries: readonly Industry[];
  cellHref: (district: string, industryCode: string) => string;
}) {
  const { t, lang } = useI18n();
  const index = industryIndex(props.industries);
  // Projects that state no district get their own last column rather than dropping out.
  const named = [...new Set(props.cells.map((c) => c.district).filter((d): d is string => d !== null))];
  const districts: (string | null)[] = props.cells.some((c) => c.district === null) ? [...named, null] : named;
  const districtName = (district: string | null) => district ?? t('overlaps.noDistrict');
  const present = new Set(props.cells.map((c) => index.get(c.industry)?.code ?? c.industry));
  // Columns follow the industry list's own order; codes the list lacks go last.
  const rows = [
    ...props.industries.filter((i) => present.has(i.code)),
    ...[...present].filter((code) => !index.has(code)).map((code) => ({ code, zh: code, en: code, projectCount: 0 })),
  ];
  const counts = new Map<string, number>();
  for (const cell of props.cells)
    counts.set(`${cell.district}\u0000${index.get(cell.industry)?.code ?? cell.industry}`, cell.count);
  const max = Math.max(1, ...props.cells.map((c) => c.count));
  const name = (industry: Pick<Industry, 'zh' | 'en'>) => (lang === 'en' ? industry.en : industry.zh);

  // Few districts, many industries: districts run across, industries down, so every label reads horizontally.
  return (
    <div className="matrix-wrap">
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col" />
            {districts.map((district) => (
              <th scope="col" key={district ?? ''} className={district === null ? 'unstated' : undefined}>
                {districtName(district)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((industry) => (
            <tr key={industry.code}>
              <th scope="row">{name(industry)}</th>
              {districts.map((district) => {
                const count = counts.get(`${district}\u0000${industry.code}`) ?? 0;
                const label = t('overlaps.cellLabel', {
                  district: districtName(district),
                  industry: name(industry),
                  count,
                });
                return (
                  <td
                    key={district ?? ''}
                    style={count ? { background: `rgba(31, 95, 168, ${0.12 + (0.55 * count) / max})` } : undefined}
                  >
                    {count > 0 && district === null ? (
                      <span aria-label={label} title={label}>
                        {count}
                      </span>
                    ) : count > 0 && district !== null ? (
                      <a href={props.cellHref(district, industry.code)} aria-label={label} title={label}>
                        {count}
                      </a>
                    ) : (
                      <span className="muted" aria-hidden="true">
                        ·
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
