import type { Money } from '@overdue/core';
import { daysBetween, formatMoney, sumMoney } from '@overdue/core';
import type { MessageChannel, MessageContext } from '../message-types';
import type { LanguagePack } from './language-pack';
import type { TemplateValues } from './template-engine';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function formatDate(date: string, locale: string, dateStyle: 'long' | 'medium'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  // French writes the first day of a month as an ordinal: 1er octobre.
  return day === 1 && /^fr\b/i.test(locale) ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** Totals per currency, in the order the currencies first appear; currencies are never added together. */
function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const byCurrency = new Map<string, Money[]>();
  for (const amount of amounts) byCurrency.set(amount.currency, [...(byCurrency.get(amount.currency) ?? []), amount]);
  return [...byCurrency].map(([currency, list]) => sumMoney(list, currency));
}

/** Builds the placeholder values of a context for one channel and output (`html` only for the email HTML). */
export function messageValues(
  context: MessageContext,
  pack: LanguagePack,
  locale: string,
  channel: MessageChannel,
  html: boolean,
): TemplateValues {
  const voice = channel === 'voice';
  const escapeValue = html ? escapeHtml : (text: string) => text;
  const money = (amount: Money) => formatMoney(amount, locale, voice ? { currencyDisplay: 'name' } : {});
  const proseDate = (date: string) => formatDate(date, locale, channel === 'sms' ? 'medium' : 'long');
  const cellDate = (date: string) => formatDate(date, locale, 'medium');
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const { invoices } = context;
  const charges = context.charges ?? [];
  const overdueDays = invoices.map((invoice) => Math.max(0, daysBetween(invoice.dueDate, context.today)));
  const totals = totalsByCurrency([
    ...invoices.map((invoice) => invoice.amountDue),
    ...charges.map((charge) => charge.amount),
  ]);
  const dueDates = invoices.map((invoice) => invoice.dueDate).sort();
  const first = invoices[0];
  const labels = pack.labels;
  const url = context.paymentUrl ?? '';

  let invoiceTable = '';
  let invoiceList = '';
  if (invoices.length > 0 && !voice) {
    const rows = invoices.map((invoice, index) => [
      invoice.number,
      cellDate(invoice.issueDate),
      cellDate(invoice.dueDate),
      overdueDays[index] === 0 ? '' : String(overdueDays[index]),
      money(invoice.amountDue),
    ]);
    const extra = charges.map((charge) => [charge.label, '', '', '', money(charge.amount)]);
    const footer = totals.map((total) => [labels.total, '', '', '', money(total)]);
    const header = [labels.invoice, labels.issueDate, labels.dueDate, labels.daysOverdue, labels.amountDue];
    if (html) {
      const cell = (tag: string, text: string, right: boolean) =>
        `<${tag} style="padding:4px 8px;border-bottom:1px solid #ddd;text-align:${right ? 'right' : 'left'}">${escapeHtml(text)}</${tag}>`;
      const row = (cells: string[], tag: string) =>
        `<tr>${cells.map((text, index) => cell(tag, text, index >= 3)).join('')}</tr>`;
      invoiceTable = [
        '\n\n<table style="border-collapse:collapse">',
        `<thead>${row(header, 'th')}</thead>`,
        `<tbody>${[...rows, ...extra].map((cells) => row(cells, 'td')).join('\n')}</tbody>`,
        `<tfoot>${footer.map((cells) => row(cells, 'th')).join('\n')}</tfoot>`,
        '</table>\n\n',
      ].join('\n');
    } else {
      const all = [header, ...rows, ...extra, ...footer];
      const widths = header.map((_, column) => Math.max(...all.map((cells) => (cells[column] ?? '').length)));
      invoiceTable = all
        .map((cells) =>
          cells
            .map((text, column) =>
              column >= 3 ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0),
            )
            .join('  ')
            .trimEnd(),
        )
        .join('\n');
    }
    invoiceList = [
      ...invoices.map((invoice) =>
        labels.listLine(invoice.number, money(invoice.amountDue), proseDate(invoice.dueDate)),
      ),
      ...charges.map((charge) => `• ${charge.label}${labels.colon}${money(charge.amount)}`),
      ...totals.map((total) => `*${labels.total}${labels.colon}${money(total)}*`),
    ].join('\n');
  }

  const button = `<a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 20px;background:#1a56db;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${escapeHtml(labels.payNow)}</a>`;
  const texts: Record<string, string> = {
    'sender.name': escapeValue(context.sender.name),
    'sender.replyTo': escapeValue(context.sender.replyTo ?? ''),
    'sender.phone': escapeValue(context.sender.phone ?? ''),
    'customer.name': escapeValue(context.customer.name),
    'customer.contactName': escapeValue(context.customer.contactName ?? ''),
    recipient: escapeValue(context.customer.contactName ?? context.customer.name),
    today: escapeValue(proseDate(context.today)),
    invoiceCount: String(invoices.length),
    invoiceNumber: escapeValue(first?.number ?? ''),
    invoiceNumbers: escapeValue(invoices.length === 0 ? '' : list(invoices.map((invoice) => invoice.number))),
    invoices: escapeValue(invoices.length === 0 ? '' : labels.invoices(invoices.length, first?.number ?? '')),
    total: escapeValue(totals.length === 0 ? '' : list(totals.map(money))),
    dueDate: escapeValue(dueDates[0] === undefined ? '' : proseDate(dueDates[0])),
    daysOverdue: String(Math.max(0, ...overdueDays)),
    invoiceTable,
    invoiceList: escapeValue(invoiceList),
    paymentUrl: voice ? '' : escapeValue(url),
    paymentLink: voice || url === '' ? '' : html ? button : url,
    'promise.date': escapeValue(context.promise === undefined ? '' : proseDate(context.promise.date)),
    'promise.amount': escapeValue(context.promise === undefined ? '' : money(context.promise.amount)),
    'installment.number': context.installment === undefined ? '' : String(context.installment.number),
    'installment.of': context.installment === undefined ? '' : String(context.installment.of),
    'installment.dueDate': escapeValue(context.installment === undefined ? '' : proseDate(context.installment.dueDate)),
    'installment.amount': escapeValue(context.installment === undefined ? '' : money(context.installment.amount)),
  };
  const flags: Record<string, boolean> = {
    single: invoices.length === 1,
    multiple: invoices.length > 1,
    overdue: overdueDays.some((days) => days > 0),
    installmentOverdue: context.installment !== undefined && context.installment.dueDate < context.today,
    charges: charges.length > 0,
  };
  return { texts, flags };
}
