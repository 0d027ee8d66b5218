import { Injectable } from '@nestjs/common';
import type { BonusListResponse, BonusQueryDto, MyBonusResponse, Page, PageQueryDto } from '@referrals/contracts';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { pageOf, pageWindow } from '../common/paging';
import { mapBonus, mapMyBonus } from './bonus.mapper';
import { type BonusFilter, BonusesRepository } from './bonuses.repository';

@Injectable()
export class BonusQueriesService {
  constructor(private readonly bonuses: BonusesRepository) {}

  /** HR's queue with the totals of everything the filter matches. */
  async list(viewer: AuthenticatedUser, query: BonusQueryDto): Promise<BonusListResponse> {
    const window = pageWindow(query, 25);
    const filter: BonusFilter = { state: query.state, department: query.department, vacancyId: query.vacancyId, text: query.q?.trim() || undefined };
    const [rows, totals] = await Promise.all([this.bonuses.list(filter, window), this.bonuses.totals(filter)]);
    const page = pageOf(rows, window);
    return { ...page, items: page.items.map((row) => mapBonus(row, viewer)), totals };
  }

  async mine(viewer: AuthenticatedUser, query: PageQueryDto): Promise<Page<MyBonusResponse>> {
    const window = pageWindow(query, 25);
    const page = pageOf(await this.bonuses.list({ beneficiaryId: viewer.id }, window), window);
    return { ...page, items: page.items.map(mapMyBonus) };
  }
}
