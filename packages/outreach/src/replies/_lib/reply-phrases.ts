/** The outcomes a phrase can point to, in the order they win when several are found. */
export const outcomeOrder = [
  'opt-out',
  'wrong-contact',
  'dispute',
  'invoice-not-received',
  'payment-plan-request',
  'paid-already',
  'promise-to-pay',
] as const;

/** An outcome found by a phrase. */
export type PhraseOutcome = (typeof outcomeOrder)[number];

/** The languages with phrase tables. */
export type ReplyLanguage = 'en' | 'fr' | 'de' | 'nl' | 'es';

/** Phrases of one language, as regular expressions over normalised text (lower case, no accents). */
export interface LanguagePhrases {
  /** Whole replies that are an opt-out keyword on their own (`STOP`). */
  readonly optOutKeywords: readonly string[];
  /** Phrases per outcome. */
  readonly phrases: Readonly<Record<PhraseOutcome, readonly RegExp[]>>;
  /** Words that negate a `paid-already` or `promise-to-pay` phrase when they come just before it or inside it. */
  readonly negation: RegExp;
  /** Month names (normalised) to month numbers. */
  readonly months: Readonly<Record<string, number>>;
  /** Weekday names (normalised) to 0 = Sunday ... 6 = Saturday. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Words for today and tomorrow, day after tomorrow, end of month. */
  readonly relative: readonly { readonly pattern: RegExp; readonly days?: number; readonly endOfMonth?: true }[];
  /** Whether numeric dates read month first (`12/15`) rather than day first. */
  readonly monthFirst: boolean;
}

const w = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'u');

