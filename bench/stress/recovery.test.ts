import { afterReturn, type Answer, recoveredFrom } from './recovery';

const at = (sent: number, status: number, latency = 50): Answer => ({ sent, status, latency });

describe('recoveredFrom', () => {
  const back = 100_000;

  it('is the time after the return of the last request answered otherwise than 200', () => {
    const answers = [at(99_000, 503), at(101_000, 200), at(104_000, 503), at(105_000, 200), at(120_000, 200)];
    expect(recoveredFrom(answers, back, 130_000)).toBe(4_000);
  });

  it('counts a refusal by when its request was sent, however late it was answered', () => {
    // Sent 9 s after the return, refused 5 s later: recovery is 9 s, not the 2 s a count by answer time would give.
    const answers = [at(101_000, 200), at(109_000, 503, 5_000), at(112_000, 200)];
    expect(recoveredFrom(answers, back, 130_000)).toBe(9_000);
  });

  it('is 0 when nothing sent after the return was refused', () => {
    expect(recoveredFrom([at(98_000, 503), at(100_500, 200)], back, 130_000)).toBe(0);
  });

  it('is null when requests were still refused at the end of the watch, or none followed the last refusal', () => {
    expect(recoveredFrom([at(101_000, 200), at(129_000, 503)], back, 125_000)).toBeNull();
    expect(recoveredFrom([at(101_000, 200), at(110_000, 503)], back, 125_000)).toBeNull();
  });
});

describe('afterReturn', () => {
  it('lists the answers by the window their request was sent in, with the slowest', () => {
    const answers = [at(100_000, 503, 200), at(101_000, 200, 4_100), at(106_000, 200, 300)];
    expect(afterReturn(answers, 100_000, 5_000, 3)).toBe(
      '0–5 s 200×1 503×1 (slowest 4.1 s) · 5–10 s 200×1 (slowest 0.3 s) · 10–15 s none',
    );
  });
});
