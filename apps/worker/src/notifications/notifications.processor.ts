import { Processor } from '@nestjs/bullmq';
import {
  NotifyAccountTokenUseCase,
  NotifyDealEventUseCase,
  NotifyInvitationUseCase,
  NotifyMatchEventUseCase,
  NotifyRfqEventUseCase,
  NotifyUsccDisputeUseCase,
} from '@rongtong/notifications';
import { DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';

/** Deal, match, invitation and RFQ events → notifications, webhook deliveries and emails. */
@Processor('notifications', { ...WORKER_DEFAULTS, concurrency: 8 })
export class NotificationsProcessor extends DispatchingProcessor<'notifications'> {
  readonly queue = 'notifications';

  constructor(
    private readonly dealEvent: NotifyDealEventUseCase,
    private readonly invitation: NotifyInvitationUseCase,
    private readonly matchEvent: NotifyMatchEventUseCase,
    private readonly accountToken: NotifyAccountTokenUseCase,
    private readonly usccDispute: NotifyUsccDisputeUseCase,
    private readonly rfqEvent: NotifyRfqEventUseCase,
  ) {
    super();
  }

  @JobHandler('deal.created')
  created(job: JobOf<'notifications', 'deal.created'>) {
    return this.dealEvent.execute(job.data);
  }

  @JobHandler('deal.state_changed')
  stateChanged(job: JobOf<'notifications', 'deal.state_changed'>) {
    return this.dealEvent.execute(job.data);
  }

  @JobHandler('deal.offer_made')
  offerMade(job: JobOf<'notifications', 'deal.offer_made'>) {
    return this.dealEvent.execute(job.data);
  }

  @JobHandler('deal.message_posted')
  messagePosted(job: JobOf<'notifications', 'deal.message_posted'>) {
    return this.dealEvent.execute(job.data);
  }

  @JobHandler('deal.review_revealed')
  reviewRevealed(job: JobOf<'notifications', 'deal.review_revealed'>) {
    return this.dealEvent.execute(job.data);
  }

  @JobHandler('invitation.created')
  invitationCreated(job: JobOf<'notifications', 'invitation.created'>) {
    return this.invitation.execute(job.data);
  }

  @JobHandler('account.password_reset_requested')
  passwordResetRequested(job: JobOf<'notifications', 'account.password_reset_requested'>) {
    return this.accountToken.execute('password_reset', job.data);
  }

  @JobHandler('account.email_verification_requested')
  emailVerificationRequested(job: JobOf<'notifications', 'account.email_verification_requested'>) {
    return this.accountToken.execute('email_verification', job.data);
  }

  @JobHandler('match.created')
  matchCreated(job: JobOf<'notifications', 'match.created'>) {
    return this.matchEvent.execute(job.data);
  }

  @JobHandler('match.interest')
  matchInterest(job: JobOf<'notifications', 'match.interest'>) {
    return this.matchEvent.execute(job.data);
  }

  @JobHandler('uscc_dispute.filed')
  usccDisputeFiled(job: JobOf<'notifications', 'uscc_dispute.filed'>) {
    return this.usccDispute.execute('filed', job.data);
  }

  @JobHandler('uscc_dispute.opened')
  usccDisputeOpened(job: JobOf<'notifications', 'uscc_dispute.opened'>) {
    return this.usccDispute.execute('opened', job.data);
  }

  @JobHandler('uscc_dispute.upheld')
  usccDisputeUpheld(job: JobOf<'notifications', 'uscc_dispute.upheld'>) {
    return this.usccDispute.execute('upheld', job.data);
  }

  @JobHandler('uscc_dispute.dismissed')
  usccDisputeDismissed(job: JobOf<'notifications', 'uscc_dispute.dismissed'>) {
    return this.usccDispute.execute('dismissed', job.data);
  }

  @JobHandler('rfq.invited')
  rfqInvited(job: JobOf<'notifications', 'rfq.invited'>) {
    return this.rfqEvent.execute(job.data);
  }

  @JobHandler('rfq.question_answered')
  rfqQuestionAnswered(job: JobOf<'notifications', 'rfq.question_answered'>) {
    return this.rfqEvent.execute(job.data);
  }

  @JobHandler('rfq.awarded')
  rfqAwarded(job: JobOf<'notifications', 'rfq.awarded'>) {
    return this.rfqEvent.execute(job.data);
  }

  @JobHandler('rfq.cancelled')
  rfqCancelled(job: JobOf<'notifications', 'rfq.cancelled'>) {
    return this.rfqEvent.execute(job.data);
  }

  @JobHandler('rfq.amended')
  rfqAmended(job: JobOf<'notifications', 'rfq.amended'>) {
    return this.rfqEvent.execute(job.data);
  }

  @JobHandler('rfq.taken_down')
  rfqTakenDown(job: JobOf<'notifications', 'rfq.taken_down'>) {
    return this.rfqEvent.execute(job.data);
  }

  @JobHandler('rfq.reinstated')
  rfqReinstated(job: JobOf<'notifications', 'rfq.reinstated'>) {
    return this.rfqEvent.execute(job.data);
  }
}
