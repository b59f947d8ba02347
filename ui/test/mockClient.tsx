import type { ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { EvidencePartsFragment, Rule } from '../src/gql/graphql';
import { I18nProvider } from '../src/i18n/i18n';
import type { Lang } from '../src/i18n/messages';

function operationName(query: DocumentNode): string {
  const definition = query.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return definition?.name?.value ?? '';
}

/** How the mock answers one operation, checked against the operation's generated result type. */
export interface MockAnswer {
  name: string;
  reply: (variables: Record<string, unknown>) => unknown;
}

/** Answers `document` with `reply(variables)`; the reply must have the shape the API returns. */
export function answer<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  reply: (variables: Variables) => Result,
): MockAnswer {
  return { name: operationName(document), reply: (variables) => reply(variables as Variables) };
}

/**
 * A urql client answering each operation from the answer for its document, with no network; an
 * operation without an answer fails the test. Calls are recorded.
 */
export function mockClient(...answers: MockAnswer[]) {
  const calls: { name: string; variables: Record<string, unknown>; data: unknown }[] = [];
  const respond = (query: DocumentNode, variables: Record<string, unknown> = {}) => {
    const name = operationName(query);
    const found = answers.find((a) => a.name === name);
    if (!found) throw new Error(`no mock answer for ${name}`);
    const data = found.reply(variables);
    calls.push({ name, variables, data });
    return { data };
  };
  const client = {
    executeQuery: (request: { query: DocumentNode; variables?: Record<string, unknown> }) =>
      fromValue({ ...respond(request.query, request.variables), operation: request, stale: false, hasNext: false }),
    query: (query: DocumentNode, variables?: Record<string, unknown>) => ({
      toPromise: () => Promise.resolve(respond(query, variables)),
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

/**
 * Evidence as the API returns it; the rule's names default to those of BOX_ITEM. A fact that
 * stores no reason of its own gives its rule's description as `why`.
 */
export const evidence = (
  quote: string,
  line = 100,
  basis: 'STATED' | 'DERIVED' = 'STATED',
  rule: Rule = 'BOX_ITEM',
  ruleZh = '专栏条目',
  ruleEn = 'callout box item',
): EvidencePartsFragment => ({
  kind: 'GAZETTE',
  document: 'jingdezhen-gazette-2026-05',
  documentTitle: '景德镇市国民经济和社会发展第十五个五年规划纲要',
  documentLine: null,
  line,
  quote,
  alias: null,
  basis,
  rule,
  ruleZh,
  ruleEn,
  whyZh: ruleZh,
  whyEn: ruleEn,
  premises: [],
});
