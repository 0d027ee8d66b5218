import { Injectable } from '@nestjs/common';
import { BOARD_CARDS_PER_COLUMN, type BoardColumnResponse, type BoardResponse } from '@referrals/contracts';
import { END_STATES } from '@referrals/domain';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { mapCard } from './application.mapper';
import { type BoardCardRow, ApplicationsRepository } from './applications.repository';
import { assertSeesCandidatesOf, pipelinePermissionsOf } from './candidate-scope';

@Injectable()
export class BoardService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly settings: SettingsService,
    private readonly users: UsersService,
  ) {}

  /** The vacancy's steps, then the end states, each with its count and first cards. */
  async board(viewer: AuthenticatedUser, vacancyId: string): Promise<BoardResponse> {
    const vacancy = await this.vacancies.findById(vacancyId);
    if (!vacancy) throw new AppError('not_found', 'No such vacancy.');
    assertSeesCandidatesOf(viewer, vacancy);
    const [rows, staleAfterDays, people] = await Promise.all([
      this.applications.board(vacancyId, BOARD_CARDS_PER_COLUMN),
      this.settings.get('staleAfterDays'),
      this.users.peopleByIds([vacancy.hiringManagerId]),
    ]);
    const byStep = new Map<string, BoardCardRow[]>();
    for (const row of rows) byStep.set(row.step, [...(byStep.get(row.step) ?? []), row]);
    const column = (step: BoardColumnResponse['step']): BoardColumnResponse => {
      const cards = byStep.get(step.key) ?? [];
      const count = cards[0]?.stepCount ?? 0;
      return { step, count, applications: cards.map(mapCard), hasMore: count > cards.length };
    };
    return {
      vacancy: {
        id: vacancy.id,
        title: vacancy.title,
        status: vacancy.status,
        department: vacancy.department,
        hiringManager: vacancy.hiringManagerId ? (people.get(vacancy.hiringManagerId) ?? null) : null,
      },
      columns: [
        ...vacancy.steps.map(column),
        ...END_STATES.map((state) => column({ key: state, label: null, stage: state })),
      ],
      staleAfterDays,
      canMove: pipelinePermissionsOf(viewer).canMove,
    };
  }
}
