import type { IndustriesWithIndicatorsQuery } from '../gql/graphql';

type Industry = IndustriesWithIndicatorsQuery['industries'][number];
import { useI18n } from '../i18n/i18n';

/** The two attributes of a plan's indicators (属性 column of 专栏1). */
const ATTRIBUTES = { 预期性: 'ind.attribute.expected', 约束性: 'ind.attribute.binding' } as const;

/**
 * The plan's own targets for one industry (Industry.indicators). In English the name and unit are
 * the English terms the importer found for them; a name no term covers is shown as written, marked
 * as Chinese.
 */
export function Indicators({ industry }: { industry: Industry }) {
  const { t, lang } = useI18n();
  const indicators = industry.indicators ?? [];
  const name = lang === 'en' ? industry.en : industry.zh;
  return (
    <section className="indicators card" aria-label={t('indicators.title', { industry: name })}>
      <h3>{t('indicators.title', { industry: name })}</h3>
      {indicators.length === 0 ? (
        <p className="muted">{t('indicators.none')}</p>
      ) : (
        <ul className="indicator-list">
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              {lang === 'en' && indicator.nameEn ? (
                <span className="indicator-name">{indicator.nameEn}</span>
              ) : (
                <span className="indicator-name" lang="zh">
                  {indicator.name}
                </span>
              )}
              <span className="indicator-values">
                <span className="year">{t('ind.value2025')}</span> {indicator.value2025 ?? '—'}{' '}
                <span aria-hidden="true">→</span> <span className="year">{t('ind.value2030')}</span>{' '}
                <strong>{indicator.value2030 ?? indicator.target ?? '—'}</strong>{' '}
                {lang === 'en' && indicator.unitEn ? (
                  <span className="indicator-unit">{indicator.unitEn}</span>
                ) : (
                  <span className="indicator-unit" lang="zh">
                    {indicator.unit ?? ''}
                  </span>
                )}
              </span>
              {indicator.attribute && (
                <span className="badge">
                  {indicator.attribute in ATTRIBUTES
                    ? t(ATTRIBUTES[indicator.attribute as keyof typeof ATTRIBUTES])
                    : indicator.attribute}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
