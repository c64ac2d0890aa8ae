/**
 * Every string the web page shows that does not come from the engine or the interview core, in
 * English and French. `fr` is typed as `Dict` (the shape of `en`), so a key missing from either
 * language is a type error (`npm run typecheck`).
 *
 * French typography: a no-break space (U+00A0) before `:` `?` `!` `;` and inside « ». U+00A0 (not the
 * narrow U+202F) because the PDF's built-in Helvetica is WinAnsi-encoded and has no U+202F.
 *
 * @example
 * ```ts
 * import { STRINGS } from "./strings.js";
 * STRINGS.fr.verdict.poe.yes; // "Oui : …"
 * ```
 */
import type { Lang } from "../../contract/assessment.js";
import type { Poe, RouteAnswer } from "../../contract/codes.js";

const en = {
  appName: "Work permit at the border?",
  tagline: "Can you get your Canadian work permit at the port of entry, and what must you bring?",
  skipToContent: "Skip to main content",
  switchLanguage: "Français",
  switchLanguageLabel: "Afficher cette page en français",
  privacy: "Private: your answers stay in this browser. Nothing is sent anywhere.",
  privacyDetail:
    "Your answers are kept only in this browser's storage, and deleted 30 days after your last change. Nothing is sent anywhere.",
  forget: "Forget my answers",
  forgotten: "Your answers have been deleted from this browser.",
  notGoc:
    "This page is not a Government of Canada service. It is an independent tool that links to the official sources.",
  navLabel: "Main menu",
  nav: { home: "Start", rules: "How we decide", result: "Result" },
  welcome: {
    title: "Can you apply for your work permit at the border?",
    intro:
      "Answer a few questions, one at a time. We tell you whether you may apply for your Canadian work permit at the port of entry when you arrive, what to do instead if not, and what to bring.",
    notAdvice: "This is information, not legal advice. The border officer always makes the final decision.",
    start: "Start",
    resume: "Continue where you left off",
    startOver: "Start over",
    answered: (n: number) => (n === 1 ? "1 question answered so far." : `${n} questions answered so far.`),
  },
  question: {
    progress: (n: number, left: number) =>
      left <= 0 ? `Question ${n}` : `Question ${n}, about ${left} more after this one`,
    dontKnowArrival: "I don't know yet",
    dontKnowArrivalHelp: "Then we use the rules in force today, and say so on the result.",
    dateLabel: "Date",
    openEarly:
      "The answer cannot be settled with what you know so far. The questions left can still add documents or advice.",
    progressLabel: "Progress",
    whyWeAsk: "Why we ask",
    dontKnow: "I don't know",
    next: "Next",
    back: "Back",
    yes: "Yes",
    no: "No",
    seeResult: "See the result now",
    settledEarly: "We already have enough to answer. You can see the result now or keep refining it.",
    countryHint: "Type a name or a two-letter code, then choose from the list (arrow keys and Enter).",
    countriesFound: (n: number) => (n === 1 ? "1 country found." : `${n} countries found.`),
    noCountryFound: "No country matches. Check the spelling, or type the two-letter code.",
    addCountry: "Add another country",
    removeCountry: (name: string) => `Remove ${name}`,
    none: "None",
    errors: {
      required: "Please give an answer, or choose “I don't know”.",
      country:
        "We could not find the country you typed. Choose it from the list as you type, or type its two-letter code.",
      number: "Please enter a number.",
      range: (min: number, max: number) => `Please enter a number from ${min} to ${max}.`,
      date: "Please enter a real date, for example 1 March 2026.",
      time: "Please enter the time as HH:MM (24-hour), for example 14:30.",
      future:
        "This date is after today. Enter the date you took the exam, or choose that you have not taken it.",
      pattern: (example: string) => `This does not look right. Example: ${example}`,
    },
    errorPrefix: "Error:",
    errorSummary: "There is a problem",
    timeLabel: "Time of arrival (Eastern Time), if you know it",
    timeHint: "HH:MM, 24-hour",
    example: (e: string) => `Example: ${e}`,
    countryN: (n: number) => `Country ${n}`,
  },
  verdict: {
    poe: {
      yes: "Yes: you can apply for this work permit at the border, on arrival",
      no: "No: you cannot apply for this work permit at the border on arrival",
      unknown: "Not settled yet: we need more answers to say whether you can apply at the border",
    } satisfies Record<Poe, string>,
    route: {
      "apply-at-poe": "apply to the border officer when you arrive, with the documents below.",
      "letter-of-introduction":
        "bring your Letter of Introduction; the officer can print your permit at the border.",
      "apply-online-first":
        "apply online before you travel; if approved, your permit is printed at the border.",
      "apply-from-inside-canada": "apply from inside Canada; the border does not offer this service to you.",
      none: "on these facts there is no route to this permit (see why below).",
      unknown: "what to do next depends on answers we do not have yet.",
    } satisfies Record<RouteAnswer, string>,
    joiner: "; ",
  },
  result: {
    title: "Your result",
    why: "Why",
    documents: "Bring these documents",
    documentsNone: "No list of documents for the border on this route.",
    advisories: "Also good to know",
    whatWouldChange: "What would change it",
    whatWouldChangeNone: "Nothing you can do before travelling would change this verdict on these facts.",
    and: ", and ",
    missing: "Answers that could still change the verdict",
    refine: "Answers that could refine the checklist",
    keepAnswering: "Answer the remaining questions",
    sources: "Official sources",
    source: "Official source",
    inEnglish: "in English",
    downloadPdf: "Download the checklist (PDF)",
    pdfWorking: "Preparing the PDF…",
    pdfFailed: "The PDF could not be prepared (are you offline?). You can print this page instead.",
    print: "Print",
    yourAnswers: "Your answers",
    change: "Change",
    startOver: "Start over",
    asOf: (date: string, version: string) => `Rules in force on ${date} (rulebook ${version}).`,
    usedToday:
      "You did not give an arrival date, so these are the rules in force today. Check again once you know when you travel.",
    checkAgainFar: (date: string) =>
      `Check again before you travel: your arrival is weeks away, and the rules may change before ${date}.`,
    checkAgainUnverified: (verified: string) =>
      `Check again before you travel: we last checked these rules against the law on ${verified}, before your arrival date.`,
    lastVerified: (date: string) => `Rules last checked against the law on ${date}.`,
    beforeTravel: "Before you travel",
    whyYes: "Why yes",
    whyYesText: (n: number) =>
      `None of the ${n} rules in force that can stop a border application applies to your answers.`,
    whyYesLink: "See every rule and its source",
    liftingNote: "This lifts the problem above; the answer then depends on the questions still open.",
    openRefine: (n: number) =>
      n === 1
        ? "1 question left that can add documents or advice."
        : `${n} questions left that can add documents or advice.`,
    answerThem: "Answer them",
    notAdvice: "Information, not legal advice: the border officer makes the final decision.",
    error: "Some answers could not be used:",
    checklistFor: "Checklist for the border",
  },
  rules: {
    title: "How we decide",
    intro:
      "Every answer comes from the rules below. Each one names the official source it rests on, when it applies, and when we last checked it.",
    version: (v: string) => `Rulebook version ${v}.`,
    colon: ": ",
    count: (n: number) => `${n} rules.`,
    topic: "Topic",
    concludes: "Concludes",
    effective: "In force",
    always: "Throughout the period we cover",
    from: (d: string) => `From ${d}`,
    until: (d: string) => `Until ${d}`,
    between: (a: string, b: string) => `From ${a} until ${b}`,
    lastVerified: "Last verified",
    covered: (d: string) => `The rules cover arrivals from ${d}.`,
    contents: "Contents",
    filter: "Filter the rules (a word, a provision such as 200(3))",
    showing: (n: number, total: number) => `${n} of ${total} rules shown.`,
    sources: "Sources",
    kind: { blocker: "blocker", document: "document to bring", advisory: "advisory" } as Record<
      string,
      string
    >,
  },
  pdf: {
    title: "Work permit at the border: checklist",
    generated: (d: string) => `Prepared on ${d}. Your answers never left your device.`,
    footer: "Information, not legal advice. The border officer makes the final decision.",
  },
  notFound: "Page not found.",
};

