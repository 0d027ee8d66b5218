import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { StoredFileEntity } from './entities/stored-file.entity';
import { FILE_STORAGE, type FileStorage } from './file-storage';

export interface FileToStore {
  data: Buffer;
  fileName: string;
  mediaType: string;
}

@Injectable()
export class FilesService {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @InjectRepository(StoredFileEntity) private readonly files: Repository<StoredFileEntity>,
    private readonly audit: AuditService,
  ) {}

  /**
   * Writes the bytes, then the row inside the caller's transaction. The caller calls `discard(key)` when that
   * transaction does not commit, so a refused or failed upload leaves no file behind.
   */
  async store(manager: EntityManager, file: FileToStore, uploadedBy: string, folder: 'cv' | 'payroll' = 'cv'): Promise<StoredFileEntity> {
    const storageKey = `${folder}/${randomUUID()}`;
    await this.storage.put(storageKey, file.data);
    try {
      return await manager.getRepository(StoredFileEntity).save({
        storageKey,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.data.length,
        sha256: createHash('sha256').update(file.data).digest('hex'),
        uploadedBy,
      });
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  discard(storageKey: string): Promise<void> {
    return this.storage.remove(storageKey);
  }

  findById(id: string): Promise<StoredFileEntity | null> {
    return this.files.findOneBy({ id });
  }

  read(file: StoredFileEntity): Promise<Buffer> {
    return this.storage.read(file.storageKey);
  }

  /** A candidate's CV for someone allowed to see it: the read is in the audit log before a byte is sent. */
  async readCv(
    fileId: string | null,
    reader: { actorId: string; entityType: 'referral' | 'application'; entityId: string; applicationId: string },
  ): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const file = fileId ? await this.findById(fileId) : null;
    if (!file) throw new AppError('not_found', 'This candidate has no CV.');
    const data = await this.read(file);
    await this.audit.record({
      actorId: reader.actorId,
      action: 'cv.read',
      entityType: reader.entityType,
      entityId: reader.entityId,
      after: { fileId: file.id, applicationId: reader.applicationId },
    });
    return { file, data };
  }
}
