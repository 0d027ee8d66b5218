import type { Settings } from '@referrals/domain';

/** The facts the first version of the rules states; taken from the settings at the moment it is published. */
export type DefaultProgrammeFacts = Pick<
  Settings,
  | 'ownershipWindowMonths'
  | 'maxReferralsPerDay'
  | 'maxReferralsPer30Days'
  | 'cvMaxBytes'
  | 'defaultProbationMonths'
  | 'tierExtraFromHireNumber'
  | 'excludeRecruitersAndHrFromBonuses'
  | 'forfeitWhenReferrerLeaves'
  | 'consentConfirmDays'
  | 'eraseAfterWeeks'
  | 'talentPoolMonths'
>;

export interface ProgrammeTexts {
  rulesEn: string;
  faqEn: string;
  rulesNl: string;
  faqNl: string;
}

export const DEFAULT_CHANGE_SUMMARY = 'First version';

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function rulesEn(f: DefaultProgrammeFacts): string {
  return `# Employee referral programme: the rules

Good colleagues usually know other good people. With this programme you recommend someone from your own network for one of our vacancies, and you earn a referral bonus when they are hired and stay past their probation period. These rules keep the programme fair and clear for everyone.

## Who can take part
- Every employee who signs in to the portal can refer candidates.
- Before your first referral, and again each time these rules change, you read and accept the current version.
${f.excludeRecruitersAndHrFromBonuses ? '- Recruiters and HR staff are welcome to refer people, but they do not earn referral bonuses.\n' : ''}
## Whom you can refer
- Someone you know and can honestly recommend: a former colleague, a friend, a family member, a fellow student or someone from your professional network. Tell us how you know them and why they would fit.
- Only someone who **agreed** to be referred. Ask first. The candidate receives an email to confirm; without confirmation within ${f.consentConfirmDays} days the referral is withdrawn and their data is deleted.
- Not yourself, and not anyone who already works here.
- A candidate can be in process only once per vacancy. You may also make a general referral without a specific vacancy.

## Who "owns" a candidate
- A candidate is recognised by their email address.
- The first accepted referral owns the candidate for **${f.ownershipWindowMonths} months**, across all vacancies. Within that period a referral of the same person by someone else is not accepted.
- The message you then see is deliberately neutral: it does not say who referred the candidate or where they are in the process.
- A candidate who applied directly within that period cannot be claimed by a referral.
- You may refer your own candidate to another vacancy at any time.

## Limits
- At most **${f.maxReferralsPerDay} referrals a day** and **${f.maxReferralsPer30Days} in any 30 days**. We prefer a few well-chosen referrals over many loose ones.
- A CV is a PDF or Word (.docx) file of at most ${megabytes(f.cvMaxBytes)} MB.

## The referral bonus
- Each vacancy shows its bonus.
- You earn the bonus when your candidate is hired and completes the probation period stated on the vacancy (usually ${f.defaultProbationMonths} months). Some vacancies pay part of it at the hire and the rest after probation.
- From your ${ordinalEn(f.tierExtraFromHireNumber)} hire in a calendar year, every further hire earns an extra amount on top.
- There is no bonus when the candidate leaves during probation${f.forfeitWhenReferrerLeaves ? ', or when you leave the company before the bonus becomes payable' : ''}.
- A hiring manager who refers someone into a vacancy they manage themselves: the referral counts, but earns **no bonus**.
- HR approves every bonus before it goes to payroll. The approver is never the referrer and never the person who recorded the hire.

## When two people claim the same candidate
- If your referral was refused because the candidate is already claimed, and you believe you introduced them first, you can file a claim with a short statement: when and how you introduced the candidate.
- HR looks at both sides and decides, with a reason. If HR upholds your claim, the ownership of the candidate and any bonus move to you.
- Neither of you ever sees the other person's name; only HR sees both sides.

## Privacy and consent
- Only recruiters, the hiring manager of the vacancy and HR see a candidate's details and CV. Every time a CV is opened, that is logged.
- As a referrer you see a simple status (Submitted, In review, Interviewing, Offer, Hired, Not selected, Withdrawn), never internal notes or interview feedback.
- The data of candidates who are not hired is deleted ${f.eraseAfterWeeks} weeks after their procedure ends, unless they agreed to stay in our talent pool (then for at most ${f.talentPoolMonths} months).
- Do not share a candidate's details outside the portal.

## Fair play
Referring people you do not know, working around the limits or the ownership rules, or pressing someone to apply is not what this programme is for. Misuse can lead to exclusion from the programme and loss of bonuses. HR may change these rules; you will then be asked to read and accept the new version.
`;
}

