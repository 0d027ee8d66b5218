import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EmployeeLeftDto } from '@referrals/contracts';
import { AuditService } from '../audit/audit.service';
import { BonusesService } from '../bonuses/bonuses.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';

/** An employee leaving: no more sign-in, and (when the setting says so) no bonus they had not yet earned. */
@Injectable()
export class LeaversService {
  constructor(
    private readonly users: UsersService,
    private readonly bonuses: BonusesService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async recordLeft(actor: AuthenticatedUser, userId: string, dto: EmployeeLeftDto): Promise<{ forfeitedBonuses: number }> {
    if (userId === actor.id) throw new AppError('forbidden', 'Someone else records that you left.');
    const forfeit = await this.settings.get('forfeitWhenReferrerLeaves');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.deactivate(manager, userId);
      if (!user) throw new AppError('not_found', 'No such person.');
      const forfeitedBonuses = forfeit
        ? await this.bonuses.forfeitForBeneficiary(manager, userId, { actorId: actor.id, reason: `Referrer left on ${dto.leftOn}`, at: now })
        : 0;
      await this.audit.record(
        { actorId: actor.id, action: 'user.left', entityType: 'user', entityId: userId, before: { active: user.active }, after: { active: false, leftOn: dto.leftOn, forfeitedBonuses } },
        manager,
      );
      return { forfeitedBonuses };
    });
  }
}
