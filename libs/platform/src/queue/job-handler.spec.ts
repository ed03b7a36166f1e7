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

class Notifier extends DispatchingProcessor<'notifications'> {
  readonly queue = 'notifications' as const;
  fail = false;

  @JobHandler('deal.created')
  async created(): Promise<void> {
    if (this.fail) throw new Error('the effect failed');
  }

  @JobHandler('probe')
  async probe(): Promise<void> {}
}

describe('DispatchingProcessor and the outbox ledger', () => {
  function withLedger() {
    const processor = new Notifier();
    const delivered = jest.fn(async (_eventId: string, _queue: string) => undefined);
    Object.assign(processor, { ledger: { delivered } });
    return { processor, delivered };
  }

  it('records an event job as delivered on its route once its handler is done', async () => {
    const { processor, delivered } = withLedger();
    const data = { id: '0b9c7f3e-3d1f-4f4c-9d53-2f7b3c1d6a11', type: 'deal.created', payload: {} };
    await processor.process({ name: 'deal.created', queueName: 'notifications', id: data.id, data } as Job);
    expect(delivered).toHaveBeenCalledWith(data.id, 'notifications');
  });

  it('records nothing when the handler fails, nor for jobs that carry no event', async () => {
    const { processor, delivered } = withLedger();
    processor.fail = true;
    const data = { id: '0b9c7f3e-3d1f-4f4c-9d53-2f7b3c1d6a11', type: 'deal.created', payload: {} };
    await expect(
      processor.process({ name: 'deal.created', queueName: 'notifications', id: data.id, data } as Job),
    ).rejects.toThrow('the effect failed');
    await processor.process({
      name: 'probe',
      queueName: 'notifications',
      id: 'x',
      data: { id: 'not an event' },
    } as Job);
    expect(delivered).not.toHaveBeenCalled();
  });
});
