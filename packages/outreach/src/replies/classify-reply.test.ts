import { OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReplyOutcome } from './classify-reply';
import { classifyReply } from './classify-reply';

// Received on Wednesday 2 December 2026 (2026-12-01 is a Tuesday). So "tomorrow" is 2026-12-03, "Friday"
// and "next Friday" the coming Friday 2026-12-04, a date without a year the next one on or after it
// (15 December -> 2026-12-15, 15 January -> 2027-01-15), the end of the month 2026-12-31.
const receivedOn = '2026-12-02';

type Row = [string, string, ReplyOutcome, string | undefined];

const rows: Record<string, Row[]> = {
  en: [
    ['We are short of cash this month. Could we pay this in instalments?', 'en', 'payment-plan-request', undefined],
    ['Would a payment plan over three months be possible?', 'en', 'payment-plan-request', undefined],
    ['Can we have more time to pay? Things are tight until January.', 'en', 'payment-plan-request', undefined],
    ['We will pay the first installment on Friday.', 'en', 'promise-to-pay', '2026-12-04'],
    ['Hi, we will pay on 15 December. Regards, Anna', 'en', 'promise-to-pay', '2026-12-15'],
    ["Thanks for the reminder, we'll settle it by December 18th.", 'en', 'promise-to-pay', '2026-12-18'],
    ['Payment will be made on 2026-12-20 in our next payment run.', 'en', 'promise-to-pay', '2026-12-20'],
    ['We did not pay yet, will pay Friday.', 'en', 'promise-to-pay', '2026-12-04'],
    ['Sorry for the delay, we will transfer the money tomorrow', 'en', 'promise-to-pay', '2026-12-03'],
    ['We can pay next Friday.', 'en', 'promise-to-pay', '2026-12-04'],
    ['We will pay at the end of the month.', 'en', 'promise-to-pay', '2026-12-31'],
    ['We will pay on 12/15.', 'en-US', 'promise-to-pay', '2026-12-15'],
    ['We will pay on 15/01.', 'en-GB', 'promise-to-pay', '2027-01-15'],
    ['We will pay soon, promise.', 'en', 'promise-to-pay', undefined],
    ['The invoice will be paid on Monday.', 'en', 'promise-to-pay', '2026-12-07'],
    ['Payment has been scheduled for 15 January.', 'en', 'promise-to-pay', '2027-01-15'],
    ['Invoice paid.', 'en', 'paid-already', undefined],
    ['We have not paid this invoice.', 'en', 'other', undefined],
    ['Please stop by our office to collect the cheque.', 'en', 'other', undefined],
    ['This invoice was already paid on 28 November, please check your records.', 'en', 'paid-already', undefined],
    ["We've paid this last week, remittance attached.", 'en', 'paid-already', undefined],
    ['We dispute this invoice: the amount is wrong, we were overcharged.', 'en', 'dispute', undefined],
    ['We will not pay until you send a credit note for the damaged goods.', 'en', 'dispute', undefined],
    ['We have not received the invoice, can you resend it?', 'en', 'invoice-not-received', undefined],
    ['Could you send us a copy of the invoice? We never got it.', 'en', 'invoice-not-received', undefined],
    ['Wrong number, I do not know this company.', 'en', 'wrong-contact', undefined],
    ['John no longer works here. Please contact accounts@example.com', 'en', 'wrong-contact', undefined],
    ['STOP', 'en', 'opt-out', undefined],
    ['Please unsubscribe me from these emails.', 'en', 'opt-out', undefined],
    ['Thanks, noted.', 'en', 'other', undefined],
  ],
  fr: [
    ['Serait-il possible de payer en trois fois ?', 'fr', 'payment-plan-request', undefined],
    ['Nous souhaiterions un échéancier pour cette facture.', 'fr', 'payment-plan-request', undefined],
    ['Bonjour, nous paierons le 15/12. Cordialement', 'fr', 'promise-to-pay', '2026-12-15'],
    ['Le virement sera effectué le 15 décembre.', 'fr', 'promise-to-pay', '2026-12-15'],
    ["Nous n'avons pas encore payé, mais nous allons régler vendredi.", 'fr', 'promise-to-pay', '2026-12-04'],
    ['Nous réglerons la facture demain.', 'fr', 'promise-to-pay', '2026-12-03'],
    ['Je vous confirme le règlement pour le 20 décembre.', 'fr', 'promise-to-pay', '2026-12-20'],
    ['La facture sera réglée fin du mois.', 'fr', 'promise-to-pay', '2026-12-31'],
    ['La facture a déjà été réglée le 25 novembre.', 'fr', 'paid-already', undefined],
    ['Nous avons bien payé, voici la preuve de paiement.', 'fr', 'paid-already', undefined],
    ['Nous contestons cette facture, le montant est erroné.', 'fr', 'dispute', undefined],
    ["Nous n'avons pas reçu la facture, merci de la renvoyer.", 'fr', 'invoice-not-received', undefined],
    ['Vous avez le mauvais interlocuteur, Mme Dupont a quitté la société.', 'fr', 'wrong-contact', undefined],
    ['Merci de me désabonner.', 'fr', 'opt-out', undefined],
    ['STOP', 'fr', 'opt-out', undefined],
  ],
  de: [
    ['Wäre eine Ratenzahlung möglich? Wir haben gerade Liquiditätsengpässe.', 'de', 'payment-plan-request', undefined],
    ['Können wir die Rechnung in Raten bezahlen?', 'de', 'payment-plan-request', undefined],
    ['Wir zahlen bis zum 15.12.', 'de', 'promise-to-pay', '2026-12-15'],
    ['Die Rechnung wird am 15.12. bezahlt.', 'de', 'promise-to-pay', '2026-12-15'],
    ['Wir zahlen nicht, die Ware ist defekt.', 'de', 'dispute', undefined],
    ['Guten Morgen, wir werden die Rechnung am 18. Dezember überweisen.', 'de', 'promise-to-pay', '2026-12-18'],
    ['Die Zahlung erfolgt nächsten Freitag.', 'de', 'promise-to-pay', '2026-12-04'],
    ['Wir haben die Rechnung bereits am 20.11.2026 bezahlt.', 'de', 'paid-already', undefined],
    ['Wir haben noch nicht bezahlt, werden aber morgen überweisen.', 'de', 'promise-to-pay', '2026-12-03'],
    ['Wir widersprechen der Rechnung, der Betrag ist falsch.', 'de', 'dispute', undefined],
    [
      'Wir haben die Rechnung nicht erhalten. Bitte senden Sie eine Kopie der Rechnung.',
      'de',
      'invoice-not-received',
      undefined,
    ],
    ['Falscher Ansprechpartner, Herr Müller arbeitet nicht mehr bei uns.', 'de', 'wrong-contact', undefined],
    ['Bitte abmelden.', 'de', 'opt-out', undefined],
    ['Bitte keine weiteren Nachrichten.', 'de', 'opt-out', undefined],
  ],
  nl: [
    ['Is een betalingsregeling mogelijk?', 'nl', 'payment-plan-request', undefined],
    ['Kunnen we in termijnen betalen?', 'nl', 'payment-plan-request', undefined],
    ['Wij betalen op 15 december.', 'nl', 'promise-to-pay', '2026-12-15'],
    ['Betaling volgt uiterlijk 20-12-2026.', 'nl', 'promise-to-pay', '2026-12-20'],
    ['Wij hebben nog niet betaald.', 'nl', 'other', undefined],
    ['We zullen het bedrag vrijdag overmaken.', 'nl', 'promise-to-pay', '2026-12-04'],
    ['De factuur wordt morgen betaald.', 'nl', 'promise-to-pay', '2026-12-03'],
    ['Wij hebben de factuur al betaald.', 'nl', 'paid-already', undefined],
    ['Wij betwisten deze factuur, het bedrag klopt niet.', 'nl', 'dispute', undefined],
    [
      'Wij hebben de factuur niet ontvangen, kunt u de factuur opnieuw sturen?',
      'nl',
      'invoice-not-received',
      undefined,
    ],
    ['U heeft de verkeerde persoon, zij werkt hier niet meer.', 'nl', 'wrong-contact', undefined],
    ['Graag afmelden voor deze berichten.', 'nl', 'opt-out', undefined],
  ],
  es: [
    ['¿Podríamos pagar la factura a plazos?', 'es', 'payment-plan-request', undefined],
    ['Necesitamos un aplazamiento del pago hasta enero.', 'es', 'payment-plan-request', undefined],
    ['Pagaremos el 15 de diciembre.', 'es', 'promise-to-pay', '2026-12-15'],
    ['Le informamos que el pago se realizará el viernes.', 'es', 'promise-to-pay', '2026-12-04'],
    ['Vamos a realizar el pago mañana por la mañana.', 'es', 'promise-to-pay', '2026-12-03'],
    ['Haremos el pago el 2026-12-22.', 'es', 'promise-to-pay', '2026-12-22'],
    ['Ya hemos pagado la factura, adjunto el comprobante de pago.', 'es', 'paid-already', undefined],
    ['No estamos de acuerdo con el importe, la factura es incorrecta.', 'es', 'dispute', undefined],
    ['No hemos recibido la factura, ¿pueden reenviarla?', 'es', 'invoice-not-received', undefined],
    ['Número equivocado, aquí no es.', 'es', 'wrong-contact', undefined],
    ['Por favor, darme de baja.', 'es', 'opt-out', undefined],
    ['BAJA', 'es', 'opt-out', undefined],
  ],
};

