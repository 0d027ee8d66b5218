import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import {
  AddApplicationNoteDto,
  type ApplicationDetailResponse,
  type ApplicationListItemResponse,
  type ApplicationNoteResponse,
  ApplicationQueryDto,
  AssignRecruiterDto,
  CvQueryDto,
  MoveApplicationDto,
  type Page,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { ApplicationMoveService } from './application-move.service';
import { ApplicationsService } from './applications.service';

@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly mover: ApplicationMoveService,
  ) {}

  @Get()
  @RequirePermission('viewCandidates')
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ApplicationQueryDto): Promise<Page<ApplicationListItemResponse>> {
    return this.applications.list(user, query);
  }

  @Get(':id')
  @RequirePermission('viewCandidates')
  detail(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationDetailResponse> {
    return this.applications.detail(user, id);
  }

  @Post(':id/move')
  @HttpCode(200)
  @RequirePermission('moveCandidates')
  move(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MoveApplicationDto,
  ): Promise<ApplicationDetailResponse> {
    return this.mover.move(user, id, body);
  }

  @Post(':id/notes')
  @RequirePermission('runPipeline')
  addNote(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddApplicationNoteDto,
  ): Promise<ApplicationNoteResponse> {
    return this.applications.addNote(user, id, body);
  }

  @Put(':id/recruiter')
  @RequirePermission('moveCandidates')
  assignRecruiter(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignRecruiterDto,
  ): Promise<ApplicationDetailResponse> {
    return this.applications.assignRecruiter(user, id, body);
  }

  /** The CV as a download, or inline for the preview beside the profile; every read is audited. */
  @Get(':id/cv')
  @RequirePermission('viewCandidates')
  async cv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CvQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, data } = await this.applications.readCv(user, id);
    const disposition = query.inline ? 'inline' : 'attachment';
    response.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(data, { type: file.mediaType, length: data.length });
  }
}
