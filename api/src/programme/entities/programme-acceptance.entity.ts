import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('programme_acceptances')
export class ProgrammeAcceptanceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('timestamptz', { name: 'accepted_at' })
  acceptedAt!: Date;
}
