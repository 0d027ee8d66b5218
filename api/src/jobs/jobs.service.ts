import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DATABASE_URL } from '../database/database-url';
import { SettingsService } from '../settings/settings.service';

export interface JobDefinition<T extends object = object> {
  /** Queue name, `<area>.<what>`. */
  name: string;
  /** Cron in the company time zone, for recurring jobs. */
  cron?: string;
  /** Also run once when the runner starts: for catch-up sweeps, so a restart does not wait for the next slot. */
  runAtStart?: boolean;
  /** What it returns is kept with the job in pg-boss, for inspection. */
  handler: (data: T) => Promise<unknown>;
}

/**
 * A job still active this long after it started is taken to have died with its process (a crash, a kill) and
 * is run again; pg-boss's default waits 15 minutes. Our jobs are sweeps that finish in seconds and may run
 * twice, as every one of them takes its rows under a lock and only while they are still due.
 */
const JOB_QUEUE_OPTIONS: Omit<PgBoss.Queue, 'name'> = { expireInSeconds: 5 * 60, retryLimit: 3, retryDelay: 30, retryBackoff: true };

/**
 * Durable jobs on the same PostgreSQL through pg-boss: jobs survive restarts, and a schedule fires once per
 * slot however many API processes run. Areas register their jobs in `onModuleInit`; workers start once
 * the whole app is up.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly definitions = new Map<string, JobDefinition>();
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly settings: SettingsService,
  ) {}

  register<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name)) throw new Error(`Job ${definition.name} registered twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled) return;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      max: 4,
      cronWorkerIntervalSeconds: this.config.jobs.pollSeconds,
      cronMonitorIntervalSeconds: Math.min(45, this.config.jobs.pollSeconds * 6),
    });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job runner error'));
    await boss.start();
    this.boss = boss;
    const timeZone = await this.settings.get('companyTimeZone');
    for (const definition of this.definitions.values()) {
      // Update too: a queue made by an earlier version keeps its old options otherwise.
      await boss.createQueue(definition.name, { name: definition.name, ...JOB_QUEUE_OPTIONS });
      await boss.updateQueue(definition.name, { name: definition.name, ...JOB_QUEUE_OPTIONS });
      // One job per fetch (pg-boss's default batch size), so its result is that job's output.
      await boss.work<object>(definition.name, { pollingIntervalSeconds: this.config.jobs.pollSeconds }, async ([job]) =>
        definition.handler(job.data),
      );
      if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: timeZone });
      if (definition.runAtStart) await boss.send(definition.name, {}, { singletonKey: 'at-start', singletonSeconds: 60 });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: a running job finishes; an unfinished one is picked up again after restart.
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private running(): PgBoss {
    if (!this.boss) throw new Error('The job runner is not running');
    return this.boss;
  }

  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return this.running().send(name, data, options);
  }

  /**
   * A one-off job for a due moment, when the runner is on. Jobs that use it are sweeps a cron also runs, so a
   * job not sent (runner off, or a transaction that rolled back after sending) is only a later pick-up.
   */
  async sendWhenRunning<T extends object>(name: string, data: T, options: PgBoss.SendOptions = {}): Promise<void> {
    if (this.boss) await this.boss.send(name, data, options);
  }

  async schedule(name: string, cron: string): Promise<void> {
    const timeZone = await this.settings.get('companyTimeZone');
    await this.running().schedule(name, cron, {}, { tz: timeZone });
  }
}
