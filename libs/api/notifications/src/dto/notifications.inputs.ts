import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { EmailFrequency as EmailFrequencyValue, NotificationKind as NotificationKindValue } from '@kindling/shared/rules';
import { EmailFrequency, NotificationKind } from '../models/notification.model';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
  @Field({ defaultValue: false, description: 'Only those not read yet.' }) unreadOnly!: boolean;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (the viewer’s own; at most 100).' }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Every notification of the viewer.' }) all?: boolean | null;
}

@InputType()
export class FollowIdeaInput {
  @Field(() => ID) ideaId!: string;
}

@InputType()
export class NotificationKindPreferenceInput {
  @Field(() => NotificationKind) kind!: NotificationKindValue;
  @Field() inApp!: boolean;
  @Field() email!: boolean;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => EmailFrequency, { nullable: true, description: 'Unchanged when left out.' }) emailFrequency?: EmailFrequencyValue | null;
  @Field(() => [NotificationKindPreferenceInput], { nullable: true, description: 'The kinds to set; the others stay as they are.' })
  kinds?: NotificationKindPreferenceInput[] | null;
}
