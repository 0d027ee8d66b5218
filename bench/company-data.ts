import { DEMO_USERS } from '../api/src/dev-idp/demo-users';
/* eslint-disable @typescript-eslint/no-this-alias -- each table's rows() is a generator (no arrow form), reading the company through `self` */
import { intBetween, mix, pick, randomFrom, uuidOf } from './seeded-random';

/**
 * The generated company, row by row, as COPY text lines. Every row is a pure function of (seed, index), so
 * each table's pass recomputes the referral it belongs to instead of holding a million plans in memory, and
 * the same seed gives the same company on every run. The rows keep every CHECK and unique constraint of the
 * migrations; foreign keys hold by construction (the loader skips their per-row triggers for speed).
 */

export interface CompanySize {
  employees: number;
  vacancies: number;
  referrals: number;
}

/** The issue's company (20,000 people, 2,000 vacancies) for any referral count from 10,000 up; smaller for smoke runs. */
export function companySize(referrals: number): CompanySize {
  if (referrals >= 10_000) return { employees: 20_000, vacancies: 2_000, referrals };
  return { employees: Math.max(30, Math.floor(referrals / 2)), vacancies: Math.max(10, Math.floor(referrals / 20)), referrals };
}

/** Fixed, so the data is the same whenever it is generated; a month before "now" keeps the referral limits clear. */
export const DATA_ENDS_AT = Date.UTC(2026, 10, 1);
const SPAN_MS = 3 * 365 * 86_400_000;
export const DATA_STARTS_AT = DATA_ENDS_AT - SPAN_MS;
const DAY_MS = 86_400_000;

/** Table codes inside generated uuids. */
const T = { user: 1, vacancy: 2, candidate: 3, application: 4, referral: 5, event: 6, hire: 7, bonus: 8, bonusEvent: 9, notification: 10, file: 11, batch: 12 };

// Demo people keep their index: emma 0, daan 1, sophie 2, lucas 3, anna 4, noah 5.
export const DEMO_INDEX = Object.fromEntries(DEMO_USERS.map((user, index) => [user.key, index])) as Record<string, number>;
const DEMO_ROLES: Record<string, string[]> = {
  emma: ['employee'],
  daan: ['employee'],
  sophie: ['employee', 'recruiter'],
  lucas: ['employee', 'hiring_manager'],
  anna: ['employee', 'hr'],
  noah: ['employee', 'admin'],
};

