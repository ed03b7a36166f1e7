import { Injectable } from '@nestjs/common';
import { AppConfig, UnitOfWork } from '@rongtong/platform';
import { signWebhook, webhookBody, webhookPortProblem, webhookRetryDelayMs } from '../domain';
import { WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';
import { WebhookTransport } from '../webhook-transport';

/** Thrown after a failed attempt is logged, so the queue retries the delivery. */
export class WebhookAttemptFailedError extends Error {
  constructor(deliveryId: string, reason: string) {
    super(`Webhook delivery ${deliveryId} failed: ${reason}`);
    this.name = 'WebhookAttemptFailedError';
  }
}

export interface DeliveryAttempt {
  deliveryId: string;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
}

/**
 * One attempt at a webhook delivery: POST the event, signed (see webhook-signature.ts),
 * and record the outcome in the delivery log. A 2xx answer is success; any other status,
 * a redirect, a network error or the timeout is a failed attempt, which is recorded and
 * then thrown so that BullMQ retries with backoff until the attempts run out.
 */
@Injectable()
export class DeliverWebhookUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly transport: WebhookTransport,
  ) {}

  async execute({ deliveryId, attempt, maxAttempts }: DeliveryAttempt): Promise<{ status: string }> {
    const target = await this.deliveries.target(this.uow.db, deliveryId);
    // The endpoint was deleted (and its log with it), or an earlier run already finished.
    if (!target) return { status: 'gone' };
    if (target.delivery.status !== 'pending') return { status: target.delivery.status };
    if (!target.active) {
      await this.record(deliveryId, { status: 'failed', statusCode: null, error: 'endpoint inactive' });
      return { status: 'failed' };
    }

    const { delivery, secret } = target;
    if (secret === null) {
      // A configuration fault (a key rotated out too early): nothing is sent unsigned, and
      // the attempt is logged and retried, so fixing the keys lets the delivery through.
      return this.fail({ deliveryId, attempt, maxAttempts }, null, 'signing secret cannot be opened with SECRETS_KEY');
    }
    // Checked again at delivery: the allowed ports may have narrowed since registration.
    if (webhookPortProblem(new URL(target.url), this.config.webhooks.allowedPorts)) {
      return this.fail({ deliveryId, attempt, maxAttempts }, null, 'port not allowed');
    }
    const body = webhookBody({
      id: delivery.eventId,
      type: delivery.eventType,
      occurredAt: delivery.occurredAt.toISOString(),
      data: delivery.payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await this.transport.post(
        target.url,
        {
          'Content-Type': 'application/json',
          'User-Agent': 'Rongtong-Webhooks/1',
          'X-Rongtong-Event': delivery.eventType,
          'X-Rongtong-Delivery': delivery.id,
          'X-Rongtong-Timestamp': String(timestamp),
          'X-Rongtong-Signature': signWebhook(secret, timestamp, body),
        },
        body,
        this.config.webhooks.timeoutMs,
      );
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (thrown) {
      error = describeDeliveryError(thrown, this.config.webhooks.timeoutMs);
    }

    if (error === null) {
      await this.record(deliveryId, { status: 'succeeded', statusCode, error: null });
      return { status: 'succeeded' };
    }
    return this.fail({ deliveryId, attempt, maxAttempts }, statusCode, error);
  }

  /** Logs a failed attempt (the last one fails the delivery) and throws so that BullMQ retries. */
  private async fail(
    { deliveryId, attempt, maxAttempts }: DeliveryAttempt,
    statusCode: number | null,
    error: string,
  ): Promise<never> {
    const final = attempt >= maxAttempts;
    await this.record(deliveryId, {
      status: final ? 'failed' : 'pending',
      statusCode,
      error,
      nextAttemptAt: final
        ? null
        : new Date(Date.now() + webhookRetryDelayMs(attempt, this.config.webhooks.retryBaseMs)),
    });
    throw new WebhookAttemptFailedError(deliveryId, error);
  }

  private record(
    id: string,
    outcome: {
      status: 'pending' | 'succeeded' | 'failed';
      statusCode: number | null;
      error: string | null;
      nextAttemptAt?: Date | null;
    },
  ): Promise<void> {
    return this.deliveries.recordAttempt(this.uow.db, id, { nextAttemptAt: null, ...outcome });
  }
}

function describeDeliveryError(error: unknown, timeoutMs: number): string {
  // By name, not instanceof: the timeout's DOMException need not share this realm's Error.
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
  };
  // Coarse on purpose: refused, reset, unreachable and unresolvable told apart would let
  // the delivery log scan the ports and names of other hosts.
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timeout (${timeoutMs} ms)`;
  return 'connection failed';
}
