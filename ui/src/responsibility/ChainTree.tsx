import { EvidenceBlock } from '../common/Quote';
import type { ChainPathPartsFragment as ChainPath } from '../gql/graphql';
import { relationLabel, typeLabel, useI18n } from '../i18n/i18n';
import { buildChainTree, type TreeNode } from './chainTree';

/** The derived steps of a path by number and ends: `第2步（富祥药业 → 市工业和信息化局）`. */
function derivedWhich(path: ChainPath, lang: string): string {
  return (path.derivedSteps ?? [])
    .map((i) => {
      const step = path.steps[i];
      const ends = step ? `${step.from.name} → ${step.to.name}` : '';
      return lang === 'en' ? `step ${i + 1} (${ends})` : `第${i + 1}步（${ends}）`;
    })
    .join(lang === 'en' ? ', ' : '、');
}

/** How far a path gets, in words: all stated, up through which derived steps, or where it stops and why. */
function PathEnd({ path, node }: { path: ChainPath; node: string }) {
  const { t, lang } = useI18n();
  const status = path.status ?? (path.complete ? 'ALL_STATED' : 'STOPS');
  if (status === 'STOPS') {
    const note = lang === 'en' ? path.noteEn : path.noteZh;
    return (
      <div className="chain-end incomplete status-stops" role="note">
        ⚠ {t('resp.status.STOPS', { node: path.stopsAt?.name ?? node })}
        {note && <div className="note">{note}</div>}
      </div>
    );
  }
  const derived = path.derivedSteps ?? [];
  return (
    <div className={`chain-end complete status-${status === 'ALL_STATED' ? 'stated' : 'derived'}`}>
      ✓{' '}
      {status === 'ALL_STATED'
        ? t('resp.status.ALL_STATED')
        : t('resp.status.REACHES_TOP_DERIVED', { count: derived.length, which: derivedWhich(path, lang) })}
    </div>
  );
}

function Branch({ tree, isPath }: { tree: TreeNode; isPath: boolean }) {
  const { t, lang } = useI18n();
  const words = tree.step && (lang === 'en' ? tree.step.relationEn : tree.step.relationZh);
  return (
    <li className="chain-node">
      {tree.step && (
        <div className="chain-step">
          <span className="relation">↓ {words ?? relationLabel(t, tree.step.relation)}</span>
          <EvidenceBlock evidence={tree.step.evidence} marks={[tree.step.from.name, tree.step.to.name]} />
        </div>
      )}
      <div className={`chain-box type-${tree.node.type}`}>
        <span className="type-pill">{typeLabel(t, tree.node.type)}</span> <strong>{tree.node.name}</strong>
      </div>
      {tree.ends.map((path, i) =>
        isPath && path.complete ? null : <PathEnd key={i} path={path} node={tree.node.name} />,
      )}
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
