import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ManageQualificationsUseCase } from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { RecordQualificationDto } from './deals.dto';

const Uuid = (name: string) => Param(name, new ParseUUIDPipe({ version: undefined }));

/** Who the owner has trained on a self-operated instrument. */
@ApiTags('deals')
@Controller('listings/:id/qualifications')
export class QualificationsController {
  constructor(private readonly qualifications: ManageQualificationsUseCase) {}

  @Get()
  listQualifications(@Uuid('id') id: string, @CurrentActor() actor: Actor) {
    return this.qualifications.list(actor, id);
  }

  @Post()
  recordQualification(@Uuid('id') id: string, @Body() body: RecordQualificationDto, @CurrentActor() actor: Actor) {
    return this.qualifications.record(actor, id, body);
  }

  @HttpCode(204)
  @Delete(':userId')
  async revokeQualification(@Uuid('id') id: string, @Uuid('userId') userId: string, @CurrentActor() actor: Actor) {
    await this.qualifications.revoke(actor, id, userId);
  }
}
