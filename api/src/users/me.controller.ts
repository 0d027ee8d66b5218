import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type MeResponse, UpdateMeDto } from '@referrals/contracts';
import { AppError } from '../common/app-error';
import { type AuthenticatedUser, CurrentUser } from '../common/auth.decorators';
import { mapMe, UsersService } from './users.service';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    const found = await this.users.findById(user.id);
    if (!found) throw new AppError('unauthenticated');
    return mapMe(found);
  }

  @Patch()
  async update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateMeDto): Promise<MeResponse> {
    return mapMe(await this.users.setLocale(user.id, body.locale));
  }
}
