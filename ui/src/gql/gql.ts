/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EvidenceParts on Evidence {\n    kind\n    document\n    documentTitle\n    documentLine\n    line\n    quote\n    alias\n    basis\n    rule\n    ruleZh: ruleName(lang: ZH)\n    ruleEn: ruleName(lang: EN)\n    whyZh: why(lang: ZH)\n    whyEn: why(lang: EN)\n    premises {\n      kind\n      document\n      documentTitle\n      documentLine\n      line\n      quote\n      sourceZh: source(lang: ZH)\n      sourceEn: source(lang: EN)\n      saysZh: says(lang: ZH)\n      saysEn: says(lang: EN)\n    }\n  }\n": typeof types.EvidencePartsFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      type\n      name\n      score\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Facets {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts {\n      name\n      kind\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    chapters {\n      id\n      level\n      number\n      title\n      parentId\n      projectCount\n    }\n    units {\n      id\n      name\n      kind\n      aliases\n    }\n  }\n": typeof types.FacetsDocument,
    "\n  fragment GraphSliceParts on GraphSlice {\n    nodes {\n      id\n      label\n      type\n      data\n    }\n    edges {\n      id\n      source\n      target\n      type\n      basis\n      role\n    }\n    truncated\n    limit\n  }\n": typeof types.GraphSlicePartsFragmentDoc,
    "\n  query Overview($filter: ProjectFilter, $limit: Int) {\n    overview(filter: $filter, limit: $limit) {\n      ...GraphSliceParts\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...GraphSliceParts\n      edges {\n        id\n        evidence {\n          ...EvidenceParts\n        }\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query OverlapGroupMembers($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      kind\n      key\n      projects {\n        id\n      }\n    }\n  }\n": typeof types.OverlapGroupMembersDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      tier\n      box\n      boxes\n      item\n      kind\n      chapterPath {\n        id\n        level\n        number\n        title\n      }\n      industries {\n        code\n        zh\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      districts {\n        name\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      places {\n        place {\n          id\n          name\n          district\n          projectCount\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      units {\n        role\n        unit {\n          id\n          name\n          kind\n          aliases\n          duties\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      mentions {\n        box\n        item\n        line\n        quote\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n    industries {\n      code\n      en\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  query PanelProjects($filter: ProjectFilter, $first: Int) {\n    projects(filter: $filter, first: $first, sort: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        boxes\n        industries {\n          code\n          zh\n        }\n      }\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n": typeof types.PanelProjectsDocument,
    "\n  query Link($id: ID!) {\n    link(id: $id) {\n      id\n      type\n      role\n      basis\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n": typeof types.LinkDocument,
    "\n  query Summary($plan: ID, $region: ID) {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts(plan: $plan, region: $region) {\n      name\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    districtIndustryMatrix(plan: $plan, region: $region) {\n      district\n      industry\n      count\n    }\n    regionSummary(plan: $plan, region: $region) {\n      regions {\n        id\n        name\n        projectCount\n      }\n      cells {\n        region\n        industry\n        count\n      }\n    }\n  }\n": typeof types.SummaryDocument,
    "\n  query DistrictIndustryMatrix {\n    districtIndustryMatrix {\n      district\n      industry\n      count\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n": typeof types.DistrictIndustryMatrixDocument,
    "\n  query Overlaps($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      ...OverlapGroupParts\n    }\n  }\n": typeof types.OverlapsDocument,
    "\n  fragment OverlapGroupParts on OverlapGroup {\n    kind\n    key\n    districts\n    projects {\n      id\n      name\n      boxes\n      districts {\n        name\n      }\n    }\n  }\n": typeof types.OverlapGroupPartsFragmentDoc,
    "\n  query IndustriesWithIndicators {\n    industries {\n      code\n      zh\n      en\n      projectCount\n      indicators {\n        id\n        number\n        part\n        category\n        name\n        unit\n        value2025\n        value2030\n        target\n        attribute\n      }\n    }\n  }\n": typeof types.IndustriesWithIndicatorsDocument,
    "\n  query Districts {\n    districts {\n      name\n      kind\n      projectCount\n    }\n  }\n": typeof types.DistrictsDocument,
    "\n  query Projects($filter: ProjectFilter, $first: Int, $after: String, $sort: SortField) {\n    projects(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      nodes {\n        ...ProjectRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    name\n    tier\n    box\n    boxes\n    industries {\n      code\n      zh\n    }\n    districts {\n      name\n    }\n    units {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectRowFragmentDoc,
    "\n  fragment ChainPathParts on ChainPath {\n    complete\n    status\n    derivedSteps\n    noteZh: note(lang: ZH)\n    noteEn: note(lang: EN)\n    stopsAt {\n      id\n      type\n      name\n    }\n    steps {\n      relation\n      relationZh: relationName(lang: ZH)\n      relationEn: relationName(lang: EN)\n      basis\n      from {\n        id\n        type\n        name\n      }\n      to {\n        id\n        type\n        name\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n": typeof types.ChainPathPartsFragmentDoc,
    "\n  query ResponsibilityChain($projectId: ID!) {\n    responsibilityChain(projectId: $projectId) {\n      ...ChainPathParts\n    }\n  }\n": typeof types.ResponsibilityChainDocument,
    "\n  query Path($from: ID!, $to: ID!, $maxLength: Int) {\n    path(from: $from, to: $to, maxLength: $maxLength) {\n      ...ChainPathParts\n    }\n  }\n": typeof types.PathDocument,
    "\n  query ProjectName($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      boxes\n    }\n  }\n": typeof types.ProjectNameDocument,
};
const documents: Documents = {
    "\n  fragment EvidenceParts on Evidence {\n    kind\n    document\n    documentTitle\n    documentLine\n    line\n    quote\n    alias\n    basis\n    rule\n    ruleZh: ruleName(lang: ZH)\n    ruleEn: ruleName(lang: EN)\n    whyZh: why(lang: ZH)\n    whyEn: why(lang: EN)\n    premises {\n      kind\n      document\n      documentTitle\n      documentLine\n      line\n      quote\n      sourceZh: source(lang: ZH)\n      sourceEn: source(lang: EN)\n      saysZh: says(lang: ZH)\n      saysEn: says(lang: EN)\n    }\n  }\n": types.EvidencePartsFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      type\n      name\n      score\n    }\n  }\n": types.SearchDocument,
    "\n  query Facets {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts {\n      name\n      kind\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    chapters {\n      id\n      level\n      number\n      title\n      parentId\n      projectCount\n    }\n    units {\n      id\n      name\n      kind\n      aliases\n    }\n  }\n": types.FacetsDocument,
    "\n  fragment GraphSliceParts on GraphSlice {\n    nodes {\n      id\n      label\n      type\n      data\n    }\n    edges {\n      id\n      source\n      target\n      type\n      basis\n      role\n    }\n    truncated\n    limit\n  }\n": types.GraphSlicePartsFragmentDoc,
    "\n  query Overview($filter: ProjectFilter, $limit: Int) {\n    overview(filter: $filter, limit: $limit) {\n      ...GraphSliceParts\n    }\n  }\n": types.OverviewDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...GraphSliceParts\n      edges {\n        id\n        evidence {\n          ...EvidenceParts\n        }\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query OverlapGroupMembers($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      kind\n      key\n      projects {\n        id\n      }\n    }\n  }\n": types.OverlapGroupMembersDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      tier\n      box\n      boxes\n      item\n      kind\n      chapterPath {\n        id\n        level\n        number\n        title\n      }\n      industries {\n        code\n        zh\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      districts {\n        name\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      places {\n        place {\n          id\n          name\n          district\n          projectCount\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      units {\n        role\n        unit {\n          id\n          name\n          kind\n          aliases\n          duties\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      mentions {\n        box\n        item\n        line\n        quote\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n    industries {\n      code\n      en\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  query PanelProjects($filter: ProjectFilter, $first: Int) {\n    projects(filter: $filter, first: $first, sort: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        boxes\n        industries {\n          code\n          zh\n        }\n      }\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n": types.PanelProjectsDocument,
    "\n  query Link($id: ID!) {\n    link(id: $id) {\n      id\n      type\n      role\n      basis\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n": types.LinkDocument,
    "\n  query Summary($plan: ID, $region: ID) {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts(plan: $plan, region: $region) {\n      name\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    districtIndustryMatrix(plan: $plan, region: $region) {\n      district\n      industry\n      count\n    }\n    regionSummary(plan: $plan, region: $region) {\n      regions {\n        id\n        name\n        projectCount\n      }\n      cells {\n        region\n        industry\n        count\n      }\n    }\n  }\n": types.SummaryDocument,
    "\n  query DistrictIndustryMatrix {\n    districtIndustryMatrix {\n      district\n      industry\n      count\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n": types.DistrictIndustryMatrixDocument,
    "\n  query Overlaps($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      ...OverlapGroupParts\n    }\n  }\n": types.OverlapsDocument,
    "\n  fragment OverlapGroupParts on OverlapGroup {\n    kind\n    key\n    districts\n    projects {\n      id\n      name\n      boxes\n      districts {\n        name\n      }\n    }\n  }\n": types.OverlapGroupPartsFragmentDoc,
    "\n  query IndustriesWithIndicators {\n    industries {\n      code\n      zh\n      en\n      projectCount\n      indicators {\n        id\n        number\n        part\n        category\n        name\n        unit\n        value2025\n        value2030\n        target\n        attribute\n      }\n    }\n  }\n": types.IndustriesWithIndicatorsDocument,
    "\n  query Districts {\n    districts {\n      name\n      kind\n      projectCount\n    }\n  }\n": types.DistrictsDocument,
    "\n  query Projects($filter: ProjectFilter, $first: Int, $after: String, $sort: SortField) {\n    projects(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      nodes {\n        ...ProjectRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    name\n    tier\n    box\n    boxes\n    industries {\n      code\n      zh\n    }\n    districts {\n      name\n    }\n    units {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectRowFragmentDoc,
    "\n  fragment ChainPathParts on ChainPath {\n    complete\n    status\n    derivedSteps\n    noteZh: note(lang: ZH)\n    noteEn: note(lang: EN)\n    stopsAt {\n      id\n      type\n      name\n    }\n    steps {\n      relation\n      relationZh: relationName(lang: ZH)\n      relationEn: relationName(lang: EN)\n      basis\n      from {\n        id\n        type\n        name\n      }\n      to {\n        id\n        type\n        name\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n": types.ChainPathPartsFragmentDoc,
    "\n  query ResponsibilityChain($projectId: ID!) {\n    responsibilityChain(projectId: $projectId) {\n      ...ChainPathParts\n    }\n  }\n": types.ResponsibilityChainDocument,
    "\n  query Path($from: ID!, $to: ID!, $maxLength: Int) {\n    path(from: $from, to: $to, maxLength: $maxLength) {\n      ...ChainPathParts\n    }\n  }\n": types.PathDocument,
    "\n  query ProjectName($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      boxes\n    }\n  }\n": types.ProjectNameDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceParts on Evidence {\n    kind\n    document\n    documentTitle\n    documentLine\n    line\n    quote\n    alias\n    basis\n    rule\n    ruleZh: ruleName(lang: ZH)\n    ruleEn: ruleName(lang: EN)\n    whyZh: why(lang: ZH)\n    whyEn: why(lang: EN)\n    premises {\n      kind\n      document\n      documentTitle\n      documentLine\n      line\n      quote\n      sourceZh: source(lang: ZH)\n      sourceEn: source(lang: EN)\n      saysZh: says(lang: ZH)\n      saysEn: says(lang: EN)\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceParts on Evidence {\n    kind\n    document\n    documentTitle\n    documentLine\n    line\n    quote\n    alias\n    basis\n    rule\n    ruleZh: ruleName(lang: ZH)\n    ruleEn: ruleName(lang: EN)\n    whyZh: why(lang: ZH)\n    whyEn: why(lang: EN)\n    premises {\n      kind\n      document\n      documentTitle\n      documentLine\n      line\n      quote\n      sourceZh: source(lang: ZH)\n      sourceEn: source(lang: EN)\n      saysZh: says(lang: ZH)\n      saysEn: says(lang: EN)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      type\n      name\n      score\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      type\n      name\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Facets {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts {\n      name\n      kind\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    chapters {\n      id\n      level\n      number\n      title\n      parentId\n      projectCount\n    }\n    units {\n      id\n      name\n      kind\n      aliases\n    }\n  }\n"): (typeof documents)["\n  query Facets {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts {\n      name\n      kind\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    chapters {\n      id\n      level\n      number\n      title\n      parentId\n      projectCount\n    }\n    units {\n      id\n      name\n      kind\n      aliases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphSliceParts on GraphSlice {\n    nodes {\n      id\n      label\n      type\n      data\n    }\n    edges {\n      id\n      source\n      target\n      type\n      basis\n      role\n    }\n    truncated\n    limit\n  }\n"): (typeof documents)["\n  fragment GraphSliceParts on GraphSlice {\n    nodes {\n      id\n      label\n      type\n      data\n    }\n    edges {\n      id\n      source\n      target\n      type\n      basis\n      role\n    }\n    truncated\n    limit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($filter: ProjectFilter, $limit: Int) {\n    overview(filter: $filter, limit: $limit) {\n      ...GraphSliceParts\n    }\n  }\n"): (typeof documents)["\n  query Overview($filter: ProjectFilter, $limit: Int) {\n    overview(filter: $filter, limit: $limit) {\n      ...GraphSliceParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...GraphSliceParts\n      edges {\n        id\n        evidence {\n          ...EvidenceParts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...GraphSliceParts\n      edges {\n        id\n        evidence {\n          ...EvidenceParts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapGroupMembers($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      kind\n      key\n      projects {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverlapGroupMembers($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      kind\n      key\n      projects {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      tier\n      box\n      boxes\n      item\n      kind\n      chapterPath {\n        id\n        level\n        number\n        title\n      }\n      industries {\n        code\n        zh\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      districts {\n        name\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      places {\n        place {\n          id\n          name\n          district\n          projectCount\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      units {\n        role\n        unit {\n          id\n          name\n          kind\n          aliases\n          duties\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      mentions {\n        box\n        item\n        line\n        quote\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n    industries {\n      code\n      en\n    }\n  }\n"): (typeof documents)["\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      tier\n      box\n      boxes\n      item\n      kind\n      chapterPath {\n        id\n        level\n        number\n        title\n      }\n      industries {\n        code\n        zh\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      districts {\n        name\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      places {\n        place {\n          id\n          name\n          district\n          projectCount\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      units {\n        role\n        unit {\n          id\n          name\n          kind\n          aliases\n          duties\n        }\n        evidence {\n          ...EvidenceParts\n        }\n      }\n      mentions {\n        box\n        item\n        line\n        quote\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n    industries {\n      code\n      en\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelProjects($filter: ProjectFilter, $first: Int) {\n    projects(filter: $filter, first: $first, sort: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        boxes\n        industries {\n          code\n          zh\n        }\n      }\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n"): (typeof documents)["\n  query PanelProjects($filter: ProjectFilter, $first: Int) {\n    projects(filter: $filter, first: $first, sort: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        boxes\n        industries {\n          code\n          zh\n        }\n      }\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Link($id: ID!) {\n    link(id: $id) {\n      id\n      type\n      role\n      basis\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query Link($id: ID!) {\n    link(id: $id) {\n      id\n      type\n      role\n      basis\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Summary($plan: ID, $region: ID) {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts(plan: $plan, region: $region) {\n      name\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    districtIndustryMatrix(plan: $plan, region: $region) {\n      district\n      industry\n      count\n    }\n    regionSummary(plan: $plan, region: $region) {\n      regions {\n        id\n        name\n        projectCount\n      }\n      cells {\n        region\n        industry\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Summary($plan: ID, $region: ID) {\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n    districts(plan: $plan, region: $region) {\n      name\n      projectCount\n    }\n    boxes {\n      number\n      title\n      projectCount\n    }\n    districtIndustryMatrix(plan: $plan, region: $region) {\n      district\n      industry\n      count\n    }\n    regionSummary(plan: $plan, region: $region) {\n      regions {\n        id\n        name\n        projectCount\n      }\n      cells {\n        region\n        industry\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictIndustryMatrix {\n    districtIndustryMatrix {\n      district\n      industry\n      count\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n"): (typeof documents)["\n  query DistrictIndustryMatrix {\n    districtIndustryMatrix {\n      district\n      industry\n      count\n    }\n    industries {\n      code\n      zh\n      en\n      projectCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overlaps($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      ...OverlapGroupParts\n    }\n  }\n"): (typeof documents)["\n  query Overlaps($kind: OverlapKind!) {\n    overlaps(kind: $kind) {\n      ...OverlapGroupParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverlapGroupParts on OverlapGroup {\n    kind\n    key\n    districts\n    projects {\n      id\n      name\n      boxes\n      districts {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OverlapGroupParts on OverlapGroup {\n    kind\n    key\n    districts\n    projects {\n      id\n      name\n      boxes\n      districts {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndustriesWithIndicators {\n    industries {\n      code\n      zh\n      en\n      projectCount\n      indicators {\n        id\n        number\n        part\n        category\n        name\n        unit\n        value2025\n        value2030\n        target\n        attribute\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndustriesWithIndicators {\n    industries {\n      code\n      zh\n      en\n      projectCount\n      indicators {\n        id\n        number\n        part\n        category\n        name\n        unit\n        value2025\n        value2030\n        target\n        attribute\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts {\n    districts {\n      name\n      kind\n      projectCount\n    }\n  }\n"): (typeof documents)["\n  query Districts {\n    districts {\n      name\n      kind\n      projectCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($filter: ProjectFilter, $first: Int, $after: String, $sort: SortField) {\n    projects(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      nodes {\n        ...ProjectRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects($filter: ProjectFilter, $first: Int, $after: String, $sort: SortField) {\n    projects(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      nodes {\n        ...ProjectRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRow on Project {\n    id\n    name\n    tier\n    box\n    boxes\n    industries {\n      code\n      zh\n    }\n    districts {\n      name\n    }\n    units {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectRow on Project {\n    id\n    name\n    tier\n    box\n    boxes\n    industries {\n      code\n      zh\n    }\n    districts {\n      name\n    }\n    units {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainPathParts on ChainPath {\n    complete\n    status\n    derivedSteps\n    noteZh: note(lang: ZH)\n    noteEn: note(lang: EN)\n    stopsAt {\n      id\n      type\n      name\n    }\n    steps {\n      relation\n      relationZh: relationName(lang: ZH)\n      relationEn: relationName(lang: EN)\n      basis\n      from {\n        id\n        type\n        name\n      }\n      to {\n        id\n        type\n        name\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChainPathParts on ChainPath {\n    complete\n    status\n    derivedSteps\n    noteZh: note(lang: ZH)\n    noteEn: note(lang: EN)\n    stopsAt {\n      id\n      type\n      name\n    }\n    steps {\n      relation\n      relationZh: relationName(lang: ZH)\n      relationEn: relationName(lang: EN)\n      basis\n      from {\n        id\n        type\n        name\n      }\n      to {\n        id\n        type\n        name\n      }\n      evidence {\n        ...EvidenceParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibilityChain($projectId: ID!) {\n    responsibilityChain(projectId: $projectId) {\n      ...ChainPathParts\n    }\n  }\n"): (typeof documents)["\n  query ResponsibilityChain($projectId: ID!) {\n    responsibilityChain(projectId: $projectId) {\n      ...ChainPathParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: ID!, $to: ID!, $maxLength: Int) {\n    path(from: $from, to: $to, maxLength: $maxLength) {\n      ...ChainPathParts\n    }\n  }\n"): (typeof documents)["\n  query Path($from: ID!, $to: ID!, $maxLength: Int) {\n    path(from: $from, to: $to, maxLength: $maxLength) {\n      ...ChainPathParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectName($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      boxes\n    }\n  }\n"): (typeof documents)["\n  query ProjectName($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      boxes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;