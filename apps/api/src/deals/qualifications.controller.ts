import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ManageQualificationsUseCase } from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { RecordQualificationDto } from './deals.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { QualificationDto, QualificationListDto } from './deal-responses.dto';

const Uuid = (name: string) => Param(name, new ParseUUIDPipe({ version: undefined }));

/** Who the owner has trained on a self-operated instrument. */
@ApiTags('deals')
@Controller('listings/:id/qualifications')
export class QualificationsController {
  constructor(private readonly qualifications: ManageQualificationsUseCase) {}

  @Get()
  @ApiOperation({ summary: 'Users qualified to operate a self-operated equipment listing (owner)' })
  @ApiOkResponse({ type: QualificationListDto })
  @ApiProblems(400, 401, 403, 404)
  listQualifications(@Uuid('id') id: string, @CurrentActor() actor: Actor) {
    return this.qualifications.list(actor, id);
  }

  @Post()
  @ApiOperation({ summary: 'Record that a user may operate the equipment (owner)' })
  @ApiCreatedResponse({ type: QualificationDto })
  @ApiProblems(400, 401, 403, 404, 422)
  recordQualification(@Uuid('id') id: string, @Body() body: RecordQualificationDto, @CurrentActor() actor: Actor) {
    return this.qualifications.record(actor, id, body);
  }

  @HttpCode(204)
  @Delete(':userId')
  @ApiOperation({ summary: "Revoke a user's qualification (owner)" })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(400, 401, 403, 404)
  async revokeQualification(@Uuid('id') id: string, @Uuid('userId') userId: string, @CurrentActor() actor: Actor) {
    await this.qualifications.revoke(actor, id, userId);
  }
}
