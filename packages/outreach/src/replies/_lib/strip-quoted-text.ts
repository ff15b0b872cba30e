/**
 * Where a reply header of an email client starts: "On ... wrote:", "Le ... a écrit :", "Am ...
 * schrieb ...:", "Op ... schreef ...:", "El ... escribió:", possibly wrapped over two lines, or an
 * Outlook block ("-----Original Message-----", "From: ... Sent: ...").
 */
const replyHeaders: readonly RegExp[] = [
  /^[ \t]*(?:on|le|am|op|el)\b[^\n]{0,300}(?:\n[^\n]{0,300})?\b(?:wrote|a [ée]crit|schrieb|schreef|escribi[óo])[^\n]*$/imu,
  /^[ \t]*-{2,}[ \t]*(?:original message|message d'origine|urspr[üu]ngliche nachricht|oorspronkelijk bericht|mensaje original)[ \t]*-*[ \t]*$/imu,
  /^[ \t]*(?:from|de|von|van)[ \t]*:[^\n]*\n[ \t]*(?:sent|envoy[ée]|gesendet|verzonden|enviado|date|datum|fecha)[ \t]*:/imu,
];

/**
 * The part of a reply its sender wrote: lines starting with `>` dropped, and everything from the first
 * reply header of an email client on.
 */
export function stripQuotedText(text: string): string {
  let end = text.length;
  for (const header of replyHeaders) {
    const match = header.exec(text);
    if (match !== null && match.index < end) end = match.index;
  }
  return text
    .slice(0, end)
    .split(/\r?\n/)
    .filter((line) => !/^[ \t]*>/.test(line))
    .join('\n');
}
