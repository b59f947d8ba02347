import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { HealthBanner } from './common/health';
import { Loading } from './common/Status';
import { languageOf } from './i18n/firstScreen';
import { I18nProvider, useI18n } from './i18n/i18n';
import type { Lang } from './i18n/messages';
import { NetworkView } from './network/NetworkView';
import { PlanSubtitle } from './plans/PlanSubtitle';
import { PlanSwitcher } from './plans/PlanSwitcher';
import { hrefFor, navigate, useUrlState } from './url-state/useUrlState';

export const VIEWS = ['network', 'portfolio', 'overlaps', 'responsibility', 'diff'] as const;
export type View = (typeof VIEWS)[number];

// The network is the first screen; the other views load as chunks of their own when opened.
const VIEW_COMPONENTS: Record<View, ComponentType> = {
  network: NetworkView,
  portfolio: lazy(() => import('./portfolio/PortfolioView').then((m) => ({ default: m.PortfolioView }))),
  overlaps: lazy(() => import('./overlaps/OverlapsView').then((m) => ({ default: m.OverlapsView }))),
  responsibility: lazy(() =>
    import('./responsibility/ResponsibilityView').then((m) => ({ default: m.ResponsibilityView })),
  ),
  diff: lazy(() => import('./plans/DiffView').then((m) => ({ default: m.DiffView }))),
};

function Header({ view, lang }: { view: View; lang: Lang }) {
  const { t } = useI18n();
  const [state] = useUrlState();
  // A view starts afresh but stays in the chosen region and plan.
  const scope = { region: state.region ?? null, plan: state.plan ?? null };
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('skip.main')}
      </a>
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <PlanSubtitle />
      </div>
      <nav aria-label="main">
        {VIEWS.map((name) => (
          <a
            key={name}
            href={hrefFor(
              { view: name === 'network' ? null : name, lang: lang === 'en' ? 'en' : null, ...scope },
              { reset: true },
            )}
            aria-current={name === view ? 'page' : undefined}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              navigate(
                { view: name === 'network' ? null : name, lang: lang === 'en' ? 'en' : null, ...scope },
                { reset: true },
              );
            }}
          >
            {t(`nav.${name}`)}
          </a>
        ))}
      </nav>
      <button
        type="button"
        className="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh'}
        aria-label={t('lang.switchLabel')}
        onClick={() => navigate({ lang: lang === 'zh' ? 'en' : null }, { replace: true })}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}

export function App() {
  const [state] = useUrlState();
  const lang: Lang = languageOf(state);
  const view: View = VIEWS.includes(state.view as View) ? (state.view as View) : 'network';
  const Current = VIEW_COMPONENTS[view];
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <I18nProvider lang={lang}>
      <div className={`app view-${view}`}>
        <Header view={view} lang={lang} />
        <PlanSwitcher />
        <HealthBanner />
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Current />
          </Suspense>
        </main>
      </div>
    </I18nProvider>
  );
}
