/** A meeting is published in two stages: the kallelse (notice) and then the mötesanteckning (minutes). */
export type StageState = {
  isNoticePublished?: boolean | null
  noticePublishedAt?: string | null
  isMinutesPublished?: boolean | null
  minutesPublishedAt?: string | null
}

export const MINUTES_BEFORE_NOTICE_ERROR = 'Mötesanteckningen kan inte publiceras innan kallelsen är publicerad.'

/** Minutes cannot go out before the notice they belong to. */
export function validateStages(stages: Pick<StageState, 'isNoticePublished' | 'isMinutesPublished'>): true | string {
  return stages.isMinutesPublished && !stages.isNoticePublished ? MINUTES_BEFORE_NOTICE_ERROR : true
}

/**
 * Each stage keeps the date it was first published; unpublishing clears it so a later
 * re-publication gets a new date. Dates set explicitly (imports of old documents) are kept.
 */
export function stampPublication({
  previous,
  next,
  now,
}: {
  previous?: StageState | null
  next: StageState
  now: Date
}): StageState {
  const stamp = (
    isPublished: boolean | null | undefined,
    nextDate: string | null | undefined,
    previousDate: string | null | undefined,
  ) => (isPublished ? nextDate || previousDate || now.toISOString() : null)
  return {
    noticePublishedAt: stamp(next.isNoticePublished, next.noticePublishedAt, previous?.noticePublishedAt),
    minutesPublishedAt: stamp(next.isMinutesPublished, next.minutesPublishedAt, previous?.minutesPublishedAt),
  }
}

export const MINUTES_BEFORE_START_ERROR = 'Mötesanteckningen kan inte publiceras innan mötet har börjat.'

/** Minutes record what happened: they cannot go out before the meeting has started. */
export function validateMinutesAfterStart({
  isMinutesPublished,
  startsAt,
  now,
}: {
  isMinutesPublished?: boolean | null
  startsAt?: string | null
  now: Date
}): true | string {
  return isMinutesPublished && startsAt && new Date(startsAt) > now ? MINUTES_BEFORE_START_ERROR : true
}
