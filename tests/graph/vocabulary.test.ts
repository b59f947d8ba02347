import type { ChapterProps, ProjectProps, Tier, UnitKind, UnitProps } from '../../graph/model';
import type { NodeRow, RelationshipRow } from '../../import/load/rows';
import { ProjectRow, type Project } from '../../api/projects/project.type';
import { UnitRow, type Unit } from '../../api/projects/links.type';
import type { ProjectDetailQuery } from '../../ui/src/gql/graphql';

/*
 * A graph property has one name, graph/model.ts's, in the loader, the API and the UI: renaming it
 * there without updating a user fails the build. ts-jest compiles this file, so each check below
 * is a compile error if the layers drift apart (an unused @ts-expect-error is an error too).
 */

type Expect<T extends true> = T;
/** True when every name of A is a name of B. */
type NamesOf<A, B> = [Exclude<A, B>] extends [never] ? true : false;
/** A stored value's GraphQL enum name: `district-government` → DISTRICT_GOVERNMENT (api/common/enums.ts). */
type EnumName<V extends string> = V extends `${infer Head}-${infer Tail}`
  ? `${Uppercase<Head>}_${EnumName<Tail>}`
  : Uppercase<V>;

/** The project fields the API computes or links, rather than reads from the node's properties. */
type ProjectLinks =
  | 'id'
  | 'plan'
  | 'evidence'
  | 'facilityKind'
  | 'boxLabels'
  | 'chapterPath'
  | 'industries'
  | 'districts'
  | 'places'
  | 'units'
  | 'mentions';
type UiProject = NonNullable<ProjectDetailQuery['project']>;
type UiUnit = UiProject['units'][number]['unit'];

/** The API serves a project's and a unit's stored properties under their graph names … */
export type ApiProjectNames = Expect<NamesOf<Exclude<keyof Project, ProjectLinks>, keyof ProjectProps>>;
export type ApiUnitNames = Expect<NamesOf<Exclude<keyof Unit, 'id'>, keyof UnitProps>>;
/** … and the UI's generated types read them under the same names, with the graph's values. */
export type UiProjectNames = Expect<NamesOf<Exclude<keyof UiProject, ProjectLinks>, keyof ProjectProps>>;
export type UiUnitNames = Expect<NamesOf<Exclude<keyof UiUnit, 'id'>, keyof UnitProps>>;
export type UiTier = Expect<NamesOf<UiProject['tier'], EnumName<Tier>>>;
export type UiUnitKind = Expect<NamesOf<UiUnit['kind'], EnumName<UnitKind>>>;
export type GraphUnitKind = Expect<NamesOf<EnumName<UnitKind>, UiUnit['kind']>>;

describe('one name per graph property, from the loader to the UI', () => {
  it('refuses a misnamed property in the loader’s rows', () => {
    const chapter = (props: NodeRow<'Chapter'>['props']): ChapterProps['title'] => props.title;
    // @ts-expect-error: a chapter has a `title`, not a `name`.
    expect(chapter({ level: 'part', number: 1, name: '总体要求', document: 'doc:plan', line: 3 })).toBeUndefined();
    const responsible = (row: RelationshipRow<'RESPONSIBLE'>) => row.props.role;
    // @ts-expect-error: a responsibility has a `role`, and its values are the graph's.
    expect(responsible({ from: 'a', to: 'b', props: { role: 'owner', basis: 'stated', rule: 'task-units' } })).toBe(
      'owner',
    );
  });

  it('reads exactly the properties the API maps, by their graph names', () => {
    expect(Object.keys(ProjectRow.shape).sort()).toEqual(
      [
        'alias',
        'basis',
        'box',
        'boxes',
        'document',
        'id',
        'item',
        'kind',
        'kindEn',
        'kindZh',
        'line',
        'name',
        'plan',
        'premises',
        'quote',
        'rule',
        'tier',
        'whyEn',
        'whyZh',
      ].sort(),
    );
    expect(Object.keys(UnitRow.shape)).toEqual(['id', 'name', 'kind', 'aliases', 'duties']);
    // @ts-expect-error: a project has no `title` to pick.
    expect(() => ProjectRow.pick({ title: true })).toThrow();
  });
});
