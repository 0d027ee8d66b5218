import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CurrentProgrammeResponse,
  type ProgrammeAcceptanceResponse,
  type ProgrammeVersionResponse,
  type ProgrammeVersionSummary,
  PublishProgrammeDto,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { ProgrammeService } from './programme.service';

@ApiTags('programme')
@Controller('programme')
export class ProgrammeController {
  constructor(private readonly programme: ProgrammeService) {}

  @Get('current')
  current(@CurrentUser() user: AuthenticatedUser): Promise<CurrentProgrammeResponse> {
    return this.programme.current(user);
  }

  @Get('versions')
  @RequirePermission('manageProgramme')
  versions(): Promise<ProgrammeVersionSummary[]> {
    return this.programme.versions();
  }

  @Get('versions/:version')
  @RequirePermission('manageProgramme')
  version(@Param('version', ParseIntPipe) version: number): Promise<ProgrammeVersionResponse> {
    return this.programme.version(version);
  }

  @Post()
  @RequirePermission('manageProgramme')
  publish(@CurrentUser() user: AuthenticatedUser, @Body() body: PublishProgrammeDto): Promise<ProgrammeVersionResponse> {
    return this.programme.publish(user, body);
  }

  @Post(':version/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthenticatedUser, @Param('version', ParseIntPipe) version: number): Promise<ProgrammeAcceptanceResponse> {
    return this.programme.accept(user, version);
  }
}
