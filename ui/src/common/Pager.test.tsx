import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { afterOf, Pager, trailOf } from './Pager';

function renderPager(trail: string[], hasNextPage: boolean, endCursor: string | null = null) {
  const onTrail = jest.fn<void, [string | null]>();
  render(
    <I18nProvider lang="en">
      <Pager trail={trail} hasNextPage={hasNextPage} endCursor={endCursor} label="Projects" onTrail={onTrail} />
    </I18nProvider>,
  );
  return onTrail;
}

describe('trailOf and afterOf', () => {
  it('read the cursors walked from the URL and ask for the page after the last', () => {
    expect(trailOf({})).toEqual([]);
    expect(trailOf({ trail: 'a,b' })).toEqual(['a', 'b']);
    expect(afterOf([])).toBeNull();
    expect(afterOf(['a', 'b'])).toBe('b');
  });
});

describe('Pager', () => {
  it('is absent when the list fits one page', () => {
    renderPager([], false);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('walks forward by appending the end cursor, from the first page', () => {
    const onTrail = renderPager([], true, 'c1');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'First page' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onTrail).toHaveBeenLastCalledWith('c1');
  });

  it('walks back one cursor, or to the first page, and stops at the last page', () => {
    const onTrail = renderPager(['c1', 'c2'], false, 'c3');
    expect(screen.getByRole('navigation', { name: 'Projects' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onTrail).toHaveBeenLastCalledWith('c1');
    fireEvent.click(screen.getByRole('button', { name: 'First page' }));
    expect(onTrail).toHaveBeenLastCalledWith(null);
  });

  it('goes back from the second page to the first as an empty trail', () => {
    const onTrail = renderPager(['c1'], true, 'c2');
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onTrail).toHaveBeenLastCalledWith(null);
  });
});
