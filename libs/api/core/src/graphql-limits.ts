import { type DocumentNode, type FieldNode, type FragmentDefinitionNode, GraphQLError, type GraphQLSchema, Kind, type SelectionSetNode, TypeInfo, getNamedType, visit, visitWithTypeInfo } from 'graphql';
import { ErrorCode, RequestReason } from '@kindling/shared/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 14, maxAliases: 30, maxCost: 50_000 };


class LimitError extends GraphQLError {
  constructor(reason: RequestReason, message: string, field?: string) {
    // 400: the request itself is refused before anything runs
    super(message, { extensions: { code: ErrorCode.BadUserInput, reason, ...(field ? { field } : {}), http: { status: 400 } } });
  }
}

/** Page size a field asks for (first/last), resolving variables; 1 for fields that are not paged. */
function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number {
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    const value = arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : undefined;
    if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
    // a negative size would subtract from the cost and switch the limit off
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new LimitError(RequestReason.PAGE_SIZE_OUT_OF_RANGE, `${field.name.value}(${arg.name.value}:) must be a whole number, 0 or more.`, arg.name.value);
    }
    return value;
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

/**
 * Measures an operation in one pass over its document. Each fragment is measured once and its measure reused
 * wherever it is spread, so fragments that spread each other many times cost linear time, not exponential.
 * Introspection (__schema, __type) counts its aliases and cost like anything else, but not its depth: the
 * tools' standard introspection query is deep and bounded by the schema itself.
 */
class Measurer {
  private readonly fragmentMeasures = new Map<string, Measure>();
  private readonly measuring = new Set<string>();

  constructor(
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSet(selectionSet: SelectionSetNode, introspection: boolean): Measure {
    const total: Measure = { depth: 0, aliases: 0, cost: 0 };
    for (const selection of selectionSet.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        const inIntrospection = introspection || selection.name.value.startsWith('__');
        const child = selection.selectionSet ? this.selectionSet(selection.selectionSet, inIntrospection) : { depth: 0, aliases: 0, cost: 0 };
        inner = {
          depth: inIntrospection ? 0 : child.depth + 1,
          aliases: child.aliases + (selection.alias ? 1 : 0),
          cost: 1 + pageSizeOf(selection, this.variables) * child.cost,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.selectionSet(selection.selectionSet, introspection);
      } else {
        inner = this.fragment(selection.name.value, introspection);
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.cost += inner.cost;
    }
    return total;
  }

  private fragment(name: string, introspection: boolean): Measure {
    const key = `${introspection ? '__' : ''}${name}`;
    const known = this.fragmentMeasures.get(key);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // unknown fragments and cycles are reported by graphql's own validation rules
    if (!fragment || this.measuring.has(key)) return { depth: 0, aliases: 0, cost: 0 };
    this.measuring.add(key);
    const measured = this.selectionSet(fragment.selectionSet, introspection);
    this.measuring.delete(key);
    this.fragmentMeasures.set(key, measured);
    return measured;
  }
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
    const m = new Measurer(fragments, variables).selectionSet(def.selectionSet, false);
    const problem: [RequestReason, string] | null =
      m.depth > limits.maxDepth ? [RequestReason.QUERY_TOO_DEEP, `Query is ${m.depth} levels deep; the limit is ${limits.maxDepth}.`]
      : m.aliases > limits.maxAliases ? [RequestReason.TOO_MANY_ALIASES, `Query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`]
      : m.cost > limits.maxCost ? [RequestReason.QUERY_TOO_COSTLY, `Query would cost ${m.cost}; the limit is ${limits.maxCost}. Ask for smaller pages.`]
      : null;
    if (problem) throw new LimitError(problem[0], problem[1]);
  }
}

/**
 * Refuses a connection page larger than MAX_PAGE_SIZE anywhere in the document (fragments included), before
 * anything runs: a mutation whose payload asks for too big a page must be refused before it writes, not
 * after (the resolvers' own check would come too late).
 */
export function checkPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const type = typeInfo.getType();
        if (!type || !getNamedType(type).name.endsWith('Connection')) return;
        for (const arg of field.arguments ?? []) {
          if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
          const value = arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : null;
          if (typeof value === 'number' && value > MAX_PAGE_SIZE) {
            throw new LimitError(RequestReason.PAGE_SIZE_OUT_OF_RANGE, `${field.name.value}(${arg.name.value}:) is at most ${MAX_PAGE_SIZE}.`, arg.name.value);
          }
        }
      },
    }),
  );
}
