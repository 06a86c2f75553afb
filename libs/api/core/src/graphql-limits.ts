import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type SelectionSetNode,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ErrorCode, RequestReason } from '@kindling/shared/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Cost is counted in items resolved; a statement that cannot be batched across a page counts as about 1,000. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 14, maxAliases: 30, maxCost: 100_000 };

/** Lexical tokens a query text may have; graphql-js stops parsing beyond it (Apollo's `parseOptions`). */
export const MAX_QUERY_TOKENS = 5_000;
/** Characters a query text may have, and bytes a whole JSON request body (query and variables) may have. */
export const MAX_QUERY_LENGTH = 64 * 1024;
export const MAX_BODY_BYTES = 256 * 1024;
/** `nodes(ids:)` takes at most this many ids. */
export const MAX_NODE_IDS = 100;
/** What one lineage's nodes (and edges) count as: a family is walked once, but each node's selection is resolved for every idea in it. */
export const LINEAGE_WEIGHT = 100;

export class LimitError extends GraphQLError {
  constructor(reason: RequestReason, message: string, field?: string) {
    // 400: the request itself is refused before anything runs
    super(message, { extensions: { code: ErrorCode.BadUserInput, reason, ...(field ? { field } : {}), http: { status: 400 } } });
  }
}

/** An argument that sets how much a field does must lie in its documented range; refused before anything runs. */
function within(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new LimitError(RequestReason.OUT_OF_RANGE, `${field} must be between ${min} and ${max}.`, field);
  }
  return value;
}

type Args = Record<string, unknown>;

/**
 * What a field costs beyond 1: `own` work (statements, computation) and how many `times` its selection is
 * resolved (a list's bound). Connections need no entry: they are weighted by `first`/`last`.
 */
export interface FieldWeight {
  own?: number | ((args: Args) => number);
  times?: number | ((args: Args) => number);
  /** Refused when selected anywhere inside its own selection. */
  notInsideItself?: RequestReason;
}

/** Short lists without a cap in the schema (authors, parents, tags, shares …) count as this many items. */
export const SHORT_LIST = 10;
/** Lists that can grow with use (comments, departments) count as this many. */
export const LONG_LIST = 100;
/** The people holding a share of one idea: its authors, what it built on, its build-ons' authors. */
export const CREDIT_SHARES = 50;

/**
 * Every list-returning field that is not a connection, and every field doing real work, by `Type.field`
 * (the unit spec fails when a list field of the schema has no entry). The argument ranges are the resolvers'
 * own, checked here too so that a mutation's payload cannot be refused after the write.
 */
