import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import type { SearchQuery as SearchResult } from '../gql/graphql';
import { SearchQuery } from './search.graphql';

export type SearchHit = SearchResult['search'][number];
import { typeLabel, useI18n } from '../i18n/i18n';
import { ErrorState } from './Status';

/** Waits until typing pauses before searching, so each keystroke is not a request. */
function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

/** Up and down arrows move between the buttons of a list of hits (and back up to the search box). */
function roveList(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  event.preventDefault();
  if (next < 0) event.currentTarget.closest('.search-picker')?.querySelector('input')?.focus();
  else buttons[Math.min(next, buttons.length - 1)]?.focus();
}

/** Full-text search (Query.search) with a list of hits to choose from; optionally one node type only. */
export function SearchPicker(props: {
  label: string;
  placeholder?: string;
  initialText?: string;
  types?: readonly string[];
  onPick: (hit: SearchHit) => void;
  onTextChange?: (text: string) => void;
  debounceMs?: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(props.initialText ?? '');
  const [open, setOpen] = useState(Boolean(props.initialText));
  const query = useDebounced(text.trim(), props.debounceMs ?? 250);
  const [{ data, fetching, error }] = useQuery({
    query: SearchQuery,
    variables: { text: query, first: 20 },
    pause: query.length === 0,
  });
  const hits = (data?.search ?? []).filter((hit) => !props.types || props.types.includes(hit.type));
  return (
    <div className="search-picker">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setOpen(true);
          props.onTextChange?.(text.trim());
        }}
      >
        <label htmlFor={id}>{props.label}</label>
        <div className="search-row">
          <input
            id={id}
            type="search"
            value={text}
            placeholder={props.placeholder}
            autoComplete="off"
            onKeyDown={(event) => {
              if (event.key !== 'ArrowDown') return;
              const first = event.currentTarget
                .closest('.search-picker')
                ?.querySelector<HTMLButtonElement>('.search-results button');
              if (first) {
                event.preventDefault();
                first.focus();
              }
            }}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              if (event.target.value === '') props.onTextChange?.('');
            }}
          />
          <button type="submit" aria-label={t('search.submit')}>
            ⌕
          </button>
        </div>
      </form>
      {open && query.length > 0 && (
        <div className="search-results" aria-live="polite">
          {error && <ErrorState error={error} />}
          {fetching && !data && <div className="muted">{t('loading')}</div>}
          {data && hits.length === 0 && <div className="muted">{t('search.none', { text: query })}</div>}
          {hits.length > 0 && (
            <ul aria-label={t('search.results')} onKeyDown={roveList}>
              {hits.map((hit) => (
                <li key={`${hit.type}:${hit.id}`}>
                  <button
                    type="button"
                    onClick={() => {
                      props.onPick(hit);
                      setOpen(false);
                    }}
                  >
                    <span className={`type-dot type-${hit.type}`} aria-hidden="true" />
                    <span className="hit-name">{hit.name}</span>
                    <span className="hit-type">{typeLabel(t, hit.type)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