export const replyPhrases: Readonly<Record<ReplyLanguage, LanguagePhrases>> = {
  en: {
    optOutKeywords: ['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'opt out', 'optout', 'remove'],
    phrases: {
      'opt-out': [
        w('unsubscribe|opt(?:-| )?out|remove (?:me|us) from (?:your|the|this) (?:list|mailing list|contacts?)'),
        w(
          "(?:do not|don't|please stop|stop) (?:contact|contacting|email|emailing|e-mailing|text|texting|call|calling|messaging|message) (?:me|us)",
        ),
        w('stop (?:texting|emailing|calling|contacting|messaging|sending)'),
      ],
      'wrong-contact': [
        w('wrong (?:number|person|contact|email|e-mail|address|company|recipient|department)'),
        w("(?:not|isn't|am not|is not) the (?:right|correct) (?:person|contact|department)"),
        w(
          "no longer (?:works?|employed) (?:here|with us|at)|(?:has )?left the company|does not work here|doesn't work here",
        ),
        w("(?:don't|do not) know (?:this|your|the) company|not our (?:company|invoice)|never heard of"),
      ],
      dispute: [
        w("disputes?|disputed|disputing|disagree|(?:do not|don't) agree"),
        w(
          '(?:incorrect|wrong|inaccurate) (?:amount|invoice|price|charge|quantity)|(?:invoice|amount|price|bill) is (?:wrong|incorrect)|overcharged|(?:error|mistake) (?:on|in) (?:the|your|this) invoice',
        ),
        w("(?:will not|won't|refuse to|are not going to|not going to) pay"),
        w(
          'never (?:ordered|received the goods)|(?:goods|products?|items?|order) (?:were |was |arrived )?(?:damaged|faulty|defective|returned)|credit note|complaint',
        ),
      ],
      'invoice-not-received': [
        w(
          "(?:not|never|n't) (?:yet )?(?:received|got|seen) (?:the |your |an |any |this |that |a copy of the )?(?:invoice|bill)",
        ),
        w(
          '(?:invoice|bill) (?:has |was )?(?:never|not) (?:been )?(?:arrived|received|sent)|no invoice|missing invoice|where is the invoice',
        ),
        w(
          '(?:re-?send|send (?:us|me)|forward|share) (?:again )?(?:a copy of )?(?:the|this|that|your) (?:invoice|bill)|copy of the invoice',
        ),
      ],
      'payment-plan-request': [
        w(
          'payment (?:plan|arrangement)|(?:in|by|into) instal?l?ments|instal?l?ment (?:plan|arrangement)|pay (?:it |this |the (?:invoice|balance|amount) )?(?:in|by) (?:parts|stages|monthly payments)',
        ),
        w(
          'spread (?:the |our )?(?:payments?|cost|amount|balance)|split (?:the |this )?(?:payment|invoice|amount|balance)',
        ),
        w(
          '(?:more|extra|additional) time to pay|(?:an? )?(?:extension|deferral) (?:of|on|for) (?:the )?(?:payment|due date|deadline)',
        ),
      ],
      'paid-already': [
        w(
          "already (?:been )?(?:paid|settled|transferred|sent (?:the )?payment)|(?:we|i|we have|i have|we've|i've) (?:already )?(?:paid|settled|transferred)",
        ),
        w(
          '(?:has|have|was|were) (?:already )?been (?:paid|settled)|(?:is|was) (?:already )?paid|(?:invoice|bill)s? (?:already )?(?:paid|settled)',
        ),
        w(
          'payment (?:has been|was|is) (?:made|sent|processed|done|completed|transferred)|(?:sent|made) (?:the )?payment|proof of payment|remittance',
        ),
      ],
      'promise-to-pay': [
        w(
          "(?:will|shall|we'll|i'll|they'll|going to|plan to|intend to|expect to|can) (?:make (?:a |the )?payment|pay|settle|transfer|send (?:the |a )?payment|process (?:the )?payment)",
        ),
        w(
          'payment (?:will|should) (?:be )?(?:made|sent|processed|go out|follow|reach you|arrive)|(?:will|shall|should) be (?:paid|settled|transferred)|payment (?:has been |is |was )?(?:scheduled|planned|arranged|booked)',
        ),
        w(
          '(?:scheduled|arranged) (?:the |a )?(?:payment|transfer)|next payment run|pay (?:it |this |the invoice )?(?:on|by|before|next|this|tomorrow|today)',
        ),
      ],
    },
    negation: w("not|never|no|cannot|can't|won't|don't|didn't|haven't|hasn't|wasn't|weren't"),
    months: {
      january: 1,
      jan: 1,
      february: 2,
      feb: 2,
      march: 3,
      mar: 3,
      april: 4,
      apr: 4,
      may: 5,
      june: 6,
      jun: 6,
      july: 7,
      jul: 7,
      august: 8,
      aug: 8,
      september: 9,
      sep: 9,
      sept: 9,
      october: 10,
      oct: 10,
      november: 11,
      nov: 11,
      december: 12,
      dec: 12,
    },
    weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
    relative: [
      { pattern: w('today|tonight|this afternoon'), days: 0 },
      { pattern: w('day after tomorrow'), days: 2 },
      { pattern: w('tomorrow'), days: 1 },
      { pattern: w('(?:the )?end of (?:the|this) month'), endOfMonth: true },
    ],
    monthFirst: false,
  },
  fr: {
    optOutKeywords: ['stop', 'arret', 'arreter', 'desabonner', 'desinscrire'],
    phrases: {
      'opt-out': [
        w(
          '(?:me |nous |se )?desabonn\\w*|desinscri\\w*|(?:ne plus|arretez de|cessez de) (?:me |nous )?(?:contacter|envoyer|ecrire|appeler|relancer)',
        ),
        w('(?:retirez|supprimez)[- ](?:moi|nous) de (?:votre|la|vos) (?:liste|fichier)s?'),
      ],
      'wrong-contact': [
        w(
          'mauvais (?:numero|interlocuteur|destinataire|contact|service)|mauvaise (?:personne|adresse|societe|entreprise)',
        ),
        w(
          "(?:ne )?(?:travaille|fait) plus (?:ici|partie|chez nous|dans la societe)|a quitte (?:la societe|l'entreprise|la compagnie|nos effectifs)",
        ),
        w(
          '(?:pas|plus) la bonne personne|pas le bon (?:interlocuteur|contact|service)|erreur de destinataire|ne connaissons pas (?:votre|cette) societe',
        ),
      ],
      dispute: [
        w("contest\\w*|litige|desaccord|pas d'accord"),
        w(
          '(?:montant|prix|facture) (?:est )?(?:incorrecte?|errone+e?|faux|fausse)|erreur (?:sur|dans) (?:la|votre|cette) facture',
        ),
        w('(?:ne )?(?:paierons|payerons|reglerons|allons) (?:pas|rien)(?: payer)?|refusons de (?:payer|regler)'),
        w(
          'jamais commande|reclamation|(?:marchandise|produit|commande)s? (?:est |sont |etait |arrivee?s? )?(?:defectueu\\w*|endommage\\w*|retourne\\w*|abime\\w*)|avoir a (?:nous )?(?:emettre|etablir)',
        ),
      ],
      'invoice-not-received': [
        w(
          "(?:pas|jamais|aucune) (?:encore )?(?:recu|eu|vu) (?:la |votre |de |cette |aucune |une )?factures?|n'avons (?:pas|jamais) (?:encore )?recu (?:la |votre |cette |de )?factures?",
        ),
        w(
          "factures? (?:ne nous est |n'est |ne m'est )?(?:jamais |pas )(?:encore )?(?:ete )?(?:recue|parvenue|arrivee)",
        ),
        w(
          '(?:renvoyer|renvoyez|transmettre|envoyer|envoyez)[- ](?:nous |moi )?(?:a nouveau |de nouveau )?(?:la|votre|cette|une copie de la) facture|copie de la facture',
        ),
      ],
      'payment-plan-request': [
        w('echeancier|echelonn\\w*|plan de (?:paiement|remboursement)|paiement en plusieurs fois'),
        w(
          '(?:payer|regler|paiement) en (?:plusieurs|\\d+|deux|trois|quatre) (?:fois|versements|mensualites)|en mensualites',
        ),
        w('(?:un )?delai (?:supplementaire|de paiement supplementaire|de grace)|plus de temps pour (?:payer|regler)'),
      ],
      'paid-already': [
        w(
          'deja (?:ete )?(?:paye|payee|regle|reglee|vire|effectue|acquitte)e?s?|(?:avons|ai|a) (?:bien |deja )?(?:paye|regle|vire|acquitte)',
        ),
        w('(?:a|ont) (?:bien |deja )?ete (?:payee?s?|reglee?s?|viree?s?|acquittee?s?)'),
        w(
          '(?:paiement|virement|reglement) (?:a ete |est )?(?:bien )?(?:effectue|envoye|fait|parti|emis)|preuve de (?:paiement|virement)|avis de virement',
        ),
      ],
      'promise-to-pay': [
        w(
          'paierons|payerons|reglerons|virerons|effectuerons (?:le |un )?(?:paiement|virement|reglement)|procederons au (?:paiement|reglement|virement)',
        ),
        w(
          '(?:allons|vais|va) (?:vous )?(?:payer|regler|virer|effectuer (?:le |un )?(?:paiement|virement|reglement)|proceder au (?:paiement|reglement))',
        ),
        w(
          "(?:le |un )?(?:paiement|virement|reglement) (?:sera|va etre) (?:effectue|fait|envoye|emis|realise)|(?:paiement|virement|reglement) (?:prevu|programme|planifie|pour le|d'ici)|sera (?:payee?|reglee?|viree?)",
        ),
      ],
    },
    negation: /(?<![\p{L}\p{N}])(?:pas|jamais|ne|aucune?|rien)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])n'/u,
    months: {
      janvier: 1,
      janv: 1,
      fevrier: 2,
      fevr: 2,
      mars: 3,
      avril: 4,
      avr: 4,
      mai: 5,
      juin: 6,
      juillet: 7,
      juil: 7,
      aout: 8,
      septembre: 9,
      sept: 9,
      octobre: 10,
      oct: 10,
      novembre: 11,
      nov: 11,
      decembre: 12,
      dec: 12,
    },
    weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
    relative: [
      { pattern: w("aujourd'hui|ce soir"), days: 0 },
      { pattern: w('apres-demain|apres demain'), days: 2 },
      { pattern: w('demain'), days: 1 },
      { pattern: w('(?:a la )?fin (?:du|de ce) mois'), endOfMonth: true },
    ],
    monthFirst: false,
  },
  de: {
    optOutKeywords: ['stop', 'stopp', 'abmelden', 'abbestellen', 'austragen'],
    phrases: {
      'opt-out': [
        w('abmelden|abbestellen|austragen|abmeldung'),
        w(
          '(?:keine|nicht mehr) (?:weiteren )?(?:nachrichten|e-mails|emails|mails|sms|anrufe|kontaktieren|anschreiben|anrufen|zusenden|schreiben)',
        ),
      ],
      'wrong-contact': [
        w('falsche[nrs]? (?:nummer|person|ansprechpartner(?:in)?|empfanger(?:in)?|adresse|kontakt|firma|abteilung)'),
        w(
          'nicht (?:mehr )?(?:zustandig|der richtige ansprechpartner|die richtige ansprechpartnerin|bei uns (?:beschaftigt|tatig))|arbeitet nicht mehr|hat das unternehmen verlassen|nicht mehr im unternehmen',
        ),
      ],
      dispute: [
        w('widerspr\\w*|bestreiten|reklamation|beanstand\\w*|nicht einverstanden'),
        w(
          '(?:rechnung|betrag|preis) (?:ist )?(?:falsch|fehlerhaft|nicht korrekt|unrichtig)|fehler (?:in|auf) der rechnung|falscher betrag',
        ),
        w('werden (?:die rechnung |den betrag )?nicht (?:be)?zahlen|verweigern die zahlung'),
        w(
          'nie bestellt|nicht bestellt|(?:ware|lieferung|produkt) (?:ist |war |kam )?(?:defekt|beschadigt|mangelhaft)|mangel|gutschrift',
        ),
      ],
      'invoice-not-received': [
        w(
          '(?:keine|nie eine|noch keine) rechnung (?:erhalten|bekommen)|rechnung (?:ist )?(?:nicht|nie|noch nicht) (?:erhalten|bekommen|angekommen|eingegangen)',
        ),
        w('(?:haben|habe) (?:die|ihre|eine) rechnung (?:nicht|nie|noch nicht) (?:erhalten|bekommen)'),
        w(
          'rechnung (?:bitte )?(?:erneut|nochmal|nochmals|noch einmal) (?:senden|schicken|zusenden|zukommen)|kopie der rechnung',
        ),
      ],
      'payment-plan-request': [
        w('ratenzahlung\\w*|in raten|raten(?:plan|vereinbarung)|zahlungsplan|teilzahlung\\w*'),
        w('stundung|zahlungsaufschub|zahlungsziel verlangern|mehr zeit (?:zum|fur die) (?:zahlen|zahlung|bezahlen)'),
      ],
      'paid-already': [
        w('(?:bereits|schon) (?:bezahlt|uberwiesen|beglichen|gezahlt)'),
        w(
          '(?:haben|habe|hat|wurde|wurden)(?: [\\p{L}\\p{N}.]+){0,6} (?:bezahlt|uberwiesen|beglichen|gezahlt)|(?:ist|sind) (?:die rechnung |der betrag |es |sie )?(?:bezahlt|uberwiesen|beglichen|gezahlt)',
        ),
        w(
          '(?:zahlung|uberweisung) (?:ist|wurde) (?:bereits |schon )?(?:erfolgt|veranlasst|ausgefuhrt|getatigt|raus)|zahlungsnachweis|zahlungsbeleg',
        ),
      ],
      'promise-to-pay': [
        w(
          '(?:werden|wird|werde)(?: [\\p{L}\\p{N}.]+){0,8} (?:bezahlen|zahlen|uberweisen|begleichen|uberwiesen|bezahlt|beglichen)',
        ),
        w('wir (?:zahlen|uberweisen|begleichen|bezahlen)|(?:zahlen|uberweisen|begleichen|bezahlen) wir'),
        w('(?:die )?zahlung (?:erfolgt|kommt|geht)|zahlung (?:bis|am) '),
      ],
    },
    negation: w('nicht|nie|kein|keine|noch nicht'),
    months: {
      januar: 1,
      jan: 1,
      februar: 2,
      feb: 2,
      marz: 3,
      maerz: 3,
      april: 4,
      apr: 4,
      mai: 5,
      juni: 6,
      juli: 7,
      august: 8,
      aug: 8,
      september: 9,
      sept: 9,
      sep: 9,
      oktober: 10,
      okt: 10,
      november: 11,
      nov: 11,
      dezember: 12,
      dez: 12,
    },
    weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6 },
    relative: [
      { pattern: w('heute'), days: 0 },
      { pattern: w('ubermorgen'), days: 2 },
      { pattern: /(?<!guten |[\p{L}\p{N}])morgen(?![\p{L}\p{N}])/u, days: 1 },
      { pattern: w('(?:zum |bis )?(?:ende des monats|monatsende)'), endOfMonth: true },
    ],
    monthFirst: false,
  },
  nl: {
    optOutKeywords: ['stop', 'afmelden', 'uitschrijven'],
    phrases: {
      'opt-out': [
        w('afmelden|uitschrijven|afmelding'),
        w(
          '(?:geen|niet meer) (?:berichten|e-mails|mails|sms|telefoontjes|contacteren|benaderen|bellen|mailen|sturen)(?: meer)?',
        ),
      ],
      'wrong-contact': [
        w('verkeerde (?:persoon|nummer|contactpersoon|adres|afdeling|bedrijf|ontvanger)|verkeerd (?:nummer|adres)'),
        w(
          'werkt (?:hier )?niet meer|niet (?:de juiste|het juiste) (?:persoon|contactpersoon|adres)|niet (?:meer )?verantwoordelijk|heeft het bedrijf verlaten',
        ),
      ],
      dispute: [
        w('betwist\\w*|oneens|niet akkoord|bezwaar|klacht'),
        w(
          '(?:factuur|bedrag|prijs) (?:is |klopt )?(?:onjuist|niet juist|fout|niet correct)|klopt niet|fout (?:in|op) de factuur',
        ),
        w('(?:gaan|zullen) (?:deze factuur |de factuur |het bedrag )?niet betalen|weigeren te betalen'),
        w(
          'nooit besteld|niet besteld|(?:goederen|levering|product) (?:is |was |zijn )?(?:beschadigd|defect|kapot|retour)|creditnota',
        ),
      ],
      'invoice-not-received': [
        w(
          '(?:geen|nooit een|nog geen) factuur (?:ontvangen|gekregen)|factuur (?:is )?(?:niet|nooit|nog niet) (?:ontvangen|gekregen|aangekomen)',
        ),
        w('(?:hebben|heb) (?:de|uw|jullie|een) factuur (?:niet|nooit|nog niet) (?:ontvangen|gekregen)'),
        w('factuur (?:opnieuw|nogmaals|nog een keer) (?:sturen|versturen|toesturen|mailen)|kopie van de factuur'),
      ],
      'payment-plan-request': [
        w('betalingsregeling|afbetalingsregeling|(?:in|op) termijnen|gespreid betalen|in delen betalen'),
        w('uitstel van betaling|betalingsuitstel|meer tijd (?:om te betalen|voor de betaling)'),
      ],
      'paid-already': [
        w('(?:al|reeds) (?:betaald|overgemaakt|voldaan)'),
        w(
          '(?:hebben|heb|heeft|werd)(?: [\\p{L}\\p{N}.]+){0,6} (?:betaald|overgemaakt|voldaan)|(?:is|zijn) (?:de factuur |het bedrag |deze |het )?(?:al |reeds )?(?:betaald|overgemaakt|voldaan)',
        ),
        w('betaling (?:is |werd )?(?:al |reeds )?(?:verricht|gedaan|verstuurd|uitgevoerd|voldaan)|betaalbewijs'),
      ],
      'promise-to-pay': [
        w(
          '(?:zullen|zal|gaan|ga|wordt)(?: [\\p{L}\\p{N}.]+){0,8} (?:betalen|overmaken|voldoen|betaald|overgemaakt|voldaan)',
        ),
        w('(?:wij|we|ik) (?:betalen|maken (?:het|dit) over)|betalen (?:wij|we)'),
        w('betaling (?:volgt|komt)|betalen (?:op|voor|uiterlijk|volgende|morgen|vandaag)'),
      ],
    },
    negation: w('niet|nooit|geen|nog niet'),
    months: {
      januari: 1,
      jan: 1,
      februari: 2,
      feb: 2,
      maart: 3,
      mrt: 3,
      april: 4,
      apr: 4,
      mei: 5,
      juni: 6,
      juli: 7,
      augustus: 8,
      aug: 8,
      september: 9,
      sept: 9,
      sep: 9,
      oktober: 10,
      okt: 10,
      november: 11,
      nov: 11,
      december: 12,
      dec: 12,
    },
    weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
    relative: [
      { pattern: w('vandaag'), days: 0 },
      { pattern: w('overmorgen'), days: 2 },
      { pattern: /(?<!goede |[\p{L}\p{N}])morgen(?![\p{L}\p{N}])/u, days: 1 },
      { pattern: w('(?:aan het )?eind(?:e)? van de maand'), endOfMonth: true },
    ],
    monthFirst: false,
  },
  es: {
    optOutKeywords: ['stop', 'baja', 'alto', 'parar'],
    phrases: {
      'opt-out': [
        w('(?:dar(?:me|nos)? de |darse de )?baja|cancelar (?:la |mi )?suscripcion|desuscribir\\w*'),
        w(
          'no (?:me|nos) (?:contacten|contacte|escriban|escriba|llamen|llame|envien|envie)(?: mas)?|dejen de (?:enviar|escribir|llamar|contactar)',
        ),
      ],
      'wrong-contact': [
        w(
          '(?:numero|persona|contacto|correo|destinatario|empresa) (?:equivocad[oa]|incorrect[oa])|se (?:han )?equivocado de',
        ),
        w(
          'ya no trabaja|no (?:soy|es) (?:la persona|el responsable|la responsable|el contacto) (?:adecuad[oa]|correct[oa])?|dejo la empresa',
        ),
      ],
      dispute: [
        w('disputa|reclamacion|impugn\\w*|no estamos de acuerdo|desacuerdo'),
        w(
          '(?:factura|importe|monto|precio) (?:es |esta )?(?:incorrect[oa]|erronea?|equivocad[oa]|mal)|error en (?:la|su) factura',
        ),
        w('no (?:vamos a|pensamos|podemos) pagar|nos negamos a pagar'),
        w(
          'nunca (?:pedimos|encargamos|solicitamos)|(?:producto|mercancia|pedido)s? (?:llego |esta |estaba )?(?:defectuos[oa]|danad[oa]|devuelt[oa])|nota de credito',
        ),
      ],
      'invoice-not-received': [
        w(
          'no (?:hemos|he) recibido (?:la |su |ninguna |una |esta )?factura|(?:nunca|no) recibimos (?:la |su |ninguna )?factura',
        ),
        w('(?:la )?factura no (?:nos )?(?:ha )?llegado|no nos (?:ha )?llegado (?:la |su |ninguna )?factura'),
        w(
          '(?:reenviar|reenvien|reenvie|enviar(?:nos)? de nuevo|volver a enviar)(?:nos)? (?:la |su )?factura|copia de la factura',
        ),
      ],
      'payment-plan-request': [
        w('plan de pagos?|(?:a|en) plazos|en (?:cuotas|varios pagos)|fraccionar\\w*|pago fraccionado'),
        w('aplazamiento|aplazar el pago|mas tiempo para (?:pagar|el pago)|una prorroga'),
      ],
      'paid-already': [
        w('ya (?:hemos |he |se ha )?(?:pagado|pagamos|pague|abonado|transferido|realizado el pago|efectuado el pago)'),
        w(
          '(?:hemos|he) (?:pagado|abonado|transferido|realizado el pago|efectuado el pago)|(?:fue|ha sido|esta) pagad[oa]',
        ),
        w(
          '(?:pago|transferencia) (?:fue|ha sido|se ha|se hizo) (?:realizad[oa]|efectuad[oa]|enviad[oa]|hech[oa])?|comprobante de pago|justificante de (?:pago|transferencia)',
        ),
      ],
      'promise-to-pay': [
        w('pagaremos|pagare|abonaremos|transferiremos|(?:realizaremos|efectuaremos|haremos) el pago'),
        w('(?:vamos|voy) a (?:pagar|abonar|transferir|realizar el pago|hacer el pago|efectuar el pago)'),
        w('el pago se (?:realizara|efectuara|hara)|(?:pago|transferencia) (?:programad[oa]|previst[oa])'),
      ],
    },
    negation: w('no|nunca|ningun|ninguna|tampoco'),
    months: {
      enero: 1,
      febrero: 2,
      marzo: 3,
      abril: 4,
      mayo: 5,
      junio: 6,
      julio: 7,
      agosto: 8,
      septiembre: 9,
      setiembre: 9,
      octubre: 10,
      noviembre: 11,
      diciembre: 12,
    },
    weekdays: { domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6 },
    relative: [
      { pattern: w('hoy'), days: 0 },
      { pattern: w('pasado manana'), days: 2 },
      { pattern: /(?<!(?:la|de|por|esta) |pasado |[\p{L}\p{N}])manana(?![\p{L}\p{N}])/u, days: 1 },
      { pattern: w('(?:a )?fin(?:al)?(?:es)? de(?:l)? mes'), endOfMonth: true },
    ],
    monthFirst: false,
  },
};
