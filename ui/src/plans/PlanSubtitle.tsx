import { useQuery } from 'urql';
import { useFirstPictureSettled } from '../first-picture/useFirstPictureSettled';
import { useI18n } from '../i18n/i18n';
import { useUrlState } from '../url-state/useUrlState';
import { PlansQuery } from './plans.graphql';

/**
 * The header's line under the title: the plan the views show (the chosen one, or the only one
 * loaded) by its own title, or how many plans they span.
 */
export function PlanSubtitle() {
  const { t } = useI18n();
  const [state] = useUrlState();
  // Not needed for the first nodes: asked once the first picture is drawn.
  const settled = useFirstPictureSettled();
  const [{ data }] = useQuery({ query: PlansQuery, pause: !settled });
  const plans = data?.plans ?? [];
  const shown = plans.find((p) => p.id === state.plan) ?? (plans.length === 1 ? plans[0] : undefined);
  return (
    <span className="subtitle">
      {shown ? (
        // The plan's title is its name, in the language it was written in.
        <span lang="zh-CN">{shown.title}</span>
      ) : plans.length > 1 ? (
        t('plans.count', { count: plans.length })
      ) : null}
      {plans.length > 0 ? ' · ' : null}
      {t('appSubtitle')}
    </span>
  );
}
