import { Module } from '@nestjs/common';
import { IdeasModule } from '@kindling/api/ideas';
import { LineageResolver } from './lineage.resolver';
import { LineageService } from './lineage.service';

@Module({ imports: [IdeasModule], providers: [LineageService, LineageResolver], exports: [LineageService] })
export class LineageModule {}
