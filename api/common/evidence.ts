import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toNumberOrNull, toStringOrNull } from '../db/values';

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

  @Field(() => String)
  rule!: string;
}

export function toBasis(value: unknown): Basis {
  return value === Basis.STATED ? Basis.STATED : Basis.DERIVED;
}

/**
 * Evidence from the provenance properties of a node or relationship (`document`, `line`, `quote`,
 * `basis`, `rule`). A fact the loader could tie to no sentence keeps empty fields rather than
 * made-up ones.
 */
export function evidenceFrom(props: Record<string, unknown>, fallback: { basis?: Basis; rule?: string } = {}): Evidence {
  return {
    document: toStringOrNull(props.document) ?? '',
    line: toNumberOrNull(props.line) ?? 0,
    quote: toStringOrNull(props.quote) ?? '',
    basis: props.basis === undefined || props.basis === null ? (fallback.basis ?? Basis.DERIVED) : toBasis(props.basis),
    rule: toStringOrNull(props.rule) ?? fallback.rule ?? '',
  };
}
