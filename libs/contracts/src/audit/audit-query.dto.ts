import { IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from '../common/page';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entityType?: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;
}
