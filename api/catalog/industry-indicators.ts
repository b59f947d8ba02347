import DataLoader from 'dataloader';
import type { Reader } from '../db/graph';
import { fromGraph } from '../db/values';
import { INDUSTRY_INDICATORS } from './catalog.cypher';
import { type CatalogScope, type Indicator, IndicatorRow } from './catalog.type';

/** One industry's indicators within a scope: what the `indicators` field asks the loader for. */
export interface IndicatorKey {
  code: string;
  scope: CatalogScope;
}

export type IndustryIndicatorsLoader = DataLoader<IndicatorKey, Indicator[], string>;

const scopeKey = (scope: CatalogScope) => `${scope.plan ?? ''}\u0000${scope.region ?? ''}`;

/**
 * Per-request loader: the indicators of all industries a response shows, one statement per scope
 * (a response normally has one), read only when a query asks for them.
 */
export function industryIndicatorsLoader(reader: Reader): IndustryIndicatorsLoader {
  return new DataLoader(
    async (keys) => {
      const byScope = new Map<string, IndicatorKey[]>();
      for (const key of keys) byScope.set(scopeKey(key.scope), [...(byScope.get(scopeKey(key.scope)) ?? []), key]);
      const found = new Map<string, Indicator[]>();
      for (const [sk, group] of byScope) {
        const { plan, region } = group[0].scope;
        const codes = [...new Set(group.map((k) => k.code))];
        for (const record of await reader.read(INDUSTRY_INDICATORS, { codes, plan, region })) {
          const indicators = (record.get('indicators') as unknown[])
            .map((row) => fromGraph(IndicatorRow, row))
            .sort((a, b) => a.number - b.number || a.part - b.part);
          found.set(`${sk}\u0000${record.get('code') as string}`, indicators);
        }
      }
      return keys.map((k) => found.get(`${scopeKey(k.scope)}\u0000${k.code}`) ?? []);
    },
    { cacheKeyFn: (k) => `${scopeKey(k.scope)}\u0000${k.code}` },
  );
}