export const FIELD_WEIGHTS: Record<string, FieldWeight> = {
  'Query.nodes': {
    times: ({ ids }) => {
      const count = Array.isArray(ids) ? ids.length : 1;
      if (count > MAX_NODE_IDS) throw new LimitError(RequestReason.TOO_MANY_IDS, `At most ${MAX_NODE_IDS} ids at once.`, 'ids');
      return count;
    },
  },
  'Query.similarIdeas': { own: 200, times: ({ first }) => within('first', first, 1, 20) },
  'Query.leaderboard': { own: 200, times: ({ first }) => within('first', first, 1, 100) },
  'Query.tags': { own: 100, times: ({ first }) => within('first', first, 1, 200) },
  'Query.departments': { times: LONG_LIST },
  // the acting person's API tokens, revoked and expired ones included
  'Query.apiTokens': { times: LONG_LIST },
  'ApiToken.scopes': { times: SHORT_LIST },
  // re-hashes the whole ledger, reads its anchors and compares the live tables with its replay
  'Query.verifyLedger': { own: 10_000 },
  'LedgerVerification.problems': { times: LONG_LIST },
  // per idea, not batched: the family walk up and down and its edges; the nodes are hydrated through the loaders
  'Idea.lineage': {
    own: ({ maxDepth }) => {
      if (maxDepth != null) within('maxDepth', maxDepth, 1, 100);
      return 1_000;
    },
    notInsideItself: RequestReason.NESTED_LINEAGE,
  },
  'Lineage.nodes': { times: LINEAGE_WEIGHT },
  'Lineage.edges': { times: 2 * LINEAGE_WEIGHT },
  'Idea.authors': { times: SHORT_LIST },
  'Idea.parents': { times: SHORT_LIST },
  'Idea.tags': { times: SHORT_LIST },
  'Idea.coAuthorInvitations': { times: SHORT_LIST },
  // co-authorship: the split between an idea's authors, a pending change of it, an invitation's split
  'Idea.authorSplit': { times: SHORT_LIST },
  'CoAuthorInvitation.split': { times: SHORT_LIST },
  'AuthorSplitProposal.split': { times: SHORT_LIST },
  'AuthorSplitProposal.consentedBy': { times: SHORT_LIST },
  'AuthorSplitProposal.waitingFor': { times: SHORT_LIST },
  // one idea's credit computed twice (as it is and with the split)
  'Query.coAuthorPreview': { own: 20 },
  'CoAuthorPreview.split': { times: SHORT_LIST },
  'CoAuthorPreview.shares': { times: CREDIT_SHARES },
  // every edit adds one; read once per page of ideas through the revisions loader
  'Idea.revisions': { times: SHORT_LIST },
  'IdeaRevision.tags': { times: SHORT_LIST },
  'Idea.comments': { times: LONG_LIST },
  'Idea.commentThread': { times: LONG_LIST },
  // the duplicates merged into an idea: a handful at most
  'Idea.mergedFrom': { times: SHORT_LIST },
  // replies come from the idea's comments, read once: every level of a thread together holds at most those
  'Comment.replies': { times: 1 },
  'Idea.statusHistory': { times: SHORT_LIST },
  // the page and its two counts
  'Query.reviewQueue': { own: 20 },
  'Idea.credit': { own: 10 },
  'Idea.upstreamCredit': { own: 10 },
  'IdeaCredit.shares': { times: CREDIT_SHARES },
  'UpstreamCredit.shares': { times: CREDIT_SHARES },
  'CreditTrail.terms': { times: CREDIT_SHARES },
  // every idea the person holds a share in is evaluated, whatever the page size
  'Person.credit': { own: 200 },
  // the person's family is read once and re-evaluated at the end of every period
  // scorecards: a handful of criteria per card, a handful of reviewers per idea
  'Query.scoreCriteria': { times: LONG_LIST },
  'Idea.scorecards': { times: SHORT_LIST },
  'Scorecard.scores': { times: SHORT_LIST },
  'IdeaScore.criteria': { times: SHORT_LIST },
  // the dashboard (insights): a few aggregate statements each, over every idea of the period
  'Query.reviewMetrics': { own: 1_000 },
  'Query.siloMap': { own: 1_000 },
  'ReviewMetrics.byDepartment': { times: LONG_LIST },
  'ReviewMetrics.byReviewer': { times: LONG_LIST },
  'ReviewMetrics.overTime': { times: LONG_LIST },
  'QueueAge.bands': { times: 3 },
  'SiloMap.departments': { times: LONG_LIST },
  'SiloMap.cells': { times: LONG_LIST },
  'SiloMap.overTime': { times: LONG_LIST },
  // campaigns: one statement per campaign for its ideas; the outcome evaluates the credit of all of its ideas
  'Campaign.departments': { times: SHORT_LIST },
  'Campaign.ideas': { own: 20 },
  'Campaign.outcome': { own: 200 },
  'CampaignOutcome.ideasByStatus': { times: SHORT_LIST },
  'CampaignOutcome.creditHolders': { times: CREDIT_SHARES },
  'Person.creditHistory': { own: ({ periods }) => 1_000 + 20 * within('periods', periods, 1, 60), times: ({ periods }) => within('periods', periods, 1, 60) },
  // moderation: the flags of one queue item, and the hide/unhide/dismiss history of one idea or comment
  'ModerationItem.flags': { times: LONG_LIST },
  'ModerationNote.history': { times: SHORT_LIST },
  // delivery (admins): a page of failed jobs and its count; one aggregate over the job table per queue
  'Query.failedJobs': { own: 20 },
  'Query.deliveryHealth': { own: 20, times: SHORT_LIST },
  // notifications: at most 10 actors each; preferences list every kind (12)
  'Notification.actors': { times: SHORT_LIST },
  'NotificationPreferences.kinds': { times: SHORT_LIST },
  'Person.unreadNotificationCount': { own: 5 },
  // webhooks: an endpoint's events; the change feed builds each page's events (credit of up to 10 ideas each) from a few batches of the outbox
  'WebhookEndpoint.events': { times: SHORT_LIST },
  'Query.changes': { own: 500 },
};

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
  /** Coordinates of `notInsideItself` fields selected somewhere in here. */
  inside: readonly string[];
}

