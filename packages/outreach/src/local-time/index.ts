// Public exports of this folder; re-exported by src/index.ts.
export type { LocalTime, TimeZoneClock } from './create-time-zone-clock';
export { createTimeZoneClock } from './create-time-zone-clock';
