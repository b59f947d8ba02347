import type DataLoader from 'dataloader';
import { industryIndicatorsLoader, type IndustryIndicatorsLoader } from './catalog/industry-indicators';
import { documentStartLoader, documentTitleLoader } from './common/document-titles';
import type { Reader } from './db/graph';
import { projectLinksLoader, type ProjectLinksLoader } from './projects/project-links';

export interface Loaders {
  documentTitle: DataLoader<string, string | null>;
  documentStart: DataLoader<string, number | null>;
  projectLinks: ProjectLinksLoader;
  industryIndicators: IndustryIndicatorsLoader;
}

/** What every resolver gets: the request's reader and its loaders (fresh per request, so nothing is cached across requests). */
export interface ApiContext {
  reader: Reader;
  loaders: Loaders;
}

export function createContext(reader: Reader): ApiContext {
  return {
    reader,
    loaders: {
      documentTitle: documentTitleLoader(reader),
      documentStart: documentStartLoader(reader),
      projectLinks: projectLinksLoader(reader),
      industryIndicators: industryIndicatorsLoader(reader),
    },
  };
}
