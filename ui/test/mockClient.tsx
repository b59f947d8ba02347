import type { ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { I18nProvider } from '../src/i18n/i18n';
import type { Lang } from '../src/i18n/messages';

export type Responder = (operationName: string, variables: Record<string, unknown>) => unknown;

function operationName(query: DocumentNode): string {
  const definition = query.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return definition?.name?.value ?? '';
}

/** A urql client answering every operation from `respond`, with no network; calls are recorded. */
export function mockClient(respond: Responder) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const answer = (query: DocumentNode, variables: Record<string, unknown> = {}) => {
    const name = operationName(query);
    calls.push({ name, variables });
    return { data: respond(name, variables) };
  };
  const client = {
    executeQuery: (request: { query: DocumentNode; variables?: Record<string, unknown> }) =>
      fromValue({ ...answer(request.query, request.variables), operation: request, stale: false, hasNext: false }),
    query: (query: DocumentNode, variables?: Record<string, unknown>) => ({
      toPromise: () => Promise.resolve(answer(query, variables)),
    }),
  } as unknown as Client;
  return { client, calls };
}

export function Wrapper({ client, lang = 'zh', children }: { client: Client; lang?: Lang; children: ReactNode }) {
  return (
    <Provider value={client}>
      <I18nProvider lang={lang}>{children}</I18nProvider>
    </Provider>
  );
}

export const evidence = (quote: string, line = 100, basis: 'STATED' | 'DERIVED' = 'STATED') => ({
  document: 'jingdezhen-gazette-2026-05',
  documentTitle: '景德镇市国民经济和社会发展第十五个五年规划纲要',
  line,
  quote,
  basis,
  rule: 'box-item',
});
