/** The built-in crisis-communication codebook: SCCT (Coombs) and Benoit's image repair typology. */

export const CRISIS_CLUSTERS = ['victim', 'accidental', 'preventable'] as const;
export type CrisisCluster = (typeof CRISIS_CLUSTERS)[number];

export interface CodeDefinition<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly definition: string;
  /** One short real-world (or typical) instance of the code, for coders. */
  readonly example?: string;
}

export const CRISIS_TYPES = [
  { id: 'natural-disaster', cluster: 'victim', label: 'Natural disaster', definition: 'Acts of nature damage the organization, such as an earthquake or a flood.', example: 'The 2011 Tōhoku earthquake and tsunami damaged Toyota’s suppliers and halted its Japanese car plants for weeks.' },
  { id: 'rumor', cluster: 'victim', label: 'Rumor', definition: 'False and damaging information about the organization is being circulated.', example: 'Procter & Gamble spent years answering false rumours that its moon-and-stars logo was a satanic symbol.' },
  { id: 'workplace-violence', cluster: 'victim', label: 'Workplace violence', definition: 'A current or former employee attacks current employees on site.', example: 'In 1986 a postal worker shot fourteen colleagues dead at the Edmond, Oklahoma post office.' },
  { id: 'product-tampering', cluster: 'victim', label: 'Product tampering / malevolence', definition: 'An external agent causes damage to the organization, such as tampering with products.', example: 'In 1982 Tylenol capsules were laced with cyanide after they had left Johnson & Johnson’s factories.' },
  { id: 'challenge', cluster: 'accidental', label: 'Challenge', definition: 'Stakeholders claim the organization is operating in an inappropriate manner.', example: 'Activists campaigned against Nike in the 1990s over working conditions in its suppliers’ factories.' },
  { id: 'technical-error-accident', cluster: 'accidental', label: 'Technical-error accident', definition: 'A technology or equipment failure causes an industrial accident.', example: 'A faulty air-data unit made Qantas flight QF72 pitch down suddenly in 2008, injuring passengers and crew.' },
  { id: 'technical-error-product-harm', cluster: 'accidental', label: 'Technical-error product harm', definition: 'A technology or equipment failure causes a product to be recalled.', example: 'Samsung recalled the Galaxy Note 7 in 2016 after battery defects made phones catch fire.' },
  { id: 'human-error-accident', cluster: 'preventable', label: 'Human-error accident', definition: 'Human error causes an industrial accident.', example: 'The Exxon Valdez ran aground in 1989 with a tired, unsupervised third mate at the helm.' },
  { id: 'human-error-product-harm', cluster: 'preventable', label: 'Human-error product harm', definition: 'Human error causes a product to be recalled.', example: 'Maple Leaf Foods recalled meat in 2008 after listeria spread from slicers that were not cleaned well enough.' },
  { id: 'organizational-misdeed', cluster: 'preventable', label: 'Organizational misdeed', definition: 'Management knowingly places stakeholders at risk or violates laws or regulations, without injuries.', example: 'Volkswagen fitted diesel cars with software that cheated emissions tests (2015).' },
  { id: 'management-misconduct', cluster: 'preventable', label: 'Management misconduct', definition: 'Laws or regulations are violated by management.', example: 'Enron’s executives hid billions of dollars of debt in off-balance-sheet partnerships (2001).' },
  { id: 'misdeed-with-injuries', cluster: 'preventable', label: 'Organizational misdeed with injuries', definition: 'Stakeholders are placed at risk by management and injuries occur.', example: 'Peanut Corporation of America shipped peanut products it knew had tested positive for salmonella (2008–09).' },
] as const satisfies readonly (CodeDefinition & { cluster: CrisisCluster })[];
export type CrisisTypeId = (typeof CRISIS_TYPES)[number]['id'];
export const CRISIS_TYPE_IDS = CRISIS_TYPES.map((t) => t.id) as unknown as readonly [CrisisTypeId, ...CrisisTypeId[]];

