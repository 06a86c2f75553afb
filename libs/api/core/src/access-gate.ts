import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { ErrorCode, RequestReason } from '@kindling/shared/errors';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { RequestContext, Viewer } from './context';

/*
 * The access gate: who may run an operation at all, decided from its root fields before any resolver runs.
 * Without a signed-in person only signing in and what the sign-in screen needs are answered; everything else
 * is refused whole (HTTP 401), so no anonymous request reads data. Field rules (Person.email, invitations …)
 * sit with their domains and also hold for nested paths.
 */

/** Who may introspect the schema (`__schema`, `__type`): `KINDLING_INTROSPECTION`. */
export type IntrospectionPolicy = 'signed-in' | 'on' | 'off';
export const INTROSPECTION_POLICIES: readonly IntrospectionPolicy[] = ['signed-in', 'on', 'off'];

/** The root fields a signed-out client may ask for: sign-in, and what the sign-in screen shows. */
export const ANONYMOUS_ROOT_FIELDS: { readonly [K in OperationDefinitionNode['operation']]: ReadonlySet<string> } = {
  query: new Set(['__typename', 'viewer', 'authSettings', 'devSignInPeople']),
  mutation: new Set(['__typename', 'devSignIn', 'signOut']),
  subscription: new Set(),
};

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

class AccessError extends GraphQLError {
  constructor(code: ErrorCode, reason: RequestReason, message: string, status: number) {
    // a 401 names how to authenticate (RFC 9110); Bearer, because a script's way in is a token
    const headers = status === 401 ? new HeaderMap([['www-authenticate', 'Bearer realm="kindling"']]) : undefined;
    super(message, { extensions: { code, reason, http: { status, ...(headers ? { headers } : {}) } } });
  }
}

/**
 * The root fields an operation selects, once per selection (`a: postIdea … b: postIdea …` is two), also through
 * inline fragments and fragment spreads on the root type (each fragment once: it runs its fields once).
 * `@skip` / `@include` are ignored on purpose: a field that might run counts.
 */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const fields: string[] = [];
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value); // each fragment once: linear in the document, cycles end here
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return fields;
}

/** Refuses an operation the viewer may not run: anonymous beyond the allow-list, or introspection against the policy. */
export function checkAccess(document: DocumentNode, operation: OperationDefinitionNode, viewer: Viewer | null, introspection: IntrospectionPolicy): void {
  const fields = rootFields(document, operation);
  const introspects = fields.some((f) => INTROSPECTION_FIELDS.has(f));
  if (introspects && introspection === 'off') {
    throw new AccessError(ErrorCode.Forbidden, RequestReason.INTROSPECTION_DISABLED, 'Introspection is switched off on this server; use the published schema.', 403);
  }
  if (viewer) return;
  const allowed = ANONYMOUS_ROOT_FIELDS[operation.operation];
  for (const field of fields) {
    if (allowed.has(field) || (introspection === 'on' && INTROSPECTION_FIELDS.has(field))) continue;
    throw new AccessError(ErrorCode.Unauthenticated, RequestReason.SIGN_IN_REQUIRED, 'Sign in first: only signing in works without a signed-in person.', 401);
  }
}

/**
 * The gate as an Apollo plugin. Listed after the query limits (Apollo runs `didResolveOperation` hooks together
 * and reports the first in list order), so a hostile document is refused by its size (400) whoever sends it;
 * the rate limits run later (`responseForOperation`), so a refused operation spends none of their points.
 */
export function accessGatePlugin(introspection: IntrospectionPolicy): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (operation) checkAccess(document, operation, contextValue.viewer, introspection);
        },
      };
    },
  };
}
