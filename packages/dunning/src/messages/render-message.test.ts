import { OverdueError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { goldenContext, singleContext } from './_test/contexts';
import type { MessageContext } from './message-types';
import { renderMessage } from './render-message';

function errorOf(run: () => unknown): OverdueError {
  try {
    run();
  } catch (error) {
    if (OverdueError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an OverdueError');
}

describe('renderMessage: email', () => {
  const email = renderMessage('overdue', goldenContext, { channel: 'email', locale: 'en-GB', tone: 'neutral' });

  it('returns a subject, a text part and an HTML document', () => {
    expect(email.channel).toBe('email');
    expect(email.subject).toBe('Payment reminder: €1,714.50 overdue');
    expect(email.text).toContain('Dear Anna Weber,');
    expect(email.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(email.html).toContain('<html lang="en-GB">');
  });

  it('lists every invoice with issue date, due date, days overdue and amount, and the total', () => {
    expect(email.html).toMatch(
      /<td[^>]*>INV-1042<\/td><td[^>]*>1 Sept 2026<\/td><td[^>]*>1 Oct 2026<\/td><td[^>]*>14<\/td><td[^>]*>€1,234.50<\/td>/,
    );
    expect(email.html).toMatch(/<td[^>]*>INV-1057<\/td>.*<td[^>]*>5<\/td><td[^>]*>€480.00<\/td>/);
    expect(email.html).toMatch(/<th[^>]*>Total<\/th>.*<th[^>]*>€1,714.50<\/th>/);
    expect(email.text).toMatch(/INV-1042 +1 Sept 2026 +1 Oct 2026 +14 +€1,234.50/);
  });

  it('shows the payment link as a button in HTML and as the URL in text', () => {
    expect(email.html).toContain('<a href="https://pay.acme.example/c/globex"');
    expect(email.html).toContain('>Pay now</a>');
    expect(email.text).toContain('\nhttps://pay.acme.example/c/globex\n');
  });

  it('leaves the payment paragraph out when there is no link', () => {
    const { paymentUrl: _, ...withoutLink } = goldenContext;
    const plain = renderMessage('overdue', withoutLink, { channel: 'email', locale: 'en-GB', tone: 'neutral' });
    expect(plain.text).not.toContain('pay securely online');
    expect(plain.html).not.toContain('<a ');
  });

  it('escapes a customer called <script> in the HTML and keeps it as is in the text', () => {
    const hostile: MessageContext = {
      ...goldenContext,
      customer: { name: '<script>alert("x")</script>' },
      invoices: [{ ...singleContext.invoices[0]!, number: 'A&B<1>' }],
      paymentUrl: "https://pay.example/?a=1&b='2'",
    };
    const rendered = renderMessage('overdue', hostile, { channel: 'email', locale: 'en-GB', tone: 'friendly' });
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).toContain('Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    expect(rendered.html).toContain('A&amp;B&lt;1&gt;');
    expect(rendered.html).toContain('href="https://pay.example/?a=1&amp;b=&#39;2&#39;"');
    expect(rendered.text).toContain('Hello <script>alert("x")</script>,');
  });

  it('lists totals per currency and never adds two currencies', () => {
    const mixed: MessageContext = {
      ...goldenContext,
      invoices: [
        ...goldenContext.invoices,
        {
          number: 'INV-9',
          issueDate: '2026-09-01',
          dueDate: '2026-10-01',
          amountDue: { currency: 'USD', minor: 5000 },
        },
      ],
    };
    const rendered = renderMessage('overdue', mixed, { channel: 'email', locale: 'en-US', tone: 'neutral' });
    expect(rendered.subject).toBe('Payment reminder: €1,714.50 and $50.00 overdue');
    expect(rendered.html).toMatch(
      /<th[^>]*>Total<\/th>.*€1,714.50<\/th><\/tr>\n<tr><th[^>]*>Total<\/th>.*\$50.00<\/th>/,
    );
  });

  it('lists charges under the invoices and counts them in the total', () => {
    const withFee: MessageContext = {
      ...singleContext,
      today: '2026-11-30',
      charges: [{ label: 'Late payment fee', amount: { currency: 'EUR', minor: 4000 } }],
    };
    const rendered = renderMessage('overdue', withFee, { channel: 'email', locale: 'en-GB', tone: 'firm' });
    expect(rendered.text).toMatch(/Late payment fee +€40.00/);
    expect(rendered.text).toMatch(/Total +€1,274.50/);
  });

  it('uses singular wording for one invoice and mentions its number and due date', () => {
    const rendered = renderMessage('upcoming', singleContext, { channel: 'email', locale: 'en-GB', tone: 'friendly' });
    expect(rendered.text).toContain('invoice INV-2001 for €1,234.50 is due for payment on 31 October 2026');
    expect(rendered.text).toContain('If you have already paid, or if there is a problem with this invoice');
  });

  it('states a generic consequence in the final tone only', () => {
    const final = renderMessage('overdue', goldenContext, { channel: 'email', locale: 'en-GB', tone: 'final' });
    const firm = renderMessage('overdue', goldenContext, { channel: 'email', locale: 'en-GB', tone: 'firm' });
    expect(final.text).toContain('further steps');
    expect(firm.text).not.toContain('further steps');
  });
});

describe('renderMessage: sms, voice, whatsapp', () => {
  it('summarises an SMS with count, total, date and link, and reports its encoding', () => {
    const sms = renderMessage('overdue', goldenContext, { channel: 'sms', locale: 'en-GB', tone: 'neutral' });
    expect(sms.text).toBe(
      'Acme Supplies Ltd: the balance of €1,714.50 has been overdue since 1 Oct 2026 (2 invoices). Please pay as soon as possible. https://pay.acme.example/c/globex Already paid or a query? Please reply.',
    );
    expect(sms).toMatchObject({ channel: 'sms', encoding: 'GSM-7', segments: 2 });
    expect(sms.text).not.toContain('INV-1042');
  });

  it('replaces Intl no-break spaces in SMS so French stays in GSM-7', () => {
    const sms = renderMessage('overdue', goldenContext, { channel: 'sms', locale: 'fr-FR', tone: 'neutral' });
    expect(sms.text).toContain('1 714,50 €');
    expect(sms.encoding).toBe('GSM-7');
  });

  it('writes a voice script with spoken amounts and long dates and no URL', () => {
    const voice = renderMessage('overdue', goldenContext, { channel: 'voice', locale: 'en-GB', tone: 'neutral' });
    expect(voice.script).toContain('1,714.50 euros');
    expect(voice.script).toContain('1 October 2026');
    expect(voice.script).not.toMatch(/https?:|www\./);
    expect(voice.script.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it('writes WhatsApp plain text with bold invoice numbers, totals and the link', () => {
    const message = renderMessage('overdue', goldenContext, { channel: 'whatsapp', locale: 'en-GB', tone: 'friendly' });
    expect(message.text).toContain('• *INV-1042*: €1,234.50, due 1 October 2026');
    expect(message.text).toContain('*Total: €1,714.50*');
    expect(message.text).toContain('https://pay.acme.example/c/globex');
    expect(message.text).not.toMatch(/<[a-z]/);
  });

  it('renders an installment that is due and one that is overdue differently', () => {
    const due = renderMessage('payment-plan-installment', goldenContext, {
      channel: 'sms',
      locale: 'en-GB',
      tone: 'neutral',
    });
    const overdue = renderMessage(
      'payment-plan-installment',
      { ...goldenContext, today: '2026-10-25' },
      { channel: 'sms', locale: 'en-GB', tone: 'neutral' },
    );
    expect(due.text).toContain('installment 2/6 of your payment plan, €285.75, is due on 20 Oct 2026');
    expect(overdue.text).toContain('was due on 20 Oct 2026');
  });
});

describe('renderMessage: locales', () => {
  it('formats money for fr-FR as 1 234,50 € (narrow no-break space in the email)', () => {
    const email = renderMessage('upcoming', singleContext, { channel: 'email', locale: 'fr-FR', tone: 'neutral' });
    expect(email.text).toContain('1\u202F234,50\u00A0€');
    expect(email.text).toContain('Bonjour Globex Trading,');
  });

  it('formats dates for de-DE and de-AT with the full locale', () => {
    const germany = renderMessage('upcoming', singleContext, { channel: 'email', locale: 'de-DE', tone: 'neutral' });
    const austria = renderMessage('upcoming', singleContext, { channel: 'email', locale: 'de-AT', tone: 'neutral' });
    expect(germany.text).toContain('am 31. Oktober 2026 fällig');
    expect(germany.text).toContain('31.10.2026');
    expect(austria.text).toContain('31. Oktober 2026');
    expect(austria.text).toContain('1.234,50');
  });

  it('picks the language from the primary subtag (nl-BE, es-MX, en-US)', () => {
    expect(
      renderMessage('overdue', singleContext, { channel: 'sms', locale: 'nl-BE', tone: 'neutral' }).text,
    ).toContain('staat sinds');
    const mexico = renderMessage('overdue', singleContext, { channel: 'email', locale: 'es-MX', tone: 'neutral' });
    expect(mexico.text).toContain('EUR\u00A01,234.50');
    expect(mexico.text).toContain('Buenos días, Globex Trading:');
    expect(
      renderMessage('overdue', singleContext, { channel: 'sms', locale: 'en-US', tone: 'neutral' }).text,
    ).toContain('Oct 31, 2026');
  });

  it('falls back to options.fallbackLocale for a language without templates', () => {
    const rendered = renderMessage('overdue', singleContext, {
      channel: 'sms',
      locale: 'pl-PL',
      tone: 'neutral',
      fallbackLocale: 'en-GB',
    });
    expect(rendered.text).toContain('€1,234.50');
  });

  it('is deterministic', () => {
    const options = { channel: 'email', locale: 'nl-NL', tone: 'firm' } as const;
    expect(renderMessage('overdue', goldenContext, options)).toEqual(renderMessage('overdue', goldenContext, options));
  });
});

describe('renderMessage: errors', () => {
  const options = { channel: 'email', locale: 'en-GB', tone: 'neutral' } as const;

  it('names options.locale for a language without templates and no fallback', () => {
    const error = errorOf(() => renderMessage('overdue', singleContext, { ...options, locale: 'pl-PL' }));
    expect(error.path).toBe('options.locale');
    expect(error.message).toContain('fallbackLocale');
  });

  it('names options.locale for a malformed locale', () => {
    expect(errorOf(() => renderMessage('overdue', singleContext, { ...options, locale: 'not a locale' })).path).toBe(
      'options.locale',
    );
  });

  it('names options.channel and options.tone', () => {
    expect(errorOf(() => renderMessage('overdue', singleContext, { ...options, channel: 'fax' as 'sms' })).path).toBe(
      'options.channel',
    );
    expect(errorOf(() => renderMessage('overdue', singleContext, { ...options, tone: 'angry' as 'firm' })).path).toBe(
      'options.tone',
    );
  });

  it('names the invoice field that is wrong', () => {
    const bad = {
      ...goldenContext,
      invoices: [
        ...goldenContext.invoices,
        { number: 'X', issueDate: '2026-09-01', dueDate: '2026-10-01', amountDue: { currency: 'EUR', minor: 10.5 } },
      ],
    };
    const error = errorOf(() => renderMessage('overdue', bad, options));
    expect(error.path).toBe('context.invoices[2].amountDue.minor');
  });

  it('names a malformed date and a due date before the issue date', () => {
    expect(errorOf(() => renderMessage('overdue', { ...singleContext, today: '15/10/2026' }, options)).path).toBe(
      'context.today',
    );
    const reversed = { ...singleContext, invoices: [{ ...singleContext.invoices[0]!, dueDate: '2026-09-01' }] };
    expect(errorOf(() => renderMessage('overdue', reversed, options)).path).toBe('context.invoices[0].dueDate');
  });

  it('names the field a built-in template needs', () => {
    expect(errorOf(() => renderMessage('overdue', { ...singleContext, invoices: [] }, options)).path).toBe(
      'context.invoices',
    );
    expect(errorOf(() => renderMessage('promise-broken', singleContext, options)).path).toBe('context.promise');
    expect(errorOf(() => renderMessage('payment-plan-installment', singleContext, options)).path).toBe(
      'context.installment',
    );
  });

  it('names a payment URL that is not http(s)', () => {
    const error = errorOf(() =>
      renderMessage('overdue', { ...singleContext, paymentUrl: 'javascript:alert(1)' }, options),
    );
    expect(error.path).toBe('context.paymentUrl');
  });

  it('names templateId for an unknown template', () => {
    expect(errorOf(() => renderMessage('welcome', singleContext, options)).path).toBe('templateId');
  });

  const invoice = goldenContext.invoices[0] as MessageContext['invoices'][number];
  const money = { currency: 'EUR', minor: 100 };
  it.each<[string, () => unknown, string, string]>([
    [
      'a misspelt option',
      () => renderMessage('overdue', singleContext, { ...options, fallbackLocal: 'en-GB' } as never),
      'options.fallbackLocal',
      'unknown field; did you mean "fallbackLocale"?',
    ],
    [
      'a misspelt context field',
      () => renderMessage('overdue', { ...singleContext, paymentURL: 'https://x.example' } as never, options),
      'context.paymentURL',
      'unknown field; did you mean "paymentUrl"?',
    ],
    [
      'a misspelt sender field',
      () =>
        renderMessage(
          'overdue',
          { ...singleContext, sender: { name: 'Acme', replyToo: 'a@acme.example' } } as never,
          options,
        ),
      'context.sender.replyToo',
      'unknown field; did you mean "replyTo"?',
    ],
    [
      'a misspelt customer field',
      () => renderMessage('overdue', { ...singleContext, customer: { name: 'G', contact: 'Ms W' } } as never, options),
      'context.customer.contact',
      'unknown field; expected one of name, contactName',
    ],
    [
      'a misspelt invoice field',
      () =>
        renderMessage(
          'overdue',
          { ...goldenContext, invoices: [invoice, { ...invoice, numbr: 'X' }] } as never,
          options,
        ),
      'context.invoices[1].numbr',
      'unknown field; did you mean "number"?',
    ],
    [
      'a field of an amount',
      () =>
        renderMessage(
          'overdue',
          { ...singleContext, invoices: [{ ...invoice, amountDue: { ...money, curency: 'EUR' } }] } as never,
          options,
        ),
      'context.invoices[0].amountDue.curency',
      'unknown field; did you mean "currency"?',
    ],
    [
      'a misspelt promise field',
      () =>
        renderMessage(
          'promise-broken',
          { ...singleContext, promise: { date: '2026-10-12', amount: money, note: 'by phone' } } as never,
          options,
        ),
      'context.promise.note',
      'unknown field; expected one of date, amount',
    ],
    [
      'a misspelt installment field',
      () =>
        renderMessage(
          'payment-plan-installment',
          {
            ...singleContext,
            installment: { number: 1, of: 3, dueDate: '2026-10-20', amount: money, total: 3 },
          } as never,
          options,
        ),
      'context.installment.total',
      'unknown field; expected one of number, of, dueDate, amount',
    ],
    [
      'a misspelt charge field',
      () =>
        renderMessage(
          'overdue',
          { ...singleContext, charges: [{ label: 'Fee', amount: money, vatRate: 0 }] } as never,
          options,
        ),
      'context.charges[0].vatRate',
      'unknown field; expected one of label, amount',
    ],
  ])('rejects %s, naming it', (_name, run, path, message) => {
    const error = errorOf(run);
    expect(error.code).toBe('invalid-argument');
    expect(error.path).toBe(path);
    expect(error.message).toBe(`${path}: ${message}`);
  });

  it('names a misspelt required field by what was typed, and counts the missing one as a further problem', () => {
    const error = errorOf(() =>
      renderMessage(
        'promise-broken',
        { ...singleContext, promise: { date: '2026-10-12', amout: money } } as never,
        options,
      ),
    );
    expect(error.path).toBe('context.promise.amout');
    expect(error.message).toBe('context.promise.amout: unknown field; did you mean "amount"? (and 1 more problem)');
  });

  it('accepts every documented field of the context and the options', () => {
    const full: MessageContext = { ...goldenContext, charges: [{ label: 'Late payment fee', amount: money }] };
    const rendered = renderMessage('overdue', full, {
      channel: 'sms',
      locale: 'pl-PL',
      tone: 'firm',
      templates: {},
      fallbackLocale: 'en-GB',
    });
    expect(rendered.text).toContain('€1,715.50');
  });
});

describe('renderMessage: overrides', () => {
  it('replaces one field for a language and tone and keeps the built-in rest', () => {
    const rendered = renderMessage('overdue', goldenContext, {
      channel: 'email',
      locale: 'en-GB',
      tone: 'final',
      templates: {
        overdue: { en: { final: { email: { subject: 'Account on hold: {{total}} owed to {{sender.name}}' } } } },
      },
    });
    expect(rendered.subject).toBe('Account on hold: €1,714.50 owed to Acme Supplies Ltd');
    expect(rendered.text).toContain('This is our final reminder.');
  });

  it('prefers the full locale, then the language, then "*", and the tone before "*"', () => {
    const templates = {
      overdue: {
        'fr-CA': { '*': { sms: { text: 'CA {{total}}' } } },
        fr: { neutral: { sms: { text: 'FR neutral' } }, '*': { sms: { text: 'FR any' } } },
        '*': { '*': { sms: { text: 'ANY' } } },
      },
    };
    const sms = (locale: string, tone: 'neutral' | 'firm') =>
      renderMessage('overdue', singleContext, { channel: 'sms', locale, tone, templates }).text;
    expect(sms('fr-CA', 'firm')).toBe('CA 1 234,50 €');
    expect(sms('fr-FR', 'neutral')).toBe('FR neutral');
    expect(sms('fr-FR', 'firm')).toBe('FR any');
    expect(sms('de-DE', 'firm')).toBe('ANY');
  });

  it('escapes values but keeps the invoice table and button in a custom email body', () => {
    const rendered = renderMessage(
      'statement',
      { ...goldenContext, customer: { name: 'A<b>' } },
      {
        channel: 'email',
        locale: 'en-GB',
        tone: 'neutral',
        templates: {
          statement: {
            '*': {
              '*': {
                email: {
                  subject: 'Statement for {{customer.name}}',
                  body: 'Hi {{customer.name}} & co,\n\n{{invoiceTable}}\n\n{{paymentLink}}',
                },
              },
            },
          },
        },
      },
    );
    expect(rendered.subject).toBe('Statement for A<b>');
    expect(rendered.html).toContain('<p>Hi A&lt;b&gt; &amp; co,</p>');
    expect(rendered.html).toContain('<table');
    expect(rendered.html).toContain('>Pay now</a>');
  });

  it('supports sections on placeholders and flags', () => {
    const templates = {
      overdue: {
        en: {
          '*': {
            sms: {
              text: '{{#multiple}}{{invoiceCount}} bills{{/multiple}}{{^multiple}}one bill{{/multiple}}{{#paymentUrl}}, link{{/paymentUrl}}',
            },
          },
        },
      },
    };
    const sms = (context: MessageContext) =>
      renderMessage('overdue', context, { channel: 'sms', locale: 'en-GB', tone: 'firm', templates }).text;
    expect(sms(goldenContext)).toBe('2 bills, link');
    const { paymentUrl: _, ...withoutLink } = singleContext;
    expect(sms(withoutLink)).toBe('one bill');
  });

  it('names the template and the unknown placeholder', () => {
    const error = errorOf(() =>
      renderMessage('overdue', singleContext, {
        channel: 'sms',
        locale: 'en-GB',
        tone: 'firm',
        templates: { overdue: { en: { firm: { sms: { text: 'Pay {{amount}} now' } } } } },
      }),
    );
    expect(error.path).toBe('options.templates["overdue"]["en"].firm.sms.text');
    expect(error.message).toContain('unknown placeholder {{amount}}');
  });

  it('rejects unclosed sections and stray braces', () => {
    const render = (text: string) => () =>
      renderMessage('overdue', singleContext, {
        channel: 'sms',
        locale: 'en-GB',
        tone: 'firm',
        templates: { overdue: { '*': { '*': { sms: { text } } } } },
      });
    expect(errorOf(render('{{#single}}x')).message).toContain('not closed');
    expect(errorOf(render('{{total}')).message).toContain('braces');
    expect(errorOf(render('{{/single}}')).message).toContain('closes no open section');
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a misspelt tone',
      { en: { nuetral: { sms: { text: 'x' } } } },
      'options.templates["overdue"]["en"].nuetral',
      'unknown field; did you mean "neutral"?',
    ],
    [
      'a misspelt channel',
      { en: { '*': { emial: { subject: 'x' } } } },
      'options.templates["overdue"]["en"]["*"].emial',
      'unknown field; did you mean "email"?',
    ],
    [
      'a tone that is not one',
      { en: { polite: { sms: { text: 'x' } } } },
      'options.templates["overdue"]["en"].polite',
      'unknown field; expected one of friendly, neutral, firm, final, *',
    ],
    [
      'a misspelt text field',
      { '*': { neutral: { sms: { txt: 'x' } } } },
      'options.templates["overdue"]["*"].neutral.sms.txt',
      'unknown field; did you mean "text"?',
    ],
    [
      'a field of another channel',
      { en: { neutral: { voice: { text: 'x' } } } },
      'options.templates["overdue"]["en"].neutral.voice.text',
      'unknown field; expected one of script',
    ],
  ])('rejects %s in the templates instead of falling back to the built-in text', (_name, byLanguage, path, message) => {
    const error = errorOf(() =>
      renderMessage('overdue', singleContext, {
        channel: 'sms',
        locale: 'en-GB',
        tone: 'neutral',
        templates: { overdue: byLanguage } as never,
      }),
    );
    expect(error.path).toBe(path);
    expect(error.message).toBe(`${path}: ${message}`);
  });

  it('accepts every documented key of the templates', () => {
    const templates = {
      overdue: {
        en: {
          friendly: { email: { subject: 'S {{total}}', body: 'B' } },
          neutral: { sms: { text: 'T {{total}}' }, voice: { script: 'V' }, whatsapp: { text: 'W' } },
          firm: {},
          final: {},
          '*': {},
        },
      },
    };
    const render = <C extends 'email' | 'sms'>(channel: C, tone: 'friendly' | 'neutral') =>
      renderMessage('overdue', singleContext, { channel, locale: 'en-GB', tone, templates });
    expect(render('sms', 'neutral').text).toBe('T €1,234.50');
    expect(render('email', 'friendly').subject).toBe('S €1,234.50');
  });

  it('names a custom template id that lacks the channel text', () => {
    const error = errorOf(() =>
      renderMessage('statement', singleContext, {
        channel: 'sms',
        locale: 'en-GB',
        tone: 'firm',
        templates: { statement: { en: { '*': { email: { subject: 'x', body: 'y' } } } } },
      }),
    );
    expect(error.path).toBe('templateId');
  });
});

describe('renderMessage: promise without invoices', () => {
  it('renders promise-broken with no invoices and no dangling words', () => {
    const context: MessageContext = {
      today: '2026-10-15',
      sender: { name: 'Acme Supplies Ltd' },
      customer: { name: 'Globex Trading' },
      invoices: [],
      promise: { date: '2026-10-12', amount: { currency: 'EUR', minor: 50000 } },
    };
    for (const locale of ['en-GB', 'fr-FR', 'de-DE', 'nl-NL', 'es-ES']) {
      for (const tone of ['friendly', 'neutral', 'firm', 'final'] as const) {
        const { text } = renderMessage('promise-broken', context, { channel: 'email', locale, tone });
        expect(text).toContain('500');
        expect(text).not.toMatch(/ [,.]|\(\)| {2}/);
      }
    }
  });
});