const NOTHING: Measure = { depth: 0, aliases: 0, cost: 0, inside: [] };

function isConnection(type: GraphQLOutputType): boolean {
  return getNamedType(type).name.endsWith('Connection');
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Measures an operation in one pass over its document. Each fragment is measured once and its measure reused
 * wherever it is spread, so fragments that spread each other many times cost linear time, not exponential.
 * A field costs 1 + its own work + how many times its selection is resolved × the selection's cost, so cost
 * multiplies through nested lists. Introspection (__schema, __type) counts its aliases and cost like anything
 * else, but not its depth: the tools' standard introspection query is deep and bounded by the schema itself.
 */
class Measurer {
  private readonly fragmentMeasures = new Map<string, Measure>();
  private readonly measuring = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSet(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, introspection: boolean): Measure {
    const total = { depth: 0, aliases: 0, cost: 0, inside: [] as string[] };
    for (const selection of selectionSet.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        inner = this.field(selection, parent, introspection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        inner = this.selectionSet(selection.selectionSet, type ?? undefined, introspection);
      } else {
        inner = this.fragment(selection.name.value, introspection);
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.cost += inner.cost;
      for (const coordinate of inner.inside) if (!total.inside.includes(coordinate)) total.inside.push(coordinate);
    }
    return total;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | undefined, introspection: boolean): Measure {
    const name = node.name.value;
    const inIntrospection = introspection || name.startsWith('__');
    const definition = this.definition(parent, name);
    const child = node.selectionSet ? this.selectionSet(node.selectionSet, definition && getNamedType(definition.type), inIntrospection) : NOTHING;
    const coordinate = `${parent?.name}.${name}`;
    const weight = FIELD_WEIGHTS[coordinate];
    if (weight?.notInsideItself && child.inside.includes(coordinate)) {
      throw new LimitError(weight.notInsideItself, `${name} cannot be selected inside another ${name}: ask for it on one idea at a time.`, name);
    }
    const args = weight && definition ? this.argumentsOf(definition, node) : null;
    const own = typeof weight?.own === 'function' ? (args ? weight.own(args) : 0) : (weight?.own ?? 0);
    const times =
      definition && isConnection(definition.type) ? pageSizeOf(node, this.variables)
      : weight?.times !== undefined ? (typeof weight.times === 'function' ? (args ? weight.times(args) : 1) : weight.times)
      // a connection's edges are its page, already counted on the connection field
      : definition && isList(definition.type) && !inIntrospection && !parent?.name.endsWith('Connection') ? SHORT_LIST
      : 1;
    return {
      depth: inIntrospection ? 0 : child.depth + 1,
      aliases: child.aliases + (node.alias ? 1 : 0),
      cost: 1 + own + times * child.cost,
      inside: weight?.notInsideItself && !child.inside.includes(coordinate) ? [...child.inside, coordinate] : child.inside,
    };
  }

  private definition(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
    if (name === '__schema' || name === '__type') return this.schema.getQueryType()?.getFields()[name] ?? META_FIELDS[name];
    // unions have no fields of their own (only __typename); graphql's validation refuses anything else
    if (!parent || !isCompositeType(parent) || !('getFields' in parent)) return undefined;
    return parent.getFields()[name];
  }

  /**
   * The field's arguments with variables and defaults applied. Null when they cannot be read from these
   * variables (one missing or of the wrong type): execution then refuses the request before any resolver runs.
   */
  private argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode): Args | null {
    try {
      return getArgumentValues(definition, node, this.variables);
    } catch {
      return null;
    }
  }

  private fragment(name: string, introspection: boolean): Measure {
    const key = `${introspection ? '__' : ''}${name}`;
    const known = this.fragmentMeasures.get(key);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // unknown fragments and cycles are reported by graphql's own validation rules
    if (!fragment || this.measuring.has(key)) return NOTHING;
    this.measuring.add(key);
    const measured = this.selectionSet(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value) ?? undefined, introspection);
    this.measuring.delete(key);
    this.fragmentMeasures.set(key, measured);
    return measured;
  }
}