/** The shape every language must fill. */
export type Dict = typeof en;

const fr: Dict = {
  appName: "Permis de travail à la frontière\u00a0?",
  tagline:
    "Pouvez-vous obtenir votre permis de travail canadien au point d'entrée, et que devez-vous apporter\u00a0?",
  skipToContent: "Passer au contenu principal",
  switchLanguage: "English",
  switchLanguageLabel: "Show this page in English",
  privacy: "Confidentiel\u00a0: vos réponses restent dans ce navigateur. Rien n'est envoyé.",
  privacyDetail:
    "Vos réponses sont gardées seulement dans le stockage de ce navigateur, et effacées 30\u00a0jours après votre dernière modification. Rien n'est envoyé.",
  forget: "Oublier mes réponses",
  forgotten: "Vos réponses ont été effacées de ce navigateur.",
  notGoc:
    "Cette page n'est pas un service du gouvernement du Canada. C'est un outil indépendant qui renvoie aux sources officielles.",
  navLabel: "Menu principal",
  nav: { home: "Début", rules: "Comment nous décidons", result: "Résultat" },
  welcome: {
    title: "Pouvez-vous demander votre permis de travail à la frontière\u00a0?",
    intro:
      "Répondez à quelques questions, une à la fois. Nous vous disons si vous pouvez demander votre permis de travail canadien au point d'entrée à votre arrivée, quoi faire sinon, et quoi apporter.",
    notAdvice:
      "Ceci est de l'information, pas un avis juridique. L'agent des services frontaliers décide toujours en dernier.",
    start: "Commencer",
    resume: "Reprendre où vous en étiez",
    startOver: "Recommencer",
    answered: (n: number) =>
      n <= 1 ? `${n} question répondue jusqu'ici.` : `${n} questions répondues jusqu'ici.`,
  },
  question: {
    progress: (n: number, left: number) =>
      left <= 0 ? `Question ${n}` : `Question ${n}, encore environ ${left} après celle-ci`,
    dontKnowArrival: "Je ne sais pas encore",
    dontKnowArrivalHelp:
      "Nous prenons alors les règles en vigueur aujourd'hui, et le disons sur le résultat.",
    dateLabel: "Date",
    openEarly:
      "La réponse ne peut pas être tranchée avec ce que vous savez. Les questions restantes peuvent encore ajouter des documents ou des conseils.",
    progressLabel: "Progression",
    whyWeAsk: "Pourquoi nous le demandons",
    dontKnow: "Je ne sais pas",
    next: "Suivant",
    back: "Retour",
    yes: "Oui",
    no: "Non",
    seeResult: "Voir le résultat maintenant",
    settledEarly:
      "Nous en savons assez pour répondre. Vous pouvez voir le résultat maintenant ou continuer pour le préciser.",
    countryHint:
      "Tapez un nom ou un code de deux lettres, puis choisissez dans la liste (flèches et Entrée).",
    countriesFound: (n: number) => (n === 1 ? "1\u00a0pays trouvé." : `${n}\u00a0pays trouvés.`),
    noCountryFound: "Aucun pays ne correspond. Vérifiez l'orthographe, ou tapez le code de deux lettres.",
    addCountry: "Ajouter un autre pays",
    removeCountry: (name: string) => `Retirer ${name}`,
    none: "Aucun",
    errors: {
      required: "Veuillez répondre, ou choisir «\u00a0Je ne sais pas\u00a0».",
      country:
        "Nous n'avons pas trouvé le pays tapé. Choisissez-le dans la liste pendant que vous tapez, ou tapez son code de deux lettres.",
      number: "Veuillez entrer un nombre.",
      range: (min: number, max: number) => `Veuillez entrer un nombre de ${min} à ${max}.`,
      date: "Veuillez entrer une date réelle, par exemple le 1er\u00a0mars\u00a02026.",
      future:
        "Cette date est postérieure à aujourd'hui. Entrez la date de votre examen, ou indiquez que vous ne l'avez pas passé.",
      time: "Veuillez entrer l'heure au format HH:MM (24\u00a0h), par exemple 14:30.",
      pattern: (example: string) => `Cette réponse ne semble pas correcte. Exemple\u00a0: ${example}`,
    },
    errorPrefix: "Erreur\u00a0:",
    errorSummary: "Il y a un problème",
    timeLabel: "Heure d'arrivée (heure de l'Est), si vous la connaissez",
    timeHint: "HH:MM, sur 24\u00a0h",
    example: (e: string) => `Exemple\u00a0: ${e}`,
    countryN: (n: number) => `Pays ${n}`,
  },
  verdict: {
    poe: {
      yes: "Oui\u00a0: vous pouvez demander ce permis de travail à la frontière, à votre arrivée",
      no: "Non\u00a0: vous ne pouvez pas demander ce permis de travail à la frontière à votre arrivée",
      unknown:
        "Pas encore tranché\u00a0: il nous faut d'autres réponses pour dire si vous pouvez faire la demande à la frontière",
    },
    route: {
      "apply-at-poe": "présentez votre demande à l'agent à votre arrivée, avec les documents ci-dessous.",
      "letter-of-introduction":
        "apportez votre lettre d'introduction\u00a0; l'agent peut imprimer votre permis à la frontière.",
      "apply-online-first":
        "faites la demande en ligne avant de partir\u00a0; si elle est approuvée, votre permis est imprimé à la frontière.",
      "apply-from-inside-canada":
        "faites la demande depuis le Canada\u00a0; la frontière ne vous offre pas ce service.",
      none: "d'après ces faits, aucune voie ne mène à ce permis (voir pourquoi ci-dessous).",
      unknown: "la suite dépend de réponses que nous n'avons pas encore.",
    },
    joiner: "\u00a0; ",
  },
  result: {
    title: "Votre résultat",
    why: "Pourquoi",
    documents: "Apportez ces documents",
    documentsNone: "Pas de liste de documents pour la frontière dans ce cas.",
    advisories: "À savoir aussi",
    whatWouldChange: "Ce qui changerait la réponse",
    whatWouldChangeNone:
      "D'après ces faits, rien de ce que vous pourriez faire avant le voyage ne changerait ce verdict.",
    and: ", et ",
    missing: "Réponses qui pourraient encore changer le verdict",
    refine: "Réponses qui pourraient préciser la liste",
    keepAnswering: "Répondre aux questions restantes",
    sources: "Sources officielles",
    source: "Source officielle",
    inEnglish: "en anglais",
    downloadPdf: "Télécharger la liste (PDF)",
    pdfWorking: "Préparation du PDF…",
    pdfFailed:
      "Le PDF n'a pas pu être préparé (êtes-vous hors ligne\u00a0?). Vous pouvez imprimer cette page à la place.",
    print: "Imprimer",
    yourAnswers: "Vos réponses",
    change: "Modifier",
    startOver: "Recommencer",
    asOf: (date: string, version: string) => `Règles en vigueur le ${date} (règles version ${version}).`,
    usedToday:
      "Vous n'avez pas donné de date d'arrivée\u00a0: ce sont donc les règles en vigueur aujourd'hui. Vérifiez de nouveau quand vous connaîtrez la date de votre voyage.",
    checkAgainFar: (date: string) =>
      `Vérifiez de nouveau avant de partir\u00a0: votre arrivée est dans plusieurs semaines, et les règles peuvent changer d'ici le ${date}.`,
    checkAgainUnverified: (verified: string) =>
      `Vérifiez de nouveau avant de partir\u00a0: nous avons vérifié ces règles par rapport à la loi le ${verified}, avant votre date d'arrivée.`,
    lastVerified: (date: string) => `Règles vérifiées par rapport à la loi le ${date}.`,
    beforeTravel: "Avant de partir",
    whyYes: "Pourquoi oui",
    whyYesText: (n: number) =>
      `Aucune des ${n}\u00a0règles en vigueur qui peuvent empêcher une demande à la frontière ne s'applique à vos réponses.`,
    whyYesLink: "Voir toutes les règles et leurs sources",
    liftingNote:
      "Cela lève le problème ci-dessus\u00a0; la réponse dépend ensuite des questions encore ouvertes.",
    openRefine: (n: number) =>
      n <= 1
        ? `${n}\u00a0question restante peut ajouter des documents ou des conseils.`
        : `${n}\u00a0questions restantes peuvent ajouter des documents ou des conseils.`,
    answerThem: "Y répondre",
    notAdvice:
      "Information, pas un avis juridique\u00a0: l'agent des services frontaliers décide en dernier.",
    error: "Certaines réponses n'ont pas pu être utilisées\u00a0:",
    checklistFor: "Liste pour la frontière",
  },
  rules: {
    title: "Comment nous décidons",
    intro:
      "Chaque réponse vient des règles ci-dessous. Chacune indique la source officielle sur laquelle elle repose, quand elle s'applique et quand nous l'avons vérifiée pour la dernière fois.",
    version: (v: string) => `Version des règles ${v}.`,
    colon: "\u00a0: ",
    count: (n: number) => (n <= 1 ? `${n} règle.` : `${n} règles.`),
    topic: "Sujet",
    concludes: "Conclut",
    effective: "En vigueur",
    always: "Pendant toute la période couverte",
    from: (d: string) => `Depuis le ${d}`,
    until: (d: string) => `Jusqu'au ${d}`,
    between: (a: string, b: string) => `Du ${a} au ${b}`,
    lastVerified: "Dernière vérification",
    covered: (d: string) => `Les règles couvrent les arrivées depuis le ${d}.`,
    contents: "Sommaire",
    filter: "Filtrer les règles (un mot, une disposition comme 200(3))",
    showing: (n: number, total: number) => `${n}\u00a0règles affichées sur ${total}.`,
    sources: "Sources",
    kind: { blocker: "obstacle", document: "document à apporter", advisory: "avis" },
  },
  pdf: {
    title: "Permis de travail à la frontière\u00a0: liste de vérification",
    generated: (d: string) => `Préparée le ${d}. Vos réponses n'ont jamais quitté votre appareil.`,
    footer: "Information, pas un avis juridique. L'agent des services frontaliers décide en dernier.",
  },
  notFound: "Page introuvable.",
};

export const STRINGS = { en, fr } satisfies Record<Lang, Dict>;

/** The one-sentence verdict: whether the POE is open, then what to do. */
export function verdictSentence(lang: Lang, poe: Poe, route: RouteAnswer): string {
  const v = STRINGS[lang].verdict;
  return `${v.poe[poe]}${v.joiner}${v.route[route]}`;
}

/** Formats a `YYYY-MM-DD` date or an ISO instant as a calendar date in the page's language. */
export function formatDate(lang: Lang, iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", {
    dateStyle: "long",
    timeZone: dateOnly ? "UTC" : "America/Toronto",
  }).format(d);
}
