import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Comment } from '@kindling/api/engagement';
import { Idea } from '@kindling/api/graph';

export enum IdeaChange {
  POSTED = 'POSTED',
  EDITED = 'EDITED',
  STATUS = 'STATUS',
  COMMENTED = 'COMMENTED',
  COMMENTS = 'COMMENTS',
  ENDORSEMENTS = 'ENDORSEMENTS',
  BUILT_ON = 'BUILT_ON',
  AUTHORS = 'AUTHORS',
  RETENTION = 'RETENTION',
  MERGED = 'MERGED',
  WITHDRAWN = 'WITHDRAWN',
  MODERATED = 'MODERATED',
}
registerEnumType(IdeaChange, {
  name: 'IdeaChange',
  description: 'What changed about an idea (`ideaUpdated`): a client re-reads what it shows of that part.',
  valuesMap: {
    POSTED: { description: 'It was posted.' },
    EDITED: { description: 'Its text changed (a new revision).' },
    STATUS: { description: 'Its review status changed.' },
    COMMENTED: { description: 'A new comment or reply: `comment` is it.' },
    COMMENTS: { description: 'A comment was edited, removed, hidden or shown again.' },
    ENDORSEMENTS: { description: 'Its endorsements changed.' },
    BUILT_ON: { description: 'An idea built on it, or it gained a parent.' },
    AUTHORS: { description: 'A co-author was invited, accepted or declined.' },
    RETENTION: { description: 'Its retention changed.' },
    MERGED: { description: 'It was merged with another idea, or unmerged.' },
    WITHDRAWN: { description: 'Its authors withdrew it.' },
    MODERATED: { description: 'A moderator hid it or showed it again.' },
  },
});

/** One live update of an idea: the idea as it is now and what changed. */
@ObjectType({ description: 'One change of an idea, delivered live (`ideaUpdated`).' })
export class IdeaUpdate {
  @Field(() => Idea, { description: 'The idea as it is after the change.' }) idea!: Idea;
  @Field(() => IdeaChange) change!: IdeaChange;
  @Field(() => Comment, { nullable: true, description: 'The new comment, for COMMENTED.' }) comment!: Comment | null;
  /** The outbox sequence number of the event (not in the schema: a client catches up by re-reading). */
  seq!: string;
  commentLocalId!: string | null;
}
