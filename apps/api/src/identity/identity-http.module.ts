import { Module } from '@nestjs/common';
import { IdentityModule } from '@rongtong/identity';
import { AuthController } from './auth.controller';
import { MeController } from './me.controller';
import { OrganizationsController } from './organizations.controller';
import { ParksController } from './parks.controller';
import { SessionCookie } from './session-cookie';
import { UsersController } from './users.controller';
import { UsccDisputesController } from './uscc-disputes.controller';
import { VerificationDocumentsController } from './verification-documents.controller';

@Module({
  imports: [IdentityModule],
  controllers: [
    AuthController,
    MeController,
    OrganizationsController,
    ParksController,
    UsersController,
    UsccDisputesController,
    VerificationDocumentsController,
  ],
  providers: [SessionCookie],
})
export class IdentityHttpModule {}
