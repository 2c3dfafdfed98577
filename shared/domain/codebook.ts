/** The built-in crisis-communication codebook: SCCT (Coombs) and Benoit's image repair typology. */

export const CRISIS_CLUSTERS = ['victim', 'accidental', 'preventable'] as const;
export type CrisisCluster = (typeof CRISIS_CLUSTERS)[number];

export interface CodeDefinition<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly definition: string;
}

export const CRISIS_TYPES = [
  { id: 'natural-disaster', cluster: 'victim', label: 'Natural disaster', definition: 'Acts of nature damage the organization, such as an earthquake or a flood.' },
  { id: 'rumor', cluster: 'victim', label: 'Rumor', definition: 'False and damaging information about the organization is being circulated.' },
  { id: 'workplace-violence', cluster: 'victim', label: 'Workplace violence', definition: 'A current or former employee attacks current employees on site.' },
  { id: 'product-tampering', cluster: 'victim', label: 'Product tampering / malevolence', definition: 'An external agent causes damage to the organization, such as tampering with products.' },
  { id: 'challenge', cluster: 'accidental', label: 'Challenge', definition: 'Stakeholders claim the organization is operating in an inappropriate manner.' },
  { id: 'technical-error-accident', cluster: 'accidental', label: 'Technical-error accident', definition: 'A technology or equipment failure causes an industrial accident.' },
  { id: 'technical-error-product-harm', cluster: 'accidental', label: 'Technical-error product harm', definition: 'A technology or equipment failure causes a product to be recalled.' },
  { id: 'human-error-accident', cluster: 'preventable', label: 'Human-error accident', definition: 'Human error causes an industrial accident.' },
  { id: 'human-error-product-harm', cluster: 'preventable', label: 'Human-error product harm', definition: 'Human error causes a product to be recalled.' },
  { id: 'organizational-misdeed', cluster: 'preventable', label: 'Organizational misdeed', definition: 'Management knowingly places stakeholders at risk or violates laws or regulations, without injuries.' },
  { id: 'management-misconduct', cluster: 'preventable', label: 'Management misconduct', definition: 'Laws or regulations are violated by management.' },
  { id: 'misdeed-with-injuries', cluster: 'preventable', label: 'Organizational misdeed with injuries', definition: 'Stakeholders are placed at risk by management and injuries occur.' },
] as const satisfies readonly (CodeDefinition & { cluster: CrisisCluster })[];
export type CrisisTypeId = (typeof CRISIS_TYPES)[number]['id'];
export const CRISIS_TYPE_IDS = CRISIS_TYPES.map((t) => t.id) as unknown as readonly [CrisisTypeId, ...CrisisTypeId[]];

export const POSTURES = ['deny', 'diminish', 'rebuild', 'bolster', 'base'] as const;
export type Posture = (typeof POSTURES)[number];

export const SCCT_STRATEGIES = [
  { id: 'attack-accuser', posture: 'deny', label: 'Attack the accuser', definition: 'Confront the person or group claiming something is wrong with the organization.' },
  { id: 'denial', posture: 'deny', label: 'Denial', definition: 'Assert that there is no crisis.' },
  { id: 'scapegoat', posture: 'deny', label: 'Scapegoat', definition: 'Blame some person or group outside the organization for the crisis.' },
  { id: 'excuse', posture: 'diminish', label: 'Excuse', definition: 'Minimize organizational responsibility by denying intent to do harm or claiming inability to control the events.' },
  { id: 'justification', posture: 'diminish', label: 'Justification', definition: 'Minimize the perceived damage caused by the crisis.' },
  { id: 'compensation', posture: 'rebuild', label: 'Compensation', definition: 'Offer money or other gifts to victims.' },
  { id: 'apology', posture: 'rebuild', label: 'Apology', definition: 'Take full responsibility for the crisis and ask stakeholders for forgiveness.' },
  { id: 'reminder', posture: 'bolster', label: 'Reminder', definition: 'Tell stakeholders about the past good works of the organization.' },
  { id: 'ingratiation', posture: 'bolster', label: 'Ingratiation', definition: 'Praise stakeholders and/or remind them of past good works by the organization.' },
  { id: 'victimage', posture: 'bolster', label: 'Victimage', definition: 'Remind stakeholders that the organization is a victim of the crisis too.' },
  { id: 'instructing-information', posture: 'base', label: 'Instructing information', definition: 'Tell stakeholders how to protect themselves physically and psychologically from the crisis.' },
  { id: 'adjusting-information', posture: 'base', label: 'Adjusting information', definition: 'Help stakeholders cope psychologically: expressions of concern and corrective action.' },
] as const satisfies readonly (CodeDefinition & { posture: Posture })[];
export type ScctStrategyId = (typeof SCCT_STRATEGIES)[number]['id'];
export const SCCT_STRATEGY_IDS = SCCT_STRATEGIES.map((s) => s.id) as unknown as readonly [ScctStrategyId, ...ScctStrategyId[]];

export const BENOIT_STRATEGIES = [
  { id: 'simple-denial', family: 'denial', scct: 'denial', label: 'Simple denial', definition: 'The accused did not perform the act.' },
  { id: 'shifting-blame', family: 'denial', scct: 'scapegoat', label: 'Shifting blame', definition: 'Another person or group performed the act.' },
  { id: 'provocation', family: 'evasion of responsibility', scct: 'excuse', label: 'Provocation', definition: 'The act was a response to another’s offensive act.' },
  { id: 'defeasibility', family: 'evasion of responsibility', scct: 'excuse', label: 'Defeasibility', definition: 'Lack of information about or control over important factors.' },
  { id: 'accident', family: 'evasion of responsibility', scct: 'excuse', label: 'Accident', definition: 'The act was a mishap.' },
  { id: 'good-intentions', family: 'evasion of responsibility', scct: 'excuse', label: 'Good intentions', definition: 'The act was meant well.' },
  { id: 'bolstering', family: 'reducing offensiveness', scct: 'reminder', label: 'Bolstering', definition: 'Stress the accused’s good traits or past good acts.' },
  { id: 'minimization', family: 'reducing offensiveness', scct: 'justification', label: 'Minimization', definition: 'The act is less offensive than it seems.' },
  { id: 'differentiation', family: 'reducing offensiveness', scct: 'justification', label: 'Differentiation', definition: 'The act is less offensive than similar acts.' },
  { id: 'transcendence', family: 'reducing offensiveness', scct: 'justification', label: 'Transcendence', definition: 'Place the act in a more favourable context.' },
  { id: 'attack-accuser', family: 'reducing offensiveness', scct: 'attack-accuser', label: 'Attack accuser', definition: 'Reduce the credibility of the accuser.' },
  { id: 'compensation', family: 'reducing offensiveness', scct: 'compensation', label: 'Compensation', definition: 'Reimburse the victim.' },
  { id: 'corrective-action', family: 'corrective action', scct: 'adjusting-information', label: 'Corrective action', definition: 'Plan to solve or prevent a recurrence of the problem.' },
  { id: 'mortification', family: 'mortification', scct: 'apology', label: 'Mortification', definition: 'Apologize for the act.' },
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
