import { describe, expect, it } from 'vitest';
import {
  analyzeCase,
  type CodedResponse,
  type CrisisAnalysis,
  type CrisisAnalysisInput,
  type RuleNumber,
} from '../../shared/domain/crisis-analysis.ts';

function response(
  itemId: string,
  strategy: string | null,
  benoit: string | null = null,
  itemKind: CodedResponse['itemKind'] = 'event',
): CodedResponse {
  return { itemKind, itemId, label: `item ${itemId}`, strategy, benoit };
}

function analyze(overrides: Partial<CrisisAnalysisInput>): CrisisAnalysis {
  return analyzeCase({
    crisisCluster: null,
    crisisType: null,
    crisisHistory: null,
    priorReputation: null,
    responses: [],
    ...overrides,
  });
}

function rules(analysis: CrisisAnalysis): RuleNumber[] {
  return analysis.warnings.map((w) => w.rule);
}

function warning(analysis: CrisisAnalysis, rule: RuleNumber) {
  const found = analysis.warnings.find((w) => w.rule === rule);
  if (!found) throw new Error(`rule ${rule} did not fire; warnings: ${JSON.stringify(analysis.warnings)}`);
  return found;
}

function ids(analysis: CrisisAnalysis, rule: RuleNumber): string[] {
  return warning(analysis, rule).items.map((i) => i.itemId);
}

describe('cluster and recommendation', () => {
  it('takes the cluster from the crisis type when no cluster is coded', () => {
    const a = analyze({ crisisType: 'challenge' });
    expect(a).toMatchObject({
      baseCluster: 'accidental',
      effectiveCluster: 'accidental',
      intensified: false,
      recommendedPosture: 'diminish',
    });
    expect(a.clusterReason).toBe('accidental');
    expect(a.recommendation).toMatch(/^An accidental crisis calls for diminish strategies/);
  });

  it('prefers the coded cluster over the crisis type’s own cluster, and says where the cluster came from', () => {
    expect(analyze({ crisisCluster: 'preventable', crisisType: 'challenge' })).toMatchObject({
      baseCluster: 'preventable',
      recommendedPosture: 'rebuild',
      clusterFromType: false,
    });
    expect(analyze({ crisisCluster: 'accidental', crisisType: 'challenge' }).clusterFromType).toBe(true);
    expect(analyze({ crisisType: 'challenge' }).clusterFromType).toBe(true);
    expect(analyze({ crisisCluster: 'victim' }).clusterFromType).toBe(false);
  });

  it('recommends base responses for a victim crisis, and diminish once intensified', () => {
    expect(analyze({ crisisType: 'rumor' })).toMatchObject({ effectiveCluster: 'victim', recommendedPosture: 'base' });
    const history = analyze({ crisisType: 'rumor', crisisHistory: true });
    expect(history).toMatchObject({
      baseCluster: 'victim',
      effectiveCluster: 'accidental',
      intensified: true,
      recommendedPosture: 'diminish',
    });
    expect(history.clusterReason).toBe('victim, moved up to accidental by a crisis history');
  });

  it('moves an accidental crisis up to preventable with a negative prior reputation, not a neutral one', () => {
    const negative = analyze({ crisisType: 'challenge', priorReputation: 'negative' });
    expect(negative).toMatchObject({ effectiveCluster: 'preventable', recommendedPosture: 'rebuild' });
    expect(negative.clusterReason).toBe('accidental, moved up to preventable by a negative prior reputation');
    expect(analyze({ crisisType: 'challenge', priorReputation: 'neutral', crisisHistory: false })).toMatchObject({
      effectiveCluster: 'accidental',
      intensified: false,
    });
  });

  it('moves only one step for both intensifiers and keeps preventable at the top', () => {
    const both = analyze({ crisisCluster: 'victim', crisisHistory: true, priorReputation: 'negative' });
    expect(both.effectiveCluster).toBe('accidental');
    expect(both.clusterReason).toBe(
      'victim, moved up to accidental by a crisis history and a negative prior reputation',
    );
    expect(analyze({ crisisType: 'management-misconduct', crisisHistory: true })).toMatchObject({
      effectiveCluster: 'preventable',
      intensified: true,
      clusterReason: 'preventable, the highest cluster already, so a crisis history cannot move it up',
    });
  });

  it('asks for a crisis type when neither a cluster nor a known type is coded', () => {
    for (const a of [analyze({}), analyze({ crisisType: 'custom-type' })]) {
      expect(a).toMatchObject({
        baseCluster: null,
        effectiveCluster: null,
        recommendedPosture: null,
        clusterReason: null,
      });
      expect(a.recommendation).toBe('Code the crisis type in the overview to get a recommendation.');
    }
  });
});

