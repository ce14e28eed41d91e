import { msg, str } from '@lit/localize';
import type { ChangeMarker, PointChange } from '../clinical/progress/change.js';
import type { DataStatus, ObjectiveProgress } from '../clinical/progress/objectives.js';

/** Whether the client came to a session. */
export type Attendance = 'attended' | 'cancelled' | 'no-show';

export const markerWords = (m: ChangeMarker): string =>
  ({
    'reliable-improvement': msg('reliable improvement'),
    'reliable-deterioration': msg('reliable deterioration'),
    response: msg('response (at least 50% lower than baseline)'),
    remission: msg('remission (PHQ-9 below 5)'),
  })[m];

export const changeWords = (p: PointChange): string => {
  if (p.isBaseline) return msg('Baseline.');
  const diff = p.difference;
  const n = Math.abs(diff);
  const words = diff === 0 ? msg('same as baseline') : diff < 0 ? msg(str`${n} lower than baseline`) : msg(str`${n} higher than baseline`);
  return `${[words, ...p.markers.map(markerWords)].join('; ')}.`;
};

export const dataStatusWords = (s: DataStatus, reason?: ObjectiveProgress['reason']): string =>
  s === 'not-enough-data'
    ? reason === 'no-parameters'
      ? msg('No reliable-change rule for this questionnaire')
      : msg('Not enough data yet: needs a baseline and a later score')
    : {
        achieved: msg('Target reached'),
        improving: msg('Improving (reliable improvement)'),
        'no-reliable-change': msg('No reliable change yet'),
        worsening: msg('Worsening (reliable deterioration)'),
      }[s];

export const gasRatingWords = (v: number): string =>
  [
    msg('−2: much less than expected'),
    msg('−1: less than expected'),
    msg('0: as expected'),
    msg('+1: more than expected'),
    msg('+2: much more than expected'),
  ][v + 2]!;

export const attendanceWords = (): Record<Attendance, string> => ({
  attended: msg('Attended'),
  cancelled: msg('Cancelled'),
  'no-show': msg('Did not attend'),
});
