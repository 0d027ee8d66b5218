import { DEMO_USERS } from '../dev-idp/demo-users';
import type { DemoPerson } from './demo-definitions';

const person = (
  key: string,
  displayName: string,
  email: string,
  employeeId: string,
  department: string,
  extraGroups: string[] = [],
): DemoPerson => ({
  key,
  displayName,
  email,
  employeeId,
  department,
  groups: ['all-staff', department.toLowerCase().replace(/\s+/g, '-'), ...extraGroups],
});

/**
 * Everyone at the demo company. The six who can sign in through the development IdP are taken from it
 * as they are, so signing in finds the same person with the same groups and roles, and changes nothing.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  ...DEMO_USERS.map(({ key, email, displayName, employeeId, department, groups }) => ({
    key,
    email,
    displayName,
    employeeId,
    department,
    groups: [...groups],
  })),
  person('priya', 'Priya Raman', 'priya.raman@demo.example', 'E1007', 'People', ['referrals-recruiters']),
  person('jeroen', 'Jeroen Hendriks', 'jeroen.hendriks@demo.example', 'E1008', 'Engineering', ['referrals-hiring-managers']),
  person('fatima', 'Fatima El Amrani', 'fatima.elamrani@demo.example', 'E1009', 'Engineering'),
  person('thomas', 'Thomas de Boer', 'thomas.deboer@demo.example', 'E1010', 'Sales', ['referrals-hiring-managers']),
  person('lotte', 'Lotte van Dijk', 'lotte.vandijk@demo.example', 'E1011', 'Marketing', ['referrals-hiring-managers']),
  person('mehmet', 'Mehmet Yılmaz', 'mehmet.yilmaz@demo.example', 'E1012', 'Customer Success'),
  person('sanne', 'Sanne Meijer', 'sanne.meijer@demo.example', 'E1013', 'Customer Success', ['referrals-hiring-managers']),
  person('pieter', 'Pieter de Graaf', 'pieter.degraaf@demo.example', 'E1014', 'Finance', ['referrals-hiring-managers']),
  person('ingrid', 'Ingrid Bos', 'ingrid.bos@demo.example', 'E1015', 'Finance'),
  person('kevin', 'Kevin Peters', 'kevin.peters@demo.example', 'E1016', 'Operations', ['referrals-hiring-managers']),
  person('wei', 'Wei Chen', 'wei.chen@demo.example', 'E1017', 'Engineering'),
  person('olga', 'Olga Kowalska', 'olga.kowalska@demo.example', 'E1018', 'Engineering'),
  person('joao', 'João Ferreira', 'joao.ferreira@demo.example', 'E1019', 'Engineering'),
  person('anouk', 'Anouk Vos', 'anouk.vos@demo.example', 'E1020', 'Marketing'),
  person('ruben', 'Ruben Kok', 'ruben.kok@demo.example', 'E1021', 'Sales'),
  person('laura', 'Laura García', 'laura.garcia@demo.example', 'E1022', 'Sales'),
  person('bram', 'Bram van Leeuwen', 'bram.vanleeuwen@demo.example', 'E1023', 'Customer Success'),
  person('aisha', 'Aisha Okafor', 'aisha.okafor@demo.example', 'E1024', 'Customer Success'),
  person('sven', 'Sven Lindqvist', 'sven.lindqvist@demo.example', 'E1025', 'Operations'),
  person('femke', 'Femke Dekker', 'femke.dekker@demo.example', 'E1026', 'People'),
  person('arjun', 'Arjun Patel', 'arjun.patel@demo.example', 'E1027', 'IT'),
  person('tim', 'Tim Willems', 'tim.willems@demo.example', 'E1028', 'Operations'),
  person('elif', 'Elif Demir', 'elif.demir@demo.example', 'E1029', 'Finance'),
  person('james', "James O'Connor", 'james.oconnor@demo.example', 'E1030', 'Sales'),
  person('marloes', 'Marloes Hoekstra', 'marloes.hoekstra@demo.example', 'E1031', 'Marketing'),
];
