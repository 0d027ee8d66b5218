import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditQueryDto, type AuditEntryResponse, type Page } from '@referrals/contracts';
import { RequirePermission } from '../common/auth.decorators';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('readAudit')
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryResponse>> {
    return this.audit.list(query);
  }
}
