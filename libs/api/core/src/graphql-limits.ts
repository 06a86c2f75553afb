import { type DocumentNode, type FieldNode, type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode } from 'graphql';
import { ErrorCode, RequestReason } from '@kindling/shared/errors';
import { DEFAULT_PAGE_SIZE } from './relay';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 14, maxAliases: 30, maxCost: 50_000 };


/** Page size a field asks for (first/last), resolving variables; 1 for fields that are not paged. */
function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number {
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) {
      const value = variables[arg.value.name.value];
      return typeof value === 'number' ? value : DEFAULT_PAGE_SIZE;
    }
  }
  return field.selectionSet && field.name.value !== 'edges' && field.name.value !== 'node' && isConnectionLike(field) ? DEFAULT_PAGE_SIZE : 1;
}

function isConnectionLike(field: FieldNode): boolean {
  return !!field.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'edges');
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function measure(
  fragments: Map<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  variables: Record<string, unknown>,
  visitedFragments: Set<string>,
): Measure {
  const total: Measure = { depth: 0, aliases: 0, cost: 0 };
  for (const selection of selectionSet.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD && selection.name.value.startsWith('__')) {
      continue; // introspection (__schema, __type) is bounded by the schema itself; tools' standard query is deep
    } else if (selection.kind === Kind.FIELD) {
      const child = selection.selectionSet
        ? measure(fragments, selection.selectionSet, variables, visitedFragments)
        : { depth: 0, aliases: 0, cost: 0 };
      inner = {
        depth: child.depth + 1,
        aliases: child.aliases + (selection.alias ? 1 : 0),
        cost: 1 + pageSizeOf(selection, variables) * child.cost,
      };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(fragments, selection.selectionSet, variables, visitedFragments);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visitedFragments.has(name)) continue; // cycles are reported by graphql's own rule
      visitedFragments.add(name);
      inner = measure(fragments, fragment.selectionSet, variables, visitedFragments);
      visitedFragments.delete(name);
    }
    total.depth = Math.max(total.depth, inner.depth);
    total.aliases += inner.aliases;
    total.cost += inner.cost;
  }
  return total;
}

/**
 * Refuses operations that are too deep, use too many aliases, or would fetch too much
 * (cost = fields weighted by the page sizes they ask for). Runs before execution, from an
 * Apollo plugin, because the cost depends on the request's variables.
 */
export function checkQueryLimits(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && def.name?.value !== operationName) continue;
    const m = measure(fragments, def.selectionSet, variables, new Set());
    const problem: [RequestReason, string] | null =
      m.depth > limits.maxDepth ? [RequestReason.QUERY_TOO_DEEP, `Query is ${m.depth} levels deep; the limit is ${limits.maxDepth}.`]
      : m.aliases > limits.maxAliases ? [RequestReason.TOO_MANY_ALIASES, `Query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`]
      : m.cost > limits.maxCost ? [RequestReason.QUERY_TOO_COSTLY, `Query would cost ${m.cost}; the limit is ${limits.maxCost}. Ask for smaller pages.`]
      : null;
    if (problem) throw new GraphQLError(problem[1], { extensions: { code: ErrorCode.BadUserInput, reason: problem[0] } });
  }
}
