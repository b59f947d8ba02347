import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProvenanceProps, type Rule } from '../../graph/model';
import { RuleEnum } from './enums';
import { fromGraph, plain } from '../db/values';

/** How a fact was found: written in the source, or worked out by a rule. Values are the graph's own. */
export enum Basis {
  STATED = 'stated',
  DERIVED = 'derived',
}
registerEnumType(Basis, { name: 'Basis' });

/** What a piece of evidence quotes: a sentence of the gazette, or an entry of the city profile. */
export enum EvidenceKind {
  GAZETTE = 'gazette',
  PROFILE = 'profile',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

@ObjectType({
  description:
    'Where a fact comes from. A stated fact quotes a sentence naming both ends (or `alias`); a derived one says `why` and lists its `premises`, each with its own evidence.',
})
export class Evidence {
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Field(() => String, {
    description: 'Document id of the gazette (doc:plan …), or the profile file for a profile entry.',
  })
  document!: string;

  /** Resolved from the Document node by a per-request loader. */
  @Field(() => String, { nullable: true })
  documentTitle?: string | null;

  @Field(() => Int, { description: 'Line of the gazette file (of the profile file for a profile entry).' })
  line!: number;

  @Field(() => String, { description: 'The sentence quoted, or the profile entry.' })
  quote!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The form by which the quote names an end when it is not that end’s name.',
  })
  alias!: string | null;

  /** For a profile entry: the source the profile gives for it, in both languages; served through `source(lang)`. */
  source!: string | null;
  sourceZh!: string | null;

  /** For a profile entry: what it says, in both languages; served through `says(lang)`. */
  saysZh!: string | null;
  saysEn!: string | null;

  @Field(() => Basis)
  basis!: Basis;

  @Field(() => RuleEnum, {
    nullable: true,
    description:
      'The provenance rule; null for a premise, which is a source rather than a fact. Show `ruleName` to people.',
  })
  rule!: Rule | null;

  /** Why the rule makes the fact hold, as stored; served through `why(lang)`. */
  whyZh!: string | null;
  whyEn!: string | null;

  @Field(() => [Evidence])
  premises!: Evidence[];
}

export function toBasis(value: unknown): Basis {
  return value === Basis.STATED ? Basis.STATED : Basis.DERIVED;
}

/** A premise as the loader stores it (one JSON string per relationship). */
type StoredPremise =
  | { kind: 'gazette'; document: string; line: number; quote: string }
  | {
      kind: 'profile';
      file: string;
      entry: string;
      says?: { zh: string; en: string };
      source: string;
      sourceZh?: string;
    };

const NO_PROFILE_WORDS = { source: null, sourceZh: null, saysZh: null, saysEn: null };

function premiseEvidence(premise: StoredPremise): Evidence {
  const common = { alias: null, basis: Basis.STATED, rule: null, whyZh: null, whyEn: null, premises: [] };
  if (premise.kind === 'profile') {
    return {
      ...common,
      kind: EvidenceKind.PROFILE,
      document: premise.file,
      line: 0,
      quote: premise.entry,
      source: premise.source,
      sourceZh: premise.sourceZh ?? null,
      saysZh: premise.says?.zh ?? null,
      saysEn: premise.says?.en ?? null,
      rule: 'city-profile',
    };
  }
  return {
    ...common,
    ...NO_PROFILE_WORDS,
    kind: EvidenceKind.GAZETTE,
    document: premise.document,
    line: premise.line,
    quote: premise.quote,
  };
}

function premisesFrom(text: string | null): Evidence[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as StoredPremise[]).map(premiseEvidence) : [];
  } catch {
    return [];
  }
}

/**
 * Evidence from the provenance properties of a node or relationship (graph/model.ts
 * ProvenanceProps); `fallback` supplies the basis and rule of ends that record none (a project's
 * own listing). A fact the loader could tie to no sentence has no document, line or quote; GraphQL
 * shows them empty rather than made up.
 */
export function evidenceFrom(props: unknown, fallback: { basis?: Basis; rule?: Rule } = {}): Evidence {
  const stored = plain(props) as Record<string, unknown>;
  const { document, line, quote, basis, rule, alias, whyZh, whyEn, premises } = fromGraph(ProvenanceProps, {
    ...stored,
    basis: stored.basis ?? fallback.basis ?? Basis.DERIVED,
    rule: stored.rule ?? fallback.rule,
  });
  return {
    kind: document?.endsWith('.json') ? EvidenceKind.PROFILE : EvidenceKind.GAZETTE,
    document: document ?? '',
    line: line ?? 0,
    quote: quote ?? '',
    alias,
    ...NO_PROFILE_WORDS,
    basis: toBasis(basis),
    rule,
    whyZh,
    whyEn,
    premises: premisesFrom(premises),
  };
}