export const POSTURES = ['deny', 'diminish', 'rebuild', 'bolster', 'base'] as const;
export type Posture = (typeof POSTURES)[number];

export const SCCT_STRATEGIES = [
  { id: 'attack-accuser', posture: 'deny', label: 'Attack the accuser', definition: 'Confront the person or group claiming something is wrong with the organization.', example: 'A company says the blogger accusing it is paid by a competitor and threatens to sue.' },
  { id: 'denial', posture: 'deny', label: 'Denial', definition: 'Assert that there is no crisis.', example: '“There is no safety problem with our product,” the company says after a viral complaint.' },
  { id: 'scapegoat', posture: 'deny', label: 'Scapegoat', definition: 'Blame some person or group outside the organization for the crisis.', example: 'Carnival blamed the captain alone for the Costa Concordia grounding in 2012.' },
  { id: 'excuse', posture: 'diminish', label: 'Excuse', definition: 'Minimize organizational responsibility by denying intent to do harm or claiming inability to control the events.', example: '“We could not have known our supplier had changed the ingredient,” the manufacturer says.' },
  { id: 'justification', posture: 'diminish', label: 'Justification', definition: 'Minimize the perceived damage caused by the crisis.', example: 'An airline says the overbooked passenger was offered compensation and nobody was harmed.' },
  { id: 'compensation', posture: 'rebuild', label: 'Compensation', definition: 'Offer money or other gifts to victims.', example: 'Johnson & Johnson replaced Tylenol capsules with tablets free of charge in 1982.' },
  { id: 'apology', posture: 'rebuild', label: 'Apology', definition: 'Take full responsibility for the crisis and ask stakeholders for forgiveness.', example: 'Xiaomi’s head of PR, Xu Jieyun, apologized in January 2026 for contacting a KOL known for critical reviews.' },
  { id: 'reminder', posture: 'bolster', label: 'Reminder', definition: 'Tell stakeholders about the past good works of the organization.', example: 'A bank reminds customers of its decades of support for local charities during a data breach.' },
  { id: 'ingratiation', posture: 'bolster', label: 'Ingratiation', definition: 'Praise stakeholders and/or remind them of past good works by the organization.', example: 'Xiaomi thanked and praised its fans on 6 January 2026 while announcing measures after the KOL controversy.' },
  { id: 'victimage', posture: 'bolster', label: 'Victimage', definition: 'Remind stakeholders that the organization is a victim of the crisis too.', example: 'A retailer hit by ransomware says it, too, is a victim of the criminals who attacked it.' },
  { id: 'instructing-information', posture: 'base', label: 'Instructing information', definition: 'Tell stakeholders how to protect themselves physically and psychologically from the crisis.', example: 'After the 2016 Note 7 fires Samsung told owners to power the phones down and stop using them.' },
  { id: 'adjusting-information', posture: 'base', label: 'Adjusting information', definition: 'Help stakeholders cope psychologically: expressions of concern and corrective action.', example: 'Xiaomi said the collaboration with the KOL was ended and would not be revisited.' },
] as const satisfies readonly (CodeDefinition & { posture: Posture })[];
export type ScctStrategyId = (typeof SCCT_STRATEGIES)[number]['id'];
export const SCCT_STRATEGY_IDS = SCCT_STRATEGIES.map((s) => s.id) as unknown as readonly [ScctStrategyId, ...ScctStrategyId[]];

