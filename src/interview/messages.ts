/**
 * The interview's own words (buttons, hints, headings), in English and French. The compiler checks
 * that both languages have every message.
 *
 * @example
 * ```ts
 * MESSAGES.fr.dontKnow; // "Je ne sais pas"
 * ```
 */
import type { Lang } from "../contract/assessment.js";

const en = {
  title: "Can I get my Canadian work permit at the border?",
  intro: "Answer one question at a time. Only questions that can still change the answer are asked.",
  yes: "Yes",
  no: "No",
  dontKnow: "I don't know",
  back: "← Back",
  skipOptional: "Skip the remaining optional questions",
  optional: "optional",
  whyWeAsk: "Why we ask",
  whyNoRule: "It completes the picture the rules need.",
  decides: "it can decide",
  typeHint: 'type ? for "I don\'t know", < to go back',
  searchHint: "type to search",
  noneOfThese: "None",
  invalidYesNo: "Answer yes or no.",
  invalidChoice: "Choose one of the listed options.",
  invalidCountry: "Unknown country: type a name or a two-letter code.",
  invalidDate: "Write the date as YYYY-MM-DD.",
  invalidDateTime: "Write YYYY-MM-DD, or YYYY-MM-DD HH:MM (Eastern time).",
  invalidNumber: "Enter a number",
  invalidText: "Expected something like",
  between: "between",
  and: "and",
  arrivalSetup: "When will you arrive at the border? (YYYY-MM-DD; leave empty for today)",
  todayDefault: "Leave empty for today in Eastern Time",
  resultTitle: "Your assessment",
  poe: "Apply at the border on arrival",
  route: "What to do next",
  blockers: "Why not at the border",
  documents: "Bring to the border",
  advisories: "Also good to know",
  uncertain: 'Still uncertain (you answered "I don\'t know")',
  unrefined: "Not asked or skipped (could change documents or advice only)",
  whatWouldChange: "What would change the answer",
  whatWouldChangeNone: "Nothing you can change before travelling would allow it on these facts.",
  satisfies: "satisfies",
  sources: "Sources",
  saveAsk: "Save your answers and the checklist to files?",
  saveProfile: "File for your answers (profile JSON)",
  saveChecklist: "File for the checklist (Markdown)",
  saved: "Saved",
  cancelled: "Interview stopped. Nothing was saved.",
  notTty: "Not a terminal: reading one answer per line from standard input (? = I don't know, < = back).",
  endOfInput: "Input ended before the interview finished; the rest stays unknown.",
  questionsAsked: "questions asked",
  yesWord: "yes",
  noWord: "no",
  unknownWord: "unknown",
  checklistTitle: "Work permit at the border: checklist",
  answersHeading: "Your answers",
  colon: ": ",
  openQuote: "“",
  closeQuote: "”",
} as const;

export type Messages = { readonly [K in keyof typeof en]: string };

const fr: Messages = {
  title: "Puis-je obtenir mon permis de travail canadien à la frontière ?",
  intro:
    "Répondez à une question à la fois. Seules les questions qui peuvent encore changer la réponse sont posées.",
  yes: "Oui",
  no: "Non",
  dontKnow: "Je ne sais pas",
  back: "← Retour",
  skipOptional: "Passer les questions facultatives restantes",
  optional: "facultatif",
  whyWeAsk: "Pourquoi cette question",
  whyNoRule: "Elle complète ce dont les règles ont besoin.",
  decides: "elle peut trancher",
  typeHint: "tapez ? pour « Je ne sais pas », < pour revenir",
  searchHint: "tapez pour chercher",
  noneOfThese: "Aucun",
  invalidYesNo: "Répondez oui ou non.",
  invalidChoice: "Choisissez l'une des options proposées.",
  invalidCountry: "Pays inconnu : tapez un nom ou un code à deux lettres.",
  invalidDate: "Écrivez la date au format AAAA-MM-JJ.",
  invalidDateTime: "Écrivez AAAA-MM-JJ, ou AAAA-MM-JJ HH:MM (heure de l'Est).",
  invalidNumber: "Entrez un nombre",
  invalidText: "Format attendu, par exemple",
  between: "entre",
  and: "et",
  arrivalSetup: "Quand arriverez-vous à la frontière ? (AAAA-MM-JJ ; vide pour aujourd'hui)",
  todayDefault: "Laissez vide pour aujourd'hui, heure de l'Est",
  resultTitle: "Votre évaluation",
  poe: "Demande à la frontière, à l'arrivée",
  route: "Que faire ensuite",
  blockers: "Pourquoi pas à la frontière",
  documents: "À apporter à la frontière",
  advisories: "Bon à savoir",
  uncertain: "Encore incertain (vous avez répondu « Je ne sais pas »)",
  unrefined: "Non demandé ou passé (ne change que les documents ou les conseils)",
  whatWouldChange: "Ce qui changerait la réponse",
  whatWouldChangeNone:
    "Rien de ce que vous pouvez changer avant le voyage ne le permettrait, d'après ces faits.",
  satisfies: "satisfait",
  sources: "Sources",
  saveAsk: "Enregistrer vos réponses et la liste de contrôle dans des fichiers ?",
  saveProfile: "Fichier pour vos réponses (profil JSON)",
  saveChecklist: "Fichier pour la liste de contrôle (Markdown)",
  saved: "Enregistré",
  cancelled: "Entrevue interrompue. Rien n'a été enregistré.",
  notTty:
    "Pas un terminal : lecture d'une réponse par ligne sur l'entrée standard (? = Je ne sais pas, < = retour).",
  endOfInput: "L'entrée s'est terminée avant la fin ; le reste demeure inconnu.",
  questionsAsked: "questions posées",
  yesWord: "oui",
  noWord: "non",
  unknownWord: "inconnu",
  checklistTitle: "Permis de travail à la frontière : liste de contrôle",
  answersHeading: "Vos réponses",
  colon: " : ",
  openQuote: "« ",
  closeQuote: " »",
};

export const MESSAGES = { en, fr } as const satisfies Record<Lang, Messages>;

/** The messages of a language. */
export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
