import { EvidenceBlock } from '../common/Quote';
import type { ChainPathPartsFragment as ChainPath } from '../gql/graphql';
import { relationLabel, typeLabel, useI18n } from '../i18n/i18n';
import { buildChainTree, type TreeNode } from './chainTree';

function Branch({ tree, isPath }: { tree: TreeNode; isPath: boolean }) {
  const { t } = useI18n();
  return (
    <li className="chain-node">
      {tree.step && (
        <div className="chain-step">
          <span className="relation" title={tree.step.relation}>
            ↓ {relationLabel(t, tree.step.relation)}
          </span>
          <EvidenceBlock evidence={tree.step.evidence} marks={[tree.step.from.name, tree.step.to.name]} />
        </div>
      )}
      <div className={`chain-box type-${tree.node.type}`}>
        <span className="type-pill">{typeLabel(t, tree.node.type)}</span> <strong>{tree.node.name}</strong>
      </div>
      {tree.ends.map((path, i) => {
        if (!path.complete)
          return (
            <div key={i} className="chain-end incomplete" role="note">
              ⚠ {t('resp.incomplete', { node: path.stopsAt?.name ?? tree.node.name })}
              {path.note && <div className="note">{path.note}</div>}
            </div>
          );
        return isPath ? null : (
          <div key={i} className="chain-end complete">
            ✓ {t('resp.complete')}
          </div>
        );
      })}
      {tree.children.length > 0 && (
        <ul className="chain-children">
          {tree.children.map((child) => (
            <Branch key={child.key} tree={child} isPath={isPath} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Every chain drawn top-down as one tree, each step with its source sentence and basis. For a
 * path between two chosen nodes (`isPath`), reaching the end is no claim about the city government.
 */
export function ChainTree({ paths, isPath = false }: { paths: readonly ChainPath[]; isPath?: boolean }) {
  const roots = buildChainTree(paths);
  return (
    <ul className="chain-tree">
      {roots.map((root) => (
        <Branch key={root.key} tree={root} isPath={isPath} />
      ))}
    </ul>
  );
}
