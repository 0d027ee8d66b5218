import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * AuthnRequest ids we issued, so a response's InResponseTo is checked against the database rather than the
 * browser session: the IdP's cross-site POST carries no SameSite=Lax cookie, and replicas share the table.
 */
@Entity('saml_requests')
export class SamlRequestEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;
}
