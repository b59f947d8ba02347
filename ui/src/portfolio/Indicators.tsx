import type { IndustriesWithIndicatorsQuery } from '../gql/graphql';

type Industry = IndustriesWithIndicatorsQuery['industries'][number];
import { useI18n } from '../i18n/i18n';

/** The plan's own targets for one industry (Industry.indicators). */
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
              <span className="indicator-name">{indicator.name}</span>
              <span className="indicator-values">
                <span className="year">{t('ind.value2025')}</span> {indicator.value2025 ?? '—'}{' '}
                <span aria-hidden="true">→</span> <span className="year">{t('ind.value2030')}</span>{' '}
                <strong>{indicator.value2030 ?? indicator.target ?? '—'}</strong> {indicator.unit ?? ''}
              </span>
              {indicator.attribute && <span className="badge">{indicator.attribute}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
