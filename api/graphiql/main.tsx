import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const DEFAULT_QUERY = `# PlanGraph: the named projects of the plan's callout boxes.
query ProjectsByIndustry {
  projects(filter: { industry: "transport" }, first: 10) {
    totalCount
    nodes { id name box districts { name evidence { basis quote } } }
  }
}
`;

// POST with application/json, the form the server's CSRF protection lets through.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);
