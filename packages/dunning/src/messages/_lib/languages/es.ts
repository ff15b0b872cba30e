import { type LanguagePack, tones } from '../language-pack';
import { installment } from '../placeholder-shorthands';

const what =
  '{{#single}}la factura {{invoiceNumber}}, por importe de {{total}} y con vencimiento el {{dueDate}},{{/single}}{{#multiple}}las {{invoiceCount}} facturas que figuran a continuación, por un total de {{total}},{{/multiple}}';
const oldest = '; la más antigua venció el {{dueDate}}';
const { number, of, amount, date, late, onTime, end } = installment;
const hello = 'Buenos días, este es un mensaje de {{sender.name}} para {{customer.name}}.';

/** Spanish, with usted, as a Spanish credit controller writes it (no regional vocabulary). */
export const es: LanguagePack = {
  labels: {
    invoice: 'Factura',
    issueDate: 'Fecha de emisión',
    dueDate: 'Vencimiento',
    daysOverdue: 'Días de retraso',
    amountDue: 'Importe pendiente',
    total: 'Total',
    colon: ': ',
    payNow: 'Pagar ahora',
    invoices: (count, invoice) => (count === 1 ? `factura ${invoice}` : `${count} facturas`),
    listLine: (invoice, money, due) => `• *${invoice}*: ${money}, vencimiento el ${due}`,
  },
  greeting: tones('Hola, {{recipient}}:', 'Buenos días, {{recipient}}:'),
  signoff: tones(
    'Muchas gracias y un cordial saludo,\n{{sender.name}}',
    'Un cordial saludo,\n{{sender.name}}',
    'Un cordial saludo,\n{{sender.name}}',
    'Atentamente,\n{{sender.name}}',
  ),
  reply:
    'Si ya ha realizado el pago o hay algún problema{{#single}} con esta factura{{/single}}{{#multiple}} con alguna de estas facturas{{/multiple}}, le rogamos que responda a este mensaje y lo revisaremos.',
  replyInstallment:
    'Si ya ha realizado el pago o hay algún problema con este plazo, le rogamos que responda a este mensaje y lo revisaremos.',
  pay: 'Puede pagar en línea de forma segura:\n\n{{paymentLink}}',
  finalWarning:
    'Si no recibimos el pago o noticias suyas en breve, podríamos vernos obligados a tomar otras medidas para el cobro de la deuda, lo que puede incluir encomendar el asunto a un tercero.',
  smsReply: '¿Ya ha pagado o tiene dudas? Contéstenos.',
  templates: {
    upcoming: {
      subject: tones(
        'Recordatorio: pago con vencimiento el {{dueDate}}',
        'Vencimiento de pago el {{dueDate}} – {{sender.name}}',
      ),
      intro: tones(
        'Le escribimos para recordarle que {{#single}}la factura {{invoiceNumber}}, por importe de {{total}}, vence el {{dueDate}}{{/single}}{{#multiple}}las {{invoiceCount}} facturas que figuran a continuación, por un total de {{total}}, vencen próximamente, la primera el {{dueDate}}{{/multiple}}.',
        'Le recordamos que {{#single}}la factura {{invoiceNumber}}, por importe de {{total}}, vence el {{dueDate}}{{/single}}{{#multiple}}las {{invoiceCount}} facturas que figuran a continuación, por un total de {{total}}, vencen próximamente, la primera el {{dueDate}}{{/multiple}}.',
      ),
      request: tones(
        'Si ya tiene el pago programado, muchas gracias; en ese caso, no tenga en cuenta este mensaje.',
        'Le rogamos que realice el pago en la fecha de vencimiento.',
      ),
      sms: tones(
        '{{sender.name}}: le recordamos que el importe de {{total}} vence el {{dueDate}} ({{invoices}}).',
        '{{sender.name}}: recordatorio, el importe de {{total}} vence el {{dueDate}} ({{invoices}}).',
      ),
      voice: tones(
        `${hello} Le recordamos que un importe de {{total}} vence el {{dueDate}}. Encontrará el detalle y un enlace de pago en nuestro correo electrónico. ¡Muchas gracias!`,
        `${hello} Le recordamos que un importe de {{total}} vence el {{dueDate}}. Encontrará el detalle en nuestro correo electrónico. Muchas gracias.`,
      ),
    },
    overdue: {
      subject: tones(
        'Recordatorio: {{#single}}factura {{invoiceNumber}}{{/single}}{{#multiple}}{{invoiceCount}} facturas pendientes{{/multiple}}',
        'Recordatorio de pago: {{total}} vencido',
        'Pago vencido: {{total}} pendiente',
        'Último aviso: {{total}} pendiente de pago',
      ),
      intro: tones(
        `Según nuestros registros, ${what} {{#single}}sigue pendiente de pago{{/single}}{{#multiple}}siguen pendientes de pago${oldest}{{/multiple}}. Es posible que se trate de un simple descuido.`,
        `Según nuestros registros, ${what} {{#single}}ha vencido sin que hayamos recibido el pago{{/single}}{{#multiple}}han vencido sin que hayamos recibido el pago${oldest}{{/multiple}}.`,
        `A pesar de nuestro recordatorio anterior, ${what} {{#single}}sigue sin pagarse{{/single}}{{#multiple}}siguen sin pagarse${oldest}{{/multiple}}.`,
        `A pesar de nuestros recordatorios anteriores, ${what} {{#single}}continúa impagada{{/single}}{{#multiple}}continúan impagadas${oldest}{{/multiple}}. Este es nuestro último aviso.`,
      ),
      request: tones(
        'Le agradeceríamos que realizara el pago a la mayor brevedad.',
        'Le rogamos que realice el pago lo antes posible.',
        'Le pedimos que abone el importe pendiente sin más demora.',
        'Le rogamos que abone la totalidad del importe de inmediato.',
      ),
      sms: tones(
        '{{sender.name}}: recordatorio, el importe de {{total}} vencido el {{dueDate}} sigue pendiente ({{invoices}}). ¿Un simple descuido?',
        '{{sender.name}}: el importe de {{total}} vencido el {{dueDate}} sigue pendiente ({{invoices}}). Por favor, pague lo antes posible.',
        '{{sender.name}}: pese a nuestro aviso, el importe de {{total}} sigue pendiente ({{invoices}}, desde el {{dueDate}}). Por favor, pague sin demora.',
        '{{sender.name}}: AVISO FINAL. El importe de {{total}} sigue pendiente ({{invoices}}, desde el {{dueDate}}). Si no, valoraremos otras medidas.',
      ),
      voice: tones(
        `${hello} Según nuestros registros, un importe de {{total}}, con vencimiento el {{dueDate}}, sigue pendiente. Es posible que se trate de un descuido. Encontrará el detalle y un enlace de pago en nuestro correo. ¡Gracias!`,
        `${hello} Según nuestros registros, un importe de {{total}}, con vencimiento el {{dueDate}}, está vencido. Le rogamos que realice el pago lo antes posible. Encontrará el detalle en nuestro correo.`,
        `${hello} A pesar de nuestro recordatorio, un importe de {{total}}, con vencimiento el {{dueDate}}, sigue sin pagarse. Le pedimos que lo abone sin más demora o que nos contacte si hay algún problema.`,
        `${hello} Este es nuestro último aviso: un importe de {{total}}, con vencimiento el {{dueDate}}, sigue sin pagarse. Sin pago, tendremos que valorar otras medidas. Le rogamos que nos contacte hoy mismo.`,
      ),
    },
    'promise-broken': {
      subject: tones(
        'Su pago de {{promise.amount}} previsto para el {{promise.date}}',
        'Pago comprometido de {{promise.amount}} no recibido',
        'Pago comprometido no recibido: {{total}} pendiente',
        'Último aviso: pago comprometido no recibido',
      ),
      intro: tones(
        'Gracias por indicarnos que realizaría un pago de {{promise.amount}} a más tardar el {{promise.date}}. Todavía no lo hemos recibido; quizá esté en camino.',
        'Nos indicó que realizaría un pago de {{promise.amount}} a más tardar el {{promise.date}}. Lamentablemente, no lo hemos recibido.',
        'Se comprometió a realizar un pago de {{promise.amount}} a más tardar el {{promise.date}}. No lo hemos recibido{{#total}} y el importe de {{total}} sigue pendiente{{/total}}.',
        'A pesar de su compromiso de pagar {{promise.amount}} a más tardar el {{promise.date}}, no hemos recibido ningún pago{{#total}} y el importe de {{total}} sigue pendiente{{/total}}. Este es nuestro último aviso.',
      ),
      request: tones(
        '¿Podría indicarnos cuándo podemos esperar el pago?',
        'Le rogamos que realice el pago lo antes posible o que nos indique cuándo lo hará.',
        'Le pedimos que realice el pago sin más demora.',
        'Le rogamos que abone la totalidad del importe de inmediato.',
      ),
      sms: tones(
        '{{sender.name}}: no hemos recibido el pago de {{promise.amount}} previsto para el {{promise.date}}. ¿Lo ha enviado ya?',
        '{{sender.name}}: el pago de {{promise.amount}} comprometido para el {{promise.date}} no ha llegado. Por favor, pague lo antes posible.',
        '{{sender.name}}: el pago de {{promise.amount}} comprometido para el {{promise.date}} no ha llegado. Por favor, pague sin demora.',
        '{{sender.name}}: AVISO FINAL. El pago de {{promise.amount}} comprometido para el {{promise.date}} no ha llegado. Si no paga, valoraremos otras medidas.',
      ),
      voice: tones(
        `${hello} Todavía no hemos recibido el pago de {{promise.amount}} previsto para el {{promise.date}}. ¿Podría indicarnos cuándo podemos esperarlo? ¡Muchas gracias!`,
        `${hello} El pago de {{promise.amount}} comprometido para el {{promise.date}} no ha llegado. Le rogamos que pague lo antes posible o que nos indique una nueva fecha.`,
        `${hello} El pago de {{promise.amount}} comprometido para el {{promise.date}} no ha llegado. Le pedimos que pague sin más demora o que nos contacte si hay algún problema.`,
        `${hello} Este es nuestro último aviso: el pago de {{promise.amount}} comprometido para el {{promise.date}} no ha llegado. Sin pago, tendremos que valorar otras medidas. Le rogamos que nos contacte hoy mismo.`,
      ),
    },
    'payment-plan-installment': {
      subject: tones(
        `Plan de pagos: plazo ${number} de ${of} ${onTime}con vencimiento el ${date}${end}${late}aún no recibido${end}`,
        `Plan de pagos: plazo ${number} de ${of} ${onTime}con vencimiento el ${date}${end}${late}vencido${end}`,
        `Plan de pagos: plazo ${number} de ${of} ${onTime}con vencimiento el ${date}${end}${late}vencido${end}`,
        `Último aviso: plazo ${number} de ${of} de su plan de pagos`,
      ),
      intro: tones(
        `${onTime}Conforme al plan de pagos acordado, el plazo ${number} de ${of}, por importe de ${amount}, vence el ${date}.${end}${late}El plazo ${number} de ${of} de su plan de pagos, por importe de ${amount}, venció el ${date} y aún no lo hemos recibido. Es posible que se trate de un descuido.${end}`,
        `${onTime}Conforme al plan de pagos acordado, el plazo ${number} de ${of}, por importe de ${amount}, vence el ${date}.${end}${late}El plazo ${number} de ${of} de su plan de pagos, por importe de ${amount}, venció el ${date} y no lo hemos recibido.${end}`,
        `${onTime}Conforme al plan de pagos acordado, el plazo ${number} de ${of}, por importe de ${amount}, vence el ${date}.${end}${late}El plazo ${number} de ${of} de su plan de pagos, por importe de ${amount}, venció el ${date} y sigue pendiente. El plan de pagos requiere que los plazos se abonen puntualmente.${end}`,
        `El plazo ${number} de ${of} de su plan de pagos, por importe de ${amount} y con vencimiento el ${date}, sigue sin abonarse. Este es nuestro último aviso.`,
      ),
      request: tones(
        '{{^installmentOverdue}}Gracias por cumplir con el plan acordado.{{/installmentOverdue}}{{#installmentOverdue}}Le agradeceríamos que lo abonara a la mayor brevedad.{{/installmentOverdue}}',
        `Le rogamos que abone el plazo ${onTime}puntualmente${end}${late}lo antes posible${end}.`,
        `Le pedimos que abone el plazo ${onTime}puntualmente${end}${late}sin más demora${end}.`,
        'Le rogamos que abone el plazo de inmediato.',
      ),
      sms: tones(
        `{{sender.name}}: plazo ${number}/${of} de su plan de pagos, ${amount}, ${onTime}vence el${end}${late}vencido el${end} ${date}. Gracias.`,
        `{{sender.name}}: plazo ${number}/${of} de su plan de pagos, ${amount}, ${onTime}vence el${end}${late}vencido el${end} ${date}.`,
        `{{sender.name}}: plazo ${number}/${of} de su plan de pagos, ${amount}, ${onTime}vence el ${date}.${end}${late}vencido el ${date}, sigue pendiente. Por favor, pague sin demora.${end}`,
        `{{sender.name}}: AVISO FINAL. Plazo ${number}/${of}, ${amount}, vencido el ${date}, sigue pendiente. Si no paga, valoraremos otras medidas.`,
      ),
      voice: tones(
        `${hello} El plazo ${number} de ${of} de su plan de pagos, de ${amount}, ${onTime}vence el${end}${late}venció el${end} ${date}. ¡Muchas gracias!`,
        `${hello} El plazo ${number} de ${of} de su plan de pagos, de ${amount}, ${onTime}vence el${end}${late}venció el${end} ${date}. Encontrará el detalle en nuestro correo. Muchas gracias.`,
        `${hello} El plazo ${number} de ${of} de su plan de pagos, de ${amount}, ${onTime}vence el ${date}. Le rogamos que lo abone puntualmente.${end}${late}venció el ${date} y sigue pendiente. Le pedimos que lo abone sin demora.${end}`,
        `${hello} Este es nuestro último aviso: el plazo ${number} de su plan de pagos, de ${amount}, con vencimiento el ${date}, sigue pendiente. Sin pago, tendremos que valorar otras medidas.`,
      ),
    },
  },
};