describe('postures and strategies used', () => {
  it('counts each strategy, through the Benoit crosswalk when no SCCT code is set', () => {
    const a = analyze({
      crisisType: 'challenge',
      responses: [
        response('1', 'apology'),
        response('2', null, 'mortification'),
        response('3', 'ingratiation', 'mortification'),
        response('4', null, null),
        response('5', null, 'corrective-action', 'issueRow'),
      ],
    });
    expect(a.strategyUses).toEqual([
      { strategy: 'apology', posture: 'rebuild', count: 2 },
      { strategy: 'ingratiation', posture: 'bolster', count: 1 },
      { strategy: 'adjusting-information', posture: 'base', count: 1 },
    ]);
    expect(a.posturesUsed).toEqual(['rebuild', 'bolster', 'base']);
    expect(a.postureCounts).toEqual({ rebuild: 2, bolster: 1, base: 1 });
    expect(a.codedResponseCount).toBe(4);
  });

  it('gives custom strategy codes the posture the notebook assigns, and none otherwise', () => {
    const responses = [response('1', 'public-regret'), response('2', 'denial')];
    const withPosture = analyze({
      crisisType: 'rumor',
      responses,
      postureOf: (id) => (id === 'public-regret' ? 'rebuild' : null),
    });
    expect(withPosture.posturesUsed).toEqual(['deny', 'rebuild']);
    expect(rules(withPosture)).toContain(1);
    const without = analyze({ crisisType: 'rumor', responses });
    expect(without.strategyUses).toContainEqual({ strategy: 'public-regret', posture: null, count: 1 });
    expect(rules(without)).not.toContain(1);
  });
});

describe('rule 1: deny mixed with diminish or rebuild', () => {
  it('fires for deny with rebuild, pointing at both responses', () => {
    const a = analyze({
      crisisType: 'challenge',
      responses: [response('sorry', 'apology'), response('no', 'denial'), response('care', 'adjusting-information')],
    });
    const w = warning(a, 1);
    expect(w.code).toBe('deny-mixed');
    expect(w.items.map((i) => i.itemId)).toEqual(['sorry', 'no']);
    expect(w.items[0]).toEqual({ itemKind: 'event', itemId: 'sorry', label: 'item sorry' });
    expect(w.message).toMatch(/rebuild/);
  });

  it('fires for deny with diminish, also when both come from Benoit codes', () => {
    const a = analyze({
      crisisType: 'rumor',
      responses: [response('a', null, 'simple-denial'), response('b', null, 'minimization', 'quote')],
    });
    expect(ids(a, 1)).toEqual(['a', 'b']);
    expect(warning(a, 1).items[1]?.itemKind).toBe('quote');
  });

  it('does not fire for deny alone, nor for diminish with rebuild', () => {
    expect(
      rules(analyze({ crisisType: 'rumor', responses: [response('a', 'denial'), response('b', 'attack-accuser')] })),
    ).not.toContain(1);
    expect(
      rules(analyze({ crisisType: 'challenge', responses: [response('a', 'excuse'), response('b', 'apology')] })),
    ).not.toContain(1);
  });
});

describe('rule 2: a posture weaker than recommended', () => {
  it('fires for diminish and deny where rebuild is recommended', () => {
    const a = analyze({
      crisisType: 'management-misconduct',
      responses: [response('x', 'excuse'), response('y', 'scapegoat'), response('z', 'apology')],
    });
    expect(ids(a, 2)).toEqual(['x', 'y']);
    expect(warning(a, 2).code).toBe('weaker-than-recommended');
  });

  it('fires for deny, not diminish, where diminish is recommended', () => {
    const a = analyze({
      crisisType: 'technical-error-accident',
      responses: [response('x', 'excuse'), response('y', 'denial')],
    });
    expect(ids(a, 2)).toEqual(['y']);
    expect(
      rules(analyze({ crisisType: 'technical-error-accident', responses: [response('x', 'justification')] })),
    ).not.toContain(2);
  });

  it('follows the intensified cluster: diminish becomes too weak once a history moves accidental to preventable', () => {
    const responses = [response('x', null, 'defeasibility')];
    expect(rules(analyze({ crisisType: 'challenge', responses }))).not.toContain(2);
    expect(ids(analyze({ crisisType: 'challenge', crisisHistory: true, responses }), 2)).toEqual(['x']);
  });

  it('does not fire where base responses are recommended, nor without a cluster', () => {
    expect(rules(analyze({ crisisType: 'rumor', responses: [response('x', 'denial')] }))).not.toContain(2);
    expect(rules(analyze({ responses: [response('x', 'denial'), response('y', 'excuse')] }))).not.toContain(2);
  });
});

