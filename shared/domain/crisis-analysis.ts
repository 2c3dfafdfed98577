/**
 * SCCT analysis of one case's coding (domain.md, "SCCT"): the effective cluster after intensifiers,
 * the recommended posture, the postures and strategies actually used, and the five numbered rules.
 */
import {
  CRISIS_CLUSTERS,
  POSTURES,
  benoitStrategyDefinition,
  clusterOfCrisisType,
  crisisTypeDefinition,
  scctStrategyDefinition,
  type CrisisCluster,
  type Posture,
} from './codebook.ts';

export type RespondingItemKind = 'issueRow' | 'event' | 'quote';

export interface CodedResponse {
  readonly itemKind: RespondingItemKind;
  readonly itemId: string;
  readonly label: string;
  readonly strategy: string | null;
  readonly benoit: string | null;
}

export interface CrisisAnalysisInput {
  readonly crisisCluster: CrisisCluster | null;
  readonly crisisType: string | null;
  readonly crisisHistory: boolean | null;
  readonly priorReputation: 'positive' | 'neutral' | 'negative' | null;
  readonly responses: readonly CodedResponse[];
  /** The posture of a custom SCCT strategy code; built-in codes never reach it. */
  readonly postureOf?: (scctStrategyId: string) => Posture | null;
}

export type RecommendedPosture = 'base' | 'diminish' | 'rebuild';
export type RuleNumber = 1 | 2 | 3 | 4 | 5;

export interface WarningItem {
  readonly itemKind: RespondingItemKind;
  readonly itemId: string;
  readonly label: string;
}

export interface AnalysisWarning {
  readonly rule: RuleNumber;
  readonly code: string;
  readonly message: string;
  readonly items: WarningItem[];
}

export interface StrategyUse {
  readonly strategy: string;
  readonly posture: Posture | null;
  readonly count: number;
}

export interface CrisisAnalysis {
  readonly baseCluster: CrisisCluster | null;
  readonly effectiveCluster: CrisisCluster | null;
  readonly intensified: boolean;
  /** Why the effective cluster is what it is: "accidental, moved up to preventable by a crisis history". */
  readonly clusterReason: string | null;
  /** True when the base cluster is the crisis type's own cluster (not a different cluster coded by hand). */
  readonly clusterFromType: boolean;
  readonly recommendedPosture: RecommendedPosture | null;
  readonly recommendation: string;
  readonly posturesUsed: Posture[];
  readonly strategiesUsed: string[];
  /** Each strategy used with its posture and how many responses use it, most used first. */
  readonly strategyUses: StrategyUse[];
  /** How many coded responses have each posture (postures not used are absent). */
  readonly postureCounts: Partial<Record<Posture, number>>;
  /** Responses whose code counts (directly or through the Benoit crosswalk). */
  readonly codedResponseCount: number;
  readonly warnings: AnalysisWarning[];
}

/** The SCCT strategy a response counts as: its own SCCT code, else its Benoit code's crosswalk. */
export function effectiveStrategy(response: Pick<CodedResponse, 'strategy' | 'benoit'>): string | null {
  if (response.strategy) return response.strategy;
  if (response.benoit) return benoitStrategyDefinition(response.benoit)?.scct ?? null;
  return null;
}

function postureOfStrategy(strategy: string, postureOf: CrisisAnalysisInput['postureOf']): Posture | null {
  const builtIn = scctStrategyDefinition(strategy);
  if (builtIn) return builtIn.posture;
  return postureOf?.(strategy) ?? null;
}

function oneStepUp(cluster: CrisisCluster): CrisisCluster {
  const index = CRISIS_CLUSTERS.indexOf(cluster);
  return CRISIS_CLUSTERS[Math.min(index + 1, CRISIS_CLUSTERS.length - 1)] ?? cluster;
}

function intensifierNames(input: CrisisAnalysisInput): string[] {
  const names: string[] = [];
  if (input.crisisHistory === true) names.push('a crisis history');
  if (input.priorReputation === 'negative') names.push('a negative prior reputation');
  return names;
}

function describeCluster(base: CrisisCluster, effective: CrisisCluster, intensifiers: readonly string[]): string {
  if (intensifiers.length === 0) return base;
  const by = intensifiers.join(' and ');
  if (base === effective) return `${base}, the highest cluster already, so ${by} cannot move it up`;
  return `${base}, moved up to ${effective} by ${by}`;
}

const RECOMMENDED: Record<CrisisCluster, RecommendedPosture> = {
  victim: 'base',
  accidental: 'diminish',
  preventable: 'rebuild',
};

const RECOMMENDATION_TEXT: Record<RecommendedPosture, string> = {
  base: 'base responses only: instructing information on how to stay safe and adjusting information that shows concern',
  diminish: 'diminish strategies (excuse or justification) alongside the base responses',
  rebuild: 'rebuild strategies (apology or compensation) alongside the base responses',
};

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'An' : 'A';
}

const STRONG_POSTURES: readonly Posture[] = ['deny', 'diminish', 'rebuild'];
const DENY_ALLOWED_FOR = ['rumor', 'challenge'];

function crisisTypeName(id: string): string {
  const label = crisisTypeDefinition(id)?.label;
  return label ? `“${label}”` : `“${id}”`;
}

function responsesText(count: number): string {
  return count === 1 ? '1 response' : `${count} responses`;
}

interface Classified {
  readonly response: CodedResponse;
  readonly strategy: string;
  readonly posture: Posture | null;
}

