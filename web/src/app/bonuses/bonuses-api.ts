import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApproveBonusDto,
  BonusListResponse,
  BonusResponse,
  BudgetDto,
  BudgetResponse,
  BulkApproveBonusesDto,
  BulkApproveResponse,
  ConfirmationReport,
  CreatePayrollBatchDto,
  HireLeftDto,
  HireResponse,
  MyBonusResponse,
  Page,
  PayrollBatchResponse,
  RejectBonusDto,
} from '@referrals/contracts';
import { withoutErrorToast } from '../core/http/skip-error-toast';
import { bonusApiParams, type BonusQuery } from './bonus-query';

const byId = (id: string) => encodeURIComponent(id);

/** The payroll file of a batch as the API stored it; a plain link downloads the same bytes every time. */
export function payrollExportUrl(batchId: string, format: 'csv' | 'xlsx'): string {
  return `/api/payroll-batches/${byId(batchId)}/export.${format}`;
}

/**
 * The bonus programme's endpoints. Decisions, batch creation and confirmations explain their own refusals
 * (budget override, four eyes, nothing to export, the report), so those skip the interceptor's generic toast.
 */
@Injectable({ providedIn: 'root' })
export class BonusesApi {
  private readonly http = inject(HttpClient);

  list(query: BonusQuery) {
    return this.http.get<BonusListResponse>('/api/bonuses', { params: bonusApiParams(query) });
  }

  mine(page: number, pageSize: number) {
    return this.http.get<Page<MyBonusResponse>>('/api/bonuses/mine', { params: { page, pageSize } });
  }

  approve(id: string, body: ApproveBonusDto) {
    return this.http.post<BonusResponse>(`/api/bonuses/${byId(id)}/approve`, body, { context: withoutErrorToast() });
  }

  reject(id: string, body: RejectBonusDto) {
    return this.http.post<BonusResponse>(`/api/bonuses/${byId(id)}/reject`, body, { context: withoutErrorToast() });
  }

  approveMany(body: BulkApproveBonusesDto) {
    return this.http.post<BulkApproveResponse>('/api/bonuses/approve', body);
  }

  budgets(quarter: string) {
    return this.http.get<BudgetResponse[]>('/api/budgets', { params: { quarter } });
  }

  saveBudgets(budgets: BudgetDto[]) {
    return this.http.put<BudgetResponse[]>('/api/budgets', { budgets });
  }

  batches(page: number) {
    return this.http.get<Page<PayrollBatchResponse>>('/api/payroll-batches', { params: { page } });
  }

  createBatch(body: CreatePayrollBatchDto) {
    return this.http.post<PayrollBatchResponse>('/api/payroll-batches', body, { context: withoutErrorToast() });
  }

  uploadConfirmation(batchId: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ConfirmationReport>(`/api/payroll-batches/${byId(batchId)}/confirmation`, form, {
      context: withoutErrorToast(),
    });
  }

  recordHireLeft(hireId: string, body: HireLeftDto) {
    return this.http.post<HireResponse>(`/api/hires/${byId(hireId)}/left`, body, { context: withoutErrorToast() });
  }
}
