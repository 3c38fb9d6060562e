import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, isMinor } from './privacy-basics.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('age for guardian consent', () => {
  it('turns 18 exactly on the 18th birthday, not a day before', () => {
    expect(isMinor('2008-12-06', '2026-12-05')).toBe(true);
    expect(isMinor('2008-12-06', '2026-12-06')).toBe(false);
    // Born on 29 February: 18 on 1 March of a non-leap year.
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('matches counting birthdays passed, for any pair of dates', () => {
    const day = fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, today] = a <= b ? [a, b] : [b, a];
        let years = today.getUTCFullYear() - birth.getUTCFullYear();
        const birthday = new Date(Date.UTC(today.getUTCFullYear(), birth.getUTCMonth(), birth.getUTCDate()));
        // A 29 February birthday rolls to 1 March in other years, as Date.UTC does.
        if (birthday > today) years -= 1;
        expect(ageOn(iso(birth), iso(today))).toBe(years);
      }),
    );
  });
});
