import type { Route } from '@angular/router';

/** HR's bonus area: the queue of bonuses to decide on, the quarterly budgets, and the payroll batches. */
export const bonusesRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./bonuses-admin/bonuses-admin').then((m) => m.BonusesAdmin),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./bonus-queue/bonus-queue').then((m) => m.BonusQueue),
      },
      {
        path: 'budgets',
        title: 'bonuses.tabs.budgets',
        loadComponent: () => import('./budget-list/budget-list').then((m) => m.BudgetList),
      },
      {
        path: 'payroll',
        title: 'bonuses.tabs.payroll',
        loadComponent: () => import('./payroll-batches/payroll-batches').then((m) => m.PayrollBatches),
      },
    ],
  },
];
