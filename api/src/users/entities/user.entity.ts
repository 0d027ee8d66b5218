import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, NotificationEvent, Role } from '@referrals/contracts';

@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised (trimmed, lower-cased), the person's key across logins. */
  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'employee_id', nullable: true })
  employeeId!: string | null;

  @Column('text', { nullable: true })
  department!: string | null;

  /** Groups as the IdP last sent them; roles are derived from them at each login. */
  @Column('text', { array: true, default: () => "'{}'" })
  groups!: string[];

  @Column('text', { array: true, default: () => "'{employee}'" })
  roles!: Role[];

  @Column('text', { nullable: true })
  locale!: Locale | null;

  /** Mails the person switched off (never an essential one); the inbox still gets them. */
  @Column('text', { name: 'email_off', array: true, default: () => "'{}'" })
  emailOff!: NotificationEvent[];

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('timestamptz', { name: 'last_login_at', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
