import { act, render, screen } from '@testing-library/react';
import { applyPatch, navigate, parseSearch, useUrlState } from './useUrlState';

function Probe() {
  const [state, set] = useUrlState();
  return (
    <div>
      <span data-testid="industry">{state.industry ?? '-'}</span>
      <button onClick={() => set({ industry: 'aviation', after: null })}>go</button>
    </div>
  );
}

describe('URL state', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?view=portfolio&after=abc'));

  it('parses the query string, dropping empty values', () => {
    expect(parseSearch('?view=network&q=&lang=en')).toEqual({ view: 'network', lang: 'en' });
  });

  it('removes keys set to empty and orders keys for stable URLs', () => {
    expect(applyPatch({ view: 'network', q: '御窑厂' }, { q: null, lang: 'en' })).toBe('?lang=en&view=network');
    expect(applyPatch({ q: 'x' }, { q: '' })).toBe('');
  });

  it('writes to the URL and re-renders readers, and follows the back button', () => {
    render(<Probe />);
    expect(screen.getByTestId('industry')).toHaveTextContent('-');
    act(() => screen.getByText('go').click());
    expect(window.location.search).toBe('?industry=aviation&view=portfolio');
    expect(screen.getByTestId('industry')).toHaveTextContent('aviation');
    act(() => {
      window.history.replaceState(null, '', '/?industry=ceramics');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('industry')).toHaveTextContent('ceramics');
  });

  it('replaces instead of pushing when asked', () => {
    const before = window.history.length;
    navigate({ q: 'a' }, { replace: true });
    expect(window.history.length).toBe(before);
    expect(window.location.search).toContain('q=a');
  });
});
