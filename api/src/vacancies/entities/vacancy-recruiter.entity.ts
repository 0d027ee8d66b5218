import { Entity, PrimaryColumn } from 'typeorm';

/** A recruiter who runs a vacancy; a vacancy may have several. */
@Entity('vacancy_recruiters')
export class VacancyRecruiterEntity {
  @PrimaryColumn('uuid', { name: 'vacancy_id' })
  vacancyId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;
}
