import type { DemoVacancy } from './demo-definitions';

/** The demo company's vacancies written in Dutch. */
export const DUTCH_VACANCIES: readonly DemoVacancy[] = [
  {
    key: 'frontend-angular',
    language: 'nl',
    title: 'Frontend-ontwikkelaar Angular',
    department: 'Engineering',
    location: 'Amsterdam',
    employmentType: 'full_time',
    category: 'Software Development',
    status: 'open',
    bonusEuros: 2_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'lucas',
    createdDaysAgo: 45,
    openedDaysAgo: 42,
    description: `Onze klanten werken de hele dag in onze webapplicatie. Jij zorgt ervoor dat dat snel, toegankelijk en
prettig voelt.

## Wat ga je doen

- Nieuwe schermen bouwen in Angular met signals en Angular Material
- Samen met de productdesigner ons designsystem verder uitbouwen
- Toegankelijkheid en performance meten en verbeteren
- Code reviewen en kennis delen in de frontend-guild

## Wat breng je mee

- Minimaal drie jaar ervaring met Angular of een vergelijkbaar framework
- Goede kennis van TypeScript, HTML en CSS
- Ervaring met geautomatiseerd testen (Jest, Playwright)
- Je spreekt en schrijft goed Nederlands of Engels

## Wat bieden wij

- Een salaris tussen € 4.000 en € 5.400 bruto per maand
- 27 vakantiedagen en een opleidingsbudget van € 1.500 per jaar
- Hybride werken vanuit ons kantoor aan de Amsterdamse Zuidas
- Een NS Business Card of een fiets van de zaak
`,
  },
  {
    key: 'data-engineer',
    language: 'nl',
    title: 'Data-engineer',
    department: 'Engineering',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Data',
    status: 'open',
    bonusEuros: 2_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'lucas',
    createdDaysAgo: 61,
    openedDaysAgo: 58,
    description: `Steeds meer beslissingen nemen we op basis van data. Help ons die data betrouwbaar, snel en
begrijpelijk te maken.

## Wat ga je doen

- Datapijplijnen bouwen en onderhouden met dbt en Airflow
- Een datawarehouse inrichten waar analisten zelf mee verder kunnen
- Datakwaliteit bewaken met tests en duidelijke afspraken
- Meedenken over privacy: welke data bewaren we, en hoe lang?

## Wat breng je mee

- Minimaal twee jaar ervaring als data-engineer of backendontwikkelaar
- Uitstekende kennis van SQL en ervaring met Python
- Ervaring met streaming data (Kafka) is een pré

## Wat bieden wij

- € 4.200 – € 5.600 bruto per maand, afhankelijk van je ervaring
- Een team dat elkaar helpt en graag van elkaar leert
- Een kantoor op vijf minuten lopen van Utrecht Centraal
`,
  },
  {
    key: 'test-automation',
    language: 'nl',
    title: 'Testautomatiseerder',
    department: 'Engineering',
    location: 'Eindhoven',
    employmentType: 'full_time',
    category: 'Quality Assurance',
    status: 'on_hold',
    bonusEuros: 1_500,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'lucas',
    createdDaysAgo: 99,
    openedDaysAgo: 96,
    description: `**Deze vacature staat tijdelijk stil: we verdelen de teams opnieuw. Verwijzen kan weer zodra hij
heropend wordt.**

## Wat ga je doen

- Geautomatiseerde end-to-endtests opzetten met Playwright
- Ontwikkelaars helpen om zelf betere tests te schrijven
- Testen meenemen in elke stap van onze CI-pijplijn

## Wat breng je mee

- Ervaring met testautomatisering in een webomgeving
- Basiskennis van TypeScript of JavaScript
- Een kritische blik en plezier in het vinden van randgevallen
`,
  },
  {
    key: 'graduation-internship',
    language: 'nl',
    title: 'Afstudeerstage Software Engineering',
    department: 'Engineering',
    location: 'Eindhoven',
    employmentType: 'internship',
    category: 'Internship',
    status: 'open',
    bonusEuros: 750,
    probationMonths: 0,
    publicApply: true,
    recruiters: ['priya'],
    hiringManager: 'lucas',
    createdDaysAgo: 14,
    openedDaysAgo: 12,
    description: `Ben je hbo- of wo-student informatica en zoek je een afstudeeropdracht met echte impact? Kom dan vijf
maanden bij ons afstuderen.

## De opdracht

- Onderzoek hoe we zoekresultaten in onze applicatie beter kunnen rangschikken
- Bouw een prototype en meet het effect bij echte gebruikers
- Presenteer je resultaten aan het hele engineeringteam

## Wat vragen wij

- Je zit in de afstudeerfase van een opleiding informatica of vergelijkbaar
- Je hebt ervaring met programmeren, bij voorkeur in TypeScript of Python
- Je bent beschikbaar vanaf februari, vier of vijf dagen per week

## Wat bieden wij

- Een stagevergoeding van € 750 per maand
- Een vaste begeleider uit het team en een eigen laptop
- Een goede kans op een baan na je afstuderen
`,
  },
  {
    key: 'account-manager-smb',
    language: 'nl',
    title: 'Accountmanager MKB',
    department: 'Sales',
    location: 'Rotterdam',
    employmentType: 'full_time',
    category: 'Sales',
    status: 'open',
    bonusEuros: 1_500,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['priya'],
    hiringManager: 'thomas',
    createdDaysAgo: 36,
    openedDaysAgo: 33,
    description: `Het MKB in Zuid-Holland en Zeeland is jouw terrein. Jij zorgt dat ondernemers ontdekken hoeveel tijd
onze software ze bespaart.

## Wat ga je doen

- Nieuwe klanten werven via telefoon, LinkedIn en evenementen
- Demo's geven, offertes maken en deals sluiten
- Een vaste portefeuille van zo'n zestig klanten laten groeien

## Wat breng je mee

- Minimaal twee jaar ervaring in B2B-verkoop, liefst van software
- Een hbo-werk- en -denkniveau
- Rijbewijs B en zin om klanten op te zoeken

## Wat bieden wij

- € 3.400 – € 4.200 bruto per maand plus een ongemaximeerde provisie
- Een leaseauto, laptop en telefoon
- Een gezellig salesteam in ons kantoor bij Rotterdam Centraal
`,
  },
  {
    key: 'sdr',
    language: 'nl',
    title: 'Sales Development Representative',
    department: 'Sales',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Sales',
    status: 'open',
    bonusEuros: 1_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['priya'],
    hiringManager: 'thomas',
    createdDaysAgo: 11,
    openedDaysAgo: 9,
    description: `Net afgestudeerd en zin in een commerciële start? Als SDR ben jij de eerste stem die een nieuwe klant
van ons hoort.

## Wat ga je doen

- Potentiële klanten benaderen en hun behoefte in kaart brengen
- Afspraken inplannen voor de accountmanagers
- Samen met marketing campagnes opvolgen

## Wat breng je mee

- Een afgeronde hbo-opleiding
- Je bent niet bang om de telefoon te pakken
- Uitstekend Nederlands en goed Engels

## Wat bieden wij

- € 2.900 bruto per maand plus een bonus per gekwalificeerde afspraak
- Een trainingsprogramma en een duidelijk doorgroeipad naar accountmanager
`,
  },
  {
    key: 'content-marketer',
    language: 'nl',
    title: 'Contentmarketeer',
    department: 'Marketing',
    location: 'Amsterdam',
    employmentType: 'part_time',
    category: 'Marketing',
    status: 'open',
    bonusEuros: 1_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'lotte',
    createdDaysAgo: 29,
    openedDaysAgo: 26,
    description: `Voor 24 tot 32 uur per week. Jij vertelt het verhaal van onze klanten zo dat anderen er iets aan hebben.

## Wat ga je doen

- Klantverhalen, blogs en whitepapers schrijven
- De contentkalender bewaken en samenwerken met freelancers
- Meten welke content leads oplevert en daarop bijsturen

## Wat breng je mee

- Een uitstekende pen, in het Nederlands én in het Engels
- Minimaal twee jaar ervaring in contentmarketing of journalistiek
- Basiskennis van SEO en een CMS als WordPress of Webflow

## Wat bieden wij

- € 3.300 – € 4.000 bruto per maand op basis van 40 uur
- Vrijheid om je werkweek zelf in te delen
`,
  },
  {
    key: 'marketing-intern',
    language: 'nl',
    title: 'Stagiair Marketing & Communicatie',
    department: 'Marketing',
    location: 'Amsterdam',
    employmentType: 'internship',
    category: 'Internship',
    status: 'draft',
    bonusEuros: 750,
    probationMonths: 0,
    publicApply: false,
    recruiters: ['sophie'],
    hiringManager: 'lotte',
    createdDaysAgo: 2,
    description: `*Concept – de startdatum volgt nog.*

## Wat ga je doen

- Meehelpen met onze sociale media en nieuwsbrieven
- Een eigen campagne opzetten, uitvoeren en evalueren

## Wat vragen wij

- Je volgt een hbo-opleiding in marketing of communicatie
- Je bent vijf maanden beschikbaar, minimaal vier dagen per week
`,
  },
  {
    key: 'customer-success-manager',
    language: 'nl',
    title: 'Customer Success Manager',
    department: 'Customer Success',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Customer Success',
    status: 'open',
    bonusEuros: 1_500,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'sanne',
    createdDaysAgo: 50,
    openedDaysAgo: 47,
    description: `Jij zorgt dat onze klanten het maximale uit onze software halen, en dat ze daarom blijven.

## Wat ga je doen

- Een portefeuille van zo'n veertig middelgrote klanten begeleiden
- Kwartaalgesprekken voeren en samen met de klant doelen stellen
- Signalen van opzegging vroeg opmerken en er iets aan doen
- Feedback van klanten vertalen naar input voor het productteam

## Wat breng je mee

- Minimaal drie jaar ervaring in customer success of accountmanagement bij een SaaS-bedrijf
- Je legt ingewikkelde dingen eenvoudig uit
- Vloeiend Nederlands en Engels

## Wat bieden wij

- € 3.800 – € 4.900 bruto per maand
- Een bonus die meebeweegt met het behoud van jouw klanten
- Thuiswerken waar het kan, op kantoor waar het helpt
`,
  },
  {
    key: 'customer-service',
    language: 'nl',
    title: 'Medewerker Klantenservice',
    department: 'Customer Success',
    location: 'Rotterdam',
    employmentType: 'part_time',
    category: 'Customer Support',
    status: 'open',
    bonusEuros: 750,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['sophie'],
    hiringManager: 'sanne',
    createdDaysAgo: 17,
    openedDaysAgo: 15,
    description: `Voor 20 tot 28 uur per week. Klanten die bellen, mailen of chatten krijgen van jou snel een goed
antwoord.

## Wat ga je doen

- Vragen van klanten beantwoorden via telefoon, e-mail en chat
- Problemen vastleggen en doorzetten naar de juiste collega
- Meedenken over verbeteringen in onze kennisbank

## Wat breng je mee

- Een mbo-4-diploma of hoger
- Ervaring in een klantenservicefunctie is mooi, maar niet nodig
- Je bent geduldig, vriendelijk en schrijft foutloos Nederlands

## Wat bieden wij

- € 2.700 – € 3.100 bruto per maand op basis van 40 uur
- Vaste werktijden tussen 8.30 en 17.30 uur, nooit in het weekend
- Een grondige inwerkperiode met een vaste buddy
`,
  },
  {
    key: 'controller',
    language: 'nl',
    title: 'Financieel Controller',
    department: 'Finance',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Finance',
    status: 'open',
    bonusEuros: 2_500,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'pieter',
    createdDaysAgo: 41,
    openedDaysAgo: 38,
    description: `We groeien snel en willen onze cijfers net zo goed op orde hebben als onze software.

## Wat ga je doen

- De maand- en jaarafsluiting leiden
- De rapportages aan directie en aandeelhouders opstellen
- De interne controle verder professionaliseren
- Het contact met de accountant onderhouden

## Wat breng je mee

- Een afgeronde opleiding bedrijfseconomie, accountancy of controlling (RC is een pré)
- Minimaal vijf jaar ervaring als controller
- Kennis van IFRS en ervaring met Exact of AFAS

## Wat bieden wij

- € 5.200 – € 6.500 bruto per maand
- Een hoofdrol in een groeiend financeteam
`,
  },
  {
    key: 'accounts-payable',
    language: 'nl',
    title: 'Crediteurenadministrateur',
    department: 'Finance',
    location: 'Rotterdam',
    employmentType: 'part_time',
    category: 'Finance',
    status: 'open',
    bonusEuros: 750,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['priya'],
    hiringManager: 'pieter',
    createdDaysAgo: 20,
    openedDaysAgo: 18,
    description: `Voor 24 uur per week. Jij zorgt dat onze leveranciers op tijd en correct betaald worden.

## Wat ga je doen

- Inkoopfacturen controleren, coderen en verwerken
- Betaalrondes voorbereiden
- Vragen van leveranciers en collega's beantwoorden

## Wat breng je mee

- Een mbo-4-diploma in een financiële richting
- Minimaal twee jaar ervaring in een crediteurenadministratie
- Je werkt nauwkeurig en houdt van een lege inbox

## Wat bieden wij

- € 2.900 – € 3.400 bruto per maand op basis van 40 uur
- Werktijden die je zelf mag indelen
`,
  },
  {
    key: 'hr-advisor',
    language: 'nl',
    title: 'HR-adviseur',
    department: 'People',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'HR',
    status: 'closed_cancelled',
    bonusEuros: 1_250,
    probationMonths: 2,
    publicApply: false,
    recruiters: ['sophie'],
    hiringManager: 'anna',
    createdDaysAgo: 103,
    openedDaysAgo: 100,
    closedDaysAgo: 60,
    description: `Voor 32 tot 36 uur per week. Je adviseert leidinggevenden over alles wat met hun mensen te maken heeft.

## Wat ga je doen

- Leidinggevenden adviseren bij verzuim, functioneren en arbeidsvoorwaarden
- Onze HR-processen en regelingen actueel houden
- Meewerken aan projecten zoals de nieuwe gesprekscyclus

## Wat breng je mee

- Een hbo-opleiding in HRM of personeelswetenschappen
- Minimaal drie jaar ervaring als HR-adviseur
- Kennis van het arbeidsrecht en de Wet verbetering poortwachter
`,
  },
  {
    key: 'office-manager',
    language: 'nl',
    title: 'Officemanager',
    department: 'Operations',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Operations',
    status: 'open',
    bonusEuros: 1_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['priya'],
    hiringManager: 'kevin',
    createdDaysAgo: 27,
    openedDaysAgo: 24,
    description: `Ons kantoor in Utrecht is het hart van het bedrijf. Jij zorgt dat iedereen er graag komt.

## Wat ga je doen

- Het kantoor draaiende houden: schoonmaak, catering, onderhoud en leveranciers
- Nieuwe collega's ontvangen op hun eerste dag
- Teamuitjes en de jaarlijkse bedrijfsdag organiseren

## Wat breng je mee

- Ervaring als officemanager of managementassistent
- Je bent een regelaar en houdt overzicht als het druk is
- Goed Nederlands en Engels, want niet al onze collega's spreken Nederlands

## Wat bieden wij

- € 3.100 – € 3.800 bruto per maand
- Een budget om het kantoor écht beter te maken
`,
  },
  {
    key: 'logistics',
    language: 'nl',
    title: 'Logistiek Coördinator',
    department: 'Operations',
    location: 'Rotterdam',
    employmentType: 'temporary',
    category: 'Operations',
    status: 'on_hold',
    bonusEuros: 1_000,
    probationMonths: 1,
    publicApply: false,
    recruiters: ['priya'],
    hiringManager: 'kevin',
    createdDaysAgo: 48,
    openedDaysAgo: 45,
    description: `Een tijdelijke functie van zes maanden tijdens de verhuizing van ons magazijn. **Staat even stil tot
de verhuisdatum bekend is.**

## Wat ga je doen

- De planning van de verhuizing van hardware en voorraad bewaken
- Transporteurs aansturen en leveringen controleren
- De voorraadadministratie op orde brengen in het nieuwe magazijn

## Wat breng je mee

- Ervaring in logistiek of planning
- Je bent handig met Excel en houdt van structuur
`,
  },
  {
    key: 'it-support',
    language: 'nl',
    title: 'IT-supportmedewerker',
    department: 'IT',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'IT',
    status: 'open',
    bonusEuros: 1_000,
    probationMonths: 2,
    publicApply: true,
    recruiters: ['priya'],
    hiringManager: 'noah',
    createdDaysAgo: 30,
    openedDaysAgo: 27,
    description: `Jij helpt collega's verder als hun laptop, account of telefoon niet doet wat ze willen.

## Wat ga je doen

- Vragen en storingen oplossen, op kantoor en op afstand
- Laptops en telefoons uitgeven, inrichten en innemen
- Accounts en rechten beheren in Microsoft 365 en Intune

## Wat breng je mee

- Een mbo-4-diploma ICT of vergelijkbaar
- Ervaring met Windows, macOS en Microsoft 365
- Je legt geduldig uit, ook aan minder technische collega's

## Wat bieden wij

- € 2.800 – € 3.500 bruto per maand
- Certificeringen op onze kosten
`,
  },
];
