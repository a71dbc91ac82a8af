// Why: the step clock and the overview's agenda speak about time the same way: a clock face
// (m:ss, a minus sign when over) and the session's standing against its plan in words.
import type { ScheduleStatus } from '../../domain/clock';
import { i18n } from '../../i18n/i18n';

export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.round(Math.abs(ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${sign}${m}:${String(s).padStart(2, '0')}`;
}

export function scheduleText(status: ScheduleStatus): string {
  switch (status.kind) {
    case 'not-started':
      return i18n.t('workshop:timer.schedule.notStarted');
    case 'on-schedule':
      return i18n.t('workshop:timer.schedule.onSchedule');
    case 'behind':
      return i18n.t('workshop:timer.schedule.behind', { minutes: status.minutes });
    case 'ahead':
      return i18n.t('workshop:timer.schedule.ahead', { minutes: status.minutes });
  }
}
