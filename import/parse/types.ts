import type { CityProfile } from '../city/profile';
import type { PlanArea } from './areas';
import type {
  Box,
  Chapter,
  Document,
  Indicator,
  PlanIdentity,
  Responsibility,
  Task,
  Unit,
  Warning,
} from '../bundle/schema';
import type { SourceLine } from '../text/normalise';
import type { SupervisionStatement } from './supervision';
import type { ShortName } from './units';

export type { SourceLine } from '../text/normalise';

export interface ParsedBoxItem {
  /** 0 for text before any numbered item. */
  number: number;
  title: string;
  line: number;
  /** The item's paragraphs, broken lines and page breaks already joined. */
  paragraphs: SourceLine[];
}

export interface ParsedBox {
  number: number;
  title: string;
  line: number;
  document: string;
  /** Innermost chapter or section the box stands in (Chapter.id). */
  chapterId: string | null;
  items: ParsedBoxItem[];
}

/** The structure of the gazette, before projects are extracted from the boxes. */
export interface ParsedPlan {
  file: string;
  lines: number;
  /** Which plan it is: title, area, level, edition, issuer, gazette. */
  identity: PlanIdentity;
  /** The city profile that applies to this plan: its own city's, or the empty profile. */
  profile: CityProfile;
  /** The administrative areas of the plan's own territory its text names. */
  areas: PlanArea[];
  documents: Document[];
  chapters: Chapter[];
  /** Boxes 2… (专栏 1 is read into `indicators`). */
  boxes: ParsedBox[];
  indicators: Indicator[];
  /** 1269 work points; `projectIds` is filled in later by extraction. */
  tasks: Task[];
  /** Units stated by the parsed documents: 责任单位 of tasks, the emergency plan's command structure. */
  units: Unit[];
  /** Task → unit and unit → supervisor links stated by the parsed documents. */
  responsibilities: Responsibility[];
  /** Title lines of the notices that publish the documents (…关于印发《X》的通知), naming who issues them. */
  notices: SourceLine[];
  /** The lines naming who issues each published document (景德镇市人民政府, or the notice line itself). */
  issuers: SourceLine[];
  /** Addressee lines of the documents (各县（市、区）人民政府，市政府各部门，市直有关单位：). */
  addressees: SourceLine[];
  /** Sentences stating who a unit answers to (…在市人民政府领导下, …对市人民政府负责). */
  supervision: SupervisionStatement[];
  /** Short names the plan gives organisations it names in full (以下简称…). */
  shortNames: ShortName[];
  /** Mountains, rivers and lakes the plan's prose names by what it says of them (霰山北麓, 镩河发源于…). */
  features: string[];
  /** Firms the plan's prose names in full, legal form included (蔎香茶业有限公司). */
  firms: string[];
  /** Layout noise repaired or skipped while parsing. */
  warnings: Warning[];
}

export function toBundleBox(box: ParsedBox): Box {
  return {
    number: box.number,
    title: box.title,
    chapterId: box.chapterId,
    document: box.document,
    line: box.line,
    items: box.items.map(({ number, title, line }) => ({ number, title, line })),
  };
}
