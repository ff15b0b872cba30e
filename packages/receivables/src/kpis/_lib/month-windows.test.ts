import { civilDateToDayNumber } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { monthBoundaries, monthsInPeriod } from './month-windows';

const days = (...dates: string[]) => dates.map((date) => civilDateToDayNumber(date));

describe('monthBoundaries', () => {
  it('steps back by calendar months from a month end, staying on month ends', () => {
    expect(monthBoundaries('2013-04-30', 3)).toEqual(days('2013-04-30', '2013-03-31', '2013-02-28', '2013-01-31'));
  });

  it('keeps the day of the month otherwise, clamped to shorter months', () => {
    expect(monthBoundaries('2013-03-30', 2)).toEqual(days('2013-03-30', '2013-02-28', '2013-01-30'));
  });

  it('never steps before year 1', () => {
    expect(monthBoundaries('0001-03-31', 24)).toEqual(days('0001-03-31', '0001-02-28', '0001-01-31'));
  });
});

describe('monthsInPeriod', () => {
  it.each([
    // [from, to, months] — by hand: whole month windows back from `to`, the partial one as a share of its days.
    ['2013-01-01', '2013-03-31', 3], // a calendar quarter
    ['2013-01-01', '2013-01-31', 1],
    ['2013-02-01', '2013-02-28', 1],
    ['2013-01-15', '2013-02-14', 1], // one window (2013-01-15..02-14)
    ['2013-01-10', '2013-02-14', 1 + 5 / 31], // 2013-01-10..14 is 5 of the 31 days of 2012-12-15..2013-01-14
    ['2013-01-01', '2013-12-31', 12],
    ['2013-01-31', '2013-01-31', 1 / 31],
  ])('counts %s to %s as %d months', (from, to, expected) => {
    expect(monthsInPeriod(from, to).toNumber()).toBeCloseTo(expected, 12);
  });
});
