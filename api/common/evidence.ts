import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProvenanceProps, type Rule } from '../../graph/model';
import { RuleEnum } from './enums';
import { fromGraph } from '../db/values';

/** How a fact was found: written in the source, or worked out by a rule. Values are the graph's own. */
export enum Basis {
  STATED = 'stated',
  DERIVED = 'derived',
}
registerEnumType(Basis, { name: 'Basis' });

@ObjectType({ description: 'Where a fact comes from.' })
export class Evidence {
  @Field(() => String)
  document!: string;

  /** Resolved from the Document node by a per-request loader. */
  @Field(() => String, { nullable: true })
  documentTitle?: string | null;

  @Field(() => Int)
  line!: number;

  @Field(() => String)
  quote!: string;

  @Field(() => Basis)
  basis!: Basis;

  @Field(() => RuleEnum)
  rule!: Rule;
}

export function toBasis(value: unknown): Basis {
  return value === Basis.STATED ? Basis.STATED : Basis.DERIVED;
}

/**
 * Evidence from the provenance properties of a node or relationship (graph/model.ts
 * ProvenanceProps). A fact the loader could tie to no sentence has no document, line or quote;
 * GraphQL shows them empty rather than made up.
 */
export function evidenceFrom(props: unknown): Evidence {
  const { document, line, quote, basis, rule } = fromGraph(ProvenanceProps, props);
  return { document: document ?? '', line: line ?? 0, quote: quote ?? '', basis: toBasis(basis), rule };
}