const FIRST = ['Anna', 'Bram', 'Chloé', 'Daan', 'Eva', 'Finn', 'Greta', 'Hugo', 'Iris', 'Jesse', 'Julia', 'Lars', 'Lotte', 'Milan', 'Noor', 'Olivier', 'Puck', 'Ruben', 'Sanne', 'Thijs', 'Yara', 'Zoë', 'Amira', 'Mohamed', 'Priya', 'Wei', 'Oscar', 'Femke'];
const LAST = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'El Amrani', 'Yılmaz', 'Chen', 'Kumar'];
const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'People', 'Operations', 'Customer Success', 'Legal', 'IT', 'Product', 'Data', 'Logistics'];
const LOCATIONS = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Den Haag', 'Groningen', 'Remote', 'Antwerpen'];
const CATEGORIES = ['Software', 'Sales', 'Marketing', 'Finance', 'HR', 'Operations', 'Support', 'Legal', 'Data', 'Design'];
const EMPLOYMENT = ['full_time', 'full_time', 'full_time', 'part_time', 'contract', 'internship', 'temporary'];
const ROLE_WORDS_EN = ['Engineer', 'Developer', 'Analyst', 'Manager', 'Consultant', 'Specialist', 'Designer', 'Architect', 'Advisor', 'Coordinator'];
const ROLE_WORDS_NL = ['Ontwikkelaar', 'Medewerker', 'Adviseur', 'Beheerder', 'Teamleider', 'Accountmanager', 'Projectleider', 'Verkoper'];
const LEVELS = ['Junior', 'Medior', 'Senior', 'Lead', 'Principal'];
const FIELDS = ['Backend', 'Frontend', 'Cloud', 'Payroll', 'Customer', 'Security', 'Data', 'Mobile', 'Logistics', 'Growth', 'Platform', 'Finance'];
const SENTENCES_EN = [
  'You join a team that ships every week and cares about quality.',
  'You work closely with colleagues across the company.',
  'We offer a training budget, flexible hours and a pension plan.',
  'Experience with modern tooling and a curious mind are what we look for.',
  'You help customers succeed and turn their feedback into improvements.',
];
const SENTENCES_NL = [
  'Je werkt in een hecht team dat elke week iets oplevert.',
  'Je werkt nauw samen met collega’s in het hele bedrijf.',
  'Wij bieden een opleidingsbudget, flexibele werktijden en een goed pensioen.',
  'Ervaring met moderne hulpmiddelen en nieuwsgierigheid vinden wij belangrijk.',
];
const RELATIONSHIPS = ['former_colleague', 'friend', 'family', 'fellow_student', 'professional_network', 'other'];
const CHANNELS = ['form', 'form', 'form', 'form', 'email', 'linkedin', 'whatsapp', 'link'];
const FORWARD = ['new', 'screening', 'interview', 'offer', 'hired'] as const;
const REFERRER_STATUS: Record<string, string> = {
  new: 'submitted', screening: 'in_review', interview: 'interviewing', offer: 'offer', hired: 'hired', rejected: 'not_selected', withdrawn: 'withdrawn',
};
const BONUS_AMOUNTS = [50_000, 100_000, 150_000, 200_000, 250_000, 300_000];
const PROBATION_MONTHS = [1, 2, 3, 3, 6];

// ---- COPY text format ----

