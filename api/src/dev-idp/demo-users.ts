/** The people of the demo company; each maps to the groups a real IdP would send. */
export interface DevIdpUser {
  key: string;
  email: string;
  displayName: string;
  employeeId: string;
  department: string;
  groups: string[];
  /** Shown on the IdP's chooser page. */
  roleLabel: string;
}

export const DEMO_USERS: readonly DevIdpUser[] = [
  {
    key: 'emma',
    email: 'emma.devries@demo.example',
    displayName: 'Emma de Vries',
    employeeId: 'E1001',
    department: 'Engineering',
    groups: ['all-staff', 'engineering'],
    roleLabel: 'employee',
  },
  {
    key: 'daan',
    email: 'daan.jansen@demo.example',
    displayName: 'Daan Jansen',
    employeeId: 'E1002',
    department: 'Sales',
    groups: ['all-staff', 'sales'],
    roleLabel: 'employee',
  },
  {
    key: 'sophie',
    email: 'sophie.bakker@demo.example',
    displayName: 'Sophie Bakker',
    employeeId: 'E1003',
    department: 'People',
    groups: ['all-staff', 'referrals-recruiters'],
    roleLabel: 'recruiter',
  },
  {
    key: 'lucas',
    email: 'lucas.visser@demo.example',
    displayName: 'Lucas Visser',
    employeeId: 'E1004',
    department: 'Engineering',
    groups: ['all-staff', 'engineering', 'referrals-hiring-managers'],
    roleLabel: 'hiring manager',
  },
  {
    key: 'anna',
    email: 'anna.smit@demo.example',
    displayName: 'Anna Smit',
    employeeId: 'E1005',
    department: 'People',
    groups: ['all-staff', 'referrals-hr'],
    roleLabel: 'HR',
  },
  {
    key: 'noah',
    email: 'noah.mulder@demo.example',
    displayName: 'Noah Mulder',
    employeeId: 'E1006',
    department: 'IT',
    groups: ['all-staff', 'referrals-admins'],
    roleLabel: 'admin',
  },
];
