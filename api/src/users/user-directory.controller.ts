import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type UserDirectoryEntry, UserDirectoryQueryDto } from '@referrals/contracts';
import { RequirePermission } from '../common/auth.decorators';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UserDirectoryController {
  constructor(private readonly users: UsersService) {}

  /** Colleagues to assign as a vacancy's recruiters or hiring manager. */
  @Get()
  @RequirePermission('manageVacancies')
  directory(@Query() query: UserDirectoryQueryDto): Promise<UserDirectoryEntry[]> {
    return this.users.directory(query);
  }
}
