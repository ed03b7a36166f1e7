import type { Mailer } from '../mailer';
import type { OutboundEmailRecord, OutboundEmailRepository } from '../persistence/outbound-email.repository';
import type { UnitOfWork } from '@rongtong/platform';
import { SendEmailUseCase } from './send-email.use-case';

function setUp({
  mode = 'smtp',
  status = 'pending',
  fails = false,
}: { mode?: Mailer['mode']; status?: OutboundEmailRecord['status']; fails?: boolean } = {}) {
  const email: OutboundEmailRecord = {
    id: 'email-1',
    eventId: 'event-1',
    template: 'deal.created',
    to: 'member@example.cn',
    subject: '[融通] 新消息',
    text: '「扫描电镜」：周三可以送样吗？',
    html: '<p>「扫描电镜」：周三可以送样吗？</p>',
    status,
    attempts: 0,
  };
  const emails = { find: jest.fn(async () => email), recordAttempt: jest.fn(async () => undefined) };
  const mailer = {
    mode,
    send: jest.fn(async () => {
      if (fails) throw new Error('421 try again later');
      return mode === 'files' ? { via: 'file', path: '/tmp/mail/x.eml' } : { via: 'smtp' };
    }),
  };
  const useCase = new SendEmailUseCase(
    { db: {} } as unknown as UnitOfWork,
    emails as unknown as OutboundEmailRepository,
    mailer as unknown as Mailer,
  );
  return { useCase, emails, mailer };
}

describe('SendEmailUseCase', () => {
  it('sends a pending email and records it sent', async () => {
    const { useCase, emails, mailer } = setUp();
    await expect(useCase.execute({ emailId: 'email-1', attempt: 1, maxAttempts: 5 })).resolves.toEqual({
      status: 'sent',
    });
    expect(mailer.send).toHaveBeenCalledWith({
      id: 'email-1',
      to: 'member@example.cn',
      subject: '[融通] 新消息',
      text: '「扫描电镜」：周三可以送样吗？',
      html: '<p>「扫描电镜」：周三可以送样吗？</p>',
    });
    expect(emails.recordAttempt).toHaveBeenCalledWith({}, 'email-1', { status: 'sent', error: null });
  });

  it('records an email written to the development mail directory as written', async () => {
    const { useCase, emails } = setUp({ mode: 'files' });
    await expect(useCase.execute({ emailId: 'email-1', attempt: 1, maxAttempts: 5 })).resolves.toEqual({
      status: 'written',
    });
    expect(emails.recordAttempt).toHaveBeenCalledWith({}, 'email-1', { status: 'written', error: null });
  });

  it('records the email skipped, and sends nothing, when email is off (production without SMTP)', async () => {
    const { useCase, emails, mailer } = setUp({ mode: 'off' });
    await expect(useCase.execute({ emailId: 'email-1', attempt: 1, maxAttempts: 5 })).resolves.toEqual({
      status: 'skipped',
    });
    expect(mailer.send).not.toHaveBeenCalled();
    expect(emails.recordAttempt).toHaveBeenCalledWith({}, 'email-1', { status: 'skipped', error: null });
  });

  it.each([
    [1, 'pending'],
    [5, 'failed'],
  ])('records a failed attempt %i of 5 as %s and throws for the queue to retry', async (attempt, status) => {
    const { useCase, emails } = setUp({ fails: true });
    await expect(useCase.execute({ emailId: 'email-1', attempt, maxAttempts: 5 })).rejects.toThrow('421');
    expect(emails.recordAttempt).toHaveBeenCalledWith({}, 'email-1', { status, error: '421 try again later' });
  });

  it('does nothing for an email already settled', async () => {
    const { useCase, emails, mailer } = setUp({ status: 'sent' });
    await expect(useCase.execute({ emailId: 'email-1', attempt: 2, maxAttempts: 5 })).resolves.toEqual({
      status: 'sent',
    });
    expect(mailer.send).not.toHaveBeenCalled();
    expect(emails.recordAttempt).not.toHaveBeenCalled();
  });
});
