import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type IdeaStatusValue = 'NEW' | 'UNDER_REVIEW' | 'ACCEPTED' | 'IMPLEMENTED' | 'DECLINED';
export type RelationValue = 'EXTENDS' | 'COMBINES' | 'REFINES';
export type AuthorshipStateValue = 'INVITED' | 'ACCEPTED' | 'DECLINED';

@Entity('ideas')
export class IdeaEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('text', { array: true }) tags!: string[];

  @Column({ type: 'enum', enum: ['NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED'], enumName: 'idea_status' })
  status!: IdeaStatusValue;

  @Column('double precision') retention!: number;

  @Column({ name: 'posted_by', type: 'bigint' }) postedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @Column({ name: 'endorsement_count', type: 'integer' }) endorsementCount!: number;
  @Column({ name: 'build_on_count', type: 'integer' }) buildOnCount!: number;
}

@Entity('idea_edges')
export class IdeaEdgeEntity {
  @PrimaryColumn({ name: 'child_id', type: 'bigint' }) childId!: string;
  @PrimaryColumn({ name: 'parent_id', type: 'bigint' }) parentId!: string;
  @Column({ type: 'enum', enum: ['EXTENDS', 'COMBINES', 'REFINES'], enumName: 'idea_relation' }) relation!: RelationValue;
  @Column('double precision') weight!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('idea_authors')
export class IdeaAuthorEntity {
  @PrimaryColumn({ name: 'idea_id', type: 'bigint' }) ideaId!: string;
  @PrimaryColumn({ name: 'person_id', type: 'bigint' }) personId!: string;
  @Column({ type: 'enum', enum: ['INVITED', 'ACCEPTED', 'DECLINED'], enumName: 'authorship_state' }) state!: AuthorshipStateValue;
  @Column({ name: 'invited_by', type: 'bigint', nullable: true }) invitedBy!: string | null;
  @Column({ name: 'invited_at', type: 'timestamptz' }) invitedAt!: Date;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
}

@Entity('endorsements')
export class EndorsementEntity {
  @PrimaryColumn({ name: 'idea_id', type: 'bigint' }) ideaId!: string;
  @PrimaryColumn({ name: 'person_id', type: 'bigint' }) personId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('comments')
export class CommentEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ name: 'idea_id', type: 'bigint' }) ideaId!: string;
  @Column({ name: 'author_id', type: 'bigint' }) authorId!: string;
  @Column({ name: 'reply_to_id', type: 'bigint', nullable: true }) replyToId!: string | null;
  @Column('text') body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
