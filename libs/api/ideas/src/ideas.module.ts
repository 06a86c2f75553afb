import { Module } from '@nestjs/common';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasRepository } from './ideas.repository';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';
import { PersonIdeasResolver } from './person-ideas.resolver';

@Module({
  providers: [IdeasRepository, IdeasLoaders, IdeasService, IdeasResolver, PersonIdeasResolver],
  exports: [IdeasService],
})
export class IdeasModule {}
