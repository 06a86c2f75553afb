import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Cache rules: Relay connections merge page by page (infinite scroll), keyed by the arguments
 * that change the list (filter, order, search) and not by the cursor; credit objects carry no
 * id of their own, so they merge into their idea instead of replacing each other.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      ideas: relayStylePagination(['filter', 'orderBy']),
      people: relayStylePagination(['search', 'departmentId']),
    },
  },
  Person: {
    fields: {
      ideas: relayStylePagination(),
      buildOns: relayStylePagination(),
      credit: relayStylePagination(),
    },
  },
  Department: { fields: { people: relayStylePagination(['search']) } },
  Idea: {
    fields: {
      children: relayStylePagination(),
      endorsements: relayStylePagination(),
    },
  },
  IdeaCredit: { merge: true },
  UpstreamCredit: { merge: true },
  Lineage: { merge: true },
  AuthSettings: { merge: true },
  CreditModel: { merge: true },
};

export const possibleTypes = { Node: ['Comment', 'Department', 'Idea', 'Person'] };

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies, possibleTypes });
}

/** The app's client: same-origin /graphql with the session cookie. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'include' }),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
