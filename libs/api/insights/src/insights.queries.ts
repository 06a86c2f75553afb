/** What the dashboard's reads take: plain values, decoded from GraphQL by the resolver. */
export interface MetricsQuery {
  /** Ideas posted within this many days; null: all time. */
  periodDays: number | null;
  /** Ideas posted by people of this department; null: every department. */
  departmentId: string | null;
  promiseDays: number;
  interval: 'week' | 'month';
}

export interface SiloQuery {
  periodDays: number | null;
  interval: 'week' | 'month';
}
