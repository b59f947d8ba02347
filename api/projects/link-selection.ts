import type { FieldNode } from 'graphql';
import { fieldsOf, type Selection } from '../common/selection';
import { LINK_PARTS, type LinkPart, type LinkWant } from './project-links';

const selectsEvidence = (field: FieldNode, fragments: Selection['fragments']) =>
  fieldsOf(field.selectionSet, fragments).some((f) => f.name.value === 'evidence');

/**
 * Which parts of a project's links the `nodes` of a connection field ask for (`industries`,
 * `districts` …), and whether any of them shows its `evidence`, read from the query before it is
 * resolved, so that the page's statement can read them too. A part under `@skip`/`@include` counts
 * as asked: it is then read and not shown.
 */
export function linkPartsSelected(info: Selection): LinkWant {
  const want = Object.fromEntries([...LINK_PARTS, 'evidence'].map((key) => [key, false])) as LinkWant;
  for (const connection of info.fieldNodes) {
    for (const nodes of fieldsOf(connection.selectionSet, info.fragments)) {
      if (nodes.name.value !== 'nodes') continue;
      for (const field of fieldsOf(nodes.selectionSet, info.fragments)) {
        const name = field.name.value;
        if (!(LINK_PARTS as string[]).includes(name)) continue;
        want[name as LinkPart] = true;
        if (selectsEvidence(field, info.fragments)) want.evidence = true;
      }
    }
  }
  return want;
}

/** Whether the field being resolved (a list of links) selects `evidence` on its items. */
export function evidenceSelected(info: Selection): boolean {
  return info.fieldNodes.some((field) => selectsEvidence(field, info.fragments));
}
