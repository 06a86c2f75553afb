import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
// Same origin, with the session cookie: GraphiQL acts as the signed-in person.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
});

const defaultQuery = `# Welcome to the Kindling GraphQL API.
# Queries run as you: sign in through the web app first (the session cookie is sent).
# Signed out, the API answers only sign-in, so GraphiQL cannot load the schema.

query TopIdeas {
  viewer { name }
  ideas(orderBy: MOST_ENDORSED, first: 5) {
    totalCount
    edges {
      node {
        title
        endorsementCount
        credit { shares { percent person { name } } }
      }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
