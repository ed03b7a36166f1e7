import type { EventRoutes } from './queue-catalog';

export interface ProcessorJobs {
  queue: string;
  jobs: string[];
}

/**
 * Every job name a queue can receive (declared jobs and routed events) must have exactly
 * one handler, and no handler may wait for a job nobody sends. Returns the problems.
 */
export function checkJobHandlers(
  declared: Readonly<Record<string, readonly string[]>>,
  routes: EventRoutes,
  processors: ProcessorJobs[],
): string[] {
  const expected = new Map<string, Set<string>>();
  for (const [queue, jobs] of Object.entries(declared)) expected.set(queue, new Set(jobs));
  for (const [event, queues] of Object.entries(routes)) {
    for (const queue of queues) {
      if (!expected.has(queue)) expected.set(queue, new Set());
      expected.get(queue)!.add(event);
    }
  }

  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const { queue, jobs } of processors) {
    for (const job of jobs) {
      const key = `${queue}/${job}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!expected.get(queue)?.has(job)) problems.push(`${key} has a handler but is not in the job catalog`);
    }
  }
  for (const [queue, jobs] of expected) {
    for (const job of jobs) {
      const count = counts.get(`${queue}/${job}`) ?? 0;
      if (count !== 1) problems.push(`${queue}/${job} has ${count} handlers, needs exactly 1`);
    }
  }
  return problems;
}
