import { Module } from '@nestjs/common';
import { GraphModule } from '@kindling/api/graph';
import { LineageResolver } from './lineage.resolver';
import { LineageService } from './lineage.service';

@Module({ imports: [GraphModule], providers: [LineageService, LineageResolver], exports: [LineageService] })
export class LineageModule {}