describe('classifyReply', () => {
  for (const [language, table] of Object.entries(rows)) {
    it.each(table)(`${language}: %j is %s`, (text, locale, outcome, promiseDate) => {
      const result = classifyReply(text, { locale, receivedOn });
      expect(result.outcome).toBe(outcome);
      expect(result.promiseDate).toBe(promiseDate);
      // The phrase quoted as the reason is really in the reply.
      if (outcome !== 'other') expect(text).toContain(result.reasons[0]?.phrase);
    });
  }

  it('quotes the matching phrase as written, with its case and accents', () => {
    const result = classifyReply('Nous PAIERONS le 15 Décembre', { locale: 'fr', receivedOn });
    expect(result.reasons).toEqual([
      { code: 'promise-to-pay', phrase: 'PAIERONS', message: '"PAIERONS" reads as a promise to pay' },
      { code: 'promise-date', phrase: '15 Décembre', message: '"15 Décembre" is read as 2026-12-15' },
    ]);
    expect(result.confidence).toBe(0.9);
  });

  it('tries English phrases too whatever the locale', () => {
    expect(classifyReply('We already paid, thanks', { locale: 'de' }).outcome).toBe('paid-already');
    expect(classifyReply('We already paid, thanks', { locale: 'it-IT' }).outcome).toBe('paid-already');
  });

  it('leaves a date without a year or a relative one unresolved without receivedOn, and says so', () => {
    const result = classifyReply('We will pay on Friday', { locale: 'en' });
    expect(result.outcome).toBe('promise-to-pay');
    expect(result.promiseDate).toBeUndefined();
    expect(result.reasons[1]).toMatchObject({ code: 'promise-date', phrase: 'Friday' });
    expect(classifyReply('We will pay on 2026-12-20', { locale: 'en' }).promiseDate).toBe('2026-12-20');
  });

  it('reads a weekday said on that weekday as the one a week later', () => {
    // 2026-12-04 is a Friday; "Friday" then means 2026-12-11.
    expect(classifyReply('We will pay Friday', { locale: 'en', receivedOn: '2026-12-04' }).promiseDate).toBe(
      '2026-12-11',
    );
  });

  it('ignores an impossible date and an amount that looks like one', () => {
    expect(classifyReply('We will pay 12.50 on 31/02', { locale: 'en', receivedOn }).promiseDate).toBeUndefined();
  });

  it('lowers the confidence and lists every outcome when several are mentioned', () => {
    const result = classifyReply('We already paid part, but the amount is wrong.', { locale: 'en' });
    expect(result.outcome).toBe('dispute');
    expect(result.confidence).toBe(0.7);
    expect(result.reasons.map((reason) => reason.code)).toEqual(['dispute', 'paid-already']);
  });

  describe('quoted earlier messages', () => {
    const reminder = 'we will pay on 15 December. Please STOP sending reminders, unsubscribe';
    it.each([
      ['> quoted lines', `Wrong number.\n\n> ${reminder}\n> thanks`],
      [
        'On ... wrote:',
        `Wrong number.\n\nOn Tue, 1 Dec 2026 at 10:00, Acme Collections <ar@acme.test> wrote:\n${reminder}`,
      ],
      [
        'a header wrapped over two lines',
        `Wrong number.\n\nOn Tue, 1 Dec 2026 at 10:00, Acme Collections\n<ar@acme.test> wrote:\n${reminder}`,
      ],
      ['Le ... a écrit :', `Wrong number.\n\nLe mar. 1 déc. 2026 à 10:00, Acme <ar@acme.test> a écrit :\n${reminder}`],
      ['Am ... schrieb', `Wrong number.\n\nAm 01.12.2026 um 10:00 schrieb Acme <ar@acme.test>:\n${reminder}`],
      ['Op ... schreef', `Wrong number.\n\nOp di 1 dec. 2026 om 10:00 schreef Acme <ar@acme.test>:\n${reminder}`],
      [
        'El ... escribió',
        `Wrong number.\n\nEl mar, 1 dic 2026 a las 10:00, Acme (<ar@acme.test>) escribió:\n${reminder}`,
      ],
      ['an Outlook block', `Wrong number.\n\n-----Original Message-----\nFrom: Acme\nSent: Tuesday\n${reminder}`],
    ])('ignores %s', (_name, text) => {
      const result = classifyReply(text, { locale: 'en' });
      expect(result.outcome).toBe('wrong-contact');
      expect(result.reasons).toHaveLength(1);
    });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('en', 'fr', 'de', 'nl', 'es', 'en-US'),
        (text, locale) => {
          expect(classifyReply(text, { locale, receivedOn })).toEqual(classifyReply(text, { locale, receivedOn }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('always returns a known outcome and quotes only phrases of the reply', () => {
    const outcomes = [
      'promise-to-pay',
      'paid-already',
      'dispute',
      'invoice-not-received',
      'wrong-contact',
      'opt-out',
      'other',
    ];
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('en', 'fr', 'de', 'nl', 'es'), (text, locale) => {
        const result = classifyReply(text, { locale, receivedOn });
        expect(outcomes).toContain(result.outcome);
        for (const reason of result.reasons) expect(text).toContain(reason.phrase);
      }),
      { numRuns: 300 },
    );
  });

  describe('validation', () => {
    it.each<[string, unknown, unknown, string]>([
      ['text not a string', 42, { locale: 'en' }, 'text'],
      ['a missing locale', 'hi', {}, 'options.locale'],
      ['a bad locale', 'hi', { locale: 'english please' }, 'options.locale'],
      ['a bad receivedOn', 'hi', { locale: 'en', receivedOn: '02/12/2026' }, 'options.receivedOn'],
      ['an unknown option', 'hi', { locale: 'en', now: new Date() }, 'options.now'],
      ['a huge text', 'x'.repeat(100_001), { locale: 'en' }, 'text'],
    ])('throws InvalidArgumentError on %s', (_name, text, options, path) => {
      let caught: unknown;
      try {
        classifyReply(text as string, options as { locale: string });
      } catch (error) {
        caught = error;
      }
      expect(OverdueError.isInstance(caught)).toBe(true);
      expect((caught as OverdueError).path).toBe(path);
    });

    it('throws nothing but OverdueError on any input', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (text, options) => {
          try {
            classifyReply(text as string, options as { locale: string });
          } catch (error) {
            return OverdueError.isInstance(error);
          }
          return true;
        }),
        { numRuns: 300 },
      );
    });
  });
});
