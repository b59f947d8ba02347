import type DataLoader from 'dataloader';
import { industryIndicatorsLoader, type IndustryIndicatorsLoader } from './catalog/industry-indicators';
import { documentStartLoader, documentTitleLoader } from './common/document-titles';
import type { Reader } from './db/graph';
import type { StableReads } from './db/stable-reads';
import { projectLinksLoader, type ProjectLinksLoader } from './projects/project-links';

export interface Loaders {
  documentTitle: DataLoader<string, string | null>;
  documentStart: DataLoader<string, number | null>;
  projectLinks: ProjectLinksLoader;
  industryIndicators: IndustryIndicatorsLoader;
}

/**
 * What every resolver gets: the request's reader and its loaders (fresh per request, so nothing
 * they read is kept across requests), and `stable`, the reader of the statements whose answers
 * change only with an import, kept across requests until the graph changes (db/stable-reads.ts).
 */
export interface ApiContext {
  reader: Reader;
  stable: Reader;
  loaders: Loaders;
}

export function createContext(reader: Reader, stable: StableReads): ApiContext {
  return {
    reader,
    stable: stable.readerFor(reader),
    loaders: {
      documentTitle: documentTitleLoader(reader),
      documentStart: documentStartLoader(reader),
      projectLinks: projectLinksLoader(reader),
      industryIndicators: industryIndicatorsLoader(reader),
    },
  };
}
