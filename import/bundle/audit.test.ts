import path from 'node:path';
import { buildBundle } from '../pipeline';
import { auditEvidence } from './audit';
import type { Bundle } from './schema';

const GAZETTE = path.join(__dirname, '..', '..', 'data', 'jingdezhen-gazette-2026-05.txt');
/** The industries whose chains the bundled action plan's work points cover (data/action-plan-chains.json). */
const CHAIN_INDUSTRIES = new Set([
  'ceramics',
  'aviation',
  'chem-pharma',
  'new-materials',
  'bio',
  'electronics',
  'machinery',
  'building-materials',
  'auto',
]);

describe('the evidence of the whole bundled plan', () => {
  const bundle: Bundle = buildBundle(GAZETTE);

  it('names both ends of every stated link, explains every derived one, and quotes no bare addressee line or bracket', () => {
    expect(auditEvidence(bundle)).toEqual([]);
  });

  it('ties every box project of a covered chain to a 2026 work point through a derived, evidenced link', () => {
    const chainProjects = bundle.projects.filter((p) => CHAIN_INDUSTRIES.has(p.industries[0]?.code ?? ''));
    expect(chainProjects.length).toBeGreaterThanOrEqual(55);
    expect(chainProjects.length).toBeLessThanOrEqual(85);
    const viaTask = (id: string) =>
      bundle.responsibilities.filter((r) => r.subjectId === id && r.evidence.rule === 'task-chain');
    for (const project of chainProjects) {
      const links = viaTask(project.id);
      expect([project.name, links.length > 0]).toEqual([project.name, true]);
      for (const link of links) {
        expect(link.evidence.basis).toBe('derived');
        expect(bundle.tasks.some((t) => t.id === link.taskId)).toBe(true);
        // The project's own sentence, the work point's sentence naming the chain, and its 〔责任单位〕.
        expect(link.evidence.premises?.filter((p) => p.kind === 'gazette').length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('forces no project of another sector onto a work point', () => {
    const others = bundle.projects.filter((p) => !CHAIN_INDUSTRIES.has(p.industries[0]?.code ?? ''));
    expect(others.length).toBeGreaterThan(200);
    const forced = others.filter((p) =>
      bundle.responsibilities.some((r) => r.subjectId === p.id && r.evidence.rule === 'task-chain'),
    );
    expect(forced.map((p) => p.name)).toEqual([]);
  });

  it('takes a remit from the city profile only where the gazette names no lead unit', () => {
    for (const remit of bundle.responsibilities.filter((r) => r.role === 'remit')) {
      expect(remit.evidence.rule).toBe('profile-remit');
      expect(remit.evidence.premises?.some((p) => p.kind === 'profile' && p.source.length > 0)).toBe(true);
      expect(
        bundle.responsibilities.some(
          (r) => r.subjectId === remit.subjectId && r.evidence.rule === 'task-chain' && r.role === 'lead',
        ),
      ).toBe(false);
    }
  });

  it('refuses evidence that does not support its link', () => {
    const broken: Bundle = structuredClone(bundle);
    const [stated, bracketed] = broken.responsibilities.filter(
      (r) => r.evidence.basis === 'stated' && r.subjectKind === 'unit',
    );
    stated.evidence = { ...stated.evidence, quote: '（此件主动公开）', alias: undefined };
    bracketed.evidence = { ...bracketed.evidence, basis: 'derived', quote: '〔责任单位：某某局〕', alias: undefined };
    const derived = broken.responsibilities.find((r) => r.evidence.rule === 'task-chain')!;
    derived.evidence = { ...derived.evidence, why: undefined, premises: [] };
    const problems = auditEvidence(broken);
    expect(problems.some((p) => p.includes('does not name both ends'))).toBe(true);
    expect(problems.some((p) => p.includes('naming neither end'))).toBe(true);
    expect(problems.some((p) => p.includes('without a reason'))).toBe(true);
    expect(problems.some((p) => p.includes('without premises'))).toBe(true);
  });
});
