import { OverdueError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../scenario/evaluate/evaluate-scenario';
import type { CustomerSnapshot, DunningAction } from '../scenario/evaluate/evaluation-types';
import { parseScenario } from '../scenario/parse-scenario';
import { GENTLE_B2B_SCENARIO, STANDARD_SCENARIO } from '../scenario/ready-made-scenarios';
import type { ScenarioInput } from '../scenario/scenario-schema';
import { eventOf, globex, invoiceOf } from './_test/fixtures';
import type { ComposeMessagesOptions } from './compose-messages';
import { composeMessages } from './compose-messages';

const standard = parseScenario(STANDARD_SCENARIO);
const gentle = parseScenario(GENTLE_B2B_SCENARIO);
const sender = { name: 'Acme Supplies Ltd', replyTo: 'accounts@acme.example' };
const options: ComposeMessagesOptions = { sender };

/** INV-1042 (1.234,50 €, with a payment page) and INV-1057 (480,00 €), both due on 1 October 2026. */
function twoInvoices(customer = globex()): CustomerSnapshot {
  return {
    customer,
    invoices: [
      invoiceOf('i1', 'INV-1042', '2026-10-01', '1234.50', { paymentUrl: 'https://pay.acme.example/i/1042' }),
      invoiceOf('i2', 'INV-1057', '2026-10-01', '480.00'),
    ],
  };
}

/** The first message action of an evaluation. */
function messageAction(snapshot: CustomerSnapshot, now: string, scenario = standard): DunningAction {
  const action = evaluateScenario(scenario, snapshot, { now }).actions.find((each) => each.kind === 'message');
  if (action === undefined) throw new Error(`no message action on ${now}`);
  return action;
}

/** The text with Intl's no-break spaces as plain spaces. */
function plain(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

function errorOf(run: () => unknown): OverdueError {
  try {
    run();
  } catch (error) {
    if (OverdueError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an OverdueError');
}

describe('composeMessages', () => {
  describe('a two-channel reminder (STANDARD_SCENARIO, overdue-2: email then SMS, de-DE)', () => {
    const snapshot = twoInvoices();
    const action = messageAction(snapshot, '2026-10-15');
    const messages = composeMessages(action, snapshot, options);

    it('gives one message per delivery, in order, with the delivery contacts', () => {
      expect(action).toMatchObject({ stepId: 'overdue-2', tone: 'neutral', template: 'overdue' });
      expect(messages.map(({ channel, contactIds }) => [channel, contactIds])).toEqual([
        ['email', ['c1']],
        ['sms', ['c2']],
      ]);
      expect(messages.map(({ message }) => message.channel)).toEqual(['email', 'sms']);
    });

    it('writes the email in German with both invoice numbers and amounts formatted for de-DE', () => {
      const email = messages[0];
      if (email?.channel !== 'email') throw new Error('expected an email first');
      // 1.234,50 € + 480,00 € = 1.714,50 €; 14 days overdue from 1 to 15 October.
      expect(email.message.subject).toBe('Zahlungserinnerung: 1.714,50 € überfällig');
      expect(email.message.text).toContain('Guten Tag Anna Weber,');
      expect(plain(email.message.text)).toMatch(/INV-1042 +01\.09\.2026 +01\.10\.2026 +14 +1\.234,50 €/);
      expect(plain(email.message.text)).toMatch(/INV-1057 +01\.09\.2026 +01\.10\.2026 +14 +480,00 €/);
      expect(email.message.html).toContain('<html lang="de-DE">');
    });

    it('writes an SMS of at most two GSM-7 segments with the total and the due date', () => {
      const sms = messages[1];
      if (sms?.channel !== 'sms') throw new Error('expected an SMS second');
      expect(sms.message.text).toContain('1.714,50 €');
      expect(sms.message.text).toContain('01.10.2026');
      expect(sms.message.encoding).toBe('GSM-7');
      expect(sms.message.segments).toBeLessThanOrEqual(2);
    });

    it('shows no payment link when the invoices do not share one', () => {
      expect(messages[0]?.message).not.toHaveProperty('html', expect.stringContaining('pay.acme.example'));
      expect(JSON.stringify(messages)).not.toContain('https://');
    });
  });

  describe('the subject and SMS of a single invoice (the TSDoc example)', () => {
    const snapshot = { ...twoInvoices(), invoices: twoInvoices().invoices.slice(0, 1) };
    const messages = composeMessages(messageAction(snapshot, '2026-10-15'), snapshot, options);

    it('mentions the invoice number and amount, and the invoice payment page', () => {
      expect(messages.map(({ channel, contactIds }) => [channel, contactIds])).toEqual([
        ['email', ['c1']],
        ['sms', ['c2']],
      ]);
      const [email, sms] = messages;
      if (email?.channel !== 'email' || sms?.channel !== 'sms') throw new Error('expected email then SMS');
      expect(email.message.subject).toBe('Zahlungserinnerung: 1.234,50 € überfällig');
      expect(email.message.text).toContain('INV-1042');
      expect(email.message.text).toContain('https://pay.acme.example/i/1042');
      expect(email.message.html).toContain('<a href="https://pay.acme.example/i/1042"');
      expect(sms.message.text).toContain('(Rechnung INV-1042)');
      expect(sms.message.text).toContain('https://pay.acme.example/i/1042');
      expect(sms.message.segments).toBeLessThanOrEqual(2);
    });
  });

  describe('an auto action (STANDARD_SCENARIO, overdue-3)', () => {
    const snapshot = twoInvoices();
    const action = messageAction(snapshot, '2026-10-31');
    const messages = composeMessages(action, snapshot, options);

    it('renders every choice the outreach learner may pick', () => {
      expect(action).toMatchObject({ kind: 'message', auto: true, tone: 'firm' });
      expect(messages.map(({ channel, contactIds }) => `${channel}:${contactIds.join(',')}`)).toEqual([
        'email:c1',
        'sms:c2',
        'voice:c2',
        'whatsapp:c2',
      ]);
    });

    it('greets the first contact of each delivery by name', () => {
      const email = messages.find((each) => each.channel === 'email');
      const whatsapp = messages.find((each) => each.channel === 'whatsapp');
      expect(email?.message).toHaveProperty('text', expect.stringContaining('Anna Weber'));
      expect(whatsapp?.message).toHaveProperty('text', expect.stringContaining('Jonas Klein'));
      expect(whatsapp?.message).toHaveProperty('text', expect.not.stringContaining('Anna Weber'));
    });

    it('narrows each message by its channel', () => {
      for (const composed of messages) {
        if (composed.channel === 'voice') expect(composed.message.script).toContain('1.714,50 Euro');
        if (composed.channel === 'sms') expect(composed.message.segments).toBeLessThanOrEqual(2);
      }
      expect(messages.every((composed) => composed.message.channel === composed.channel)).toBe(true);
    });
  });

  describe('broken promises (STANDARD_SCENARIO: the promise-broken step, email then SMS)', () => {
    // Promised on 10 October for 20 October; with 3 days' grace the promise breaks on 24 October.
    const promised = (fields: Record<string, unknown> = {}) =>
      eventOf({ type: 'promise-made', at: '2026-10-10T09:00:00Z', promisedDate: '2026-10-20', ...fields });

    it('quotes the promised date and amount', () => {
      const snapshot = { ...twoInvoices(), events: [promised({ amount: '500.00', currency: 'EUR' })] };
      const action = messageAction(snapshot, '2026-10-24');
      expect(action).toMatchObject({ stepId: 'promise-broken', template: 'promise-broken' });
      const [email, sms] = composeMessages(action, snapshot, options);
      if (email?.channel !== 'email' || sms?.channel !== 'sms') throw new Error('expected email then SMS');
      // The subject states what is still open; the text quotes the promise.
      expect(email.message.subject).toBe('Zugesagte Zahlung nicht eingegangen: 1.714,50 € offen');
      expect(plain(email.message.text)).toContain('Zahlung über 500,00 € bis zum 20. Oktober 2026 zugesagt');
      expect(sms.message.text).toContain('500,00 €');
      expect(sms.message.text).toContain('20.10.2026');
      expect(sms.message.segments).toBeLessThanOrEqual(2);
    });

    it('quotes the chased balance when the promise has no amount', () => {
      const snapshot = { ...twoInvoices(), events: [promised()] };
      const [email] = composeMessages(messageAction(snapshot, '2026-10-24'), snapshot, options);
      if (email?.channel !== 'email') throw new Error('expected an email');
      expect(plain(email.message.text)).toContain('Zahlung über 1.714,50 € bis zum 20. Oktober 2026 zugesagt');
    });

    it('quotes the latest promise made on or before the day, ignoring later ones and other invoices', () => {
      const snapshot = {
        ...twoInvoices(),
        events: [
          eventOf({ type: 'promise-made', at: '2026-10-05T09:00:00Z', promisedDate: '2026-10-12' }),
          promised({ amount: '500.00', currency: 'EUR' }),
          eventOf({
            type: 'promise-made',
            at: '2026-10-11T09:00:00Z',
            promisedDate: '2026-10-13',
            invoiceIds: ['other'],
          }),
        ],
      };
      const action = messageAction(snapshot, '2026-10-24');
      const later = eventOf({ type: 'promise-made', at: '2026-10-25T09:00:00Z', promisedDate: '2026-11-30' });
      const withLater = { ...snapshot, events: [...snapshot.events, later] };
      const [email] = composeMessages(action, withLater, options);
      if (email?.channel !== 'email') throw new Error('expected an email');
      expect(plain(email.message.text)).toContain('Zahlung über 500,00 € bis zum 20. Oktober 2026 zugesagt');
    });

    it('names snapshot.events when there is no promise to quote', () => {
      const snapshot = { ...twoInvoices(), events: [promised()] };
      const action = messageAction(snapshot, '2026-10-24');
      const error = errorOf(() => composeMessages(action, { ...snapshot, events: [] }, options));
      expect(error.path).toBe('snapshot.events');
      expect(error.message).toContain('promise-made');
    });

    it('works with GENTLE_B2B_SCENARIO, whose promise-broken step is one day after the break', () => {
      // 5 days' grace: breaks on 26 October, the step is on the 27th.
      const snapshot = { ...twoInvoices(), events: [promised({ amount: '250.00', currency: 'EUR' })] };
      const action = messageAction(snapshot, '2026-10-27', gentle);
      expect(action).toMatchObject({ stepId: 'promise-broken', scheduledDate: '2026-10-27' });
      const messages = composeMessages(action, snapshot, options);
      expect(messages.map((each) => each.channel)).toEqual(['email']);
      const [email] = messages;
      if (email?.channel !== 'email') throw new Error('expected an email');
      expect(plain(email.message.text)).toContain('250,00 € bis zum 20. Oktober 2026');
    });
  });

  describe('payment plan installments', () => {
    const planScenario: ScenarioInput = {
      version: 1,
      id: 'plan',
      revision: 1,
      grouping: 'invoice',
      steps: [
        {
          id: 'installment-due',
          anchor: 'due-date',
          offsetDays: 2,
          actions: [{ kind: 'message', channels: ['email'], tone: 'neutral', template: 'payment-plan-installment' }],
        },
      ],
    };
    const snapshot: CustomerSnapshot = {
      customer: globex(),
      invoices: [
        // The first installment is paid: 600,00 € of 900,00 € is still due.
        invoiceOf('i1', 'INV-2001', '2026-12-01', '900.00', {
          amountDue: '600.00',
          installments: [
            { dueDate: '2026-10-01', amount: '300.00' },
            { dueDate: '2026-11-01', amount: '300.00' },
            { dueDate: '2026-12-01', amount: '300.00' },
          ],
        }),
      ],
    };

    it('states the installment number, the count, its due date and amount', () => {
      const action = messageAction(snapshot, '2026-11-03', parseScenario(planScenario));
      expect(action.items.map((item) => `${item.installment}:${item.dueDate}`)).toEqual(['2:2026-11-01']);
      const [email] = composeMessages(action, snapshot, options);
      if (email?.channel !== 'email') throw new Error('expected an email');
      expect(plain(email.message.text)).toContain(
        'die Rate 2 von 3 Ihrer Ratenzahlungsvereinbarung über 300,00 € war am 1. November 2026 fällig',
      );
    });

    it('names action.items when a plan template chases no installment', () => {
      const plain = twoInvoices();
      const base = messageAction(plain, '2026-10-15');
      const action = { ...base, template: 'payment-plan-installment' } as DunningAction;
      expect(errorOf(() => composeMessages(action, plain, options)).path).toBe('action.items');
    });
  });

  describe('locales', () => {
    it('uses options.fallbackLocale for a customer in a language without templates (it-IT → en-GB)', () => {
      const snapshot = twoInvoices(globex({ locale: 'it-IT' }));
      const action = messageAction(snapshot, '2026-10-15');
      const [email] = composeMessages(action, snapshot, { ...options, fallbackLocale: 'en-GB' });
      expect(email?.message).toHaveProperty('subject', 'Payment reminder: €1,714.50 overdue');
      expect(email?.message).toHaveProperty('text', expect.stringContaining('Dear Anna Weber,'));
    });

    it('names snapshot.customer.locale for such a customer without a fallback', () => {
      const snapshot = twoInvoices(globex({ locale: 'it-IT' }));
      const error = errorOf(() => composeMessages(messageAction(snapshot, '2026-10-15'), snapshot, options));
      expect(error.path).toBe('snapshot.customer.locale');
      expect(error.message).toContain('fallbackLocale');
    });

    it("uses options.locale when the customer has none, and prefers the customer's own", () => {
      const { locale: _, ...rest } = globex();
      const snapshot = twoInvoices(rest);
      const action = messageAction(snapshot, '2026-10-15');
      const [french] = composeMessages(action, snapshot, { ...options, locale: 'fr-FR' });
      expect(french?.message).toHaveProperty('subject', expect.stringContaining('1 714,50 €'));
      const german = twoInvoices();
      const [email] = composeMessages(action, german, { ...options, locale: 'fr-FR' });
      expect(email?.message).toHaveProperty('subject', 'Zahlungserinnerung: 1.714,50 € überfällig');
    });

    it('names snapshot.customer.locale when there is no locale at all', () => {
      const { locale: _, ...rest } = globex();
      const snapshot = twoInvoices(rest);
      const error = errorOf(() => composeMessages(messageAction(snapshot, '2026-10-15'), snapshot, options));
      expect(error.path).toBe('snapshot.customer.locale');
      expect(error.message).toContain('options.locale');
    });
  });

  describe('options', () => {
    const snapshot = twoInvoices();
    const action = messageAction(snapshot, '2026-10-15');

    it('uses options.paymentUrl, a string or a function of the action', () => {
      const [fixed] = composeMessages(action, snapshot, { ...options, paymentUrl: 'https://pay.acme.example/c/1' });
      expect(fixed?.message).toHaveProperty('text', expect.stringContaining('https://pay.acme.example/c/1'));
      const seen: string[] = [];
      const [computed] = composeMessages(action, snapshot, {
        ...options,
        paymentUrl: (each) => {
          seen.push(each.key);
          return `https://pay.acme.example/c/${each.customerId}`;
        },
      });
      expect(seen).toEqual([action.key]);
      expect(computed?.message).toHaveProperty('text', expect.stringContaining('https://pay.acme.example/c/C1'));
    });

    it('counts days overdue to options.today instead of the scheduled date', () => {
      const [email] = composeMessages(action, snapshot, { ...options, today: '2026-10-21' });
      if (email?.channel !== 'email') throw new Error('expected an email');
      expect(email.message.text).toContain('Tage überfällig');
      expect(plain(email.message.text)).toMatch(/INV-1042 .* 20 +1\.234,50 €/);
    });

    it('passes host templates through', () => {
      const templates = { overdue: { de: { '*': { email: { subject: '{{invoiceNumbers}}: {{total}}' } } } } };
      const [email] = composeMessages(action, snapshot, { ...options, templates });
      expect(email?.message).toHaveProperty('subject', 'INV-1042 und INV-1057: 1.714,50 €');
    });

    it('lists charges under the invoices and adds them to the total', () => {
      const charges = [{ label: 'Mahngebühr', amount: { currency: 'EUR', minor: 4000 } }];
      const [email] = composeMessages(action, snapshot, { ...options, charges });
      expect(email?.message).toHaveProperty('subject', 'Zahlungserinnerung: 1.754,50 € überfällig');
      expect(email?.message).toHaveProperty('text', expect.stringContaining('Mahngebühr'));
    });

    it('returns nothing for an action without deliveries', () => {
      expect(composeMessages({ ...action, deliveries: [] } as DunningAction, snapshot, options)).toEqual([]);
    });
  });

  describe('errors name the input field', () => {
    const snapshot = twoInvoices();
    const action = messageAction(snapshot, '2026-10-15');

    it('names action.kind for an action that is not a message', () => {
      const task = evaluateScenario(standard, snapshot, { now: '2026-10-31' }).actions.find(
        (each) => each.kind === 'task',
      );
      expect(task).toBeDefined();
      const error = errorOf(() => composeMessages(task as DunningAction, snapshot, options));
      expect(error.code).toBe('invalid-argument');
      expect(error.path).toBe('action.kind');
      expect(error.message).toContain('"task"');
    });

    it('names options.sender.name for a missing sender name', () => {
      const bad = { sender: { name: ' ' } } as ComposeMessagesOptions;
      expect(errorOf(() => composeMessages(action, snapshot, bad)).path).toBe('options.sender.name');
      expect(errorOf(() => composeMessages(action, snapshot, {} as ComposeMessagesOptions)).path).toBe(
        'options.sender',
      );
    });

    it('names the item whose invoice is not in the snapshot', () => {
      const error = errorOf(() =>
        composeMessages(action, { ...snapshot, invoices: snapshot.invoices.slice(0, 1) }, options),
      );
      expect(error.path).toBe('action.items[1].invoiceId');
      expect(error.message).toContain('"i2"');
    });

    it('names the snapshot invoice or the action field a rendering error came from', () => {
      const noNumber = { ...snapshot, invoices: [snapshot.invoices[0], { ...snapshot.invoices[1], number: '' }] };
      expect(errorOf(() => composeMessages(action, noNumber as CustomerSnapshot, options)).path).toBe(
        'snapshot.invoices[1].number',
      );
      const unknown = { ...action, template: 'no-such-template' } as DunningAction;
      expect(errorOf(() => composeMessages(unknown, snapshot, options)).path).toBe('action.template');
      const angry = { ...action, tone: 'angry' } as unknown as DunningAction;
      expect(errorOf(() => composeMessages(angry, snapshot, options)).path).toBe('action.tone');
      const badUrl = { ...options, paymentUrl: 'javascript:alert(1)' };
      expect(errorOf(() => composeMessages(action, snapshot, badUrl)).path).toBe('options.paymentUrl');
      expect(errorOf(() => composeMessages(action, snapshot, { ...options, today: '15.10.2026' })).path).toBe(
        'options.today',
      );
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      [
        'a misspelt option',
        { fallbackLocal: 'en-GB' },
        'options.fallbackLocal',
        'unknown field; did you mean "fallbackLocale"?',
      ],
      [
        'a misspelt sender field',
        { sender: { ...sender, replyToo: 'ar@acme.example' } },
        'options.sender.replyToo',
        'unknown field; did you mean "replyTo"?',
      ],
      [
        'a misspelt tone in the templates',
        { templates: { overdue: { de: { nuetral: { sms: { text: 'x' } } } } } },
        'options.templates["overdue"]["de"].nuetral',
        'unknown field; did you mean "neutral"?',
      ],
      [
        'an unknown field of a charge',
        { charges: [{ label: 'Mahngebühr', amount: { currency: 'EUR', minor: 4000 }, vatRate: 0 }] },
        'options.charges[0].vatRate',
        'unknown field; expected one of label, amount (in the message context, context.charges[0].vatRate)',
      ],
    ])('names %s', (_name, extra, path, message) => {
      const error = errorOf(() =>
        composeMessages(action, snapshot, { ...options, ...extra } as ComposeMessagesOptions),
      );
      expect(error.code).toBe('invalid-argument');
      expect(error.path).toBe(path);
      expect(error.message).toBe(`${path}: ${message}`);
    });

    it('accepts every documented option, and extra fields on the snapshot records it quotes', () => {
      const all: ComposeMessagesOptions = {
        sender: { name: 'Acme Supplies Ltd', replyTo: 'accounts@acme.example', phone: '+44 20 7946 0000' },
        today: '2026-10-15',
        paymentUrl: 'https://pay.acme.example/c/1',
        charges: [{ label: 'Mahngebühr', amount: { currency: 'EUR', minor: 4000 } }],
        locale: 'en-GB',
        fallbackLocale: 'en-GB',
        templates: { overdue: { de: { neutral: { sms: { text: '{{total}} {{sender.phone}}' } } } } },
      };
      const [, sms] = composeMessages(action, snapshot, all);
      expect(sms?.message).toHaveProperty('text', '1.754,50 € +44 20 7946 0000');
      // A promise-made event is a ledger record: a field of its amount beyond currency and minor is left out.
      const promise = eventOf({
        type: 'promise-made',
        at: '2026-10-10T09:00:00Z',
        promisedDate: '2026-10-20',
        amount: '500.00',
        currency: 'EUR',
      });
      const recorded = {
        ...promise,
        amount: { currency: 'EUR', minor: 50_000, source: 'crm' },
      } as unknown as typeof promise;
      const promised = { ...snapshot, events: [recorded] };
      const [email] = composeMessages(messageAction(promised, '2026-10-24'), promised, options);
      expect(plain(email?.message.channel === 'email' ? email.message.text : '')).toContain('500,00 €');
    });

    it('throws only OverdueErrors on malformed actions', () => {
      for (const bad of [
        null,
        'message',
        { kind: 'message' },
        { ...action, items: [null] },
        { ...action, items: [{ invoiceId: 'i1' }] },
        { ...action, tone: 'angry' },
      ]) {
        expect(errorOf(() => composeMessages(bad as unknown as DunningAction, snapshot, options)).code).toBe(
          'invalid-argument',
        );
      }
    });
  });
});
