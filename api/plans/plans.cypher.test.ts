import { MATCH_SCOPED_PROJECTS, PLAN_SCOPE, SCOPE_PLANS } from '../projects/project-filter.cypher';
import { CROSS_PLAN_LINKS, PLANS, PLAN_DIFF, REGIONS, REGION_PATH } from './plans.cypher';
import { SAME_PROJECT_IN_SEVERAL_PLANS } from '../overlaps/overlaps.cypher';

/** The statements are constants: what the client sends reaches them only as parameters. */
describe('plan and region Cypher', () => {
  const statements = { PLANS, REGIONS, REGION_PATH, PLAN_DIFF, CROSS_PLAN_LINKS, SAME_PROJECT_IN_SEVERAL_PLANS };

  it('takes its inputs as parameters', () => {
    expect(REGIONS).toMatch(/\$parent IS NULL/);
    expect(REGION_PATH).toContain('{id: $id}');
    expect(PLAN_DIFF).toMatch(/\(from:Plan \{id: \$from\}\), \(to:Plan \{id: \$to\}\)/);
    expect(CROSS_PLAN_LINKS).toMatch(/UNWIND \$ids AS id/);
    for (const statement of Object.values(statements)) expect(statement).not.toMatch(/\$\{/);
  });

  it('scopes projects to a plan, or to the plans for a region and every region within it, through their plans', () => {
    expect(SCOPE_PLANS).toContain('($plan IS NULL OR scopePlan.id = $plan)');
    expect(SCOPE_PLANS).toContain(
      '($region IS NULL OR EXISTS { (scopePlan)-[:COVERS]->(:Region)-[:WITHIN*0..3]->(:Region {id: $region}) })',
    );
    expect(MATCH_SCOPED_PROJECTS).toContain('MATCH (p:Project {plan: scopePlanId})');
    // A project reached from elsewhere looks its own plan up by id: no list of plans per project.
    expect(PLAN_SCOPE).not.toMatch(/COLLECT/);
    expect(PLAN_SCOPE).toContain('(:Plan {id: p.plan})');
    expect(SAME_PROJECT_IN_SEVERAL_PLANS).toContain(MATCH_SCOPED_PROJECTS);
  });

  it('sorts a diff into carried over, new and dropped by the CARRIED_OVER links between the two plans', () => {
    expect(PLAN_DIFF).toContain('MATCH (a:Project {plan: from.id})-[r:CARRIED_OVER]->(b:Project {plan: to.id})');
    expect(PLAN_DIFF).toContain("RETURN 'NEW' AS status");
    expect(PLAN_DIFF).toContain("RETURN 'DROPPED' AS status");
    expect(PLAN_DIFF.match(/UNION ALL/g)).toHaveLength(2);
  });

  it('starts a group of the same project in several plans at its earliest plan', () => {
    expect(SAME_PROJECT_IN_SEVERAL_PLANS).toContain('NOT EXISTS { (:Project)-[:SAME_PROJECT|CARRIED_OVER]->(p) }');
  });
});
