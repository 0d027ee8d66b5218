import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { JobsService } from '../jobs/jobs.service';
import { StoredFileEntity } from './entities/stored-file.entity';
import { FILE_STORAGE, type FileStorage } from './file-storage';

export const SWEEP_ORPHAN_FILES_JOB = 'files.sweep-orphans';

/** Folders `FilesService.store` writes to. */
const UPLOAD_FOLDERS = ['cv', 'payroll'] as const;

/**
 * Bytes are written before the row that names them is committed, so an upload cut off by a crash (the
 * process killed between the two) leaves a file no row names. Nobody can reach such a file, but it holds a
 * candidate's personal data, so it must not stay: an hourly sweep removes files no row names once they are
 * older than any upload still in flight could be.
 */
@Injectable()
export class OrphanFileSweep implements OnModuleInit {
  static readonly GRACE_MS = 60 * 60_000;
  private readonly logger = new Logger(OrphanFileSweep.name);

  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @InjectRepository(StoredFileEntity) private readonly files: Repository<StoredFileEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: SWEEP_ORPHAN_FILES_JOB, cron: '40 * * * *', runAtStart: true, handler: () => this.removeOrphans() });
  }

  /** Returns how many files it removed. */
  async removeOrphans(): Promise<{ removed: number }> {
    const writtenBefore = new Date(this.clock.now().getTime() - OrphanFileSweep.GRACE_MS);
    let removed = 0;
    for (const folder of UPLOAD_FOLDERS) {
      const keys = await this.storage.listWrittenBefore(folder, writtenBefore);
      if (keys.length === 0) continue;
      const named = new Set((await this.files.find({ select: { storageKey: true }, where: { storageKey: In(keys) } })).map((file) => file.storageKey));
      for (const key of keys.filter((candidate) => !named.has(candidate))) {
        await this.storage.remove(key);
        removed += 1;
      }
    }
    if (removed > 0) this.logger.warn({ removed }, 'removed uploaded files that no row names');
    return { removed };
  }
}
