import { Module } from '@nestjs/common';
import { AvailabilityModule, DealsModule } from '@rongtong/deals';
import { AvailabilityController } from './availability.controller';
import { DealsController } from './deals.controller';
import { LicenceRequestsController } from './licence-requests.controller';
import { QualificationsController } from './qualifications.controller';
import { ReservationsController } from './reservations.controller';
import { DealDocumentsController } from './deal-documents.controller';
import { DealMessagesController } from './deal-messages.controller';
import { ReviewsController } from './reviews.controller';

@Module({
  imports: [DealsModule, AvailabilityModule],
  controllers: [
    AvailabilityController,
    DealsController,
    QualificationsController,
    ReservationsController,
    LicenceRequestsController,
    DealDocumentsController,
    DealMessagesController,
    ReviewsController,
  ],
})
export class DealsHttpModule {}
