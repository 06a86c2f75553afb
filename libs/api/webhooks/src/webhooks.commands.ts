/** What an admin asks of the webhooks domain (local ids, plain values). */
export interface CreateEndpointCommand {
  url: string;
  events: string[];
  description?: string | null;
}

export interface UpdateEndpointCommand {
  id: string;
  url?: string | null;
  events?: string[] | null;
  enabled?: boolean | null;
  description?: string | null;
}