function itemsOf(list: readonly Classified[]): WarningItem[] {
  return list.map(({ response }) => ({ itemKind: response.itemKind, itemId: response.itemId, label: response.label }));
}

export function analyzeCase(input: CrisisAnalysisInput): CrisisAnalysis {
  const typeCluster = input.crisisType ? clusterOfCrisisType(input.crisisType) : null;
  const baseCluster = input.crisisCluster ?? typeCluster;
  const clusterFromType = baseCluster !== null && baseCluster === typeCluster;
  const intensifiers = intensifierNames(input);
  const intensified = intensifiers.length > 0;
  const effectiveCluster = baseCluster && intensified ? oneStepUp(baseCluster) : baseCluster;
  const recommendedPosture = effectiveCluster ? RECOMMENDED[effectiveCluster] : null;
  const clusterReason =
    baseCluster && effectiveCluster ? describeCluster(baseCluster, effectiveCluster, intensifiers) : null;
  const recommendation =
    effectiveCluster && recommendedPosture
      ? `${article(effectiveCluster)} ${effectiveCluster} crisis calls for ${RECOMMENDATION_TEXT[recommendedPosture]}.`
      : 'Code the crisis type in the overview to get a recommendation.';

  const classified: Classified[] = [];
  for (const response of input.responses) {
    const strategy = effectiveStrategy(response);
    if (strategy) classified.push({ response, strategy, posture: postureOfStrategy(strategy, input.postureOf) });
  }
  const withPosture = (...postures: Posture[]): Classified[] =>
    classified.filter((c) => c.posture !== null && postures.includes(c.posture));

  const postureCounts: Partial<Record<Posture, number>> = {};
  const uses = new Map<string, { posture: Posture | null; count: number }>();
  for (const c of classified) {
    if (c.posture) postureCounts[c.posture] = (postureCounts[c.posture] ?? 0) + 1;
    const use = uses.get(c.strategy) ?? { posture: c.posture, count: 0 };
    use.count += 1;
    uses.set(c.strategy, use);
  }
  const strategyUses = [...uses].map(([strategy, use]) => ({ strategy, ...use })).sort((a, b) => b.count - a.count);
  const posturesUsed = POSTURES.filter((p) => postureCounts[p] !== undefined);

  const warnings: AnalysisWarning[] = [];
  const deny = withPosture('deny');
  const diminish = withPosture('diminish');
  const rebuild = withPosture('rebuild');

  if (deny.length > 0 && diminish.length + rebuild.length > 0) {
    const other = [diminish.length > 0 ? 'diminish' : null, rebuild.length > 0 ? 'rebuild' : null]
      .filter(Boolean)
      .join(' and ');
    warnings.push({
      rule: 1,
      code: 'deny-mixed',
      message: `Denying the crisis while also using ${other} strategies sends a mixed message: stakeholders hear both that nothing happened and that the organization is answerable for it.`,
      items: itemsOf(withPosture('deny', 'diminish', 'rebuild')),
    });
  }

  if (effectiveCluster && recommendedPosture === 'rebuild' && deny.length + diminish.length > 0) {
    const weaker = withPosture('deny', 'diminish');
    warnings.push({
      rule: 2,
      code: 'weaker-than-recommended',
      message: `${article(effectiveCluster)} ${effectiveCluster} crisis calls for rebuilding, but ${responsesText(weaker.length)} only ${weaker.length === 1 ? 'denies or diminishes' : 'deny or diminish'}, which stakeholders read as dodging responsibility.`,
      items: itemsOf(weaker),
    });
  } else if (effectiveCluster && recommendedPosture === 'diminish' && deny.length > 0) {
    warnings.push({
      rule: 2,
      code: 'weaker-than-recommended',
      message: `${article(effectiveCluster)} ${effectiveCluster} crisis calls for at least diminishing, but ${responsesText(deny.length)} ${deny.length === 1 ? 'denies' : 'deny'}, which stakeholders read as dodging responsibility.`,
      items: itemsOf(deny),
    });
  }

  const victimage = classified.filter((c) => c.strategy === 'victimage');
  if (effectiveCluster && effectiveCluster !== 'victim' && victimage.length > 0) {
    warnings.push({
      rule: 3,
      code: 'victimage-outside-victim',
      message: `Victimage suits only the victim cluster: in ${article(effectiveCluster).toLowerCase()} ${effectiveCluster} crisis, claiming to be a victim too looks like self-pity from the party held responsible.`,
      items: itemsOf(victimage),
    });
  }

  const bolster = withPosture('bolster');
  if (bolster.length > 0 && withPosture(...STRONG_POSTURES).length === 0) {
    warnings.push({
      rule: 4,
      code: 'bolster-alone',
      message:
        'Bolstering is used alone: reminders, ingratiation and victimage only support a deny, diminish or rebuild response, and none is coded in this case.',
      items: itemsOf(bolster),
    });
  }

  if (input.crisisType && !DENY_ALLOWED_FOR.includes(input.crisisType) && deny.length > 0) {
    warnings.push({
      rule: 5,
      code: 'deny-outside-rumor-challenge',
      message: `Denial strategies fit only rumors and unwarranted challenges, but this case is coded as ${crisisTypeName(input.crisisType)}, a crisis that did happen.`,
      items: itemsOf(deny),
    });
  }

  return {
    baseCluster,
    effectiveCluster,
    intensified,
    clusterReason,
    clusterFromType,
    recommendedPosture,
    recommendation,
    posturesUsed,
    strategiesUsed: strategyUses.map((u) => u.strategy),
    strategyUses,
    postureCounts,
    codedResponseCount: classified.length,
    warnings,
  };
}
