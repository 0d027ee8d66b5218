import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { currencyDecimals, minorToMajorText } from '@referrals/domain';
import type { BonusRow } from './bonuses.repository';

/** The columns payroll imports, in order. */
const COLUMNS = ['employee_id', 'employee_name', 'department', 'amount', 'currency', 'vacancy', 'hire_date', 'bonus_id', 'batch_id'] as const;

function lines(rows: readonly BonusRow[], batchId: string): string[][] {
  return rows.map((row) => [
    row.beneficiaryEmployeeId ?? '',
    row.beneficiaryName,
    row.beneficiaryDepartment ?? '',
    minorToMajorText(row.amountMinor, row.currency),
    row.currency,
    row.vacancyTitle,
    row.startDate,
    row.id,
    batchId,
  ]);
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read names like "Daniël" right. */
export function payrollCsv(rows: readonly BonusRow[], batchId: string): Buffer {
  const text = stringify([[...COLUMNS], ...lines(rows, batchId)], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The same lines as a workbook, amounts as numbers shown with their currency's decimals, dates as text. */
export async function payrollXlsx(rows: readonly BonusRow[], batchId: string, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Referral portal';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet('Payroll');
  sheet.addRow([...COLUMNS]).font = { bold: true };
  lines(rows, batchId).forEach((line, index) => {
    const added = sheet.addRow(line);
    const amount = added.getCell(4);
    amount.value = Number(line[3]);
    const decimals = currencyDecimals(rows[index].currency);
    amount.numFmt = decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  });
  sheet.columns.forEach((column) => (column.width = 20));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
