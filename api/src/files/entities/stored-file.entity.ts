import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file's metadata; the bytes live in the file storage under `storageKey`. */
@Entity('stored_files')
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  @Column('text', { name: 'file_name' })
  fileName!: string;

  @Column('text', { name: 'media_type' })
  mediaType!: string;

  @Column('int', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
