import { mainThreadTaskCpu, missed, phaseDurations, phasesOf } from './ui';

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

  test('counts only the main thread that set the page’s marks when the trace has other renderers', () => {
    const mark = (pid: number, tid: number) => ({ name: 'plangraph:script', ph: 'R', pid, tid });
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(2, 20, 'CrRendererMain'),
        mark(2, 20),
        task(1, 10, 900, 800),
        task(2, 20, 300, 260),
      ],
    };
    expect(mainThreadTaskCpu(trace)).toEqual([260]);
  });

  test('finds nothing in a trace without the renderer main thread', () => {
    expect(mainThreadTaskCpu({ traceEvents: [task(1, 10, 900, 800)] })).toEqual([]);
  });
});

describe('phases of the first nodes', () => {
  // The first picture drawn from the early answer, then Cytoscape loaded, drawing and taking over.
  const marks = [
    { name: 'plangraph:script', startTime: 300 },
    { name: 'plangraph:data', startTime: 500 },
    { name: 'plangraph:placed', startTime: 510 },
    { name: 'plangraph:drawn', startTime: 520 },
    { name: 'plangraph:cytoscape', startTime: 650 },
    { name: 'plangraph:cytoscape-drawn', startTime: 760 },
    { name: 'plangraph:complete', startTime: 800 },
    { name: 'other', startTime: 1 },
  ];

  test('reads the page’s marks and navigation timing', () => {
    expect(phasesOf(40, marks)).toEqual({
      html: 40,
      script: 300,
      data: 500,
      placed: 510,
      drawn: 520,
      cytoscape: 650,
      cytoscapeDrawn: 760,
      complete: 800,
    });
  });

  test('gives each phase the time since the step reached before it, and none to a step not reached', () => {
    expect(phaseDurations(phasesOf(40, marks))).toEqual({
      html: 40,
      script: 260,
      data: 200,
      placed: 10,
      drawn: 10,
      cytoscape: 130,
      cytoscapeDrawn: 110,
      complete: 40,
    });
    expect(phaseDurations({ html: 40, data: 90 })).toEqual({
      html: 40,
      script: undefined,
      data: 50,
      placed: undefined,
      drawn: undefined,
      cytoscape: undefined,
      cytoscapeDrawn: undefined,
      complete: undefined,
    });
    // The first picture drawn in the first screen's HTML, before the main script has run.
    expect(phaseDurations({ html: 20, data: 300, placed: 320, drawn: 350, script: 700 })).toEqual({
      html: 20,
      script: 350,
      data: 280,
      placed: 20,
      drawn: 30,
      cytoscape: undefined,
      cytoscapeDrawn: undefined,
      complete: undefined,
    });
  });
});

describe('missed', () => {
  test('says by how much a target is missed, and nothing when it is met', () => {
    expect(missed('first nodes', 1250.4, 1000)).toBe('first nodes: 1250 ms, target ≤ 1000 ms (missed by 250 ms)');
    expect(missed('first nodes', 1000, 1000)).toBeUndefined();
  });
});
