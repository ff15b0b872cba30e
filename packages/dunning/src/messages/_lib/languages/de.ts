import { type LanguagePack, tones } from '../language-pack';
import { installment } from '../placeholder-shorthands';

const what =
  '{{#single}}die Rechnung {{invoiceNumber}} über {{total}}, fällig am {{dueDate}},{{/single}}{{#multiple}}die {{invoiceCount}} unten aufgeführten Rechnungen über insgesamt {{total}}{{/multiple}}';
const is = '{{#single}}ist{{/single}}{{#multiple}}sind{{/multiple}}';
const oldest = '{{#multiple}}; die älteste war am {{dueDate}} fällig{{/multiple}}';
const { number, of, amount, date, late, onTime, end } = installment;
const hello = 'Guten Tag, hier ist eine Nachricht von {{sender.name}} für {{customer.name}}.';

/** German, with Sie, as a German credit controller writes it. */
export const de: LanguagePack = {
  labels: {
    invoice: 'Rechnung',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fällig am',
    daysOverdue: 'Tage überfällig',
    amountDue: 'Offener Betrag',
    total: 'Summe',
    colon: ': ',
    payNow: 'Jetzt bezahlen',
    invoices: (count, invoice) => (count === 1 ? `Rechnung ${invoice}` : `${count} Rechnungen`),
    listLine: (invoice, money, due) => `• *${invoice}*: ${money}, fällig am ${due}`,
  },
  greeting: tones('Hallo {{recipient}},', 'Guten Tag {{recipient}},'),
  signoff: tones(
    'Vielen Dank und freundliche Grüße\n{{sender.name}}',
    'Freundliche Grüße\n{{sender.name}}',
    'Mit freundlichen Grüßen\n{{sender.name}}',
  ),
  reply:
    'Falls Sie bereits bezahlt haben oder es ein Problem{{#single}} mit dieser Rechnung{{/single}}{{#multiple}} mit einer dieser Rechnungen{{/multiple}} gibt, antworten Sie bitte einfach auf diese Nachricht – wir kümmern uns darum.',
  replyInstallment:
    'Falls Sie bereits bezahlt haben oder es ein Problem mit dieser Rate gibt, antworten Sie bitte einfach auf diese Nachricht – wir kümmern uns darum.',
  pay: 'Sie können bequem und sicher online bezahlen:\n\n{{paymentLink}}',
  finalWarning:
    'Sollten wir in Kürze weder eine Zahlung noch eine Nachricht von Ihnen erhalten, müssen wir weitere Schritte zur Einziehung der Forderung einleiten; dazu kann auch die Übergabe an einen Dritten gehören.',
  smsReply: 'Schon bezahlt oder Fragen? Bitte antworten.',
  templates: {
    upcoming: {
      subject: tones(
        'Freundliche Erinnerung: Zahlung fällig am {{dueDate}}',
        'Zahlung fällig am {{dueDate}} – {{sender.name}}',
      ),
      intro: tones(
        'wir möchten Sie kurz daran erinnern, dass {{#single}}die Rechnung {{invoiceNumber}} über {{total}} am {{dueDate}} fällig wird{{/single}}{{#multiple}}die {{invoiceCount}} unten aufgeführten Rechnungen über insgesamt {{total}} in Kürze fällig werden, die erste am {{dueDate}}{{/multiple}}.',
        'wir erinnern Sie daran, dass {{#single}}die Rechnung {{invoiceNumber}} über {{total}} am {{dueDate}} fällig wird{{/single}}{{#multiple}}die {{invoiceCount}} unten aufgeführten Rechnungen über insgesamt {{total}} in Kürze fällig werden, die erste am {{dueDate}}{{/multiple}}.',
      ),
      request: tones(
        'Falls die Zahlung bereits veranlasst ist, vielen Dank – dann betrachten Sie diese Nachricht bitte als gegenstandslos.',
        'Bitte sorgen Sie für einen fristgerechten Zahlungseingang.',
      ),
      sms: tones(
        '{{sender.name}}: Zur freundlichen Erinnerung, am {{dueDate}} ist der Betrag von {{total}} fällig ({{invoices}}).',
        '{{sender.name}}: Zur Erinnerung, am {{dueDate}} ist der Betrag von {{total}} fällig ({{invoices}}).',
      ),
      voice: tones(
        `${hello} Wir möchten Sie freundlich daran erinnern, dass ein Betrag von {{total}} am {{dueDate}} fällig wird. Die Einzelheiten und einen Zahlungslink finden Sie in unserer E-Mail. Vielen Dank!`,
        `${hello} Wir erinnern Sie daran, dass ein Betrag von {{total}} am {{dueDate}} fällig wird. Die Einzelheiten finden Sie in unserer E-Mail. Vielen Dank.`,
      ),
    },
    overdue: {
      subject: tones(
        'Freundliche Zahlungserinnerung: {{#single}}Rechnung {{invoiceNumber}}{{/single}}{{#multiple}}{{invoiceCount}} offene Rechnungen{{/multiple}}',
        'Zahlungserinnerung: {{total}} überfällig',
        'Überfällige Zahlung: {{total}} – bitte umgehend begleichen',
        'Letzte Zahlungserinnerung: {{total}} überfällig',
      ),
      intro: tones(
        `bei der Durchsicht unserer Buchhaltung ist uns aufgefallen, dass ${what} noch nicht beglichen ${is}${oldest}. Sicher handelt es sich nur um ein Versehen.`,
        `laut unserer Buchhaltung ${is} ${what} noch nicht beglichen${oldest}.`,
        `trotz unserer Zahlungserinnerung ${is} ${what} weiterhin offen${oldest}.`,
        `trotz unserer bisherigen Erinnerungen ${is} ${what} noch immer nicht beglichen${oldest}. Dies ist unsere letzte Zahlungserinnerung.`,
      ),
      request: tones(
        'Wir wären Ihnen dankbar, wenn Sie die Zahlung bei nächster Gelegenheit veranlassen.',
        'Bitte überweisen Sie den offenen Betrag so bald wie möglich.',
        'Wir bitten Sie, den offenen Betrag nun umgehend zu begleichen.',
        'Bitte begleichen Sie den gesamten offenen Betrag sofort.',
      ),
      sms: tones(
        '{{sender.name}}: Zur Erinnerung, der Betrag von {{total}} war am {{dueDate}} fällig ({{invoices}}). Vielleicht übersehen?',
        '{{sender.name}}: Der Betrag von {{total}} ist seit {{dueDate}} überfällig ({{invoices}}). Bitte zahlen Sie so bald wie möglich.',
        '{{sender.name}}: Trotz Erinnerung ist {{total}} weiterhin offen ({{invoices}}, fällig am {{dueDate}}). Bitte zahlen Sie umgehend.',
        '{{sender.name}}: LETZTE ERINNERUNG. {{total}} ist weiterhin offen ({{invoices}}, fällig am {{dueDate}}). Ohne Zahlung prüfen wir weitere Schritte.',
      ),
      voice: tones(
        `${hello} Laut unserer Buchhaltung ist ein Betrag von {{total}}, fällig am {{dueDate}}, noch offen. Sicher handelt es sich nur um ein Versehen. Die Einzelheiten und einen Zahlungslink finden Sie in unserer E-Mail. Vielen Dank!`,
        `${hello} Laut unserer Buchhaltung ist ein Betrag von {{total}}, fällig am {{dueDate}}, überfällig. Bitte zahlen Sie so bald wie möglich. Die Einzelheiten finden Sie in unserer E-Mail.`,
        `${hello} Trotz unserer Erinnerung ist ein Betrag von {{total}}, fällig am {{dueDate}}, weiterhin offen. Bitte zahlen Sie umgehend, oder melden Sie sich, falls es ein Problem gibt.`,
        `${hello} Dies ist unsere letzte Zahlungserinnerung: Ein Betrag von {{total}}, fällig am {{dueDate}}, ist noch immer offen. Ohne Zahlung müssen wir weitere Schritte prüfen. Bitte melden Sie sich noch heute.`,
      ),
    },
    'promise-broken': {
      subject: tones(
        'Ihre für den {{promise.date}} angekündigte Zahlung über {{promise.amount}}',
        'Zugesagte Zahlung über {{promise.amount}} nicht eingegangen',
        'Zugesagte Zahlung nicht eingegangen: {{total}} offen',
        'Letzte Zahlungserinnerung: zugesagte Zahlung nicht eingegangen',
      ),
      intro: tones(
        'vielen Dank für Ihre Mitteilung, dass eine Zahlung über {{promise.amount}} bis zum {{promise.date}} erfolgen würde. Bisher ist sie bei uns noch nicht eingegangen – vielleicht ist sie noch unterwegs.',
        'Sie hatten uns mitgeteilt, dass eine Zahlung über {{promise.amount}} bis zum {{promise.date}} erfolgen würde. Leider ist sie bei uns nicht eingegangen.',
        'Sie hatten uns eine Zahlung über {{promise.amount}} bis zum {{promise.date}} zugesagt. Diese ist nicht eingegangen{{#total}}, und der Betrag von {{total}} ist weiterhin offen{{/total}}.',
        'trotz Ihrer Zusage, {{promise.amount}} bis zum {{promise.date}} zu zahlen, ist keine Zahlung eingegangen{{#total}}, und der Betrag von {{total}} ist weiterhin offen{{/total}}. Dies ist unsere letzte Zahlungserinnerung.',
      ),
      request: tones(
        'Könnten Sie uns kurz mitteilen, wann wir mit der Zahlung rechnen können?',
        'Bitte veranlassen Sie die Zahlung so bald wie möglich oder teilen Sie uns mit, wann sie erfolgen wird.',
        'Wir bitten Sie, die Zahlung nun umgehend zu veranlassen.',
        'Bitte begleichen Sie den gesamten offenen Betrag sofort.',
      ),
      sms: tones(
        '{{sender.name}}: Die für den {{promise.date}} angekündigte Zahlung über {{promise.amount}} ist noch nicht eingegangen. Ist sie unterwegs?',
        '{{sender.name}}: Die für den {{promise.date}} zugesagte Zahlung über {{promise.amount}} ist nicht eingegangen. Bitte zahlen Sie so bald wie möglich.',
        '{{sender.name}}: Die für den {{promise.date}} zugesagte Zahlung über {{promise.amount}} ist nicht eingegangen. Bitte zahlen Sie umgehend.',
        '{{sender.name}}: LETZTE ERINNERUNG. Die für den {{promise.date}} zugesagte Zahlung über {{promise.amount}} ist nicht eingegangen. Ohne Zahlung prüfen wir weitere Schritte.',
      ),
      voice: tones(
        `${hello} Die für den {{promise.date}} angekündigte Zahlung über {{promise.amount}} ist noch nicht eingegangen. Könnten Sie uns mitteilen, wann wir damit rechnen können? Vielen Dank!`,
        `${hello} Die für den {{promise.date}} zugesagte Zahlung über {{promise.amount}} ist nicht eingegangen. Bitte zahlen Sie so bald wie möglich, oder nennen Sie uns einen neuen Termin.`,
        `${hello} Die für den {{promise.date}} zugesagte Zahlung über {{promise.amount}} ist nicht eingegangen. Bitte zahlen Sie umgehend, oder melden Sie sich, falls es ein Problem gibt.`,
        `${hello} Dies ist unsere letzte Zahlungserinnerung: Die für den {{promise.date}} zugesagte Zahlung über {{promise.amount}} ist nicht eingegangen. Ohne Zahlung müssen wir weitere Schritte prüfen. Bitte melden Sie sich noch heute.`,
      ),
    },
    'payment-plan-installment': {
      subject: tones(
        `Ratenzahlung: Rate ${number} von ${of} ${onTime}fällig am ${date}${end}${late}noch nicht eingegangen${end}`,
        `Ratenzahlung: Rate ${number} von ${of} ${onTime}fällig am ${date}${end}${late}überfällig${end}`,
        `Ratenzahlung: Rate ${number} von ${of} ${onTime}fällig am ${date}${end}${late}überfällig${end}`,
        `Letzte Zahlungserinnerung: Rate ${number} von ${of} Ihrer Ratenzahlung`,
      ),
      intro: tones(
        `${onTime}gemäß unserer Ratenzahlungsvereinbarung ist die Rate ${number} von ${of} über ${amount} am ${date} fällig.${end}${late}die Rate ${number} von ${of} Ihrer Ratenzahlungsvereinbarung über ${amount} war am ${date} fällig und ist bei uns noch nicht eingegangen. Vielleicht wurde sie nur übersehen.${end}`,
        `${onTime}gemäß unserer Ratenzahlungsvereinbarung ist die Rate ${number} von ${of} über ${amount} am ${date} fällig.${end}${late}die Rate ${number} von ${of} Ihrer Ratenzahlungsvereinbarung über ${amount} war am ${date} fällig und ist nicht eingegangen.${end}`,
        `${onTime}gemäß unserer Ratenzahlungsvereinbarung ist die Rate ${number} von ${of} über ${amount} am ${date} fällig.${end}${late}die Rate ${number} von ${of} Ihrer Ratenzahlungsvereinbarung über ${amount} war am ${date} fällig und ist weiterhin offen. Die Ratenzahlung setzt voraus, dass die Raten pünktlich gezahlt werden.${end}`,
        `die Rate ${number} von ${of} Ihrer Ratenzahlungsvereinbarung über ${amount}, fällig am ${date}, ist noch immer nicht beglichen. Dies ist unsere letzte Zahlungserinnerung.`,
      ),
      request: tones(
        '{{^installmentOverdue}}Vielen Dank, dass Sie die Vereinbarung einhalten.{{/installmentOverdue}}{{#installmentOverdue}}Wir wären Ihnen dankbar, wenn Sie die Rate bei nächster Gelegenheit zahlen.{{/installmentOverdue}}',
        `Bitte sorgen Sie dafür, dass die Rate ${onTime}pünktlich${end}${late}so bald wie möglich${end} gezahlt wird.`,
        `Bitte zahlen Sie die Rate ${onTime}pünktlich${end}${late}umgehend${end}.`,
        'Bitte zahlen Sie die Rate sofort.',
      ),
      sms: tones(
        `{{sender.name}}: Rate ${number}/${of} Ihrer Ratenzahlung über ${amount} ${onTime}ist am ${date} fällig.${end}${late}war am ${date} fällig.${end} Vielen Dank!`,
        `{{sender.name}}: Rate ${number}/${of} Ihrer Ratenzahlung über ${amount} ${onTime}ist am ${date} fällig.${end}${late}war am ${date} fällig.${end}`,
        `{{sender.name}}: Rate ${number}/${of} Ihrer Ratenzahlung über ${amount} ${onTime}ist am ${date} fällig.${end}${late}ist seit ${date} überfällig. Bitte zahlen Sie umgehend.${end}`,
        `{{sender.name}}: LETZTE ERINNERUNG. Rate ${number}/${of} über ${amount}, fällig am ${date}, ist offen. Ohne Zahlung prüfen wir weitere Schritte.`,
      ),
      voice: tones(
        `${hello} Die Rate ${number} von ${of} Ihrer Ratenzahlung über ${amount} ${onTime}ist am ${date} fällig.${end}${late}war am ${date} fällig.${end} Vielen Dank!`,
        `${hello} Die Rate ${number} von ${of} Ihrer Ratenzahlung über ${amount} ${onTime}ist am ${date} fällig.${end}${late}war am ${date} fällig.${end} Die Einzelheiten finden Sie in unserer E-Mail. Vielen Dank.`,
        `${hello} Die Rate ${number} von ${of} Ihrer Ratenzahlung über ${amount} ${onTime}ist am ${date} fällig. Bitte zahlen Sie pünktlich.${end}${late}war am ${date} fällig und ist weiterhin offen. Bitte zahlen Sie umgehend.${end}`,
        `${hello} Dies ist unsere letzte Zahlungserinnerung: Die Rate ${number} Ihrer Ratenzahlung über ${amount}, fällig am ${date}, ist offen. Ohne Zahlung müssen wir weitere Schritte prüfen.`,
      ),
    },
  },
};
