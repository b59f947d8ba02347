import autocannon from 'autocannon';
import type { MixRequest } from './mix';

/** What the parent sends to start the load. */
export interface LoadJob {
  url: string;
  requests: MixRequest[];
  /** Requests per second, over all connections. */
  rate: number;
  connections: number;
}

/** Answers since the last report: [time answered (epoch ms), status, latency ms] each, and transport errors by message. */
export interface LoadReport {
  answers: [number, number, number][];
  errors: [string, number][];
  done: boolean;
}

/**
 * The load generator in its own process (`fork`ed by bench/stress/run.ts): autocannon parses and
 * times every answer, work that would otherwise share the event loop of the API it measures.
 * Reports what it saw every 200 ms; stops on the message 'stop'.
 */
function main(): void {
  let answers: LoadReport['answers'] = [];
  const errors = new Map<string, number>();
  const report = (done: boolean) => {
    process.send?.({ answers, errors: [...errors], done } satisfies LoadReport);
    answers = [];
    errors.clear();
  };
  process.once('message', (job: LoadJob) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        overallRate: job.rate,
        duration: 36_000,
        requests: job.requests,
        timeout: 30,
      },
      () => {
        clearInterval(timer);
        report(true);
        process.disconnect();
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, latency: number) =>
      answers.push([Date.now(), status, latency]),
    );
    instance.on('reqError', (error: Error) => errors.set(error.message, (errors.get(error.message) ?? 0) + 1));
    const timer = setInterval(() => report(false), 200);
    process.on('message', (message) => {
      if (message === 'stop') instance.stop();
    });
  });
}

if (require.main === module) main();
