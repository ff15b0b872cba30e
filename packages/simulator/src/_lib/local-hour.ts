const formatters = new Map<string, Intl.DateTimeFormat>();
const cache = new Map<string, number>();

/** The hour (0-23) of an instant in an IANA time zone, cached per zone and UTC hour. */
export function localHourOf(timeZone: string, at: Date): number {
  const utcHour = Math.floor(at.getTime() / 3_600_000);
  const key = `${timeZone}|${utcHour}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  const hour = Number(formatter.format(at)) % 24;
  if (cache.size > 200_000) cache.clear();
  cache.set(key, hour);
  return hour;
}

/** The instant of a local hour on a civil day in an IANA time zone (the first such instant). */
export function instantAtLocalHour(timeZone: string, dayNumber: number, hour: number): Date {
  // Start from the UTC guess, then correct by the zone's offset (twice, for days when it changes).
  let guess = dayNumber * 86_400_000 + hour * 3_600_000;
  for (let pass = 0; pass < 2; pass++) {
    const local = localHourOf(timeZone, new Date(guess));
    let difference = local - hour;
    if (difference > 12) difference -= 24;
    if (difference < -12) difference += 24;
    guess -= difference * 3_600_000;
  }
  return new Date(guess);
}
