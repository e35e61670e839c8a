import { describe, expect, it } from 'vitest';
import { backupDue } from '../../src/deploy/backup.js';

const now = new Date('2026-11-28T10:30:00Z');

describe('when a scheduled backup is due', () => {
  it('is due with no backup yet', () => {
    expect(backupDue('@daily', null, now)).toBe(true);
  });

  it('is due once the schedule fired after the newest backup, not before', () => {
    // @daily fires at midnight (host time: UTC here).
    expect(backupDue('@daily', new Date('2026-11-27T23:59:00Z'), now)).toBe(true);
    expect(backupDue('@daily', new Date('2026-11-28T00:00:05Z'), now)).toBe(false);
    expect(backupDue('0 */6 * * *', new Date('2026-11-28T05:00:00Z'), now)).toBe(true);
    expect(backupDue('0 */6 * * *', new Date('2026-11-28T06:10:00Z'), now)).toBe(false);
  });
});
