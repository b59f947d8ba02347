import type { UnitKind } from '../bundle/schema';

/** A district a text names, as the district resolver finds it. */
export interface DistrictHit {
  /** The district's full name. */
  name: string;
  /** As written in the text (浮梁, 昌南新区 …). */
  form: string;
  index: number;
  /** True when the name was recognised by its administrative suffix only (not in the profile). */
  unlisted: boolean;
}

/** An enterprise or institution a text names, as the organisation finder finds it. */
export interface OrgHit {
  /** Canonical name (the profile's, when an alias matched). */
  name: string;
  kind: UnitKind;
  /** As written. */
  form: string;
  rule:
    | 'org-alias'
    | 'org-suffix'
    | 'org-name-prefix'
    | 'org-known'
    | 'org-partner'
    | 'org-responsible-cell'
    | 'org-matrix-mark'
    | 'org-responsible-line'
    | 'org-table-note'
    | 'org-unit-code'
    | 'org-footnote'
    | 'org-undertaker'
    | 'org-respectively'
    | 'org-lead-clause'
    | 'org-support-clause';
  /** Its part, where the text says it (X牵头 → lead, Y配合 → supporting); implementing otherwise. */
  role?: 'lead' | 'supporting';
  /** The line that names it when that is not the project's own sentence (a 责任单位： line after an item). */
  source?: { line: number; quote: string };
}

/** What reading project mentions asks of districts; resolve/districts.ts answers it. */
export interface DistrictLookup {
  /** The districts a text names. */
  find(text: string): readonly DistrictHit[];
  /** The district a text starts with, if any. */
  leading(text: string): DistrictHit | null;
  /** The district a text is when it is nothing but one area's name (a 建设地点 cell). */
  alone(text: string): DistrictHit | null;
  /**
   * Whether a text names a river, lake, mountain or desert by the stem of an area named after it
   * (蕻河大峡谷, 瓈丘沙漠 beside 蕻河县, 瓈丘县): a place of its own, which `find` gives no district.
   */
  namesFeature(text: string): boolean;
}

/** What reading project mentions asks of organisations; resolve/orgs.ts answers it. */
export interface OrgLookup {
  /** The organisations a project name carries. */
  find(name: string, listedInProjectList: boolean): OrgHit[];
  /** The organisations a text names by a known alias. */
  named(text: string): OrgHit[];
}
