import type { OverlapKind } from '../gql/graphql';

/** Every overlap kind of the schema, in the order the tabs show them (a missing kind fails to compile). */
const KINDS: Record<OverlapKind, true> = {
  SAME_KIND_ACROSS_DISTRICTS: true,
  SAME_PROJECT_IN_SEVERAL_BOXES: true,
  SHARED_PLACE: true,
  SAME_PROJECT_IN_SEVERAL_PLANS: true,
};

export const OVERLAP_KINDS = Object.keys(KINDS) as OverlapKind[];

export function isOverlapKind(value: string | undefined): value is OverlapKind {
  return value !== undefined && value in KINDS;
}