/** One value in PostgreSQL's COPY text format. */
export function copyValue(value: string | number | boolean | null | undefined | readonly string[]): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) return copyValue(`{${value.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return (value as string).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function copyLine(values: readonly (string | number | boolean | null | undefined | readonly string[])[]): string {
  return values.map(copyValue).join('\t') + '\n';
}

const iso = (ms: number) => new Date(ms).toISOString();
const dateOnly = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

export interface TableRows {
  table: string;
  columns: string[];
  rows: () => Iterable<string>;
  /** Expected row count for progress output (an estimate where rows depend on the plan). */
  estimate: number;
}

export class Company {
  readonly size: CompanySize;
  private readonly recruiters: number;
  private readonly hiringManagers: number;
  private readonly hrPeople: number;
  /** Applications on the first vacancy: the big board of the benchmark. */
  readonly boardApplications: number;
  /** How many of all referrals are emma's, for My referrals. */
  private readonly emmaShare: number;

  constructor(
    readonly seed: number,
    referrals: number,
  ) {
    this.size = companySize(referrals);
    this.recruiters = Math.max(2, Math.floor(this.size.employees / 500));
    this.hiringManagers = Math.max(3, Math.floor(this.size.employees / 50));
    this.hrPeople = Math.max(1, Math.floor(this.size.employees / 2000));
    this.boardApplications = Math.min(2_000, Math.floor(referrals / 5));
    this.emmaShare = Math.min(0.3, Math.max(0.02, 60 / referrals));
  }

  userId(index: number): string {
    return uuidOf(this.seed, T.user, index);
  }
  vacancyId(index: number): string {
    return uuidOf(this.seed, T.vacancy, index);
  }
  private recruiterIndex(n: number): number {
    return 6 + (n % this.recruiters);
  }
  private hiringManagerIndex(n: number): number {
    return 6 + this.recruiters + (n % this.hiringManagers);
  }

  // ---- users ----

  private userRow(index: number): (string | number | boolean | null | readonly string[])[] {
    const random = randomFrom(mix(this.seed, index, 101));
    const demo = DEMO_USERS[index];
    if (demo) {
      const groups = demo.groups;
      return [this.userId(index), demo.email, demo.displayName, demo.employeeId, demo.department, groups, DEMO_ROLES[demo.key], null, true, iso(DATA_STARTS_AT), iso(DATA_STARTS_AT)];
    }
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    const email = `${first}.${last}.${index}@bench.example`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    let roles = ['employee'];
    let groups = ['all-staff'];
    if (index < 6 + this.recruiters) [roles, groups] = [['employee', 'recruiter'], ['all-staff', 'referrals-recruiters']];
    else if (index < 6 + this.recruiters + this.hiringManagers) [roles, groups] = [['employee', 'hiring_manager'], ['all-staff', 'referrals-hiring-managers']];
    else if (index < 6 + this.recruiters + this.hiringManagers + this.hrPeople) [roles, groups] = [['employee', 'hr'], ['all-staff', 'referrals-hr']];
    // One in fifty has left: inactive accounts stay, as in a real directory.
    const active = random() >= 0.02;
    const locale = random() < 0.5 ? null : pick(random, ['en', 'nl']);
    return [this.userId(index), email, `${first} ${last}`, `E${100_000 + index}`, pick(random, DEPARTMENTS), groups, roles, locale, active, iso(DATA_STARTS_AT), iso(DATA_STARTS_AT)];
  }

  users(): TableRows {
    const count = this.size.employees;
    const self = this;
    return {
      table: 'users',
      columns: ['id', 'email', 'display_name', 'employee_id', 'department', 'groups', 'roles', 'locale', 'active', 'created_at', 'updated_at'],
      estimate: count,
      *rows() {
        for (let i = 0; i < count; i++) yield copyLine(self.userRow(i));
      },
    };
  }

  // ---- vacancies ----

  vacancyStatus(index: number): string {
    const slot = index % 20;
    if (slot < 12) return 'open';
    if (slot < 14) return 'draft';
    if (slot < 15) return 'on_hold';
    if (slot < 19) return 'closed_filled';
    return 'closed_cancelled';
  }

  vacancyPlan(index: number) {
    const random = randomFrom(mix(this.seed, index, 202));
    const dutch = random() < 0.4;
    const title =
      index === 0
        ? 'Senior Backend Engineer'
        : dutch
          ? `${pick(random, ROLE_WORDS_NL)} ${pick(random, FIELDS)}`
          : `${pick(random, LEVELS)} ${pick(random, FIELDS)} ${pick(random, ROLE_WORDS_EN)}`;
    const sentences = dutch ? SENTENCES_NL : SENTENCES_EN;
    const description = Array.from({ length: 4 }, () => pick(random, sentences)).join(' ');
    const openedAt = DATA_STARTS_AT + Math.floor(random() * SPAN_MS * 0.9);
    return {
      id: this.vacancyId(index),
      title,
      department: index === 0 ? 'Engineering' : pick(random, DEPARTMENTS),
      location: pick(random, LOCATIONS),
      employmentType: pick(random, EMPLOYMENT),
      category: pick(random, CATEGORIES),
      description,
      status: this.vacancyStatus(index),
      // Lucas manages the big board's vacancy and a few others, so his hiring-manager views are not empty.
      hiringManagerIndex: index % 50 === 0 ? DEMO_INDEX['lucas'] : this.hiringManagerIndex(intBetween(random, 0, 1_000_000)),
      createdByIndex: index === 0 ? DEMO_INDEX['sophie'] : this.recruiterIndex(intBetween(random, 0, 1_000_000)),
      bonusMinor: pick(random, BONUS_AMOUNTS),
      probationMonths: pick(random, PROBATION_MONTHS),
      openedAt,
      recruiterIndexes: index % 4 === 0 ? [DEMO_INDEX['sophie'], this.recruiterIndex(index)] : [this.recruiterIndex(index)],
    };
  }

  vacancies(): TableRows {
    const self = this;
    return {
      table: 'vacancies',
      columns: ['id', 'title', 'department', 'location', 'employment_type', 'category', 'description', 'status', 'hiring_manager_id', 'created_by',
        'bonus_amount_minor', 'bonus_currency', 'probation_months', 'public_apply', 'opened_at', 'closed_at', 'created_at', 'updated_at'],
      estimate: this.size.vacancies,
      *rows() {
        for (let i = 0; i < self.size.vacancies; i++) {
          const v = self.vacancyPlan(i);
          const opened = v.status === 'draft' ? null : iso(v.openedAt);
          const closed = v.status.startsWith('closed') ? iso(Math.min(DATA_ENDS_AT, v.openedAt + 120 * DAY_MS)) : null;
          yield copyLine([v.id, v.title, v.department, v.location, v.employmentType, v.category, v.description, v.status, self.userId(v.hiringManagerIndex),
            self.userId(v.createdByIndex), v.bonusMinor, 'EUR', v.probationMonths, false, opened, closed, iso(v.openedAt - 7 * DAY_MS), iso(v.openedAt)]);
        }
      },
    };
  }

  vacancyRecruiters(): TableRows {
    const self = this;
    return {
      table: 'vacancy_recruiters',
      columns: ['vacancy_id', 'user_id'],
      estimate: this.size.vacancies,
      *rows() {
        for (let i = 0; i < self.size.vacancies; i++) {
          for (const r of new Set(self.vacancyPlan(i).recruiterIndexes)) yield copyLine([self.vacancyId(i), self.userId(r)]);
        }
      },
    };
  }

  // ---- referrals and everything that hangs off them ----

  referralPlan(index: number) {
    const random = randomFrom(mix(this.seed, index, 303));
    const referrerIndex = random() < this.emmaShare ? DEMO_INDEX['emma'] : intBetween(random, 1, this.size.employees - 1);
    let vacancyIndex: number | null;
    if (index < this.boardApplications) vacancyIndex = 0;
    else if (random() < 0.08) vacancyIndex = null;
    else {
      vacancyIndex = intBetween(random, 1, this.size.vacancies - 1);
      // Drafts have no candidates: their slot moves to the open vacancy two places back.
      if (this.vacancyStatus(vacancyIndex) === 'draft') vacancyIndex -= 2;
    }
    const createdAt = DATA_STARTS_AT + Math.floor(random() * SPAN_MS);
    const u = random();
    let final: string;
    if (u < 0.15) final = 'new';
    else if (u < 0.27) final = 'screening';
    else if (u < 0.35) final = 'interview';
    else if (u < 0.38) final = 'offer';
    else if (u < 0.45) final = 'hired';
    else if (u < 0.88) final = 'rejected';
    else final = 'withdrawn';
    // A general referral is placed on a vacancy before it can go further than screening.
    if (vacancyIndex === null && ['interview', 'offer', 'hired'].includes(final)) final = 'screening';
    const reached = FORWARD.indexOf(final as (typeof FORWARD)[number]);
    const path: string[] = reached >= 0 ? FORWARD.slice(0, reached + 1) : [...FORWARD.slice(0, intBetween(random, 1, vacancyIndex === null ? 2 : 4)), final];
    const times: number[] = [createdAt];
    for (let step = 1; step < path.length; step++) times.push(Math.min(DATA_ENDS_AT, times[step - 1] + intBetween(random, 1, 30) * DAY_MS + intBetween(random, 0, 86_399) * 1000));
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    const phone = random() < 0.5 ? `+316${String(10_000_000 + (index % 89_999_999))}` : null;
    return {
      index,
      id: uuidOf(this.seed, T.referral, index),
      applicationId: uuidOf(this.seed, T.application, index),
      candidateId: uuidOf(this.seed, T.candidate, index),
      referrerIndex,
      vacancyIndex,
      createdAt,
      path,
      times,
      stage: path[path.length - 1],
      stageEnteredAt: times[times.length - 1],
      candidateName: `${first} ${last}`,
      candidateEmail: `${first}.${last}.${index}@candidates.example`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
      phone,
      linkedin: random() < 0.3 ? `https://www.linkedin.com/in/candidate-${index}` : null,
      relationship: pick(random, RELATIONSHIPS),
      channel: pick(random, CHANNELS),
      bonusRandom: random(),
      startOffsetDays: intBetween(random, 14, 45),
    };
  }

  private *eachReferral() {
    for (let i = 0; i < this.size.referrals; i++) yield this.referralPlan(i);
  }

  candidates(): TableRows {
    const self = this;
    return {
      table: 'candidates',
      columns: ['id', 'email', 'full_name', 'phone_e164', 'linkedin_url', 'claim_holder_id', 'claim_referral_id', 'claim_since', 'created_at', 'updated_at'],
      estimate: this.size.referrals,
      *rows() {
        for (const r of self.eachReferral()) {
          yield copyLine([r.candidateId, r.candidateEmail, r.candidateName, r.phone, r.linkedin, self.userId(r.referrerIndex), r.id, iso(r.createdAt), iso(r.createdAt), iso(r.stageEnteredAt)]);
        }
      },
    };
  }

  applications(): TableRows {
    const self = this;
    return {
      table: 'applications',
      columns: ['id', 'candidate_id', 'vacancy_id', 'source', 'stage', 'step', 'stage_entered_at', 'ended_at', 'version', 'assigned_recruiter_id', 'created_at', 'updated_at'],
      estimate: this.size.referrals,
      *rows() {
        for (const r of self.eachReferral()) {
          const ended = r.stage === 'rejected' || r.stage === 'withdrawn' ? iso(r.stageEnteredAt) : null;
          const recruiter = r.vacancyIndex === null || r.stage === 'new' ? null : self.userId(self.vacancyPlan(r.vacancyIndex).recruiterIndexes[0]);
          yield copyLine([r.applicationId, r.candidateId, r.vacancyIndex === null ? null : self.vacancyId(r.vacancyIndex), 'referral', r.stage, r.stage,
            iso(r.stageEnteredAt), ended, r.path.length, recruiter, iso(r.createdAt), iso(r.stageEnteredAt)]);
        }
      },
    };
  }

  applicationEvents(): TableRows {
    const self = this;
    return {
      table: 'application_events',
      columns: ['id', 'application_id', 'actor_id', 'from_stage', 'to_stage', 'from_step', 'to_step', 'reason', 'occurred_at'],
      estimate: Math.round(this.size.referrals * 2.6),
      *rows() {
        for (const r of self.eachReferral()) {
          const mover = r.vacancyIndex === null ? self.recruiterIndex(r.index) : self.vacancyPlan(r.vacancyIndex).recruiterIndexes[0];
          for (let step = 0; step < r.path.length; step++) {
            const from = step === 0 ? null : r.path[step - 1];
            const actor = step === 0 ? r.referrerIndex : mover;
            yield copyLine([uuidOf(self.seed, T.event, r.index * 8 + step), r.applicationId, self.userId(actor), from, r.path[step], from, r.path[step], null, iso(r.times[step])]);
          }
        }
      },
    };
  }

  referrals(): TableRows {
    const self = this;
    return {
      table: 'referrals',
      columns: ['id', 'application_id', 'candidate_id', 'vacancy_id', 'referrer_id', 'credited_referrer_id', 'relationship', 'motivation', 'candidate_consent_confirmed',
        'channel', 'no_bonus_reason', 'programme_version', 'created_at'],
      estimate: this.size.referrals,
      *rows() {
        for (const r of self.eachReferral()) {
          const referrer = self.userId(r.referrerIndex);
          yield copyLine([r.id, r.applicationId, r.candidateId, r.vacancyIndex === null ? null : self.vacancyId(r.vacancyIndex), referrer, referrer, r.relationship,
            `I worked with ${r.candidateName} and think they fit the role well.`, true, r.channel, null, 1, iso(r.createdAt)]);
        }
      },
    };
  }

  /** The hire and bonus of a hired referral (every hired one has a vacancy). */
  private hireOf(r: ReturnType<Company['referralPlan']>) {
    if (r.stage !== 'hired' || r.vacancyIndex === null) return null;
    const vacancy = this.vacancyPlan(r.vacancyIndex);
    const start = r.stageEnteredAt + r.startOffsetDays * DAY_MS;
    const probationEnds = addMonths(start, vacancy.probationMonths);
    let state: string;
    const u = r.bonusRandom;
    if (probationEnds > DATA_ENDS_AT) state = 'pending_probation';
    else if (u < 0.15) state = 'eligible';
    else if (u < 0.25) state = 'approved';
    else if (u < 0.35) state = 'exported';
    else if (u < 0.85) state = 'paid';
    else if (u < 0.93) state = 'forfeited';
    else state = 'rejected';
    const decidedAt = Math.min(DATA_ENDS_AT, probationEnds + 5 * DAY_MS);
    const batchMonth = Math.floor((decidedAt - DATA_STARTS_AT) / (30 * DAY_MS));
    return { id: uuidOf(this.seed, T.hire, r.index), bonusId: uuidOf(this.seed, T.bonus, r.index), vacancy, start, probationEnds, state, decidedAt, batchMonth };
  }

  hires(): TableRows {
    const self = this;
    return {
      table: 'hires',
      columns: ['id', 'application_id', 'candidate_id', 'vacancy_id', 'referral_id', 'start_date', 'probation_ends_on', 'recorded_by', 'recorded_at', 'version'],
      estimate: Math.round(this.size.referrals * 0.065),
      *rows() {
        for (const r of self.eachReferral()) {
          const hire = self.hireOf(r);
          if (!hire) continue;
          const recorder = self.userId(hire.vacancy.recruiterIndexes[0]);
          yield copyLine([hire.id, r.applicationId, r.candidateId, hire.vacancy.id, r.id, dateOnly(hire.start), dateOnly(hire.probationEnds), recorder, iso(r.stageEnteredAt), 1]);
        }
      },
    };
  }

  /** Payroll batches are one per 30 days of decisions; their numbers are filled while the bonuses are written. */
  readonly batchCounts = new Map<number, { count: number; totalMinor: number }>();

  bonuses(): TableRows {
    const self = this;
    const anna = this.userId(DEMO_INDEX['anna']);
    return {
      table: 'bonuses',
      columns: ['id', 'hire_id', 'referral_id', 'beneficiary_id', 'vacancy_id', 'department', 'part', 'amount_minor', 'currency', 'state', 'due_on', 'version',
        'created_at', 'updated_at', 'decided_by', 'decided_at', 'decision_comment', 'batch_id', 'paid_at', 'forfeit_reason'],
      estimate: Math.round(this.size.referrals * 0.065),
      *rows() {
        self.batchCounts.clear();
        for (const r of self.eachReferral()) {
          const hire = self.hireOf(r);
          if (!hire) continue;
          const decided = ['approved', 'exported', 'paid', 'rejected'].includes(hire.state);
          const inBatch = hire.state === 'exported' || hire.state === 'paid';
          if (inBatch) {
            const batch = self.batchCounts.get(hire.batchMonth) ?? { count: 0, totalMinor: 0 };
            batch.count += 1;
            batch.totalMinor += hire.vacancy.bonusMinor;
            self.batchCounts.set(hire.batchMonth, batch);
          }
          const updatedAt = hire.state === 'pending_probation' ? r.stageEnteredAt : hire.state === 'eligible' ? hire.probationEnds : hire.decidedAt;
          yield copyLine([hire.bonusId, hire.id, r.id, self.userId(r.referrerIndex), hire.vacancy.id, hire.vacancy.department, 'whole', hire.vacancy.bonusMinor, 'EUR',
            hire.state, dateOnly(hire.probationEnds), hire.state === 'pending_probation' ? 1 : decided || inBatch ? 3 : 2, iso(r.stageEnteredAt), iso(updatedAt),
            decided ? anna : null, decided ? iso(hire.decidedAt) : null, hire.state === 'rejected' ? 'Left before the referral was confirmed.' : null,
            inBatch ? uuidOf(self.seed, T.batch, hire.batchMonth) : null, hire.state === 'paid' ? iso(Math.min(DATA_ENDS_AT, hire.decidedAt + 20 * DAY_MS)) : null,
            hire.state === 'forfeited' ? 'referrer_left' : null]);
        }
      },
    };
  }

  bonusEvents(): TableRows {
    const self = this;
    const anna = this.userId(DEMO_INDEX['anna']);
    return {
      table: 'bonus_events',
      columns: ['id', 'bonus_id', 'actor_id', 'from_state', 'to_state', 'reason', 'occurred_at'],
      estimate: Math.round(this.size.referrals * 0.15),
      *rows() {
        for (const r of self.eachReferral()) {
          const hire = self.hireOf(r);
          if (!hire) continue;
          const chain = ['pending_probation'];
          if (hire.state !== 'pending_probation' && hire.state !== 'forfeited') chain.push('eligible');
          if (hire.state === 'exported' || hire.state === 'paid') chain.push('approved', 'exported');
          if (!chain.includes(hire.state)) chain.push(hire.state);
          for (let step = 0; step < chain.length; step++) {
            const at = step === 0 ? r.stageEnteredAt : step === 1 ? hire.probationEnds : hire.decidedAt + step * 1000;
            const actor = step === 0 ? self.userId(hire.vacancy.recruiterIndexes[0]) : step === 1 ? null : anna;
            yield copyLine([uuidOf(self.seed, T.bonusEvent, r.index * 8 + step), hire.bonusId, actor, step === 0 ? null : chain[step - 1], chain[step], null, iso(at)]);
          }
        }
      },
    };
  }

  /** Two files per batch: stored once, never regenerated (the files themselves are not written for the benchmark). */
  storedFilesAndBatches(): TableRows[] {
    const self = this;
    const anna = this.userId(DEMO_INDEX['anna']);
    const months = [...this.batchCounts.keys()].sort((a, b) => a - b);
    const at = (month: number) => DATA_STARTS_AT + (month + 1) * 30 * DAY_MS;
    return [
      {
        table: 'stored_files',
        columns: ['id', 'storage_key', 'file_name', 'media_type', 'size_bytes', 'sha256', 'uploaded_by', 'created_at'],
        estimate: months.length * 2,
        *rows() {
          for (const month of months) {
            for (const kind of [0, 1]) {
              yield copyLine([uuidOf(self.seed, T.file, month * 2 + kind), `bench/payroll-${month}-${kind}`, kind ? `payroll-${month}.xlsx` : `payroll-${month}.csv`,
                kind ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', 1024, '0'.repeat(64), anna, iso(at(month))]);
            }
          }
        },
      },
      {
        table: 'payroll_batches',
        columns: ['id', 'approved_until', 'created_by', 'created_at', 'csv_file_id', 'xlsx_file_id', 'bonus_count', 'totals'],
        estimate: months.length,
        *rows() {
          for (const month of months) {
            const batch = self.batchCounts.get(month) as { count: number; totalMinor: number };
            yield copyLine([uuidOf(self.seed, T.batch, month), dateOnly(at(month)), anna, iso(at(month)), uuidOf(self.seed, T.file, month * 2),
              uuidOf(self.seed, T.file, month * 2 + 1), batch.count, JSON.stringify([{ currency: 'EUR', amountMinor: batch.totalMinor, count: batch.count }])]);
          }
        },
      },
    ];
  }

  notifications(): TableRows {
    const self = this;
    return {
      table: 'notifications',
      columns: ['id', 'recipient_id', 'event', 'params', 'link', 'dedupe_key', 'created_at', 'read_at'],
      estimate: Math.round(this.size.referrals * 0.85),
      *rows() {
        for (const r of self.eachReferral()) {
          if (r.stage === 'new') continue;
          const vacancyTitle = r.vacancyIndex === null ? null : self.vacancyPlan(r.vacancyIndex).title;
          const event = r.stage === 'hired' ? 'referral_hired' : 'referral_status_changed';
          const params =
            r.stage === 'hired'
              ? { candidateName: r.candidateName, vacancyTitle, startDate: dateOnly(r.stageEnteredAt + r.startOffsetDays * DAY_MS), bonusAmountMinor: null, bonusCurrency: null }
              : { candidateName: r.candidateName, vacancyTitle, status: REFERRER_STATUS[r.stage] };
          const readAt = r.stageEnteredAt < DATA_ENDS_AT - 30 * DAY_MS ? iso(r.stageEnteredAt + DAY_MS) : null;
          yield copyLine([uuidOf(self.seed, T.notification, r.index), self.userId(r.referrerIndex), event, JSON.stringify(params), `/my-referrals/${r.id}`,
            `application:${r.applicationId}:v${r.path.length}`, iso(r.stageEnteredAt), readAt]);
        }
      },
    };
  }

  auditEntries(): TableRows {
    const self = this;
    return {
      table: 'audit_log',
      columns: ['occurred_at', 'actor_id', 'action', 'entity_type', 'entity_id', 'before', 'after', 'request_id'],
      estimate: Math.round(this.size.referrals * 1.6),
      *rows() {
        for (const r of self.eachReferral()) {
          const referrer = self.userId(r.referrerIndex);
          yield copyLine([iso(r.createdAt), referrer, 'referral.submitted', 'referral', r.id, null,
            JSON.stringify({ vacancyId: r.vacancyIndex === null ? null : self.vacancyId(r.vacancyIndex), candidateId: r.candidateId, applicationId: r.applicationId, becameOwner: true }), null]);
          if (r.path.length > 1) {
            const from = r.path[r.path.length - 2];
            yield copyLine([iso(r.stageEnteredAt), null, 'application.moved', 'application', r.applicationId, JSON.stringify({ step: from, stage: from, version: r.path.length - 1 }),
              JSON.stringify({ step: r.stage, stage: r.stage }), null]);
          }
        }
      },
    };
  }

  /** Rules version 1 (the app publishes it at its first start), accepted by everyone; and limits high enough that the submission benchmark is never refused. */
  programmeAndSettings(): TableRows[] {
    const self = this;
    const anna = this.userId(DEMO_INDEX['anna']);
    return [
      {
        table: 'programme_acceptances',
        columns: ['user_id', 'version', 'accepted_at'],
        estimate: this.size.employees,
        *rows() {
          for (let i = 0; i < self.size.employees; i++) yield copyLine([self.userId(i), 1, iso(DATA_STARTS_AT)]);
        },
      },
      {
        table: 'settings',
        columns: ['key', 'value', 'updated_at', 'updated_by'],
        estimate: 2,
        *rows() {
          yield copyLine(['maxReferralsPerDay', '1000', iso(DATA_STARTS_AT), anna]);
          yield copyLine(['maxReferralsPer30Days', '10000', iso(DATA_STARTS_AT), anna]);
        },
      },
    ];
  }

  /** Every table in dependency order (the batches after the bonuses, whose pass counts them). */
  *tables(): Generator<TableRows> {
    yield this.users();
    yield* this.programmeAndSettings();
    yield this.vacancies();
    yield this.vacancyRecruiters();
    yield this.candidates();
    yield this.applications();
    yield this.applicationEvents();
    yield this.referrals();
    yield this.hires();
    yield this.bonuses();
    yield* this.storedFilesAndBatches();
    yield this.bonusEvents();
    yield this.notifications();
    yield this.auditEntries();
  }
}
