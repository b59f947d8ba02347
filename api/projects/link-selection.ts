import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { LINK_PARTS, type LinkPart } from './project-links';

/** The fields a selection set asks for, through inline fragments and fragment spreads. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    return fieldsOf(fragments[selection.name.value]?.selectionSet, fragments);
  });
}

/**
 * Which parts of a project's links the `nodes` of a connection field ask for (`industries`,
 * `districts` …), read from the query before it is resolved, so that the page's statement can
 * read them too. A part under `@skip`/`@include` counts as asked: it is then read and not shown.
 */
export function linkPartsSelected(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Record<LinkPart, boolean> {
  const want = Object.fromEntries(LINK_PARTS.map((part) => [part, false])) as Record<LinkPart, boolean>;
  for (const connection of info.fieldNodes) {
    for (const nodes of fieldsOf(connection.selectionSet, info.fragments)) {
      if (nodes.name.value !== 'nodes') continue;
      for (const field of fieldsOf(nodes.selectionSet, info.fragments)) {
        const name = field.name.value;
        if ((LINK_PARTS as string[]).includes(name)) want[name as LinkPart] = true;
      }
    }
  }
  return want;
}
