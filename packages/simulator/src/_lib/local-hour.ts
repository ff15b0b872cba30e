const zones = new Map<string, { formatter: Intl.DateTimeFormat; hours: Map<number, number> }>();

/**
 * The hour (0-23) of an instant in an IANA time zone. The zone's offset is read once per UTC day (at noon)
 * and cached, so an hour within a daylight-saving switch night may be off by one; send and payment hours
 * are daytime hours.
 */
export function localHourOf(timeZone: string, at: Date): number {
  const time = at.getTime();
  const utcDay = Math.floor(time / 86_400_000);
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = {
      formatter: new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' }),
      hours: new Map(),
    };
    zones.set(timeZone, zone);
  }
  let offset = zone.hours.get(utcDay);
  if (offset === undefined) {
    const noon = Number(zone.formatter.format(new Date(utcDay * 86_400_000 + 12 * 3_600_000))) % 24;
    offset = noon - 12;
    if (zone.hours.size > 100_000) zone.hours.clear();
    zone.hours.set(utcDay, offset);
  }
  const utcHour = Math.floor(time / 3_600_000) % 24;
  return (((utcHour + offset) % 24) + 24) % 24;
}

const instants = new Map<string, Map<number, number>>();

/** The instant of a local hour on a civil day (a day number) in an IANA time zone, cached. */
export function instantAtLocalHour(timeZone: string, dayNumber: number, hour: number): Date {
  let zone = instants.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    instants.set(timeZone, zone);
  }
  const key = dayNumber * 24 + hour;
  const cached = zone.get(key);
  if (cached !== undefined) return new Date(cached);
  const instant = findInstant(timeZone, dayNumber, hour);
  if (zone.size > 100_000) zone.clear();
  zone.set(key, instant.getTime());
  return instant;
}

function findInstant(timeZone: string, dayNumber: number, hour: number): Date {
  // Start from the UTC guess, then correct by the zone's offset (twice, for days when it changes).
  let guess = dayNumber * 86_400_000 + hour * 3_600_000;
  for (let pass = 0; pass < 2; pass++) {
    const local = localHourOf(timeZone, new Date(guess));
    let difference = local - hour;
    if (difference > 12) difference -= 24;
    if (difference < -12) difference += 24;
    if (difference === 0) break;
    guess -= difference * 3_600_000;
  }
  return new Date(guess);
}
