import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  CurrentActor,
  ListUsersUseCase,
  ReinstateUserUseCase,
  SuspendUserUseCase,
} from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { AdminUserDto, AdminUserPageDto, SuspendUserDto, UsersQueryDto } from './account.dto';

/** Platform admins over users' accounts; anyone else gets 403 PLATFORM_ADMIN_REQUIRED (as for POST /parks). */
@ApiTags('users')
@ApiProblems({ 403: 'PLATFORM_ADMIN_REQUIRED' })
@Controller('users')
export class UsersController {
  constructor(
    private readonly list: ListUsersUseCase,
    private readonly suspend: SuspendUserUseCase,
    private readonly reinstate: ReinstateUserUseCase,
  ) {}

  @ApiOperation({
    summary: 'Find users (platform admins)',
    description:
      'Newest first; q matches part of the email or display name in any case. Paged {items, total, page, limit}.',
  })
  @ApiOkResponse({ type: AdminUserPageDto })
  @Get()
  listUsers(@Query() query: UsersQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, query);
  }

  @ApiOperation({
    summary: 'Suspend an account, saying why (platform admins)',
    description:
      'Its sessions end and its live access tokens are refused at once (403 ACCOUNT_SUSPENDED); sign-in and refresh ' +
      'answer 403 ACCOUNT_SUSPENDED until it is reinstated. Recorded with who and why. 409 CANNOT_SUSPEND_SELF, ' +
      'USER_STATE_CONFLICT (already suspended); 404 USER_NOT_FOUND; 422 REASON_REQUIRED.',
  })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems({ 404: 'USER_NOT_FOUND', 409: 'CANNOT_SUSPEND_SELF, USER_STATE_CONFLICT', 422: 'REASON_REQUIRED' })
  @HttpCode(200)
  @Post(':id/suspend')
  suspendUser(@Id() id: string, @Body() body: SuspendUserDto, @CurrentActor() actor: Actor) {
    return this.suspend.execute(actor, id, body.reason);
  }

  @ApiOperation({
    summary: 'Lift a suspension (platform admins)',
    description:
      'The user may sign in again; the sessions ended by the suspension stay ended. 409 USER_STATE_CONFLICT when not suspended; 404 USER_NOT_FOUND.',
  })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems({ 404: 'USER_NOT_FOUND', 409: 'USER_STATE_CONFLICT' })
  @HttpCode(200)
  @Post(':id/reinstate')
  reinstateUser(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.reinstate.execute(actor, id);
  }
}
