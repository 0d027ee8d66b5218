import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { StoredFileEntity } from './entities/stored-file.entity';
import { FILE_STORAGE } from './file-storage';
import { FilesService } from './files.service';
import { LocalDiskStorage } from './local-disk-storage';
import { OrphanFileSweep } from './orphan-file-sweep.service';

@Module({
  imports: [TypeOrmModule.forFeature([StoredFileEntity])],
  providers: [
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskStorage(join(config.dataDir, 'uploads')) },
    FilesService,
    OrphanFileSweep,
  ],
  exports: [FilesService],
})
export class FilesModule {}
