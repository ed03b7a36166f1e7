import type { Job } from 'bullmq';
import { ClsServiceManager } from 'nestjs-cls';
import { DispatchingProcessor, JobHandler } from './job-handler';

class Probe extends DispatchingProcessor {
  readonly queue = 'notifications' as const;
  seen: (string | undefined)[] = [];

  @JobHandler('probe')
  async probe(): Promise<void> {
    this.seen.push(ClsServiceManager.getClsService().getId());
  }
}

describe('DispatchingProcessor', () => {
  it('runs a job under the request id that caused it, or one of its own', async () => {
    const processor = new Probe();
    await processor.process({
      name: 'probe',
      queueName: 'notifications',
      id: '7',
      data: { requestId: 'req-42' },
    } as Job);
    await processor.process({ name: 'probe', queueName: 'notifications', id: '8', data: {} } as Job);
    expect(processor.seen).toEqual(['req-42', 'job:notifications:8']);
  });
});
