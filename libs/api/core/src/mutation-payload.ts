import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, TypeInfo, getArgumentValues, getNamedType, visit, visitWithTypeInfo } from 'graphql';
import { KindlingError, RequestErrors } from './errors';
import { isKeysetCursor, localId, pageRequest } from './relay';

/** What the cursor's sort key must be, per keyset connection type reachable from a payload (`IdeaConnection`: newest first). */
export type CursorKeys = Record<string, (value: unknown) => boolean>;

/** ID arguments of payload fields and the type they name. */
const ID_ARGUMENTS: Record<string, string> = { personId: 'Person' };

/**
 * A mutation writes in its root resolver, before its payload is resolved: an argument refused inside the
 * payload (`idea { children(first: 1, last: 1) }`, `credit { trail(personId: "x") }`) would answer
 * `data: null` after the write committed, and a client that retries would write twice. So, before a
 * mutation runs, its payload's arguments get the checks the resolvers would make: pages (first/last, cursors),
 * ids, cursors of the right connection (numeric ranges are refused anywhere by `checkQueryLimits`). Refused as HTTP 400 with the resolvers' own reasons.
 */
export function checkMutationPayloadArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  cursorKeys: CursorKeys,
): void {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation') return;
  const typeInfo = new TypeInfo(schema);
  const check = (node: Parameters<typeof getArgumentValues>[1]) => {
    const field = typeInfo.getFieldDef();
    // the root field's own arguments are the mutation's input, checked by its resolver before it writes
    if (!field || !node.arguments?.length || typeInfo.getParentType() === schema.getMutationType()) return;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables) as Record<string, unknown>;
    } catch {
      throw RequestErrors.malformedValue(node.name.value, 'argument');
    }
    const connection = getNamedType(field.type).name;
    if (connection.endsWith('Connection')) {
      const page = pageRequest(args);
      const isKey = cursorKeys[connection];
      if (page.cursor && isKey && !isKeysetCursor(page.cursor, isKey)) throw RequestErrors.invalidCursor('cursor', String(args.after ?? args.before));
    }
    for (const [name, value] of Object.entries(args)) if (ID_ARGUMENTS[name] && typeof value === 'string') localId(ID_ARGUMENTS[name], value, name);
  };
  const visitor = visitWithTypeInfo(typeInfo, { Field: check });
  try {
    // fragments are visited where they are defined; those spread inside the payload are checked as part of it
    visit({ ...document, definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)] }, visitor);
  } catch (error) {
    // the request is refused (400) before anything runs; formatGraphQLError words the KindlingError
    if (error instanceof KindlingError) throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
    throw error;
  }
}
