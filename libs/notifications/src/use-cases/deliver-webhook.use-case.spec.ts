import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig, UnitOfWork } from '@rongtong/platform';
import type { DeliveryTarget, WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';
import { WebhookTransport } from '../webhook-transport';
import { DeliverWebhookUseCase, WebhookAttemptFailedError } from './deliver-webhook.use-case';

// A receiver on the loopback interface whose behaviour each test picks by path.
let server: Server;
let base: string;
/** Requests the receiver was sent. */
let received = 0;
/** A loopback port nothing listens on. */
let closedUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    received++;
    if (request.url === '/slow') return; // never answers: the attempt must time out
    if (request.url === '/redirect') {
      response.writeHead(302, { location: '/ok' }).end();
      return;
    }
    response.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The first fetch of a process loads its HTTP client, which may take longer than the
  // short timeout the tests use.
  await fetch(`${base}/ok`).then((r) => r.text());
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/closed`;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** `path` on the test receiver, or a whole URL. */
const transports: WebhookTransport[] = [];

afterAll(async () => {
  await Promise.all(transports.map((t) => t.onModuleDestroy()));
});

function setUp(
  path: string,
  {
    active = true,
    production = false,
    secret = 'secret',
    allowedPorts,
  }: { active?: boolean; production?: boolean; secret?: string | null; allowedPorts?: number[] } = {},
) {
  const target: DeliveryTarget = {
    url: path.startsWith('http') ? path : `${base}${path}`,
    secret,
    active,
    delivery: {
      id: 'delivery-1',
      endpointId: 'endpoint-1',
      eventId: 'event-1',
      eventType: 'deal.created',
      occurredAt: new Date('2026-11-30T00:00:00Z'),
      payload: { dealId: 'deal-1' },
      status: 'pending',
      attempts: 0,
      lastStatusCode: null,
      lastError: null,
      lastAttemptAt: null,
      nextAttemptAt: null,
      createdAt: new Date('2026-11-30T00:00:00Z'),
    },
  };
  const deliveries = { target: jest.fn(async () => target), recordAttempt: jest.fn(async () => undefined) };
  const config = {
    isProduction: production,
    webhooks: { timeoutMs: 200, retryBaseMs: 1000, allowedPorts },
  } as AppConfig;
  const transport = new WebhookTransport(config);
  transports.push(transport);
  const useCase = new DeliverWebhookUseCase(
    config,
    { db: {} } as unknown as UnitOfWork,
    deliveries as unknown as WebhookDeliveryRepository,
    transport,
  );
  return { useCase, deliveries };
}

describe('DeliverWebhookUseCase', () => {
  it('records a 2xx answer as success', async () => {
    const { useCase, deliveries } = setUp('/ok');
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 1, maxAttempts: 6 })).resolves.toEqual({
      status: 'succeeded',
    });
    expect(deliveries.recordAttempt).toHaveBeenCalledWith({}, 'delivery-1', {
      status: 'succeeded',
      statusCode: 200,
      error: null,
      nextAttemptAt: null,
    });
  });

  it('times out a receiver that does not answer, and schedules the retry', async () => {
    const { useCase, deliveries } = setUp('/slow');
    const before = Date.now();
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 2, maxAttempts: 6 })).rejects.toThrow(
      WebhookAttemptFailedError,
    );
    const [, , outcome] = deliveries.recordAttempt.mock.calls[0] as unknown as [
      unknown,
      string,
      Record<string, unknown>,
    ];
    expect(outcome).toMatchObject({ status: 'pending', statusCode: null, error: 'timeout (200 ms)' });
    // Second attempt failed: the next comes after 2 × the base delay.
    expect((outcome.nextAttemptAt as Date).getTime()).toBeGreaterThanOrEqual(before + 2000);
  });

  it('does not follow redirects, and gives up after the last attempt', async () => {
    const { useCase, deliveries } = setUp('/redirect');
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 6, maxAttempts: 6 })).rejects.toThrow('HTTP 302');
    expect(deliveries.recordAttempt).toHaveBeenCalledWith({}, 'delivery-1', {
      status: 'failed',
      statusCode: 302,
      error: 'HTTP 302',
      nextAttemptAt: null,
    });
  });

  it('records a network error coarsely: no errno to scan ports with', async () => {
    const { useCase } = setUp(closedUrl);
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 1, maxAttempts: 6 })).rejects.toThrow(
      'connection failed',
    );
  });

  it.each([
    ['its literal address', (url: string) => url],
    ['a name that resolves to it', (url: string) => url.replace('127.0.0.1', 'localhost')],
    ['its IPv4-mapped IPv6 form', (url: string) => url.replace('127.0.0.1', '[::ffff:127.0.0.1]')],
  ])('in production, never reaches an internal address: %s', async (_label, toUrl) => {
    const { useCase, deliveries } = setUp(toUrl(`${base}/ok`), { production: true });
    const before = received;
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 1, maxAttempts: 6 })).rejects.toThrow(
      'connection failed',
    );
    expect(received).toBe(before);
    expect(deliveries.recordAttempt).toHaveBeenCalledWith(
      {},
      'delivery-1',
      expect.objectContaining({
        status: 'pending',
        error: 'connection failed',
      }),
    );
  });

  it('sends nothing to a port outside the allowed ones', async () => {
    const { useCase, deliveries } = setUp('/ok', { allowedPorts: [443, 8443] });
    const before = received;
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 1, maxAttempts: 6 })).rejects.toThrow(
      'port not allowed',
    );
    expect(received).toBe(before);
    expect(deliveries.recordAttempt).toHaveBeenCalledWith(
      {},
      'delivery-1',
      expect.objectContaining({ error: 'port not allowed' }),
    );
  });

  it('sends nothing unsigned when the secret cannot be opened: the attempt is logged and retried', async () => {
    const { useCase, deliveries } = setUp('/ok', { secret: null });
    const before = received;
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 1, maxAttempts: 6 })).rejects.toThrow(
      WebhookAttemptFailedError,
    );
    expect(received).toBe(before);
    expect(deliveries.recordAttempt).toHaveBeenCalledWith(
      {},
      'delivery-1',
      expect.objectContaining({
        status: 'pending',
        statusCode: null,
        error: 'signing secret cannot be opened with SECRETS_KEY',
      }),
    );
  });

  it('fails a delivery to an inactive endpoint without sending it', async () => {
    const { useCase, deliveries } = setUp('/ok', { active: false });
    await expect(useCase.execute({ deliveryId: 'delivery-1', attempt: 1, maxAttempts: 6 })).resolves.toEqual({
      status: 'failed',
    });
    expect(deliveries.recordAttempt).toHaveBeenCalledWith({}, 'delivery-1', {
      status: 'failed',
      statusCode: null,
      error: 'endpoint inactive',
      nextAttemptAt: null,
    });
  });
});
