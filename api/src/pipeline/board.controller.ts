import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import type { BoardResponse } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { BoardService } from './board.service';

@Controller('vacancies')
export class BoardController {
  constructor(private readonly boards: BoardService) {}

  @Get(':id/board')
  @RequirePermission('viewCandidates')
  board(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<BoardResponse> {
    return this.boards.board(user, id);
  }
}
