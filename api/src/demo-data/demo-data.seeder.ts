import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import { ApplicationEntity } from '../candidates/entities/application.entity';
import { ApplicationEventEntity } from '../candidates/entities/application-event.entity';
import { CandidateEntity } from '../candidates/entities/candidate.entity';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ReferralEntity } from '../referrals/entities/referral.entity';
import { GroupRoleMappingEntity } from '../users/entities/group-role-mapping.entity';
import { UserEntity } from '../users/entities/user.entity';
import { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import { VacancyRecruiterEntity } from '../vacancies/entities/vacancy-recruiter.entity';
import { type DemoCompanyPlan, planDemoCompany } from './plan-demo-company';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { planDemoNotifications } from './plan-demo-notifications';
import { planDemoHires } from './plan-demo-hires';
import { HireEntity } from '../hires/entities/hire.entity';
import { BonusEntity } from '../bonuses/entities/bonus.entity';
import { BonusEventEntity } from '../bonuses/entities/bonus-event.entity';

/** A fixed key for the transaction-scoped advisory lock under which one process seeds. */
const DEMO_DATA_LOCK_KEY = 7_420_100;

/**
 * Fills an empty database with the demo company at start, so someone trying the portal finds colleagues,
 * vacancies and referrals instead of empty screens.
 *
 * It writes the rows directly rather than through the areas' services: those apply today's rules at
 * today's time (daily limits, "now" as the referral moment), while the demo is a history spread over
 * months. The rules themselves are checked on the plan by its unit test.
 */
@Injectable()
export class DemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Runs after every module is initialised, so the migrations have run. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demoData) await this.seedIfEmpty();
  }

  /** Whether it seeded: never into a database that has a user or a vacancy. */
  seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Replicas starting together queue here; the later ones find the first one's data and leave it.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_DATA_LOCK_KEY]);
      const [{ hasData }]: { hasData: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM vacancies) AS "hasData"`,
      );
      if (hasData) {
        this.logger.log('The database already has users or vacancies: no demo data seeded');
        return false;
      }
      const mappings = await manager.getRepository(GroupRoleMappingEntity).find();
      const plan = planDemoCompany({
        now: this.clock.now(),
        roleRules: mappings.map((mapping) => ({ group: mapping.groupName, role: mapping.role })),
        newId: randomUUID,
      });
      await this.insert(manager, plan);
      const hires = planDemoHires(plan, randomUUID);
      await manager.getRepository(HireEntity).insert(hires.hires);
      await manager.getRepository(BonusEntity).insert(hires.bonuses);
      await manager.getRepository(BonusEventEntity).insert(hires.bonusEvents);
      const notifications = planDemoNotifications(plan, this.clock.now(), randomUUID);
      // jsonb params are plain values; TypeORM's deep-partial type cannot see that through `unknown`.
      await manager.getRepository(NotificationEntity).insert(notifications as QueryDeepPartialEntity<NotificationEntity>[]);
      const counts = {
        users: plan.users.length,
        vacancies: plan.vacancies.length,
        candidates: plan.candidates.length,
        referrals: plan.referrals.length,
        hires: hires.hires.length,
        bonuses: hires.bonuses.length,
        notifications: notifications.length,
      };
      await this.audit.record({ actorId: null, action: 'demo.seeded', entityType: 'demo_data', after: counts }, manager);
      this.logger.log(counts, 'Seeded the demo company');
      return true;
    });
  }

  private async insert(manager: EntityManager, plan: DemoCompanyPlan): Promise<void> {
    await manager.getRepository(UserEntity).insert(plan.users);
    await manager.getRepository(VacancyEntity).insert(plan.vacancies);
    await manager.getRepository(VacancyRecruiterEntity).insert(plan.vacancyRecruiters);
    // A candidate's claim points at a referral, which points at the candidate: the claim's referral comes last.
    await manager.getRepository(CandidateEntity).insert(plan.candidates.map((candidate) => ({ ...candidate, claimReferralId: null })));
    await manager.getRepository(ApplicationEntity).insert(plan.applications);
    await manager.getRepository(ApplicationEventEntity).insert(plan.events);
    await manager.getRepository(ReferralEntity).insert(plan.referrals);
    const claimed = plan.candidates.filter((candidate) => candidate.claimReferralId !== null);
    await manager.query(
      `UPDATE candidates SET claim_referral_id = claim.referral_id
         FROM unnest($1::uuid[], $2::uuid[]) AS claim (candidate_id, referral_id)
        WHERE candidates.id = claim.candidate_id`,
      [claimed.map((candidate) => candidate.id), claimed.map((candidate) => candidate.claimReferralId)],
    );
  }
}
