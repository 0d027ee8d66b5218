import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import {
  type MyReferralResponse,
  type Page,
  PageQueryDto,
  type ReferralDetailResponse,
  SubmitReferralDto,
  type VacancyReferralResponse,
  WithdrawReferralDto,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { MAX_CV_UPLOAD_BYTES } from './cv-upload-limit';
import { ReferralSubmissionService, type UploadedCv } from './referral-submission.service';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly submission: ReferralSubmissionService,
    private readonly referrals: ReferralsService,
  ) {}

  /** The referral form: multipart with an optional `cv` part, held in memory only until the rules accept it. */
  @Post()
  @RequirePermission('referCandidates')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('cv', { storage: memoryStorage(), limits: { fileSize: MAX_CV_UPLOAD_BYTES, files: 1, fields: 20 } }))
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: SubmitReferralDto,
    @UploadedFile() cv: UploadedCv | undefined,
  ): Promise<ReferralDetailResponse> {
    return this.submission.submit(user, body, cv);
  }

  @Get('mine')
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<Page<MyReferralResponse>> {
    return this.referrals.listMine(user, query);
  }

  /** Referrals without a vacancy, for recruiting to place. */
  @Get('general')
  @RequirePermission('viewGeneralReferrals')
  general(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<Page<VacancyReferralResponse>> {
    return this.referrals.listGeneral(query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReferralDetailResponse> {
    return this.referrals.getOwn(user, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: WithdrawReferralDto,
  ): Promise<ReferralDetailResponse> {
    return this.referrals.withdraw(user, id, body);
  }

  @Get(':id/cv')
  @RequirePermission('viewCandidates')
  async cv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, data } = await this.referrals.readCv(user, id);
    response.attachment(file.fileName);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(data, { type: file.mediaType, length: data.length });
  }
}
