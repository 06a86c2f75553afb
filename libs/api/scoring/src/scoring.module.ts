import { Module } from '@nestjs/common';

/** Scorecards: criteria and reviewers' scores of ideas. */
@Module({})
export class ScoringModule {}
