/** A GraphQL-over-HTTP client for tests: real requests, a cookie jar like a browser, or a bearer token. */
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
  headers: Headers;
}

export class GraphQLClient {
  private cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private bearer: string | null = null,
  ) {}

  /** The session cookie as a `Cookie` header (e.g. for a WebSocket upgrade), once signed in. */
  get cookieHeader(): string | null {
    return this.cookie;
  }

  withToken(token: string): GraphQLClient {
    return new GraphQLClient(this.baseUrl, token);
  }

  async request<T = any>(query: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const response = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables, operationName }) });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data ?? undefined, errors: body.errors, headers: response.headers };
  }

  /** Runs an operation that must succeed; throws with the errors otherwise. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  /** Signs in as a person through the dev sign-in (sets this client's session cookie). */
  async signInAs(personId: string): Promise<void> {
    await this.ok(`mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, { id: personId });
  }
}

/** The error codes of a response, in order. */
export function errorCodes(response: GraphQLResponse): Array<string | undefined> {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}

/** The reasons of a response's errors (`extensions.reason`), in order. */
export function errorReasons(response: GraphQLResponse): Array<string | undefined> {
  return (response.errors ?? []).map((e) => e.extensions?.reason as string | undefined);
}
