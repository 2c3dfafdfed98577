/**
 * Guesses an event's kind from the verbs of its sentence. The issue names apology, corrective action and
 * allegation; a few unambiguous verbs for the other kinds are added. The first matching kind in this order
 * wins ("apologized …, stating that the collaboration was terminated" is an apology); otherwise "other".
 */
import type { TimelineEvent } from '../../../../shared/domain/case-document.ts';

export type EventKind = TimelineEvent['kind'];

const RULES: readonly (readonly [EventKind, RegExp])[] = [
  ['apology', /\b(?:apologi[sz](?:e|ed|es|ing)|apology|apologies|said sorry)\b/i],
  [
    'corrective-action',
    /\b(?:recall(?:ed|s|ing)?|terminat(?:e|ed|es|ing|ion)|fired|sacked|dismissed|halt(?:ed|s|ing)?|ended|end(?:s|ing)? (?:all|its|the)|suspend(?:ed|s|ing)?|withdr(?:ew|awn)|pulled (?:the|its)|stepped down|resign(?:ed|s|ation))\b/i,
  ],
  [
    'allegation',
    /\b(?:reports?|reported|allegations?|alleg(?:e|ed|es|ing)|accus(?:ed|es|ing|ations?)|claimed that)\b/i,
  ],
  ['escalation', /\b(?:sued|lawsuits?|boycott(?:s|ed)?|class action|launched an investigation|probe)\b/i],
  ['resolution', /\b(?:settled|settlement|reached an agreement)\b/i],
  ['response', /\b(?:responded|issued a statement|released a statement|in a statement)\b/i],
  ['media', /\b(?:went viral|viral video|footage|press conference)\b/i],
];

export function guessEventKind(sentence: string): EventKind {
  for (const [kind, pattern] of RULES) if (pattern.test(sentence)) return kind;
  return 'other';
}
