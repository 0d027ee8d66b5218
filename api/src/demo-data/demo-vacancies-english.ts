import type { DemoVacancy } from './demo-definitions';

/** The demo company's vacancies written in English. */
export const ENGLISH_VACANCIES: readonly DemoVacancy[] = [
  {
    key: 'senior-backend',
    language: 'en',
    title: 'Senior Backend Engineer (TypeScript/Node.js)',
    department: 'Engineering',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Software Development',
    status: 'open',
    bonusEuros: 2_500,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'lucas',
    createdDaysAgo: 79,
    openedDaysAgo: 75,
    description: `Our platform team builds the services that thousands of customers rely on every working day. We are
looking for a senior backend engineer who enjoys clean APIs, solid data models and helping colleagues grow.

## What you will do

- Design and build services in TypeScript on Node.js (NestJS) with PostgreSQL
- Own features end to end: from the first sketch with product to monitoring in production
- Review code and pair with medior engineers
- Improve our CI pipeline, test suites and observability

## What you bring

- At least five years of backend development experience
- Solid knowledge of SQL and relational data modelling
- Experience with event-driven architectures is a plus
- You write clear English; Dutch is not required

## What we offer

- A salary between €5,200 and €6,800 gross per month, plus 8% holiday allowance
- 27 days of holiday and a personal learning budget of €1,500 a year
- Hybrid working: our office is five minutes from Utrecht Centraal
- A pension scheme in which we pay two thirds of the premium
`,
  },
  {
    key: 'devops',
    language: 'en',
    title: 'DevOps Engineer',
    department: 'Engineering',
    location: 'Remote',
    employmentType: 'full_time',
    category: 'Infrastructure',
    status: 'open',
    bonusEuros: 2_500,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie', 'priya'],
    hiringManager: 'lucas',
    createdDaysAgo: 23,
    openedDaysAgo: 21,
    description: `We run on Kubernetes across two regions and want deployments to stay boring. Join a small team that
treats infrastructure as a product for the rest of engineering.

## Your work

- Maintain and improve our Kubernetes clusters and Terraform modules
- Make deployments faster and safer with GitHub Actions and Argo CD
- Take part in a fair on-call rotation (one week in six, compensated)
- Help teams understand their dashboards, alerts and costs

## Your profile

- Three or more years of hands-on experience with Kubernetes in production
- Fluent in at least one of Terraform, Pulumi or Ansible
- Comfortable with Linux, networking and PostgreSQL operations
- Living within two hours of CET, so we share our working day

## Our offer

- €4,800 – €6,200 gross per month, depending on experience
- A fully remote role, with a yearly team week in Utrecht
- A home-office budget and the laptop of your choice
`,
  },
  {
    key: 'engineering-manager',
    language: 'en',
    title: 'Engineering Manager, Platform',
    department: 'Engineering',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Management',
    status: 'open',
    bonusEuros: 3_000,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['sophie'],
    hiringManager: 'jeroen',
    createdDaysAgo: 34,
    openedDaysAgo: 30,
    description: `Our platform group has grown to eleven engineers in two teams. We are looking for a manager who
keeps them focused, happy and shipping.

## Responsibilities

- Lead two platform teams: hiring, coaching, one-to-ones and career growth
- Shape the technical roadmap together with the staff engineers and product
- Keep delivery predictable without adding ceremony for its own sake
- Represent platform in the engineering leadership team

## Requirements

- Experience leading a team of software engineers for at least two years
- A hands-on background in backend or infrastructure engineering
- You give clear, kind feedback and ask for it in return

## Benefits

- €6,500 – €8,000 gross per month and a yearly bonus
- Leadership coaching and a learning budget of €2,500 a year
- Hybrid working from our Utrecht office
`,
  },
  {
    key: 'flutter',
    language: 'en',
    title: 'Mobile Developer (Flutter)',
    department: 'Engineering',
    location: 'Amsterdam',
    employmentType: 'contract',
    category: 'Software Development',
    status: 'closed_cancelled',
    bonusEuros: 1_000,
    probationMonths: 1,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'lucas',
    createdDaysAgo: 133,
    openedDaysAgo: 130,
    closedDaysAgo: 70,
    description: `A six-month assignment to build the first version of our customer app for iOS and Android.

## The assignment

- Build the app in Flutter against our existing REST API
- Set up automated builds and releases to both app stores
- Hand over to our own team with documentation and pairing

## You have

- Two or more apps in the stores that you built in Flutter
- Experience with offline-first data and push notifications

## Practical

- Six months, 32–40 hours a week, starting as soon as possible
- At least two days a week at our Amsterdam office
`,
  },
  {
    key: 'sre',
    language: 'en',
    title: 'Site Reliability Engineer',
    department: 'Engineering',
    location: 'Remote',
    employmentType: 'full_time',
    category: 'Infrastructure',
    status: 'closed_filled',
    bonusEuros: 2_500,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'lucas',
    createdDaysAgo: 155,
    openedDaysAgo: 150,
    closedDaysAgo: 84,
    description: `Help us keep the platform fast and available while the number of customers doubles.

## What you will do

- Define service level objectives with the product teams and keep us honest about them
- Lead incident reviews that are blameless and actually change things
- Automate the toil away: capacity planning, backups, restore tests

## What you bring

- Experience running production systems at scale, preferably on Kubernetes
- Good knowledge of Prometheus, Grafana and OpenTelemetry
- Calm under pressure and precise in writing

## What we offer

- €5,000 – €6,500 gross per month
- Remote within the Netherlands, with an office in Utrecht when you want one
`,
  },
  {
    key: 'security',
    language: 'en',
    title: 'Security Engineer',
    department: 'Engineering',
    location: 'Amsterdam',
    employmentType: 'full_time',
    category: 'Security',
    status: 'draft',
    bonusEuros: 3_000,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['sophie'],
    hiringManager: 'jeroen',
    createdDaysAgo: 4,
    description: `*Draft – waiting for the final salary range from HR.*

We are hiring our first dedicated security engineer to make security part of how we build, not a gate at
the end.

## What you will do

- Threat-model new features with the product teams
- Run our vulnerability management and the yearly penetration test
- Prepare us for ISO 27001 certification together with operations

## What you bring

- Experience in application or cloud security
- Knowledge of OWASP ASVS and secure code review
`,
  },
  {
    key: 'product-designer',
    language: 'en',
    title: 'Product Designer',
    department: 'Engineering',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Design',
    status: 'open',
    bonusEuros: 2_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'lucas',
    createdDaysAgo: 53,
    openedDaysAgo: 50,
    description: `We want our product to feel simple even where the work behind it is not. As product designer you join
a team of a product manager and five engineers.

## What you will do

- Turn customer research into flows, prototypes and finished designs in Figma
- Test ideas with real users before we build them
- Look after our design system together with the frontend engineers
- Make accessibility (WCAG 2.2 AA) a habit, not an afterthought

## What you bring

- A portfolio that shows your process, not only the final screens
- Three or more years of experience designing B2B software
- You are happy presenting your work and defending your choices

## What we offer

- €4,200 – €5,500 gross per month
- A yearly conference of your choice, travel included
- A team that takes design seriously
`,
  },
  {
    key: 'enterprise-ae',
    language: 'en',
    title: 'Enterprise Account Executive (DACH)',
    department: 'Sales',
    location: 'Amsterdam',
    employmentType: 'full_time',
    category: 'Sales',
    status: 'open',
    bonusEuros: 3_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['priya'],
    hiringManager: 'thomas',
    createdDaysAgo: 68,
    openedDaysAgo: 64,
    description: `We are opening the German-speaking market and are looking for an account executive who has sold
complex software to large organisations there before.

## Your role

- Build and manage a pipeline of enterprise prospects in Germany, Austria and Switzerland
- Lead deals from the first conversation to the signed contract
- Work closely with solution engineers and customer success
- Share what you learn so the product fits the market better

## Your profile

- Five or more years of enterprise SaaS sales, with a track record you can show
- Native or near-native German and fluent English
- Willing to travel about four days a month

## What we offer

- A base salary of €6,000 gross per month plus uncapped commission
- A lease car or a NS Business Card, your choice
- A team that celebrates wins together
`,
  },
  {
    key: 'sales-ops',
    language: 'en',
    title: 'Sales Operations Analyst',
    department: 'Sales',
    location: 'Amsterdam',
    employmentType: 'part_time',
    category: 'Sales',
    status: 'closed_filled',
    bonusEuros: 1_250,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'thomas',
    createdDaysAgo: 124,
    openedDaysAgo: 120,
    closedDaysAgo: 45,
    description: `32 hours a week. Help the sales team spend its time on customers instead of spreadsheets.

## What you will do

- Keep Salesforce clean, useful and trusted
- Build the weekly pipeline and forecast reports
- Automate hand-overs between sales, finance and customer success

## What you bring

- Experience as a Salesforce administrator
- Strong Excel or Google Sheets skills; SQL is a plus
- An eye for detail and a friendly, patient way of explaining things
`,
  },
  {
    key: 'growth-marketing',
    language: 'en',
    title: 'Growth Marketing Manager',
    department: 'Marketing',
    location: 'Amsterdam',
    employmentType: 'full_time',
    category: 'Marketing',
    status: 'on_hold',
    bonusEuros: 2_000,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['sophie'],
    hiringManager: 'lotte',
    createdDaysAgo: 84,
    openedDaysAgo: 80,
    description: `**On hold while we finish the new marketing plan; we expect to continue next quarter.**

## What you will do

- Own our acquisition funnel from first visit to trial to paying customer
- Run experiments on the website, in onboarding e-mails and on paid channels
- Report honestly on what works and stop what does not

## What you bring

- Four or more years in B2B growth or performance marketing
- Hands-on experience with HubSpot, Google Analytics and A/B testing tools
`,
  },
  {
    key: 'support-engineer',
    language: 'en',
    title: 'Technical Support Engineer',
    department: 'Customer Success',
    location: 'Eindhoven',
    employmentType: 'full_time',
    category: 'Customer Support',
    status: 'open',
    bonusEuros: 1_500,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'sanne',
    createdDaysAgo: 72,
    openedDaysAgo: 69,
    description: `When a customer is stuck, you are the one who finds out why, and makes sure it does not happen again.

## What you will do

- Solve second-line tickets: integrations, data imports, API questions
- Reproduce bugs and hand them to engineering with everything they need
- Write help-centre articles that answer questions before they are asked

## What you bring

- Experience in technical support or as a junior developer
- You can read logs, use an API client and write a simple SQL query
- Good English and Dutch, because many of our customers write in Dutch

## What we offer

- €3,300 – €4,100 gross per month
- A training programme in your first three months
- An office next to Eindhoven station
`,
  },
  {
    key: 'implementation-consultant',
    language: 'en',
    title: 'Implementation Consultant',
    department: 'Customer Success',
    location: 'Remote',
    employmentType: 'contract',
    category: 'Customer Success',
    status: 'closed_filled',
    bonusEuros: 1_500,
    probationMonths: 1,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'sanne',
    createdDaysAgo: 113,
    openedDaysAgo: 110,
    closedDaysAgo: 63,
    description: `A twelve-month contract to help our largest new customers go live.

## The assignment

- Lead implementation projects of six to twelve weeks
- Configure the product, migrate data and train key users
- Report progress to the customer's project lead and to us

## You have

- Experience implementing SaaS products at mid-sized companies
- Strong project management and workshop skills
`,
  },
  {
    key: 'fpa-analyst',
    language: 'en',
    title: 'FP&A Analyst',
    department: 'Finance',
    location: 'Amsterdam',
    employmentType: 'full_time',
    category: 'Finance',
    status: 'draft',
    bonusEuros: 1_500,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'pieter',
    createdDaysAgo: 6,
    description: `## What you will do

- Build the monthly forecast and the yearly budget with the department heads
- Analyse revenue, margins and cash flow, and explain the numbers in plain words
- Improve our models and dashboards

## What you bring

- A degree in finance, economics or econometrics
- Two or more years in FP&A or audit
- Excellent Excel skills; experience with Power BI is a plus
`,
  },
  {
    key: 'talent-acquisition',
    language: 'en',
    title: 'Talent Acquisition Partner',
    department: 'People',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'HR',
    status: 'open',
    bonusEuros: 1_500,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'anna',
    createdDaysAgo: 58,
    openedDaysAgo: 55,
    description: `We plan to hire sixty people this year, and we want every one of them to have a great experience, hired
or not.

## What you will do

- Run hiring processes from intake with the hiring manager to signed contract
- Source candidates yourself and grow our referral programme
- Train hiring managers in structured interviewing
- Keep our data clean, so our hiring reports can be trusted

## What you bring

- Three or more years of in-house or agency recruitment, preferably in tech
- Fluent Dutch and English
- A genuine interest in people and a sharp eye for talent

## What we offer

- €3,800 – €4,800 gross per month
- 27 holidays, a learning budget and a pension scheme
- A seat in the People team that shapes our culture
`,
  },
  {
    key: 'procurement',
    language: 'en',
    title: 'Procurement Specialist',
    department: 'Operations',
    location: 'Eindhoven',
    employmentType: 'full_time',
    category: 'Operations',
    status: 'open',
    bonusEuros: 1_250,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'kevin',
    createdDaysAgo: 39,
    openedDaysAgo: 36,
    description: `We spend more on software, hardware and services every year. Help us spend it well.

## What you will do

- Run tenders and negotiate contracts with suppliers
- Set up a simple purchasing process that people actually follow
- Track renewals, so no contract renews without a decision

## What you bring

- Three or more years of experience in IT or indirect procurement
- Knowledge of contract law basics and of the GDPR in supplier contracts
- Fluent English; Dutch is a plus

## What we offer

- €3,900 – €4,700 gross per month
- Hybrid working from our Eindhoven office
`,
  },
];
