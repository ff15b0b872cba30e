import type { MessageContext } from '../message-types';

/** A fixed context with two invoices in one currency, a payment link, a promise and an installment. */
export const goldenContext: MessageContext = {
  today: '2026-10-15',
  sender: { name: 'Acme Supplies Ltd', replyTo: 'accounts@acme.example', phone: '+44 20 7946 0000' },
  customer: { name: 'Globex Trading', contactName: 'Anna Weber' },
  invoices: [
    {
      number: 'INV-1042',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      amountDue: { currency: 'EUR', minor: 123450 },
    },
    {
      number: 'INV-1057',
      issueDate: '2026-09-10',
      dueDate: '2026-10-10',
      amountDue: { currency: 'EUR', minor: 48000 },
    },
  ],
  paymentUrl: 'https://pay.acme.example/c/globex',
  promise: { date: '2026-10-12', amount: { currency: 'EUR', minor: 171450 } },
  installment: { number: 2, of: 6, dueDate: '2026-10-20', amount: { currency: 'EUR', minor: 28575 } },
};

/** One invoice, not yet due. */
export const singleContext: MessageContext = {
  today: '2026-10-15',
  sender: { name: 'Acme Supplies Ltd' },
  customer: { name: 'Globex Trading' },
  invoices: [
    {
      number: 'INV-2001',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      amountDue: { currency: 'EUR', minor: 123450 },
    },
  ],
  paymentUrl: 'https://pay.acme.example/i/2001',
};

/** A realistic worst case for SMS length: long names, twelve invoices, two currencies, a long link. */
export const longContext: MessageContext = {
  today: '2026-12-20',
  sender: { name: 'Northern Industrial Supplies & Services Ltd' },
  customer: {
    name: 'Internationale Handelsgesellschaft für Maschinenbau und Anlagentechnik mbH & Co. KG',
    contactName: 'Dr. Maximiliane von Hohenberg-Waldstein',
  },
  invoices: Array.from({ length: 12 }, (_, index) => ({
    number: `INV-2026-${String(100000 + index)}`,
    issueDate: '2026-08-01',
    dueDate: `2026-09-${String(10 + index).padStart(2, '0')}`,
    amountDue: { currency: index % 3 === 0 ? 'USD' : 'EUR', minor: 98765432 + index },
  })),
  paymentUrl: 'https://pay.northern-industrial.example/c/7f3a9b21c4d84e6f',
  promise: { date: '2026-11-30', amount: { currency: 'EUR', minor: 123456789 } },
  installment: { number: 11, of: 12, dueDate: '2026-12-01', amount: { currency: 'EUR', minor: 10288066 } },
};
