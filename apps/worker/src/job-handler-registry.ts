import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { checkJobHandlers, DispatchingProcessor, EVENT_ROUTES, QUEUE_JOBS } from '@rongtong/platform';

/** Refuses to start a worker in which some job would have no handler, or two. */
@Injectable()
export class JobHandlerRegistry implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const processors = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is DispatchingProcessor => instance instanceof DispatchingProcessor)
      .map((processor) => ({ queue: processor.queue, jobs: processor.handledJobs() }));
    const problems = checkJobHandlers(QUEUE_JOBS, EVENT_ROUTES, processors);
    if (problems.length > 0) {
      throw new Error(`The worker's job handlers do not match the job catalog:\n- ${problems.join('\n- ')}`);
    }
  }
}
