import type { CivilDate } from '@overdue/core';
import { dayNumberToCivilDate } from '@overdue/core';

/** Civil dates of day numbers, each converted once: a million predictions share a few hundred dates. */
export class DayLabels {
  private readonly labels = new Map<number, CivilDate>();

  of(day: number): CivilDate {
    let label = this.labels.get(day);
    if (label === undefined) {
      label = dayNumberToCivilDate(day);
      this.labels.set(day, label);
    }
    return label;
  }
}