describe('rule 3: victimage outside the victim cluster', () => {
  it('fires for victimage in an accidental or preventable crisis', () => {
    const a = analyze({
      crisisType: 'challenge',
      responses: [response('v', 'victimage'), response('j', 'justification')],
    });
    expect(ids(a, 3)).toEqual(['v']);
    expect(warning(a, 3).code).toBe('victimage-outside-victim');
  });

  it('does not fire in a victim crisis, but does once an intensifier moves it out of the victim cluster', () => {
    const responses = [response('v', 'victimage'), response('i', 'instructing-information')];
    expect(rules(analyze({ crisisType: 'product-tampering', responses }))).not.toContain(3);
    expect(ids(analyze({ crisisType: 'product-tampering', priorReputation: 'negative', responses }), 3)).toEqual(['v']);
  });

  it('does not fire while the cluster is unknown', () => {
    expect(rules(analyze({ responses: [response('v', 'victimage')] }))).not.toContain(3);
  });
});

describe('rule 4: bolstering used alone', () => {
  it('fires for bolster alone, even beside base responses, and through Benoit bolstering', () => {
    const a = analyze({
      crisisType: 'challenge',
      responses: [
        response('r', 'reminder'),
        response('b', null, 'bolstering'),
        response('base', 'adjusting-information'),
      ],
    });
    expect(ids(a, 4)).toEqual(['r', 'b']);
    expect(warning(a, 4).code).toBe('bolster-alone');
  });

  it('fires without any cluster coded', () => {
    expect(ids(analyze({ responses: [response('g', 'ingratiation')] }), 4)).toEqual(['g']);
  });

  it('does not fire when a deny, diminish or rebuild response is also coded', () => {
    for (const other of ['denial', 'justification', 'compensation']) {
      expect(
        rules(analyze({ crisisType: 'rumor', responses: [response('g', 'ingratiation'), response('o', other)] })),
      ).not.toContain(4);
    }
  });
});

describe('rule 5: deny outside rumor or challenge', () => {
  it('fires for deny in any other crisis type, naming the type', () => {
    const a = analyze({
      crisisType: 'human-error-product-harm',
      responses: [response('d', 'scapegoat'), response('ok', 'apology')],
    });
    expect(ids(a, 5)).toEqual(['d']);
    expect(warning(a, 5).message).toContain('Human-error product harm');
    expect(ids(analyze({ crisisType: 'natural-disaster', responses: [response('d', 'denial')] }), 5)).toEqual(['d']);
  });

  it('allows deny for a rumor or a challenge', () => {
    for (const crisisType of ['rumor', 'challenge']) {
      expect(
        rules(analyze({ crisisType, responses: [response('d', 'denial'), response('a', 'attack-accuser')] })),
      ).not.toContain(5);
    }
  });

  it('does not fire while the crisis type is not coded, even with a cluster', () => {
    expect(rules(analyze({ crisisCluster: 'preventable', responses: [response('d', 'denial')] }))).not.toContain(5);
  });
});

describe('a clean case', () => {
  it('has no warning when the response follows the guidance', () => {
    const a = analyze({
      crisisType: 'management-misconduct',
      responses: [response('1', 'apology'), response('2', null, 'corrective-action'), response('3', 'ingratiation')],
    });
    expect(a.warnings).toEqual([]);
    expect(a.recommendedPosture).toBe('rebuild');
  });

  it('explains every warning in one sentence', () => {
    const a = analyze({
      crisisType: 'misdeed-with-injuries',
      responses: [
        response('1', 'denial'),
        response('2', 'apology'),
        response('3', 'victimage'),
        response('4', 'excuse'),
      ],
    });
    expect(rules(a)).toEqual([1, 2, 3, 5]);
    for (const w of a.warnings) {
      expect(w.message).toMatch(/^[A-Z][^.]*\.$/);
      expect(w.items.length).toBeGreaterThan(0);
    }
  });
});