function faqEn(f: DefaultProgrammeFacts): string {
  return `## How do I refer someone?
Open a vacancy and choose **Refer someone**, or make a general referral. Fill in the candidate's name and email, how you know them and why they would fit, add their CV and confirm that they agreed to be referred.

## My referral was not accepted, but nobody told me why. What happened?
Most likely the candidate was already referred by someone else in the last ${f.ownershipWindowMonths} months, or applied directly. To protect everyone's privacy we do not say who or when. If you believe you introduced the candidate first, you can file a claim; HR will look at both sides.

## When do I receive my bonus?
After your candidate has been hired and has completed the probation period stated on the vacancy (usually ${f.defaultProbationMonths} months). HR then approves the bonus and it is paid with the next payroll run. Some vacancies pay part of the bonus at the hire.

## Can I refer a friend or a family member?
Yes, as long as they fit the vacancy and agreed to be referred. Say how you know them. They go through exactly the same selection as every other candidate.

## How can I follow my candidate?
Under **My referrals** you see every referral with a simple status and when it last changed. Internal notes and interview feedback stay with the recruiters, out of respect for the candidate.

## What happens to my candidate's data?
Only recruiting and HR can see it. The candidate confirms by email that they agreed to be referred. If they are not hired, their data is deleted ${f.eraseAfterWeeks} weeks after the procedure ends, unless they chose to join our talent pool.

## I am a hiring manager. Can I refer someone for my own vacancy?
Yes. The referral counts like any other, but it earns no bonus, because choosing the candidate is part of your own job.

## Why am I asked to accept the rules again?
HR published a new version of the rules. You see a short summary of what changed; accept the new version before your next referral.
`;
}

function rulesNl(f: DefaultProgrammeFacts): string {
  return `# Referralprogramma voor medewerkers: de regels

Goede collega's kennen meestal andere goede mensen. Met dit programma draag je iemand uit je eigen netwerk aan voor een van onze vacatures, en je ontvangt een aanbrengpremie als diegene wordt aangenomen en de proeftijd doorkomt. Deze regels houden het programma eerlijk en duidelijk voor iedereen.

## Wie doet er mee?
- Iedere medewerker die inlogt op het portaal kan kandidaten aandragen.
- Voor je eerste aanmelding, en opnieuw na elke wijziging van deze regels, lees en accepteer je de actuele versie.
${f.excludeRecruitersAndHrFromBonuses ? '- Recruiters en HR-medewerkers mogen ook mensen aandragen, maar ontvangen geen aanbrengpremie.\n' : ''}
## Wie kun je aandragen?
- Iemand die je kent en met een gerust hart aanbeveelt: een oud-collega, een vriend of vriendin, een familielid, een studiegenoot of iemand uit je professionele netwerk. Vertel hoe je diegene kent en waarom die goed zou passen.
- Alleen iemand die **ermee instemt** om aangedragen te worden. Vraag het dus eerst. De kandidaat krijgt een e-mail om dat te bevestigen; zonder bevestiging binnen ${f.consentConfirmDays} dagen trekken we de aanmelding in en wissen we de gegevens.
- Niet jezelf, en niemand die hier al werkt.
- Een kandidaat kan per vacature maar één keer in procedure zijn. Je kunt ook iemand aandragen zonder een specifieke vacature.

## Bij wie hoort een kandidaat?
- We herkennen een kandidaat aan het e-mailadres.
- De eerste geaccepteerde aanmelding claimt de kandidaat voor **${f.ownershipWindowMonths} maanden**, voor alle vacatures. Draagt iemand anders dezelfde persoon binnen die periode aan, dan accepteren we dat niet.
- De melding die je dan krijgt is bewust neutraal: er staat niet in wie de kandidaat heeft aangedragen of hoe ver de procedure is.
- Heeft een kandidaat binnen die periode zelf gesolliciteerd, dan kan niemand diegene nog claimen met een aanmelding.
- Je eigen kandidaat mag je altijd voor een andere vacature aandragen.

## Grenzen
- Maximaal **${f.maxReferralsPerDay} aanmeldingen per dag** en **${f.maxReferralsPer30Days} per 30 dagen**. Liever een paar goed gekozen kandidaten dan veel losse namen.
- Een cv is een pdf- of Word-bestand (.docx) van maximaal ${megabytes(f.cvMaxBytes)} MB.

## De aanbrengpremie
- Bij elke vacature staat hoe hoog de premie is.
- Je verdient de premie als je kandidaat wordt aangenomen en de proeftijd uit de vacature doorkomt (meestal ${f.defaultProbationMonths} maanden). Bij sommige vacatures krijg je een deel bij de aanname en de rest na de proeftijd.
- Vanaf je ${f.tierExtraFromHireNumber}e aanname in een kalenderjaar krijg je voor elke volgende aanname een extra bedrag bovenop de premie.
- Er is geen premie als de kandidaat tijdens de proeftijd vertrekt${f.forfeitWhenReferrerLeaves ? ', of als jij uit dienst gaat voordat de premie uitbetaald kan worden' : ''}.
- Draag je als hiring manager iemand aan voor een vacature die je zelf beheert? Dan telt de aanmelding wel mee, maar levert die **geen premie** op.
- HR keurt elke premie goed voordat die naar de salarisadministratie gaat. Wie goedkeurt, is nooit de aanbrenger zelf en nooit degene die de aanname heeft vastgelegd.

## Als twee mensen dezelfde kandidaat claimen
- Is je aanmelding geweigerd omdat de kandidaat al door iemand anders is geclaimd, en denk je dat jij diegene als eerste hebt aangedragen? Dan kun je een claim indienen met een korte toelichting: wanneer en hoe je de kandidaat hebt voorgesteld.
- HR bekijkt beide kanten en neemt een besluit, met een reden. Krijg je gelijk, dan gaan de claim op de kandidaat en een eventuele premie naar jou.
- Jullie zien nooit elkaars naam; alleen HR ziet beide kanten.

## Privacy en toestemming
- Alleen recruiters, de hiring manager van de vacature en HR zien de gegevens en het cv van een kandidaat. Elke keer dat iemand een cv opent, wordt dat vastgelegd.
- Als aanbrenger zie je een eenvoudige status (Ingediend, In behandeling, Gesprekken, Aanbod, Aangenomen, Niet geselecteerd, Ingetrokken), nooit interne notities of feedback uit gesprekken.
- Gegevens van kandidaten die niet worden aangenomen, wissen we ${f.eraseAfterWeeks} weken na het einde van de procedure, tenzij ze ermee instemmen in onze talentpool te blijven (dan maximaal ${f.talentPoolMonths} maanden).
- Deel de gegevens van een kandidaat niet buiten het portaal.

## Eerlijk spel
Mensen aandragen die je niet kent, de grenzen of de claimregels omzeilen, of iemand onder druk zetten om te solliciteren: daar is dit programma niet voor. Bij misbruik kun je worden uitgesloten van het programma en je premies verliezen. HR kan deze regels aanpassen; je krijgt dan het verzoek de nieuwe versie te lezen en te accepteren.
`;
}

