import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NoteKind } from '@referrals/contracts';

/** A recruiter's internal note or a hiring manager's feedback on a candidate; never shown to the referrer. */
@Entity('application_notes')
export class ApplicationNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'application_id' })
  applicationId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('text')
  kind!: NoteKind;

  @Column('text')
  body!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
