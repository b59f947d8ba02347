import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { buildBundle } from '../../import/pipeline';
import { loadBundle } from '../../import/load';
import { planScope, scopeBundle } from '../../import/load/scope';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { type ApiServer, startApi } from './api-server';

/** The fields of a responsibility path's step these tests read. */
interface ChainStep {
  relation: string;
  from: { name: string };
  to: { name: string };
  evidence: { rule: string };
}

jest.setTimeout(120_000);

/** The bundled plan itself, loaded whole: the evidence an auditor reads through the API. */
const bundle = buildBundle(path.join(__dirname, '..', '..', 'data', 'jingdezhen-gazette-2026-05.txt'));
let driver: Driver;
let api: ApiServer;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadBundle(driver, bundle, { database: testDatabase() });
  api = await startApi({ driver, database: testDatabase() });
});

afterAll(async () => {
  await api?.close();
  // The next test file starts from an empty graph.
  if (driver) await resetGraph(driver);
  await driver?.close();
});

const EVIDENCE = `evidence { kind document documentTitle documentLine line quote alias basis rule
  ruleZh: ruleName(lang: ZH) ruleEn: ruleName(lang: EN) whyZh: why whyEn: why(lang: EN)
  premises { kind document documentTitle documentLine line quote source } }`;
const CHAIN = `query($id: ID!) { responsibilityChain(projectId: $id) {
  status derivedSteps complete noteZh: note noteEn: note(lang: EN) stopsAt { id name }
  steps { from { id name } to { id name } relation relationZh: relationName relationEn: relationName(lang: EN) basis ${EVIDENCE} }
} }`;
/** The bundle with ids as the graph holds them (scoped to the plan). */
const graph = scopeBundle(bundle, planScope(bundle));
const projectId = (name: string) => graph.projects.find((p) => p.name === name)!.id;

describe('evidence through the API', () => {
  it('ties a chain project to its 2026 work point, saying why in both languages and citing each premise', async () => {
    const viaTask = graph.responsibilities.find((r) => r.evidence.rule === 'task-chain' && r.role === 'lead')!;
    const { data, errors } = await api.gql(CHAIN, { id: viaTask.subjectId });
    expect(errors).toBeUndefined();
    const derived = data.responsibilityChain.find(
      (p: { status: string; steps: ChainStep[] }) =>
        p.status === 'REACHES_TOP_DERIVED' && p.steps[0].evidence.rule === 'TASK_CHAIN',
    );
    expect(derived).toBeDefined();
    expect(derived.complete).toBe(true);
    expect(derived.derivedSteps).toContain(0);
    const [first] = derived.steps;
    expect(first.relationZh).toBe('由其负责');
    expect(first.relationEn).toBe('answered for by');
    expect(first.evidence.whyZh).toMatch(/^依据：该项目属于“.+”产业，2026年工作要点第\d+项/);
    expect(first.evidence.whyEn).toMatch(/work point \d+/);
    expect(first.evidence.ruleZh).not.toMatch(/[A-Za-z]/);
    expect(first.evidence.premises.length).toBeGreaterThanOrEqual(3);
    for (const premise of first.evidence.premises) {
      expect(premise).toMatchObject({ kind: 'GAZETTE', quote: expect.any(String) });
      expect(premise.documentLine).toBeGreaterThan(0);
      expect(premise.documentLine).toBeLessThanOrEqual(premise.line);
      expect(premise.documentTitle).toBeTruthy();
    }
    // Up to the city government: the unit's own mention, with the notice's issuer and addressees as premises.
    const top = derived.steps[derived.steps.length - 1];
    expect(top.relationZh).toBe('对其负责');
    expect(top.evidence.rule).toBe('NOTICE_ADDRESSEE');
    expect(top.evidence.quote).not.toMatch(/[：:]$/);
    expect(top.evidence.premises.some((p: { quote: string }) => /[：:]$/.test(p.quote))).toBe(true);
  });

  it('calls a firm found only inside a project name derived, and says in both languages where its line stops', async () => {
    const { data } = await api.gql(CHAIN, { id: projectId('富祥药业产品工艺装备提升') });
    const stopped = data.responsibilityChain.find((p: { status: string }) => p.status === 'STOPS');
    expect(stopped.stopsAt.name).toBe('富祥药业');
    expect(stopped.steps[0].evidence).toMatchObject({ basis: 'DERIVED', rule: 'ORG_IN_PROJECT_NAME' });
    expect(stopped.noteZh).toMatch(/^富祥药业是企业/);
    expect(stopped.noteEn).toMatch(/enterprise/);
  });

  it('shows a profile remit as coming from the city profile, with the source the profile gives', async () => {
    const remit = graph.responsibilities.find((r) => r.role === 'remit')!;
    const { data } = await api.gql(CHAIN, { id: remit.subjectId });
    const step = data.responsibilityChain
      .flatMap((p: { steps: ChainStep[] }) => p.steps)
      .find((s: { evidence: { rule: string } }) => s.evidence.rule === 'PROFILE_REMIT');
    expect(step.evidence.premises).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'PROFILE',
          document: 'data/city/jingdezhen.json',
          source: expect.stringMatching(/.+/),
        }),
      ]),
    );
    expect(step.evidence.whyZh).toContain('城市资料');
  });
});
