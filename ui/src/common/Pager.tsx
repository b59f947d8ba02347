import { useI18n } from '../i18n/i18n';
import type { UrlState } from '../url-state/useUrlState';

/** The cursors of the pages walked so far (the URL's `trail`), so Previous works and a page can be shared. */
export function trailOf(state: UrlState): string[] {
  return state.trail ? state.trail.split(',') : [];
}

/** The cursor to ask for the page `trail` stands at (null: the first page). */
export function afterOf(trail: readonly string[]): string | null {
  return trail[trail.length - 1] ?? null;
}

export interface PagerProps {
  /** The cursors walked so far (see {@link trailOf}). */
  trail: readonly string[];
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  /** What the pages are of, for screen readers. */
  label: string;
  /** Called with the new trail as the URL keeps it (null: back to the first page). */
  onTrail: (trail: string | null) => void;
}

/** First, Previous and Next over a cursor-paged list; nothing when the list fits one page. */
export function Pager({ trail, hasNextPage, endCursor, label, onTrail }: PagerProps) {
  const { t } = useI18n();
  if (trail.length === 0 && !hasNextPage) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={trail.length === 0} onClick={() => onTrail(null)}>
        {t('pager.first')}
      </button>
      <button type="button" disabled={trail.length === 0} onClick={() => onTrail(trail.slice(0, -1).join(',') || null)}>
        {t('pager.prev')}
      </button>
      <button
        type="button"
        disabled={!hasNextPage || !endCursor}
        onClick={() => onTrail([...trail, endCursor!].join(','))}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