function faqNl(f: DefaultProgrammeFacts): string {
  return `## Hoe draag ik iemand aan?
Open een vacature en kies **Iemand aandragen**, of draag iemand aan zonder specifieke vacature. Vul de naam en het e-mailadres van de kandidaat in, vertel hoe je diegene kent en waarom die goed zou passen, voeg het cv toe en bevestig dat de kandidaat ermee instemt.

## Mijn aanmelding is niet geaccepteerd, maar ik weet niet waarom. Hoe zit dat?
Waarschijnlijk heeft iemand anders deze kandidaat in de afgelopen ${f.ownershipWindowMonths} maanden al aangedragen, of heeft de kandidaat zelf gesolliciteerd. Om ieders privacy te beschermen vertellen we niet wie of wanneer. Denk je dat jij de kandidaat als eerste hebt voorgesteld? Dien dan een claim in; HR bekijkt beide kanten.

## Wanneer krijg ik mijn premie?
Nadat je kandidaat is aangenomen en de proeftijd uit de vacature heeft doorlopen (meestal ${f.defaultProbationMonths} maanden). HR keurt de premie daarna goed en die wordt met de eerstvolgende salarisrun uitbetaald. Bij sommige vacatures krijg je een deel al bij de aanname.

## Mag ik een vriend of familielid aandragen?
Ja, zolang diegene bij de vacature past en ermee instemt. Vertel hoe je elkaar kent. Je kandidaat doorloopt precies dezelfde selectie als iedere andere kandidaat.

## Hoe volg ik mijn kandidaat?
Onder **Mijn aanmeldingen** zie je al je aanmeldingen met een eenvoudige status en wanneer die voor het laatst is veranderd. Interne notities en feedback uit gesprekken blijven bij de recruiters, uit respect voor de kandidaat.

## Wat gebeurt er met de gegevens van mijn kandidaat?
Alleen recruitment en HR kunnen ze inzien. De kandidaat bevestigt per e-mail dat die ermee instemt om aangedragen te worden. Wordt diegene niet aangenomen, dan wissen we de gegevens ${f.eraseAfterWeeks} weken na het einde van de procedure, tenzij de kandidaat heeft gekozen voor onze talentpool.

## Ik ben hiring manager. Mag ik iemand aandragen voor mijn eigen vacature?
Ja. De aanmelding telt mee zoals elke andere, maar levert geen premie op, omdat het kiezen van de kandidaat bij je eigen werk hoort.

## Waarom moet ik de regels opnieuw accepteren?
HR heeft een nieuwe versie van de regels gepubliceerd. Je ziet een korte samenvatting van wat er is veranderd; accepteer de nieuwe versie voor je volgende aanmelding.
`;
}

function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** The rules and FAQ the portal publishes as version 1 when it starts with none, in English and Dutch. */
export function defaultProgramme(facts: DefaultProgrammeFacts): ProgrammeTexts {
  return { rulesEn: rulesEn(facts), faqEn: faqEn(facts), rulesNl: rulesNl(facts), faqNl: faqNl(facts) };
}
