import { mainThreadTaskCpu } from './ui';

const meta = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
const task = (pid: number, tid: number, durMs: number, cpuMs: number) => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  dur: durMs * 1000,
  tdur: cpuMs * 1000,
});

describe('mainThreadTaskCpu', () => {
  test('lists the CPU time of the renderer main thread’s tasks over 50 ms, largest first', () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(1, 11, 'DedicatedWorker thread'),
        task(1, 10, 900, 120),
        task(1, 10, 40, 30),
        task(1, 10, 300, 260),
        // A worker's task and a thread of no renderer are not the page's main thread.
        task(1, 11, 2000, 1900),
        task(3, 10, 2000, 1900),
        // The page's renderer after a navigation that changed process.
        meta(2, 20, 'CrRendererMain'),
        task(2, 20, 500, 70),
        { name: 'FunctionCall', ph: 'X', pid: 1, tid: 10, dur: 500_000, tdur: 400_000 },
      ],
    };
    expect(mainThreadTaskCpu(trace)).toEqual([260, 120, 70]);
  });

  test('finds nothing in a trace without the renderer main thread', () => {
    expect(mainThreadTaskCpu({ traceEvents: [task(1, 10, 900, 800)] })).toEqual([]);
  });
});
