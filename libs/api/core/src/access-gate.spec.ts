import { GraphQLError, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { type IntrospectionPolicy, checkAccess, rootFields } from './access-gate';
import type { Viewer } from './context';

const member: Viewer = { id: '1', role: 'MEMBER' };

function operationOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { document, operation };
}

/** The refusal's extensions, or null when the operation may run. */
function refusal(source: string, viewer: Viewer | null, policy: IntrospectionPolicy = 'signed-in') {
  const { document, operation } = operationOf(source);
  try {
    checkAccess(document, operation, viewer, policy);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return error.extensions;
  }
}

const SIGN_IN = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED', http: { status: 401, headers: expect.anything() } };

describe('rootFields', () => {
  it('finds root fields through inline fragments and (nested, repeated, cyclic) fragment spreads', () => {
    const { document, operation } = operationOf(`
      query { viewer { id } ... on Query { ...A } ...A }
      fragment A on Query { ideas { totalCount } ...B }
      fragment B on Query { __type(name: "Idea") { name } ...A }`);
    expect(rootFields(document, operation).sort()).toEqual(['__type', 'ideas', 'viewer']);
  });

  it('lists a root field once per selection (aliases count), and a fragment’s once however often it is spread', () => {
    const { document, operation } = operationOf(`mutation { a: signOut { signedOut } b: signOut { signedOut } ...S ...S } fragment S on Mutation { c: signOut { signedOut } }`);
    expect(rootFields(document, operation)).toEqual(['signOut', 'signOut', 'signOut']);
  });

  it('counts a field that @skip or @include might drop', () => {
    const { document, operation } = operationOf(`{ viewer { id } people @include(if: false) { edges { cursor } } }`);
    expect(rootFields(document, operation).sort()).toEqual(['people', 'viewer']);
  });
});

describe('checkAccess', () => {
  it('lets a signed-out client sign in, ask who is signed in and see the picker, and nothing else', () => {
    expect(refusal(`{ __typename viewer { id } authSettings { devSignIn } devSignInPeople { edges { cursor } } }`, null)).toBeNull();
    expect(refusal(`mutation { devSignIn(input: { personId: "x" }) { viewer { id } } signOut { signedOut } }`, null)).toBeNull();
    expect(refusal(`{ viewer { id } ideas { totalCount } }`, null)).toEqual(SIGN_IN);
    expect(refusal(`query { ...F } fragment F on Query { people { edges { cursor } } }`, null)).toEqual(SIGN_IN);
    expect(refusal(`mutation { postIdea(input: { title: "t", body: "b" }) { idea { id } } }`, null)).toEqual(SIGN_IN);
  });

  it('lets a signed-in viewer run anything', () => {
    expect(refusal(`{ ideas { totalCount } people { edges { cursor } } }`, member)).toBeNull();
  });

  it('follows the introspection policy', () => {
    const schema = `{ __schema { queryType { name } } }`;
    expect(refusal(schema, null, 'signed-in')).toEqual(SIGN_IN);
    expect(refusal(schema, member, 'signed-in')).toBeNull();
    expect(refusal(schema, null, 'on')).toBeNull();
    expect(refusal(`{ __schema { queryType { name } } ideas { totalCount } }`, null, 'on')).toEqual(SIGN_IN);
    const off = { code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED', http: { status: 403 } };
    expect(refusal(schema, member, 'off')).toEqual(off);
    expect(refusal(`query { ...T } fragment T on Query { __type(name: "Idea") { name } }`, null, 'off')).toEqual(off);
    expect(refusal(`{ __typename }`, null, 'off')).toBeNull();
  });
});
