import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditEntryEntity } from '../audit/entities/audit-entry.entity';
import { ConsumedAssertionEntity } from '../auth/entities/consumed-assertion.entity';
import { SamlRequestEntity } from '../auth/entities/saml-request.entity';
import { SettingEntity } from '../settings/entities/setting.entity';
import { GroupRoleMappingEntity } from '../users/entities/group-role-mapping.entity';
import { UserEntity } from '../users/entities/user.entity';
import { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import { VacancyRecruiterEntity } from '../vacancies/entities/vacancy-recruiter.entity';
import { StoredFileEntity } from '../files/entities/stored-file.entity';
import { CandidateEntity } from '../candidates/entities/candidate.entity';
import { ApplicationEntity } from '../candidates/entities/application.entity';
import { ApplicationEventEntity } from '../candidates/entities/application-event.entity';
import { ReferralEntity } from '../referrals/entities/referral.entity';
import { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity';
import { ProgrammeAcceptanceEntity } from '../programme/entities/programme-acceptance.entity';
import { CreditDisputeEntity } from '../disputes/entities/credit-dispute.entity';
import { StageTemplateEntity } from '../stage-templates/entities/stage-template.entity';
import { RejectReasonEntity } from '../pipeline/entities/reject-reason.entity';
import { ApplicationNoteEntity } from '../pipeline/entities/application-note.entity';
import { HireEntity } from '../hires/entities/hire.entity';
import { BonusEntity } from '../bonuses/entities/bonus.entity';
import { BonusEventEntity } from '../bonuses/entities/bonus-event.entity';
import { DepartmentBudgetEntity } from '../bonuses/entities/department-budget.entity';
import { PayrollBatchEntity } from '../bonuses/entities/payroll-batch.entity';
import { PayrollConfirmationEntity } from '../bonuses/entities/payroll-confirmation.entity';
import { MIGRATIONS } from './migrations';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { EmailDeliveryEntity } from '../notifications/entities/email-delivery.entity';
import { FailingEmailAddressEntity } from '../notifications/entities/failing-email-address.entity';
import { NotificationTemplateEntity } from '../notifications/entities/notification-template.entity';

// Listed, not globbed: the API is bundled by webpack, where file globs find nothing.

export const ENTITIES = [
  UserEntity,
  GroupRoleMappingEntity,
  AuditEntryEntity,
  SettingEntity,
  SamlRequestEntity,
  ConsumedAssertionEntity,
  VacancyEntity,
  VacancyRecruiterEntity,
  StoredFileEntity,
  CandidateEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ReferralEntity,
  ProgrammeVersionEntity,
  ProgrammeAcceptanceEntity,
  CreditDisputeEntity,
  StageTemplateEntity,
  RejectReasonEntity,
  ApplicationNoteEntity,
  HireEntity,
  BonusEntity,
  BonusEventEntity,
  DepartmentBudgetEntity,
  PayrollBatchEntity,
  PayrollConfirmationEntity,
  NotificationEntity,
  EmailDeliveryEntity,
  FailingEmailAddressEntity,
  NotificationTemplateEntity,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // A request waits this long at most for a connection (server unreachable, pool exhausted), then answers
    // 503 instead of hanging.
    extra: { max: 20, application_name: 'referral-portal', connectionTimeoutMillis: 10_000 },
  };
}

/** For the TypeORM CLI (`npm run migration:generate` / `migration:run`), which needs DATABASE_URL. */
export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/referrals'));
