import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kindling/api/core';
import { loadDemoScoring } from './demo-scoring';
import { loadDemoMerges } from './demo-merge';
import { loadDemoReviews } from './demo-review';
import { loadDemoAuthoring } from './demo-authoring';
import { loadDemoModeration } from './demo-moderation';
import { loadDemoCampaigns } from './demo-campaigns';

/** What a part of the demo organisation that is loaded after the ideas (reviews, campaigns …) may use. */
export interface DemoContext {
  db: DataSource;
  app: INestApplicationContext;
  /** The load time; everything is dated relative to it. */
  now: number;
  /** A demo person by key (demo-data.ts), as the viewer the services take. */
  person(key: string): Viewer;
  /** A demo idea's id by key (demo-data.ts). */
  ideaId(key: string): string;
  departmentId(key: string): string;
}

/** The parts loaded after the people, ideas, endorsements and comments, in this order. */
export const DEMO_EXTRAS: ReadonlyArray<(context: DemoContext) => Promise<void>> = [
  loadDemoReviews,
  loadDemoAuthoring,
  loadDemoMerges,
  loadDemoScoring,
  loadDemoModeration,
  loadDemoCampaigns,
];
