import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type GroupRoleMappingResponse, ReplaceRoleMappingsDto } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('role-mappings')
export class RoleMappingsController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('manageUsers')
  list(): Promise<GroupRoleMappingResponse[]> {
    return this.users.listRoleMappings();
  }

  @Put()
  @RequirePermission('manageUsers')
  replace(@CurrentUser() user: AuthenticatedUser, @Body() body: ReplaceRoleMappingsDto): Promise<GroupRoleMappingResponse[]> {
    return this.users.replaceRoleMappings(user.id, body.mappings);
  }
}