export const BENOIT_STRATEGIES = [
  { id: 'simple-denial', family: 'denial', scct: 'denial', label: 'Simple denial', definition: 'The accused did not perform the act.', example: '“We did not sell customer data,” the company says.' },
  { id: 'shifting-blame', family: 'denial', scct: 'scapegoat', label: 'Shifting blame', definition: 'Another person or group performed the act.', example: 'BP, Transocean and Halliburton blamed one another for the 2010 Deepwater Horizon blowout.' },
  { id: 'provocation', family: 'evasion of responsibility', scct: 'excuse', label: 'Provocation', definition: 'The act was a response to another’s offensive act.', example: 'A company says it cut off a supplier only after the supplier broke its contract first.' },
  { id: 'defeasibility', family: 'evasion of responsibility', scct: 'excuse', label: 'Defeasibility', definition: 'Lack of information about or control over important factors.', example: '“We were never told the part had been changed,” the carmaker says of its supplier.' },
  { id: 'accident', family: 'evasion of responsibility', scct: 'excuse', label: 'Accident', definition: 'The act was a mishap.', example: 'A bank calls the outage that froze accounts an unforeseen glitch during routine maintenance.' },
  { id: 'good-intentions', family: 'evasion of responsibility', scct: 'excuse', label: 'Good intentions', definition: 'The act was meant well.', example: 'Facebook said its 2014 news-feed mood experiment was meant to improve its service.' },
  { id: 'bolstering', family: 'reducing offensiveness', scct: 'reminder', label: 'Bolstering', definition: 'Stress the accused’s good traits or past good acts.', example: 'Exxon listed its safety record and environmental spending after the Valdez spill.' },
  { id: 'minimization', family: 'reducing offensiveness', scct: 'justification', label: 'Minimization', definition: 'The act is less offensive than it seems.', example: '“Only a handful of customers were affected,” the company says of the leak.' },
  { id: 'differentiation', family: 'reducing offensiveness', scct: 'justification', label: 'Differentiation', definition: 'The act is less offensive than similar acts.', example: 'A company calls the layoffs a temporary furlough, not dismissals.' },
  { id: 'transcendence', family: 'reducing offensiveness', scct: 'justification', label: 'Transcendence', definition: 'Place the act in a more favourable context.', example: 'A drug maker says the trial’s risks were worth it to find a cure for a deadly disease.' },
  { id: 'attack-accuser', family: 'reducing offensiveness', scct: 'attack-accuser', label: 'Attack accuser', definition: 'Reduce the credibility of the accuser.', example: 'A company says the journalist who broke the story has a grudge against it.' },
  { id: 'compensation', family: 'reducing offensiveness', scct: 'compensation', label: 'Compensation', definition: 'Reimburse the victim.', example: 'United Airlines paid the passengers it had removed from an overbooked flight in 2017.' },
  { id: 'corrective-action', family: 'corrective action', scct: 'adjusting-information', label: 'Corrective action', definition: 'Plan to solve or prevent a recurrence of the problem.', example: 'Johnson & Johnson brought Tylenol back in tamper-resistant packaging in 1982.' },
  { id: 'mortification', family: 'mortification', scct: 'apology', label: 'Mortification', definition: 'Apologize for the act.', example: 'Xiaomi’s head of PR apologized for the contact with the KOL in January 2026.' },
] as const satisfies readonly (CodeDefinition & { family: string; scct: ScctStrategyId })[];
export type BenoitStrategyId = (typeof BENOIT_STRATEGIES)[number]['id'];
export const BENOIT_STRATEGY_IDS = BENOIT_STRATEGIES.map((s) => s.id) as unknown as readonly [BenoitStrategyId, ...BenoitStrategyId[]];

export function clusterOfCrisisType(id: string): CrisisCluster | null {
  return CRISIS_TYPES.find((t) => t.id === id)?.cluster ?? null;
}

export function crisisTypeDefinition(id: string): (typeof CRISIS_TYPES)[number] | undefined {
  return CRISIS_TYPES.find((t) => t.id === id);
}

export function scctStrategyDefinition(id: string): (typeof SCCT_STRATEGIES)[number] | undefined {
  return SCCT_STRATEGIES.find((s) => s.id === id);
}

export function benoitStrategyDefinition(id: string): (typeof BENOIT_STRATEGIES)[number] | undefined {
  return BENOIT_STRATEGIES.find((s) => s.id === id);
}

/** Code ids are lower-case words joined by hyphens; custom codes follow the same rule. */
export const CODE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
