/**
 * Contact windows and reply reading, in their own process; prints one JSON line.
 *
 * `contact-windows.ts <calls> <runs>`: nextContactWindow with rules compiled once, for recipients in four
 * zones (London, New York, Berlin with region BY, Sydney) with public holidays, a cap of 3 in 7 days, a
 * 24-hour minimum gap and two recent contacts each, from instants spread over 2026; in the same run the
 * baseline a host gets by passing the raw rules on every call (validated and compiled each time, holiday
 * calendars rebuilt), on a smaller sample; then classifyReply over replies in the five languages.
 */
import type { Channel } from '@overdue/core';
import { createRandom } from '@overdue/core';
import type { ContactRecipient, ContactRules } from '@overdue/outreach';
import { classifyReply, compileContactRules, nextContactWindow } from '@overdue/outreach';
import { measure, median } from './measure';

const [first = '200000', second = '5'] = process.argv.slice(2);
const calls = Number(first);
const runs = Number(second);

const rules: ContactRules = { caps: [{ max: 3, windowDays: 7 }], minimumGapMinutes: 24 * 60 };
const places = [
  { timeZone: 'Europe/London', country: 'GB', region: 'ENG' },
  { timeZone: 'America/New_York', country: 'US' },
  { timeZone: 'Europe/Berlin', country: 'DE', region: 'BY' },
  { timeZone: 'Australia/Sydney', country: 'AU', region: 'NSW' },
];
const channels: Channel[] = ['email', 'sms', 'voice', 'whatsapp'];
const random = createRandom('contact-windows');
const start = Date.UTC(2026, 0, 1);
const year = 365 * 86_400_000;
const cases: { recipient: ContactRecipient; from: Date }[] = [];
for (let index = 0; index < 4096; index++) {
  const place = places[index % places.length] as (typeof places)[number];
  const from = start + Math.floor(random.next() * year);
  cases.push({
    recipient: {
      ...place,
      channel: channels[random.integer(channels.length)] as Channel,
      contact: { id: `c${index}`, email: `ap${index}@example.com`, phone: '+447700900123' },
      recentContacts: [
        { at: new Date(from - 2 * 86_400_000), channel: 'email' },
        { at: new Date(from - 5 * 86_400_000), channel: 'sms' },
      ],
    },
    from: new Date(from),
  });
}

const compiled = compileContactRules(rules);
let allowed = 0;
const compiledTimes = await measure(() => {
  allowed = 0;
  for (let index = 0; index < calls; index++) {
    const item = cases[index & 4095] as (typeof cases)[number];
    if (nextContactWindow(item.recipient, item.from, compiled).allowed) allowed++;
  }
}, runs);
const rawCalls = Math.max(1, Math.round(calls / 400));
const rawTimes = await measure(
  () => {
    for (let index = 0; index < rawCalls; index++) {
      const item = cases[index & 4095] as (typeof cases)[number];
      nextContactWindow(item.recipient, item.from, rules);
    }
  },
  Math.min(runs, 3),
  1,
);

const replies: [string, string][] = [
  ['Hi, we will pay on 15 December. Regards, Anna', 'en'],
  ['We have not received the invoice, can you send it again?', 'en'],
  ['Nous avons déjà réglé cette facture le 25 novembre.', 'fr'],
  ['Wäre eine Ratenzahlung möglich? Wir haben gerade Liquiditätsengpässe.', 'de'],
  ['Wij zijn het niet eens met het bedrag op deze factuur.', 'nl'],
  ['Pagaremos el 15 de diciembre.\n\nEl lun, 30 nov 2026 escribió:\n> Recordatorio de pago', 'es'],
  ['STOP', 'en'],
  ['Thanks, noted.', 'en'],
];
const replyCalls = Math.max(1, Math.round(calls / 4));
const replyTimes = await measure(() => {
  for (let index = 0; index < replyCalls; index++) {
    const [text, locale] = replies[index % replies.length] as [string, string];
    classifyReply(text, { locale, receivedOn: '2026-12-02' });
  }
}, runs);

const compiledMicros = (median(compiledTimes) * 1000) / calls;
const rawMicros = (median(rawTimes) * 1000) / rawCalls;
console.log(
  JSON.stringify({
    calls,
    allowedShare: allowed / calls,
    compiledMicros,
    rawCalls,
    rawMicros,
    rawOverCompiled: rawMicros / compiledMicros,
    replyCalls,
    replyMicros: (median(replyTimes) * 1000) / replyCalls,
  }),
);
