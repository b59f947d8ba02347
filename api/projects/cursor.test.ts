import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trips an offset', () => {
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor(null)).toBe(0);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(/Invalid cursor/);
  });
});
