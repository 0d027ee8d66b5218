import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import { type ConfirmationReport, CreatePayrollBatchDto, type Page, PageQueryDto, type PayrollBatchResponse } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { PayrollService, type UploadedConfirmation } from './payroll.service';

/** A confirmation lists ids, one short line each: a few megabytes is far more than any real batch. */
const MAX_CONFIRMATION_BYTES = 5 * 1024 * 1024;

@Controller('payroll-batches')
export class PayrollBatchesController {
  constructor(private readonly payroll: PayrollService) {}

  @Post()
  @RequirePermission('approveBonuses')
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreatePayrollBatchDto): Promise<PayrollBatchResponse> {
    return this.payroll.create(user, body);
  }

  @Get()
  @RequirePermission('approveBonuses')
  list(@Query() query: PageQueryDto): Promise<Page<PayrollBatchResponse>> {
    return this.payroll.list(query);
  }

  @Get(':id/export.csv')
  @RequirePermission('approveBonuses')
  csv(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response) {
    return this.send(user, id, 'csv', response);
  }

  @Get(':id/export.xlsx')
  @RequirePermission('approveBonuses')
  xlsx(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response) {
    return this.send(user, id, 'xlsx', response);
  }

  @Post(':id/confirmation')
  @HttpCode(200)
  @RequirePermission('approveBonuses')
  @UseInterceptors(FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: MAX_CONFIRMATION_BYTES, files: 1, fields: 5 } }))
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedConfirmation | undefined,
  ): Promise<ConfirmationReport> {
    return this.payroll.confirm(user, id, file);
  }

  private async send(user: AuthenticatedUser, id: string, format: 'csv' | 'xlsx', response: Response): Promise<StreamableFile> {
    const { file, data } = await this.payroll.download(user, id, format);
    response.attachment(file.fileName);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(data, { type: file.mediaType, length: data.length });
  }
}
