import { act, render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { HealthBanner, HealthProvider, READY_PATH } from './health';

describe('HealthProvider', () => {
  const originalFetch = window.fetch;
  afterEach(() => {
    window.fetch = originalFetch;
    jest.useRealTimers();
  });

  it('says when /ready fails, keeps polling, and clears once the service is back', async () => {
    jest.useFakeTimers();
    let ready = false;
    const fetchMock = jest.fn((url: string) =>
      Promise.resolve({ ok: ready, status: ready ? 200 : 503, url } as unknown as Response),
    );
    window.fetch = fetchMock as unknown as typeof fetch;
    render(
      <HealthProvider pollMs={1000}>
        <I18nProvider lang="zh">
          <HealthBanner />
        </I18nProvider>
      </HealthProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('数据服务暂时不可用');
    expect(fetchMock).toHaveBeenCalledWith(READY_PATH, expect.anything());
    const callsWhileDown = fetchMock.mock.calls.length;
    await act(() => {
      jest.advanceTimersByTime(1000);
      return Promise.resolve();
    });
    expect(fetchMock.mock.calls.length).toBeGreaterThan(callsWhileDown);
    ready = true;
    await act(() => {
      jest.advanceTimersByTime(1000);
      return Promise.resolve();
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('treats a refused connection as down', async () => {
    window.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    render(
      <HealthProvider>
        <I18nProvider lang="en">
          <HealthBanner />
        </I18nProvider>
      </HealthProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The data service is unavailable');
  });
});
