import { Cron } from 'croner';
import type { DigestSchedule } from '../core/commands/index.js';
import { nextRunAfter } from './next-run.js';

const FIVE_FIELDS = /^\S+( \S+){4}$/;

/** The cron engine /digest is given outside the core: five fields, checked by croner. */
export const cronSchedule: DigestSchedule = {
  isValidCron(cron) {
    const expression = cron.trim().replace(/\s+/g, ' ');
    if (!FIVE_FIELDS.test(expression)) return false;
    try {
      return new Cron(expression, { paused: true }).nextRun() !== null;
    } catch {
      return false;
    }
  },
  nextRunAfter,
};
