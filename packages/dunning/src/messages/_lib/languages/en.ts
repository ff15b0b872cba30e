import { type LanguagePack, tones } from '../language-pack';

const what =
  '{{#single}}invoice {{invoiceNumber}} for {{total}}, due on {{dueDate}},{{/single}}{{#multiple}}the {{invoiceCount}} invoices below, totalling {{total}},{{/multiple}}';
const oldest = '{{#multiple}}; the oldest was due on {{dueDate}}{{/multiple}}';

/** English, as a UK/US credit controller writes it. */
export const en: LanguagePack = {
  labels: {
    invoice: 'Invoice',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    daysOverdue: 'Days overdue',
    amountDue: 'Amount due',
    total: 'Total',
    colon: ': ',
    payNow: 'Pay now',
    invoices: (count, number) => (count === 1 ? `invoice ${number}` : `${count} invoices`),
    listLine: (number, amount, dueDate) => `• *${number}*: ${amount}, due ${dueDate}`,
  },
  greeting: tones('Hello {{recipient}},', 'Dear {{recipient}},'),
  signoff: tones(
    'Many thanks,\n{{sender.name}}',
    'Kind regards,\n{{sender.name}}',
    'Kind regards,\n{{sender.name}}',
    'Yours sincerely,\n{{sender.name}}',
  ),
  reply:
    'If you have already paid, or if there is a problem{{#single}} with this invoice{{/single}}{{#multiple}} with any of these invoices{{/multiple}}, please reply to this message and we will look into it.',
  replyInstallment:
    'If you have already paid, or if there is a problem with this installment, please reply to this message and we will look into it.',
  pay: 'You can pay securely online:\n\n{{paymentLink}}',
  finalWarning:
    'If we do not receive payment or hear from you shortly, we may have to take further steps to recover the amount, which may include passing the matter on to a third party.',
  smsReply: 'Already paid or a query? Please reply.',
  templates: {
    upcoming: {
      subject: tones('Friendly reminder: payment due on {{dueDate}}', 'Payment due on {{dueDate}} – {{sender.name}}'),
      intro: tones(
        'Just a quick note to let you know that {{#single}}invoice {{invoiceNumber}} for {{total}} is due for payment on {{dueDate}}{{/single}}{{#multiple}}the {{invoiceCount}} invoices below, totalling {{total}}, fall due shortly, the first on {{dueDate}}{{/multiple}}.',
        'This is a reminder that {{#single}}invoice {{invoiceNumber}} for {{total}} is due for payment on {{dueDate}}{{/single}}{{#multiple}}the {{invoiceCount}} invoices below, totalling {{total}}, fall due shortly, the first on {{dueDate}}{{/multiple}}.',
      ),
      request: tones(
        'If payment is already scheduled, thank you, and please disregard this message.',
        'We would be grateful if you could arrange payment by the due date.',
      ),
      sms: tones(
        '{{sender.name}}: friendly reminder, {{total}} is due on {{dueDate}} ({{invoices}}).',
        '{{sender.name}}: reminder, {{total}} is due on {{dueDate}} ({{invoices}}).',
      ),
      voice: tones(
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. Just a friendly reminder that {{total}} is due for payment on {{dueDate}}. The details and a payment link are in our email. Thank you!',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. This is a reminder that {{total}} is due for payment on {{dueDate}}. The details and a payment link are in our email. Thank you.',
      ),
    },
    overdue: {
      subject: tones(
        'Friendly reminder: {{#single}}invoice {{invoiceNumber}}{{/single}}{{#multiple}}{{invoiceCount}} open invoices{{/multiple}}',
        'Payment reminder: {{total}} overdue',
        'Overdue payment: {{total}} – please pay now',
        'Final reminder: {{total}} overdue',
      ),
      intro: tones(
        `According to our records, ${what} {{#single}}is still open{{/single}}{{#multiple}}are still open${oldest}{{/multiple}}. Perhaps this has simply been overlooked.`,
        `Our records show that ${what} {{#single}}is now overdue{{/single}}{{#multiple}}are now overdue${oldest}{{/multiple}}.`,
        `Despite our previous reminder, ${what} {{#single}}remains unpaid{{/single}}{{#multiple}}remain unpaid${oldest}{{/multiple}}.`,
        `Despite our previous reminders, ${what} {{#single}}is still unpaid{{/single}}{{#multiple}}are still unpaid${oldest}{{/multiple}}. This is our final reminder.`,
      ),
      request: tones(
        'We would be grateful if you could arrange payment at your earliest convenience.',
        'Please arrange payment as soon as possible.',
        'We must ask you to settle the outstanding amount without further delay.',
        'Please settle the full amount immediately.',
      ),
      sms: tones(
        '{{sender.name}}: friendly reminder, the balance of {{total}} was due on {{dueDate}} ({{invoices}}). Perhaps it was overlooked?',
        '{{sender.name}}: the balance of {{total}} has been overdue since {{dueDate}} ({{invoices}}). Please pay as soon as possible.',
        '{{sender.name}}: the balance of {{total}} remains unpaid despite our reminder ({{invoices}}, due {{dueDate}}). Please pay without delay.',
        '{{sender.name}}: FINAL REMINDER. The balance of {{total}} is still unpaid ({{invoices}}, due {{dueDate}}). Without payment we may take further steps.',
      ),
      voice: tones(
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. Our records show that the balance of {{total}}, due on {{dueDate}}, is still open. It may simply have been overlooked. The details and a payment link are in our email. Thank you!',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. Our records show that the balance of {{total}}, due on {{dueDate}}, is overdue. Please arrange payment as soon as possible. The details are in our email. Thank you.',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. Despite our reminder, the balance of {{total}}, due on {{dueDate}}, remains unpaid. Please settle it without further delay, or contact us if there is a problem.',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. This is our final reminder: the balance of {{total}}, due on {{dueDate}}, is still unpaid. Without payment, we may take further steps. Please pay now or contact us today.',
      ),
    },
    'promise-broken': {
      subject: tones(
        'Your payment of {{promise.amount}} planned for {{promise.date}}',
        'Promised payment of {{promise.amount}} not received',
        'Promised payment not received: {{total}} outstanding',
        'Final reminder: promised payment not received',
      ),
      intro: tones(
        'Thank you for letting us know that a payment of {{promise.amount}} would be made by {{promise.date}}. We have not received it yet; perhaps it is still on its way.',
        'You told us that a payment of {{promise.amount}} would be made by {{promise.date}}. Unfortunately, we have not received it.',
        'You assured us that a payment of {{promise.amount}} would be made by {{promise.date}}. We have not received it{{#total}}, and {{total}} remains outstanding{{/total}}.',
        'Despite your assurance that a payment of {{promise.amount}} would be made by {{promise.date}}, we have not received it{{#total}}, and {{total}} remains outstanding{{/total}}. This is our final reminder.',
      ),
      request: tones(
        'Could you let us know when we can expect the payment?',
        'Please make the payment as soon as possible, or let us know when it will be made.',
        'We must ask you to make the payment without further delay.',
        'Please settle the full amount immediately.',
      ),
      sms: tones(
        '{{sender.name}}: we have not yet received the {{promise.amount}} you planned to pay by {{promise.date}}. Is it on its way?',
        '{{sender.name}}: the payment of {{promise.amount}} promised for {{promise.date}} has not arrived. Please pay as soon as possible.',
        '{{sender.name}}: the payment of {{promise.amount}} promised for {{promise.date}} has not arrived. Please pay without delay.',
        '{{sender.name}}: FINAL REMINDER. The payment of {{promise.amount}} promised for {{promise.date}} has not arrived. Without payment we may take further steps.',
      ),
      voice: tones(
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. We have not yet received the payment of {{promise.amount}} you planned for {{promise.date}}. Could you let us know when to expect it? Thank you!',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. The payment of {{promise.amount}} promised for {{promise.date}} has not arrived. Please pay as soon as possible, or tell us when it will be made.',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. The payment of {{promise.amount}} promised for {{promise.date}} has not arrived. Please pay without further delay, or contact us if there is a problem.',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. This is our final reminder: the payment of {{promise.amount}} promised for {{promise.date}} has not arrived. Without payment, we may take further steps. Please contact us today.',
      ),
    },
    'payment-plan-installment': {
      subject: tones(
        'Payment plan: installment {{installment.number}} of {{installment.of}} {{^installmentOverdue}}due on {{installment.dueDate}}{{/installmentOverdue}}{{#installmentOverdue}}not yet received{{/installmentOverdue}}',
        'Payment plan: installment {{installment.number}} of {{installment.of}} {{^installmentOverdue}}due on {{installment.dueDate}}{{/installmentOverdue}}{{#installmentOverdue}}overdue{{/installmentOverdue}}',
        'Payment plan: installment {{installment.number}} of {{installment.of}} {{^installmentOverdue}}due on {{installment.dueDate}}{{/installmentOverdue}}{{#installmentOverdue}}overdue{{/installmentOverdue}}',
        'Final reminder: installment {{installment.number}} of {{installment.of}} of your payment plan',
      ),
      intro: tones(
        '{{^installmentOverdue}}As agreed in your payment plan, installment {{installment.number}} of {{installment.of}}, for {{installment.amount}}, is due on {{installment.dueDate}}.{{/installmentOverdue}}{{#installmentOverdue}}Installment {{installment.number}} of {{installment.of}} of your payment plan, for {{installment.amount}}, was due on {{installment.dueDate}} and we have not received it yet. Perhaps it has been overlooked.{{/installmentOverdue}}',
        '{{^installmentOverdue}}As agreed in your payment plan, installment {{installment.number}} of {{installment.of}}, for {{installment.amount}}, is due on {{installment.dueDate}}.{{/installmentOverdue}}{{#installmentOverdue}}Installment {{installment.number}} of {{installment.of}} of your payment plan, for {{installment.amount}}, was due on {{installment.dueDate}} and has not been received.{{/installmentOverdue}}',
        '{{^installmentOverdue}}As agreed in your payment plan, installment {{installment.number}} of {{installment.of}}, for {{installment.amount}}, is due on {{installment.dueDate}}.{{/installmentOverdue}}{{#installmentOverdue}}Installment {{installment.number}} of {{installment.of}} of your payment plan, for {{installment.amount}}, was due on {{installment.dueDate}} and remains unpaid. The plan depends on installments being paid on time.{{/installmentOverdue}}',
        'Installment {{installment.number}} of {{installment.of}} of your payment plan, for {{installment.amount}}, due on {{installment.dueDate}}, has still not been paid. This is our final reminder.',
      ),
      request: tones(
        '{{^installmentOverdue}}Thank you for keeping to the plan.{{/installmentOverdue}}{{#installmentOverdue}}We would be grateful if you could pay it at your earliest convenience.{{/installmentOverdue}}',
        'Please make sure the installment is paid {{^installmentOverdue}}on time{{/installmentOverdue}}{{#installmentOverdue}}as soon as possible{{/installmentOverdue}}.',
        'Please pay the installment {{^installmentOverdue}}on time{{/installmentOverdue}}{{#installmentOverdue}}without further delay{{/installmentOverdue}}.',
        'Please pay the installment immediately.',
      ),
      sms: tones(
        '{{sender.name}}: installment {{installment.number}}/{{installment.of}} of your payment plan, {{installment.amount}}, {{^installmentOverdue}}is due on{{/installmentOverdue}}{{#installmentOverdue}}was due on{{/installmentOverdue}} {{installment.dueDate}}. Thank you!',
        '{{sender.name}}: installment {{installment.number}}/{{installment.of}} of your payment plan, {{installment.amount}}, {{^installmentOverdue}}is due on{{/installmentOverdue}}{{#installmentOverdue}}was due on{{/installmentOverdue}} {{installment.dueDate}}.',
        '{{sender.name}}: installment {{installment.number}}/{{installment.of}} of your payment plan, {{installment.amount}}, {{^installmentOverdue}}is due on {{installment.dueDate}}.{{/installmentOverdue}}{{#installmentOverdue}}has been overdue since {{installment.dueDate}}. Please pay without delay.{{/installmentOverdue}}',
        '{{sender.name}}: FINAL REMINDER. Installment {{installment.number}}/{{installment.of}}, {{installment.amount}}, due {{installment.dueDate}}, is unpaid. Without payment we may take further steps.',
      ),
      voice: tones(
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. Installment {{installment.number}} of {{installment.of}} of your payment plan, {{installment.amount}}, {{^installmentOverdue}}is due on{{/installmentOverdue}}{{#installmentOverdue}}was due on{{/installmentOverdue}} {{installment.dueDate}}. Thank you!',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. Installment {{installment.number}} of {{installment.of}} of your payment plan, {{installment.amount}}, {{^installmentOverdue}}is due on{{/installmentOverdue}}{{#installmentOverdue}}was due on{{/installmentOverdue}} {{installment.dueDate}}. The details are in our email. Thank you.',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. Installment {{installment.number}} of {{installment.of}} of your payment plan, {{installment.amount}}, {{^installmentOverdue}}is due on {{installment.dueDate}}. Please pay it on time.{{/installmentOverdue}}{{#installmentOverdue}}was due on {{installment.dueDate}} and remains unpaid. Please pay it without delay.{{/installmentOverdue}}',
        'Hello, this is a message from {{sender.name}} for {{customer.name}}. This is our final reminder: installment {{installment.number}} of your payment plan, {{installment.amount}}, due on {{installment.dueDate}}, is unpaid. Without payment, we may take further steps.',
      ),
    },
  },
};
