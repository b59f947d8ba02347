import fc from 'fast-check';
import { nextTask, slicesOf } from './tasks';

describe('slicesOf', () => {
  test('keeps every item once, in order, in slices no larger than asked', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const slices = slicesOf(items, size);
        expect(slices.flat()).toEqual(items);
        expect(slices.every((slice) => slice.length >= 1 && slice.length <= size)).toBe(true);
        expect(slices.length).toBe(Math.ceil(items.length / size));
      }),
    );
  });

  test('treats a size below one as one', () => {
    expect(slicesOf(['a', 'b'], 0)).toEqual([['a'], ['b']]);
  });
});

describe('nextTask', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  test('resolves after the current task, not within it', async () => {
    const order: string[] = [];
    const waited = nextTask().then(() => order.push('next task'));
    await Promise.resolve();
    order.push('same task');
    await waited;
    expect(order).toEqual(['same task', 'next task']);
  });

  test('uses scheduler.yield where the browser has it', async () => {
    const yieldToMain = jest.fn(() => Promise.resolve());
    (globalThis as { scheduler?: unknown }).scheduler = { yield: yieldToMain };
    await nextTask();
    expect(yieldToMain).toHaveBeenCalledTimes(1);
  });
});