const META_FIELDS: Record<string, GraphQLField<unknown, unknown>> = { __schema: SchemaMetaFieldDef, __type: TypeMetaFieldDef };

/** Page size a connection asks for (first/last), resolving variables; the default page when neither is given. */
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
  return DEFAULT_PAGE_SIZE;
}

/**
 * Refuses operations that are too deep, use too many aliases, would do too much work (cost: every field
 * weighted by its real work, see FIELD_WEIGHTS and the page sizes), select `lineage` inside `lineage`, or
 * pass an argument outside its range. Runs before execution, from an Apollo plugin, because the cost depends
 * on the request's variables; it runs no SQL and is linear in the document.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
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
    const root = def.operation === 'mutation' ? schema.getMutationType() : def.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    const m = new Measurer(schema, fragments, variables).selectionSet(def.selectionSet, root ?? undefined, false);
    const problem: [RequestReason, string] | null =
      m.depth > limits.maxDepth ? [RequestReason.QUERY_TOO_DEEP, `Query is ${m.depth} levels deep; the limit is ${limits.maxDepth}.`]
      : m.aliases > limits.maxAliases ? [RequestReason.TOO_MANY_ALIASES, `Query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`]
      : m.cost > limits.maxCost ? [RequestReason.QUERY_TOO_COSTLY, `Query would cost ${m.cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer fields.`]
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
  const pageSize = (arg: ArgumentNode) =>
    arg.name.value !== 'first' && arg.name.value !== 'last' ? null
    : arg.value.kind === Kind.INT ? Number(arg.value.value)
    : arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value]
    : null;
  const tooLarge = (arg: ArgumentNode) => {
    const value = pageSize(arg);
    return typeof value === 'number' && value > MAX_PAGE_SIZE;
  };
  // nearly every document asks for no page over the limit: find that out in a plain walk, without typing every field
  const asksTooMuch = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => (s.kind === Kind.FIELD ? !!s.arguments?.some(tooLarge) || (!!s.selectionSet && asksTooMuch(s.selectionSet)) : s.kind === Kind.INLINE_FRAGMENT && asksTooMuch(s.selectionSet)));
  if (!document.definitions.some((d) => (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) && asksTooMuch(d.selectionSet))) return;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const type = typeInfo.getType();
        if (!type || !getNamedType(type).name.endsWith('Connection')) return;
        const arg = field.arguments?.find(tooLarge);
        if (arg) throw new LimitError(RequestReason.PAGE_SIZE_OUT_OF_RANGE, `${field.name.value}(${arg.name.value}:) is at most ${MAX_PAGE_SIZE}.`, arg.name.value);
      },
    }),
  );
}

const NUL = '\u0000';
/** A GraphQL string escape that decodes to NUL: `\u0000` or `\u{0}`. */
const NUL_ESCAPE = /\\u(?:0000|\{0+\})/i;

/** Where in `value` a NUL character is (`input.title`, `tags[1]`), or null. */
function nulAt(path: string, value: unknown): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulAt(Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, inner);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL cannot store a NUL character in text: refuse it in any argument or variable before anything runs,
 * instead of letting a statement fail (and the server log it) halfway through a request.
 */
export function checkNoNulCharacters(source: string | undefined, document: DocumentNode, variables: Record<string, unknown>): void {
  const refuse = (field: string) => {
    throw new LimitError(RequestReason.MALFORMED_VALUE, `${field}: text may not contain a NUL character.`, field);
  };
  for (const [name, value] of Object.entries(variables)) {
    const at = nulAt(name, value);
    if (at) refuse(at);
  }
  // literals: only when the text holds such an escape at all (almost never), look for the argument that has it
  if (!source || !NUL_ESCAPE.test(source)) return;
  visit(document, {
    Argument(arg) {
      let found = false;
      visit(arg.value, { StringValue: (s) => void (found ||= s.value.includes(NUL)) });
      if (found) refuse(arg.name.value);
    },
  });
}
