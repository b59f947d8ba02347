/** One answer of the load: when its request was sent (epoch ms), its status and latency (ms). */
export interface Answer {
  sent: number;
  status: number;
  latency: number;
}

/**
 * The answers to the requests sent in each `step`-ms window from `from` on, by status, with the
 * slowest of them, e.g. "0–5 s 200×80 503×20 (slowest 4.1 s) · 5–10 s 200×250 (slowest 0.3 s)".
 */
export function afterReturn(answers: Answer[], from: number, step: number, windows: number): string {
  return Array.from({ length: windows }, (_, w) => {
    const sent = answers.filter((a) => a.sent >= from + w * step && a.sent < from + (w + 1) * step);
    const statuses = sent.map((a) => a.status);
    const counts = [...new Set(statuses)].sort().map((x) => `${x}×${statuses.filter((y) => y === x).length}`);
    const slowest = Math.max(...sent.map((a) => a.latency));
    const range = `${(w * step) / 1000}–${((w + 1) * step) / 1000} s`;
    return sent.length ? `${range} ${counts.join(' ')} (slowest ${(slowest / 1000).toFixed(1)} s)` : `${range} none`;
  }).join(' · ');
}

/**
 * Milliseconds from `back` after which every request sent got 200, strictly: just after the last
 * request answered otherwise (0 when none after `back`); null when requests sent up to `until` were
 * still refused, or nothing was sent after the last refusal, so that recovery was not seen.
 */
export function recoveredFrom(answers: Answer[], back: number, until: number): number | null {
  const refused = answers.filter((a) => a.status !== 200).map((a) => a.sent);
  const last = Math.max(back, ...refused);
  if (last >= until) return null;
  if (!answers.some((a) => a.sent > last && a.status === 200)) return null;
  return last - back;
}
