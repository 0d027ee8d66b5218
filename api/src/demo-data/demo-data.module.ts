import { Module } from '@nestjs/common';
import { DemoDataSeeder } from './demo-data.seeder';

/** The demo company seeded into an empty database at start (`DEMO_DATA`). */
@Module({
  providers: [DemoDataSeeder],
})
export class DemoDataModule {}
