/**
 * Why a status is "Chưa đủ số liệu" (or what it could not use), in words. Its own module, without
 * the model: the compare page says it in the browser from the API's `reason` and years.
 */
import { PERIOD_START, type InsufficientReason } from '../../model/progress/status.ts';
import { t } from '../../../i18n/index.ts';

/** The years a reason may name: those of an assessment (model/progress/assess.ts `TargetAssessment` fits). */
export interface ReasonYears {
  latest: { year: number };
  target: { year: number | null };
  base: { year: number };
}

export function reasonText(reason: InsufficientReason, a?: ReasonYears): string {
  return t(`progress.reason.${reason}`, {
    start: PERIOD_START,
    year: a?.latest.year ?? '',
    target: a?.target.year ?? '',
    base: a?.base.year ?? '',
  });
}
