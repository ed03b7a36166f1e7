import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ManageQualificationsUseCase } from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { RecordQualificationDto } from './deals.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { QualificationDto, QualificationListDto } from './deal-responses.dto';

/** Who the owner has trained on a self-operated instrument. */
@ApiTags('deals')
@Controller('listings/:id/qualifications')
export class QualificationsController {
  constructor(private readonly qualifications: ManageQualificationsUseCase) {}

  @Get()
  @ApiOperation({ summary: 'Users qualified to operate a self-operated equipment listing (owner)' })
  @ApiOkResponse({ type: QualificationListDto })
  @ApiProblems(400, 401, 403, 404)
  listQualifications(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.qualifications.list(actor, id);
  }

  @Post()
  @ApiOperation({ summary: 'Record that a user may operate the equipment (owner)' })
  @ApiCreatedResponse({ type: QualificationDto })
  @ApiProblems(400, 401, 403, 404, 422)
  recordQualification(@Id() id: string, @Body() body: RecordQualificationDto, @CurrentActor() actor: Actor) {
    return this.qualifications.record(actor, id, body);
  }

  @HttpCode(204)
  @Delete(':userId')
  @ApiOperation({ summary: "Revoke a user's qualification (owner)" })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(400, 401, 403, 404)
  async revokeQualification(@Id() id: string, @Id('userId') userId: string, @CurrentActor() actor: Actor) {
    await this.qualifications.revoke(actor, id, userId);
  }
}
