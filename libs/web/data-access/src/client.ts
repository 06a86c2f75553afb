import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
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
      devSignInPeople: relayStylePagination(['search']),
      moderationQueue: relayStylePagination(['state']),
      reviewQueue: relayStylePagination(['departmentId', 'overdueOnly']),
      campaigns: relayStylePagination(['state']),
      failedJobs: relayStylePagination(['queue']),
      notifications: relayStylePagination(['unreadOnly']),
      webhookEndpoints: relayStylePagination(),
    },
  },
  WebhookEndpoint: { fields: { deliveries: relayStylePagination() } },
  Campaign: { fields: { ideas: relayStylePagination(['orderBy']) } },
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

/** ws(s)://<this host>/graphql: the WebSocket beside the HTTP endpoint, authenticated by the same session cookie. */
function webSocketUrl(uri: string): string {
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * The app's client: same-origin /graphql with the session cookie; subscriptions over graphql-ws on the same
 * path, opened on the first subscription and closed when none is left. The connection retries for ever with
 * backoff; after a reconnect every active query is refetched, so what happened while it was down shows up.
 * `resetStore` (sign-in, sign-out) also restarts the WebSocket, which authenticates as whoever is signed in now.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  // Signed out meanwhile (session ended, signed out in another tab): ask again who is signed in, so the app
  // shows the sign-in screen at the same address instead of the page's error.
  const signedOut = new ErrorLink(({ error, operation }) => {
    const signInRequired = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['reason'] === 'SIGN_IN_REQUIRED');
    if (signInRequired && operation.operationName !== 'Viewer') void client.refetchQueries({ include: ['Viewer'] }).catch(() => undefined);
  });
  let connectedBefore = false;
  const live = createClient({
    url: webSocketUrl(uri),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connected: () => {
        if (connectedBefore) void client.refetchObservableQueries().catch(() => undefined);
        connectedBefore = true;
      },
    },
  });
  const http = ApolloLink.from([signedOut, new HttpLink({ uri, credentials: 'include' })]);
  const isSubscription = ({ query }: ApolloLink.Operation) =>
    query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === OperationTypeNode.SUBSCRIPTION);
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.split(isSubscription, new GraphQLWsLink(live), http),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
  client.onResetStore(async () => {
    connectedBefore = false;
    live.terminate();
  });
  return client;
}
