import { type LanguagePack, tones } from '../language-pack';
import { installment } from '../placeholder-shorthands';

const what =
  '{{#single}}factuur {{invoiceNumber}} van {{total}}, vervallen op {{dueDate}},{{/single}}{{#multiple}}de {{invoiceCount}} onderstaande facturen, samen {{total}},{{/multiple}}';
const is = '{{#single}}is{{/single}}{{#multiple}}zijn{{/multiple}}';
const oldest = '{{#multiple}}; de oudste verviel op {{dueDate}}{{/multiple}}';
const { number, of, amount, date, late, onTime, end } = installment;
const hello = 'Goedendag, dit is een bericht van {{sender.name}} voor {{customer.name}}.';

/** Dutch, with u, as a Dutch or Flemish credit controller writes it. */
export const nl: LanguagePack = {
  labels: {
    invoice: 'Factuur',
    issueDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    daysOverdue: 'Dagen te laat',
    amountDue: 'Openstaand bedrag',
    total: 'Totaal',
    colon: ': ',
    payNow: 'Nu betalen',
    invoices: (count, invoice) => (count === 1 ? `factuur ${invoice}` : `${count} facturen`),
    listLine: (invoice, money, due) => `• *${invoice}*: ${money}, vervaldatum ${due}`,
  },
  greeting: tones('Beste {{recipient}},', 'Geachte {{recipient}},'),
  signoff: tones(
    'Alvast hartelijk dank en met vriendelijke groet,\n{{sender.name}}',
    'Met vriendelijke groet,\n{{sender.name}}',
    'Met vriendelijke groet,\n{{sender.name}}',
    'Hoogachtend,\n{{sender.name}}',
  ),
  reply:
    'Heeft u al betaald, of is er een probleem{{#single}} met deze factuur{{/single}}{{#multiple}} met een van deze facturen{{/multiple}}? Beantwoord dan dit bericht, dan zoeken wij het voor u uit.',
  replyInstallment:
    'Heeft u al betaald, of is er een probleem met deze termijn? Beantwoord dan dit bericht, dan zoeken wij het voor u uit.',
  pay: 'U kunt eenvoudig en veilig online betalen:\n\n{{paymentLink}}',
  finalWarning:
    'Als wij niet op korte termijn uw betaling of een reactie van u ontvangen, zijn wij genoodzaakt verdere stappen te overwegen om het bedrag te innen, waaronder het overdragen van de vordering aan een derde partij.',
  smsReply: 'Al betaald of een vraag? Reageer gerust.',
  templates: {
    upcoming: {
      subject: tones(
        'Vriendelijke herinnering: betaling vervalt op {{dueDate}}',
        'Betaling vervalt op {{dueDate}} – {{sender.name}}',
      ),
      intro: tones(
        'Graag herinneren wij u eraan dat {{#single}}factuur {{invoiceNumber}} van {{total}} op {{dueDate}} vervalt{{/single}}{{#multiple}}de {{invoiceCount}} onderstaande facturen, samen {{total}}, binnenkort vervallen, de eerste op {{dueDate}}{{/multiple}}.',
        'Hierbij herinneren wij u eraan dat {{#single}}factuur {{invoiceNumber}} van {{total}} op {{dueDate}} vervalt{{/single}}{{#multiple}}de {{invoiceCount}} onderstaande facturen, samen {{total}}, binnenkort vervallen, de eerste op {{dueDate}}{{/multiple}}.',
      ),
      request: tones(
        'Heeft u de betaling al ingepland? Dan hartelijk dank en kunt u dit bericht als niet verzonden beschouwen.',
        'Wij verzoeken u vriendelijk het bedrag uiterlijk op de vervaldatum te voldoen.',
      ),
      sms: tones(
        '{{sender.name}}: vriendelijke herinnering, {{total}} vervalt op {{dueDate}} ({{invoices}}).',
        '{{sender.name}}: herinnering, {{total}} vervalt op {{dueDate}} ({{invoices}}).',
      ),
      voice: tones(
        `${hello} Graag herinneren wij u eraan dat een bedrag van {{total}} op {{dueDate}} vervalt. De details en een betaallink vindt u in onze e-mail. Hartelijk dank!`,
        `${hello} Wij herinneren u eraan dat een bedrag van {{total}} op {{dueDate}} vervalt. De details vindt u in onze e-mail. Dank u wel.`,
      ),
    },
    overdue: {
      subject: tones(
        'Vriendelijke herinnering: {{#single}}factuur {{invoiceNumber}}{{/single}}{{#multiple}}{{invoiceCount}} openstaande facturen{{/multiple}}',
        'Betalingsherinnering: {{total}} vervallen',
        'Achterstallige betaling: {{total}} – graag per omgaande',
        'Laatste herinnering: {{total}} vervallen',
      ),
      intro: tones(
        `Volgens onze administratie {{#single}}staat{{/single}}{{#multiple}}staan{{/multiple}} ${what} nog open${oldest}. Mogelijk is dit aan uw aandacht ontsnapt.`,
        `Volgens onze administratie ${is} ${what} nog niet betaald${oldest}.`,
        `Ondanks onze eerdere herinnering ${is} ${what} nog altijd niet betaald${oldest}.`,
        `Ondanks onze eerdere herinneringen ${is} ${what} nog steeds niet betaald${oldest}. Dit is onze laatste herinnering.`,
      ),
      request: tones(
        'Wij stellen het op prijs als u de betaling zo spoedig mogelijk regelt.',
        'Wij verzoeken u het openstaande bedrag zo spoedig mogelijk te voldoen.',
        'Wij verzoeken u dringend het openstaande bedrag per omgaande te voldoen.',
        'Wij verzoeken u het volledige bedrag onmiddellijk te voldoen.',
      ),
      sms: tones(
        '{{sender.name}}: vriendelijke herinnering, {{total}} verviel op {{dueDate}} ({{invoices}}). Misschien over het hoofd gezien?',
        '{{sender.name}}: {{total}} staat sinds {{dueDate}} open ({{invoices}}). Wilt u zo spoedig mogelijk betalen?',
        '{{sender.name}}: ondanks onze herinnering staat {{total}} nog open ({{invoices}}, vervallen op {{dueDate}}). Graag per omgaande betalen.',
        '{{sender.name}}: LAATSTE HERINNERING. {{total}} staat nog open ({{invoices}}, vervallen op {{dueDate}}). Anders overwegen wij verdere stappen.',
      ),
      voice: tones(
        `${hello} Volgens onze administratie staat een bedrag van {{total}}, vervallen op {{dueDate}}, nog open. Mogelijk is dit aan uw aandacht ontsnapt. De details en een betaallink vindt u in onze e-mail. Dank u wel!`,
        `${hello} Volgens onze administratie is een bedrag van {{total}}, vervallen op {{dueDate}}, nog niet betaald. Wilt u zo spoedig mogelijk betalen? De details vindt u in onze e-mail.`,
        `${hello} Ondanks onze herinnering staat een bedrag van {{total}}, vervallen op {{dueDate}}, nog open. Wij verzoeken u per omgaande te betalen, of contact met ons op te nemen als er een probleem is.`,
        `${hello} Dit is onze laatste herinnering: een bedrag van {{total}}, vervallen op {{dueDate}}, staat nog open. Zonder betaling overwegen wij verdere stappen. Neem vandaag nog contact met ons op.`,
      ),
    },
    'promise-broken': {
      subject: tones(
        'Uw betaling van {{promise.amount}}, toegezegd voor {{promise.date}}',
        'Toegezegde betaling van {{promise.amount}} niet ontvangen',
        'Toegezegde betaling niet ontvangen: {{total}} openstaand',
        'Laatste herinnering: toegezegde betaling niet ontvangen',
      ),
      intro: tones(
        'Dank u voor uw bericht dat een betaling van {{promise.amount}} uiterlijk {{promise.date}} zou plaatsvinden. Wij hebben deze nog niet ontvangen; mogelijk is zij nog onderweg.',
        'U heeft ons laten weten dat een betaling van {{promise.amount}} uiterlijk {{promise.date}} zou plaatsvinden. Helaas hebben wij deze niet ontvangen.',
        'U heeft ons een betaling van {{promise.amount}} uiterlijk {{promise.date}} toegezegd. Deze hebben wij niet ontvangen{{#total}}, en er staat nog {{total}} open{{/total}}.',
        'Ondanks uw toezegging om uiterlijk {{promise.date}} {{promise.amount}} te betalen, hebben wij geen betaling ontvangen{{#total}} en staat er nog {{total}} open{{/total}}. Dit is onze laatste herinnering.',
      ),
      request: tones(
        'Kunt u ons laten weten wanneer wij de betaling kunnen verwachten?',
        'Wij verzoeken u de betaling zo spoedig mogelijk te doen, of ons te laten weten wanneer deze volgt.',
        'Wij verzoeken u de betaling per omgaande te doen.',
        'Wij verzoeken u het volledige bedrag onmiddellijk te voldoen.',
      ),
      sms: tones(
        '{{sender.name}}: de betaling van {{promise.amount}} voor {{promise.date}} hebben wij nog niet ontvangen. Is deze onderweg?',
        '{{sender.name}}: de toegezegde betaling van {{promise.amount}} voor {{promise.date}} is niet ontvangen. Wilt u zo spoedig mogelijk betalen?',
        '{{sender.name}}: de toegezegde betaling van {{promise.amount}} voor {{promise.date}} is niet ontvangen. Graag per omgaande betalen.',
        '{{sender.name}}: LAATSTE HERINNERING. De toegezegde betaling van {{promise.amount}} voor {{promise.date}} is niet ontvangen. Zonder betaling overwegen wij verdere stappen.',
      ),
      voice: tones(
        `${hello} De betaling van {{promise.amount}} die u voor {{promise.date}} had gepland, hebben wij nog niet ontvangen. Kunt u laten weten wanneer wij die mogen verwachten? Dank u wel!`,
        `${hello} De toegezegde betaling van {{promise.amount}} voor {{promise.date}} is niet ontvangen. Wilt u zo spoedig mogelijk betalen, of ons een nieuwe datum doorgeven?`,
        `${hello} De toegezegde betaling van {{promise.amount}} voor {{promise.date}} is niet ontvangen. Wij verzoeken u per omgaande te betalen, of contact op te nemen als er een probleem is.`,
        `${hello} Dit is onze laatste herinnering: de toegezegde betaling van {{promise.amount}} voor {{promise.date}} is niet ontvangen. Zonder betaling overwegen wij verdere stappen. Neem vandaag nog contact met ons op.`,
      ),
    },
    'payment-plan-installment': {
      subject: tones(
        `Betalingsregeling: termijn ${number} van ${of} ${onTime}vervalt op ${date}${end}${late}nog niet ontvangen${end}`,
        `Betalingsregeling: termijn ${number} van ${of} ${onTime}vervalt op ${date}${end}${late}vervallen${end}`,
        `Betalingsregeling: termijn ${number} van ${of} ${onTime}vervalt op ${date}${end}${late}vervallen${end}`,
        `Laatste herinnering: termijn ${number} van ${of} van uw betalingsregeling`,
      ),
      intro: tones(
        `${onTime}Volgens de afgesproken betalingsregeling vervalt termijn ${number} van ${of}, groot ${amount}, op ${date}.${end}${late}Termijn ${number} van ${of} van uw betalingsregeling, groot ${amount}, verviel op ${date}; wij hebben deze nog niet ontvangen. Mogelijk is dit aan uw aandacht ontsnapt.${end}`,
        `${onTime}Volgens de afgesproken betalingsregeling vervalt termijn ${number} van ${of}, groot ${amount}, op ${date}.${end}${late}Termijn ${number} van ${of} van uw betalingsregeling, groot ${amount}, verviel op ${date} en is niet ontvangen.${end}`,
        `${onTime}Volgens de afgesproken betalingsregeling vervalt termijn ${number} van ${of}, groot ${amount}, op ${date}.${end}${late}Termijn ${number} van ${of} van uw betalingsregeling, groot ${amount}, verviel op ${date} en staat nog open. De betalingsregeling gaat ervan uit dat de termijnen op tijd worden betaald.${end}`,
        `Termijn ${number} van ${of} van uw betalingsregeling, groot ${amount}, vervallen op ${date}, is nog steeds niet betaald. Dit is onze laatste herinnering.`,
      ),
      request: tones(
        '{{^installmentOverdue}}Hartelijk dank dat u zich aan de regeling houdt.{{/installmentOverdue}}{{#installmentOverdue}}Wij stellen het op prijs als u de termijn zo spoedig mogelijk betaalt.{{/installmentOverdue}}',
        `Wilt u ervoor zorgen dat de termijn ${onTime}op tijd${end}${late}zo spoedig mogelijk${end} wordt betaald?`,
        `Wij verzoeken u de termijn ${onTime}op tijd${end}${late}per omgaande${end} te betalen.`,
        'Wij verzoeken u de termijn onmiddellijk te betalen.',
      ),
      sms: tones(
        `{{sender.name}}: termijn ${number}/${of} van uw betalingsregeling, ${amount}, ${onTime}vervalt op${end}${late}verviel op${end} ${date}. Dank u wel!`,
        `{{sender.name}}: termijn ${number}/${of} van uw betalingsregeling, ${amount}, ${onTime}vervalt op${end}${late}verviel op${end} ${date}.`,
        `{{sender.name}}: termijn ${number}/${of} van uw betalingsregeling, ${amount}, ${onTime}vervalt op ${date}.${end}${late}staat sinds ${date} open. Graag per omgaande betalen.${end}`,
        `{{sender.name}}: LAATSTE HERINNERING. Termijn ${number}/${of}, ${amount}, vervallen op ${date}, staat open. Zonder betaling overwegen wij verdere stappen.`,
      ),
      voice: tones(
        `${hello} Termijn ${number} van ${of} van uw betalingsregeling, ${amount}, ${onTime}vervalt op${end}${late}verviel op${end} ${date}. Hartelijk dank!`,
        `${hello} Termijn ${number} van ${of} van uw betalingsregeling, ${amount}, ${onTime}vervalt op${end}${late}verviel op${end} ${date}. De details vindt u in onze e-mail. Dank u wel.`,
        `${hello} Termijn ${number} van ${of} van uw betalingsregeling, ${amount}, ${onTime}vervalt op ${date}. Wilt u op tijd betalen?${end}${late}verviel op ${date} en staat nog open. Wij verzoeken u per omgaande te betalen.${end}`,
        `${hello} Dit is onze laatste herinnering: termijn ${number} van uw betalingsregeling, ${amount}, vervallen op ${date}, staat nog open. Zonder betaling overwegen wij verdere stappen.`,
      ),
    },
  },
};
