import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useFirstPictureSettled } from '../first-picture/useFirstPictureSettled';
import { createClient } from '../graphql/client';
import { useI18n } from '../i18n/i18n';

/**
 * Watches whether the API (and the Neo4j behind it) answers. A failed query reports here; the page
 * then says so and polls `/ready` until the service is back, and recreates the urql client so
 * every view fetches again.
 */
interface Health {
  down: boolean;
  reportFailure: () => void;
  checkNow: () => void;
}

const HealthContext = createContext<Health>({ down: false, reportFailure: () => {}, checkNow: () => {} });

export const READY_PATH = '/ready';
const POLL_MS = 3000;

async function isReady(fetchImpl: typeof fetch): Promise<boolean> {
  try {
    const res = await fetchImpl(READY_PATH, { cache: 'no-store' });
    return res.ok;
  } catch {
    return false;
  }
}

export function HealthProvider({ children, pollMs = POLL_MS }: { children: ReactNode; pollMs?: number }) {
  const [down, setDown] = useState(false);
  const [generation, setGeneration] = useState(0);
  const client = useMemo(() => createClient(), [generation]);
  const checking = useRef(false);

  const check = useCallback(async () => {
    if (checking.current) return;
    checking.current = true;
    const ready = await isReady(window.fetch.bind(window));
    checking.current = false;
    setDown((wasDown) => {
      if (wasDown && ready) setGeneration((g) => g + 1);
      return !ready;
    });
  }, []);

  // The first check waits for the first picture, whose own request says as much if the API is down.
  const settled = useFirstPictureSettled();
  useEffect(() => {
    if (settled) void check();
  }, [check, settled]);

  useEffect(() => {
    if (!down) return;
    const timer = window.setInterval(() => void check(), pollMs);
    return () => window.clearInterval(timer);
  }, [down, check, pollMs]);

  const value = useMemo<Health>(
    () => ({ down, reportFailure: () => void check(), checkNow: () => void check() }),
    [down, check],
  );

  return (
    <HealthContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </HealthContext.Provider>
  );
}

export function useHealth(): Health {
  return useContext(HealthContext);
}

export function HealthBanner() {
  const { down, checkNow } = useHealth();
  const { t } = useI18n();
  if (!down) return null;
  return (
    <div className="health-banner" role="alert">
      <span>{t('health.down')}</span>
      <button type="button" onClick={checkNow}>
        {t('health.checkNow')}
      </button>
    </div>
  );
}
