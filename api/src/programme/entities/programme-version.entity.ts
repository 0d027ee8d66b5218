import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One published version of the programme rules and FAQ; versions are never edited, only superseded. */
@Entity('programme_versions')
export class ProgrammeVersionEntity {
  @PrimaryColumn('int')
  version!: number;

  @Column('text', { name: 'rules_en' })
  rulesEn!: string;

  @Column('text', { name: 'faq_en' })
  faqEn!: string;

  @Column('text', { name: 'rules_nl', nullable: true })
  rulesNl!: string | null;

  @Column('text', { name: 'faq_nl', nullable: true })
  faqNl!: string | null;

  @Column('text', { name: 'change_summary' })
  changeSummary!: string;

  @Column('uuid', { name: 'published_by', nullable: true })
  publishedBy!: string | null;

  @Column('timestamptz', { name: 'published_at' })
  publishedAt!: Date;
}
