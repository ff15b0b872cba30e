import { type LanguagePack, tones } from '../language-pack';
import { installment } from '../placeholder-shorthands';

const what =
  '{{#single}}la facture {{invoiceNumber}} d’un montant de {{total}}, échue le {{dueDate}},{{/single}}{{#multiple}}les {{invoiceCount}} factures ci-dessous, d’un montant total de {{total}},{{/multiple}}';
const oldest = ' ; la plus ancienne était échue le {{dueDate}}';
const { number, of, amount, date, late, onTime, end } = installment;
const hello = 'Bonjour, {{sender.name}} a un message à l’attention de {{customer.name}}.';

/** French, vouvoiement, as a French credit controller writes it. */
export const fr: LanguagePack = {
  labels: {
    invoice: 'Facture',
    issueDate: 'Date d’émission',
    dueDate: 'Échéance',
    daysOverdue: 'Jours de retard',
    amountDue: 'Montant dû',
    total: 'Total',
    colon: ' : ',
    payNow: 'Payer maintenant',
    invoices: (count, invoice) => (count === 1 ? `facture ${invoice}` : `${count} factures`),
    listLine: (invoice, money, due) => `• *${invoice}* : ${money}, échéance le ${due}`,
  },
  greeting: tones('Bonjour {{recipient}},'),
  signoff: tones(
    'Merci par avance et bonne journée,\n{{sender.name}}',
    'Cordialement,\n{{sender.name}}',
    'Cordialement,\n{{sender.name}}',
    'Nous vous prions d’agréer nos salutations distinguées.\n{{sender.name}}',
  ),
  reply:
    'Si vous avez déjà effectué le règlement, ou en cas de problème{{#single}} avec cette facture{{/single}}{{#multiple}} avec l’une de ces factures{{/multiple}}, il vous suffit de répondre à ce message : nous examinerons la situation.',
  replyInstallment:
    'Si vous avez déjà effectué le règlement, ou en cas de problème avec cette échéance, il vous suffit de répondre à ce message : nous examinerons la situation.',
  pay: 'Vous pouvez régler en ligne en toute sécurité :\n\n{{paymentLink}}',
  finalWarning:
    'À défaut de règlement ou de réponse de votre part dans les meilleurs délais, nous pourrons être amenés à engager d’autres démarches pour le recouvrement de cette somme, y compris en confiant le dossier à un tiers.',
  smsReply: 'Déjà réglé ou une question ? Répondez-nous.',
  templates: {
    upcoming: {
      subject: tones('Petit rappel : échéance du {{dueDate}}', 'Échéance du {{dueDate}} – {{sender.name}}'),
      intro: tones(
        'Pour rappel, {{#single}}la facture {{invoiceNumber}} d’un montant de {{total}} arrive à échéance le {{dueDate}}{{/single}}{{#multiple}}les {{invoiceCount}} factures ci-dessous, d’un montant total de {{total}}, arrivent prochainement à échéance, la première le {{dueDate}}{{/multiple}}.',
        'Nous vous rappelons que {{#single}}la facture {{invoiceNumber}} d’un montant de {{total}} arrive à échéance le {{dueDate}}{{/single}}{{#multiple}}les {{invoiceCount}} factures ci-dessous, d’un montant total de {{total}}, arrivent prochainement à échéance, la première le {{dueDate}}{{/multiple}}.',
      ),
      request: tones(
        'Si le règlement est déjà programmé, nous vous en remercions ; vous pouvez ne pas tenir compte de ce message.',
        'Nous vous remercions de bien vouloir procéder au règlement à l’échéance.',
      ),
      sms: tones(
        '{{sender.name}} : petit rappel, {{total}} à régler le {{dueDate}} ({{invoices}}).',
        '{{sender.name}} : rappel, {{total}} à régler le {{dueDate}} ({{invoices}}).',
      ),
      voice: tones(
        `${hello} Petit rappel : la somme de {{total}} arrive à échéance le {{dueDate}}. Vous trouverez le détail et un lien de paiement dans notre e-mail. Merci et bonne journée !`,
        `${hello} Nous vous rappelons que la somme de {{total}} arrive à échéance le {{dueDate}}. Vous trouverez le détail dans notre e-mail. Merci.`,
      ),
    },
    overdue: {
      subject: tones(
        'Petit rappel : {{#single}}facture {{invoiceNumber}}{{/single}}{{#multiple}}{{invoiceCount}} factures en attente de règlement{{/multiple}}',
        'Rappel de paiement : {{total}} échu',
        'Relance : {{total}} toujours impayé',
        'Dernière relance : {{total}} impayé',
      ),
      intro: tones(
        `Sauf erreur de notre part, ${what} {{#single}}reste à ce jour impayée{{/single}}{{#multiple}}restent à ce jour impayées${oldest}{{/multiple}}. Il s’agit probablement d’un simple oubli.`,
        `Sauf erreur de notre part, ${what} {{#single}}n’a pas été réglée à son échéance{{/single}}{{#multiple}}n’ont pas été réglées à leur échéance${oldest}{{/multiple}}.`,
        `Malgré notre précédente relance, ${what} {{#single}}demeure impayée{{/single}}{{#multiple}}demeurent impayées${oldest}{{/multiple}}.`,
        `Malgré nos précédentes relances, ${what} {{#single}}demeure impayée{{/single}}{{#multiple}}demeurent impayées${oldest}{{/multiple}}. Ce message constitue notre dernière relance.`,
      ),
      request: tones(
        'Nous vous remercions de bien vouloir procéder au règlement dès que possible.',
        'Nous vous prions de bien vouloir procéder au règlement dans les meilleurs délais.',
        'Nous vous demandons de régler la somme due sans plus attendre.',
        'Nous vous demandons de régler l’intégralité de la somme due dès réception de ce message.',
      ),
      sms: tones(
        '{{sender.name}} : petit rappel, la somme de {{total}} était à régler le {{dueDate}} ({{invoices}}). Un simple oubli ?',
        '{{sender.name}} : la somme de {{total}} reste impayée depuis le {{dueDate}} ({{invoices}}). Merci de régler au plus vite.',
        '{{sender.name}} : malgré notre relance, la somme de {{total}} reste impayée ({{invoices}}, échéance {{dueDate}}). Merci de régler sans délai.',
        "{{sender.name}} : dernière relance. {{total}} reste impayé ({{invoices}}, échéance {{dueDate}}). Sinon, nous pourrons engager d'autres démarches.",
      ),
      voice: tones(
        `${hello} Sauf erreur de notre part, la somme de {{total}}, échue le {{dueDate}}, reste à régler. Il s’agit sans doute d’un oubli. Le détail et un lien de paiement figurent dans notre e-mail. Merci !`,
        `${hello} Sauf erreur de notre part, la somme de {{total}}, échue le {{dueDate}}, reste impayée. Merci de procéder au règlement dans les meilleurs délais. Le détail figure dans notre e-mail.`,
        `${hello} Malgré notre relance, la somme de {{total}}, échue le {{dueDate}}, reste impayée. Merci de la régler sans plus attendre, ou de nous contacter en cas de difficulté.`,
        `${hello} Ceci est notre dernière relance : la somme de {{total}}, échue le {{dueDate}}, reste impayée. Sans règlement, d’autres démarches pourront être engagées. Merci de nous contacter dès aujourd’hui.`,
      ),
    },
    'promise-broken': {
      subject: tones(
        'Votre règlement de {{promise.amount}} prévu le {{promise.date}}',
        'Règlement annoncé de {{promise.amount}} non reçu',
        'Règlement annoncé non reçu : {{total}} restant dû',
        'Dernière relance : règlement annoncé non reçu',
      ),
      intro: tones(
        'Vous nous aviez indiqué qu’un règlement de {{promise.amount}} serait effectué au plus tard le {{promise.date}}, et nous vous en remercions. Nous ne l’avons pas encore reçu ; il est peut-être en cours.',
        'Vous nous aviez indiqué qu’un règlement de {{promise.amount}} serait effectué au plus tard le {{promise.date}}. Nous ne l’avons malheureusement pas reçu.',
        'Un règlement de {{promise.amount}} nous avait été annoncé pour le {{promise.date}} au plus tard. Nous ne l’avons pas reçu{{#total}}, et la somme de {{total}} reste due{{/total}}.',
        'Malgré votre engagement de régler {{promise.amount}} au plus tard le {{promise.date}}, nous n’avons reçu aucun paiement{{#total}}, et la somme de {{total}} reste due{{/total}}. Ce message constitue notre dernière relance.',
      ),
      request: tones(
        'Pourriez-vous nous indiquer quand nous pouvons attendre ce règlement ?',
        'Nous vous remercions de procéder au règlement dans les meilleurs délais, ou de nous indiquer la nouvelle date prévue.',
        'Nous vous demandons de procéder au règlement sans plus attendre.',
        'Nous vous demandons de régler l’intégralité de la somme due dès réception de ce message.',
      ),
      sms: tones(
        '{{sender.name}} : sauf erreur, le règlement de {{promise.amount}} prévu le {{promise.date}} ne nous est pas encore parvenu.',
        '{{sender.name}} : le règlement de {{promise.amount}} annoncé pour le {{promise.date}} ne nous est pas parvenu. Merci de régler au plus vite.',
        '{{sender.name}} : le règlement de {{promise.amount}} annoncé pour le {{promise.date}} ne nous est pas parvenu. Merci de régler sans délai.',
        "{{sender.name}} : dernière relance. Le règlement de {{promise.amount}} annoncé pour le {{promise.date}} ne nous est pas parvenu. Sinon, nous pourrons engager d'autres démarches.",
      ),
      voice: tones(
        `${hello} Le règlement de {{promise.amount}} prévu le {{promise.date}} ne nous est pas encore parvenu. Pourriez-vous nous indiquer quand l’attendre ? Merci !`,
        `${hello} Le règlement de {{promise.amount}} annoncé pour le {{promise.date}} ne nous est pas parvenu. Merci de régler au plus vite, ou de nous indiquer la nouvelle date.`,
        `${hello} Le règlement de {{promise.amount}} annoncé pour le {{promise.date}} ne nous est pas parvenu. Merci de régler sans plus attendre, ou de nous contacter en cas de difficulté.`,
        `${hello} Ceci est notre dernière relance : le règlement de {{promise.amount}} annoncé pour le {{promise.date}} ne nous est pas parvenu. Sans règlement, d’autres démarches pourront être engagées. Merci de nous contacter dès aujourd’hui.`,
      ),
    },
    'payment-plan-installment': {
      subject: tones(
        `Échéancier : échéance ${number}/${of} ${onTime}du ${date}${end}${late}non reçue${end}`,
        `Échéancier : échéance ${number}/${of} ${onTime}du ${date}${end}${late}impayée${end}`,
        `Échéancier : échéance ${number}/${of} ${onTime}du ${date}${end}${late}impayée${end}`,
        `Dernière relance : échéance ${number}/${of} de votre échéancier`,
      ),
      intro: tones(
        `${onTime}Conformément à l’échéancier convenu, l’échéance ${number}/${of}, d’un montant de ${amount}, est à régler le ${date}.${end}${late}L’échéance ${number}/${of} de votre échéancier, d’un montant de ${amount}, était à régler le ${date} et ne nous est pas encore parvenue. Il s’agit sans doute d’un oubli.${end}`,
        `${onTime}Conformément à l’échéancier convenu, l’échéance ${number}/${of}, d’un montant de ${amount}, est à régler le ${date}.${end}${late}L’échéance ${number}/${of} de votre échéancier, d’un montant de ${amount}, était à régler le ${date} et ne nous est pas parvenue.${end}`,
        `${onTime}Conformément à l’échéancier convenu, l’échéance ${number}/${of}, d’un montant de ${amount}, est à régler le ${date}.${end}${late}L’échéance ${number}/${of} de votre échéancier, d’un montant de ${amount}, était à régler le ${date} et reste impayée. Le maintien de l’échéancier suppose le respect des dates convenues.${end}`,
        `L’échéance ${number}/${of} de votre échéancier, d’un montant de ${amount}, échue le ${date}, reste impayée. Ce message constitue notre dernière relance.`,
      ),
      request: tones(
        '{{^installmentOverdue}}Nous vous remercions de votre régularité.{{/installmentOverdue}}{{#installmentOverdue}}Nous vous remercions de bien vouloir la régler dès que possible.{{/installmentOverdue}}',
        `Nous vous remercions de régler cette échéance ${onTime}à la date prévue${end}${late}dans les meilleurs délais${end}.`,
        `Nous vous demandons de régler cette échéance ${onTime}à la date prévue${end}${late}sans plus attendre${end}.`,
        'Nous vous demandons de régler cette échéance dès réception de ce message.',
      ),
      sms: tones(
        `{{sender.name}} : échéance ${number}/${of} de votre échéancier, ${amount}, ${onTime}à régler le${end}${late}à régler depuis le${end} ${date}. Merci !`,
        `{{sender.name}} : échéance ${number}/${of} de votre échéancier, ${amount}, ${onTime}à régler le${end}${late}à régler depuis le${end} ${date}.`,
        `{{sender.name}} : échéance ${number}/${of} de votre échéancier, ${amount}, ${onTime}à régler le ${date}.${end}${late}impayée depuis le ${date}. Merci de régler sans délai.${end}`,
        `{{sender.name}} : dernière relance. Échéance ${number}/${of}, ${amount}, due le ${date}, impayée. Sinon, nous pourrons engager d'autres démarches.`,
      ),
      voice: tones(
        `${hello} L’échéance ${number} sur ${of} de votre échéancier, d’un montant de ${amount}, ${onTime}est à régler le${end}${late}était à régler le${end} ${date}. Merci !`,
        `${hello} L’échéance ${number} sur ${of} de votre échéancier, d’un montant de ${amount}, ${onTime}est à régler le${end}${late}était à régler le${end} ${date}. Le détail figure dans notre e-mail. Merci.`,
        `${hello} L’échéance ${number} sur ${of} de votre échéancier, d’un montant de ${amount}, ${onTime}est à régler le ${date}. Merci de la régler à temps.${end}${late}était à régler le ${date} et reste impayée. Merci de la régler sans délai.${end}`,
        `${hello} Ceci est notre dernière relance : l’échéance ${number} de votre échéancier, d’un montant de ${amount}, échue le ${date}, reste impayée. Sans règlement, d’autres démarches pourront être engagées.`,
      ),
    },
  },
};
