import { useEffect } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useHealth } from './health';

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}

export function Empty({ children }: { children?: React.ReactNode }) {
  const { t } = useI18n();
  return <div className="status status-empty">{children ?? t('empty')}</div>;
}

/** A failed query: says what failed, offers a retry, and lets the health check poll the API. */
export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useI18n();
  const { reportFailure } = useHealth();
  useEffect(() => {
    if (error.networkError) reportFailure();
  }, [error, reportFailure]);
  const message = error.graphQLErrors.length
    ? error.graphQLErrors.map((e) => e.message).join('; ')
    : (error.networkError?.message ?? error.message);
  return (
    <div className="status status-error" role="alert">
      <span>{t('error', { message })}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
