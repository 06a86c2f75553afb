import { CampaignReason } from '@kindling/shared/errors';

/** The input rules of campaigns: the API enforces them and the web app's form checks the same before sending. */
export const CAMPAIGN_LIMITS = {
  questionMin: 5,
  questionMax: 200,
  description: 20_000,
  /** How far ahead a deadline may be, in days. */
  deadlineDaysMax: 365,
} as const;

export interface CampaignViolation {
  field: string;
  reason: CampaignReason;
}

const DAY_MS = 86_400_000;

export function checkCampaignQuestion(question: string): CampaignViolation | null {
  const length = [...question].length;
  return length < CAMPAIGN_LIMITS.questionMin || length > CAMPAIGN_LIMITS.questionMax ? { field: 'question', reason: CampaignReason.QUESTION_LENGTH } : null;
}

export function checkCampaignDescription(description: string): CampaignViolation | null {
  return [...description].length > CAMPAIGN_LIMITS.description ? { field: 'description', reason: CampaignReason.DESCRIPTION_TOO_LONG } : null;
}

export function checkCampaignDeadline(deadline: Date, now: Date): CampaignViolation | null {
  const ms = deadline.getTime();
  return Number.isNaN(ms) || ms <= now.getTime() || ms > now.getTime() + CAMPAIGN_LIMITS.deadlineDaysMax * DAY_MS
    ? { field: 'deadline', reason: CampaignReason.DEADLINE_OUT_OF_RANGE }
    : null;
}

/** What is wrong with a campaign as drafted (question and description already trimmed), in form order. */
export function campaignDraftViolations(draft: { question: string; description: string; deadline: Date }, now: Date): CampaignViolation[] {
  return [checkCampaignQuestion(draft.question), checkCampaignDescription(draft.description), checkCampaignDeadline(draft.deadline, now)].filter(
    (v): v is CampaignViolation => v !== null,
  );
}
