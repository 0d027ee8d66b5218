import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { DataSource, In } from 'typeorm';
import type { ConfirmationProblem, ConfirmationReport, CreatePayrollBatchDto, MoneyTotal, Page, PageQueryDto, PayrollBatchResponse } from '@referrals/contracts';
import { calendarDateIn } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import type { StoredFileEntity } from '../files/entities/stored-file.entity';
import { FilesService } from '../files/files.service';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import { BonusTransitions } from './bonus-transitions';
import { BonusesRepository } from './bonuses.repository';
import { BonusEntity } from './entities/bonus.entity';
import { PayrollBatchEntity } from './entities/payroll-batch.entity';
import { PayrollConfirmationEntity } from './entities/payroll-confirmation.entity';
import { payrollCsv, payrollXlsx } from './payroll-files';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UploadedConfirmation {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** Payroll batches: every approved bonus in exactly one, files written once, payments confirmed once. */
@Injectable()
export class PayrollService {
  constructor(
    private readonly bonuses: BonusesRepository,
    private readonly transitions: BonusTransitions,
    private readonly files: FilesService,
    private readonly users: UsersService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * A batch of the bonuses approved up to a day. Batch creation is serialised by one lock, and each bonus is
   * taken only while still approved, so two HR colleagues creating batches at once never export a bonus twice.
   */
  async create(actor: AuthenticatedUser, dto: CreatePayrollBatchDto): Promise<PayrollBatchResponse> {
    const now = this.clock.now();
    const timeZone = await this.settings.get('companyTimeZone');
    const approvedUntil = dto.approvedUntil ?? calendarDateIn(timeZone, now);
    const written: string[] = [];
    try {
      const batch = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('payroll-batch'))`);
        const approved: { id: string }[] = await manager.query(
          `SELECT id FROM bonuses
            WHERE state = 'approved' AND decided_at < (($1::date + 1)::timestamp AT TIME ZONE $2)
            FOR UPDATE`,
          [approvedUntil, timeZone],
        );
        if (approved.length === 0) throw new AppError('nothing_to_export', `No bonuses approved on or before ${approvedUntil} wait for payroll.`);
        const batchId = randomUUID();
        const rows = await this.bonuses.forPayroll(manager, approved.map((row) => row.id));
        const baseName = `payroll-${approvedUntil}-${batchId.slice(0, 8)}`;
        const csv = await this.files.store(manager, { data: payrollCsv(rows, batchId), fileName: `${baseName}.csv`, mediaType: 'text/csv; charset=utf-8' }, actor.id, 'payroll');
        written.push(csv.storageKey);
        const xlsx = await this.files.store(
          manager,
          {
            data: await payrollXlsx(rows, batchId, now),
            fileName: `${baseName}.xlsx`,
            mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
          actor.id,
          'payroll',
        );
        written.push(xlsx.storageKey);
        const saved = await manager.getRepository(PayrollBatchEntity).save({
          id: batchId,
          approvedUntil,
          createdBy: actor.id,
          createdAt: now,
          csvFileId: csv.id,
          xlsxFileId: xlsx.id,
          bonusCount: rows.length,
          totals: totalsOf(rows),
        });
        const locked = await manager.getRepository(BonusEntity).findBy({ id: In(rows.map((row) => row.id)) });
        for (const bonus of locked) {
          await this.transitions.apply(manager, bonus, { to: 'exported', actorId: actor.id, reason: null, at: now, changes: { batchId } });
        }
        await this.audit.record(
          { actorId: actor.id, action: 'payroll_batch.created', entityType: 'payroll_batch', entityId: batchId, after: { approvedUntil, bonusCount: rows.length, totals: saved.totals } },
          manager,
        );
        return manager.getRepository(PayrollBatchEntity).findOneByOrFail({ id: batchId });
      });
      return (await this.responses([batch]))[0];
    } catch (error) {
      // The transaction did not commit: the files it wrote must not stay behind.
      await Promise.all(written.map((key) => this.files.discard(key)));
      throw error;
    }
  }

  async list(query: PageQueryDto): Promise<Page<PayrollBatchResponse>> {
    const window = pageWindow(query);
    const rows = await this.dataSource
      .getRepository(PayrollBatchEntity)
      .find({ order: { createdAt: 'DESC', number: 'DESC' }, skip: window.offset, take: window.fetch });
    const page = pageOf(rows, window);
    return { ...page, items: await this.responses(page.items) };
  }

  /** The batch's file as it was written when the batch was made: a second download is the same bytes. */
  async download(actor: AuthenticatedUser, id: string, format: 'csv' | 'xlsx'): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const batch = await this.dataSource.getRepository(PayrollBatchEntity).findOneBy({ id });
    if (!batch) throw new AppError('not_found', 'No such payroll batch.');
    const file = await this.files.findById(format === 'csv' ? batch.csvFileId : batch.xlsxFileId);
    if (!file) throw new AppError('not_found', 'The batch file is missing.');
    const data = await this.files.read(file);
    await this.audit.record({ actorId: actor.id, action: 'payroll_batch.downloaded', entityType: 'payroll_batch', entityId: id, after: { format } });
    return { file, data };
  }

  /**
   * Payroll's confirmation: a CSV of bonus ids (a `bonus_id` column, or ids in the first column). Each id of
   * this batch still exported is marked paid once; everything else is reported with its line, never applied.
   */
  async confirm(actor: AuthenticatedUser, id: string, upload: UploadedConfirmation | undefined): Promise<ConfirmationReport> {
    if (!upload || upload.size === 0) throw new AppError('validation_failed', 'Attach the confirmation file.', [{ field: 'file', message: 'a CSV file is required' }]);
    if (!isPlainText(upload.buffer)) throw new AppError('file_type_unsupported', 'The confirmation must be a CSV text file.');
    const ids = readConfirmationIds(upload.buffer);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager.getRepository(PayrollBatchEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!batch) throw new AppError('not_found', 'No such payroll batch.');
      const valid = ids.filter((entry) => UUID.test(entry.value)).map((entry) => entry.value.toLowerCase());
      const found = valid.length > 0 ? await manager.getRepository(BonusEntity).find({ where: { id: In([...new Set(valid)]) }, lock: { mode: 'pessimistic_write' } }) : [];
      const byId = new Map(found.map((bonus) => [bonus.id, bonus]));
      const report: ConfirmationReport = { batchId: id, paid: [], problems: [] };
      const seen = new Set<string>();
      for (const entry of ids) {
        const bonusId = entry.value.toLowerCase();
        const problem = (p: ConfirmationProblem) => report.problems.push({ line: entry.line, value: entry.value, problem: p });
        if (!UUID.test(bonusId)) problem('invalid_id');
        else if (seen.has(bonusId)) problem('repeated');
        else {
          seen.add(bonusId);
          const bonus = byId.get(bonusId);
          if (!bonus) problem('unknown');
          else if (bonus.batchId !== id) problem('not_in_batch');
          else if (bonus.state === 'paid') problem('already_paid');
          else {
            await this.transitions.apply(manager, bonus, { to: 'paid', actorId: actor.id, reason: null, at: now, changes: { paidAt: now } });
            report.paid.push(bonusId);
          }
        }
      }
      const file = await this.files.store(manager, { data: upload.buffer, fileName: upload.originalname || 'confirmation.csv', mediaType: 'text/csv' }, actor.id, 'payroll');
      await manager.getRepository(PayrollConfirmationEntity).insert({ batchId: id, fileId: file.id, uploadedBy: actor.id, uploadedAt: now, paidCount: report.paid.length, report });
      await this.audit.record(
        { actorId: actor.id, action: 'payroll_batch.confirmed', entityType: 'payroll_batch', entityId: id, after: { paid: report.paid.length, problems: report.problems.length } },
        manager,
      );
      return report;
    });
  }

  private async responses(batches: PayrollBatchEntity[]): Promise<PayrollBatchResponse[]> {
    if (batches.length === 0) return [];
    const [people, paid] = await Promise.all([
      this.users.peopleByIds(batches.map((batch) => batch.createdBy)),
      this.dataSource.query(`SELECT batch_id AS "batchId", count(*)::int AS paid FROM bonuses WHERE batch_id = ANY($1) AND state = 'paid' GROUP BY batch_id`, [
        batches.map((batch) => batch.id),
      ]) as Promise<{ batchId: string; paid: number }[]>,
    ]);
    return batches.map((batch) => ({
      id: batch.id,
      number: batch.number,
      createdAt: batch.createdAt.toISOString(),
      createdBy: batch.createdBy ? (people.get(batch.createdBy) ?? null) : null,
      approvedUntil: batch.approvedUntil,
      bonusCount: batch.bonusCount,
      paidCount: paid.find((row) => row.batchId === batch.id)?.paid ?? 0,
      totals: batch.totals,
    }));
  }
}

function totalsOf(rows: readonly { currency: string; amountMinor: number }[]): MoneyTotal[] {
  const totals = new Map<string, MoneyTotal>();
  for (const row of rows) {
    const total = totals.get(row.currency) ?? { currency: row.currency, amountMinor: 0, count: 0 };
    totals.set(row.currency, { ...total, amountMinor: total.amountMinor + row.amountMinor, count: total.count + 1 });
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * Text in any 8-bit encoding payroll systems export (UTF-8, Windows-1252): no control bytes besides tab and
 * line ends. A spreadsheet, picture or executable has them in its first bytes; so refused, it is neither
 * parsed nor stored.
 */
export function isPlainText(buffer: Buffer): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(buffer.toString('latin1'));
}

/** The ids in a confirmation file with their line numbers; a header row naming `bonus_id` picks the column. */
export function readConfirmationIds(buffer: Buffer): { line: number; value: string }[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(buffer, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, delimiter: [',', ';'] }) as unknown as typeof records;
  } catch {
    throw new AppError('validation_failed', 'The confirmation file is not a readable CSV.', [{ field: 'file', message: 'not a CSV file' }]);
  }
  const header = records[0]?.record.findIndex((cell) => cell.toLowerCase() === 'bonus_id') ?? -1;
  const column = Math.max(header, 0);
  const body = header >= 0 ? records.slice(1) : records;
  if (body.length === 0) throw new AppError('validation_failed', 'The confirmation file lists no bonus ids.', [{ field: 'file', message: 'no bonus ids' }]);
  return body.map(({ record, info }) => ({ line: info.lines, value: record[column] ?? '' }));
}
