import type { ActionStrings, InterviewStrings, QuestionStrings, RescreenWords, WebStrings } from "./en.js";
import {
  type BatchWords,
  type CliWords,
  codes,
  type Messages,
  type PlainWords,
  type RowMessages,
  type ServerMessages,
  type UiWords,
} from "./messages.js";

const MOIS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
/** `2026-02-12` en « 12 février 2026 » (1er pour le premier du mois). */
const dateLongue = (iso: string): string => {
  const jour = Number(iso.slice(8, 10));
  return `${jour === 1 ? "1er" : jour} ${MOIS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
};
/** Ce qui décide des catégories familiales (IPA C41/C46, C47/C48, C42), dit une fois pour le texte d'inadmissibilité. */
const FAMILY_HINT_FR: Record<string, string> = {
  "spouse-of-worker":
    " Pour les demandes reçues à partir du 21 janvier 2025, le travailleur principal doit occuper un emploi FEER 0 ou 1, ou un emploi FEER 2 ou 3 de la liste d'IRCC, et son permis doit être valide encore au moins 16 mois ; les familles des travailleurs en voie d'obtenir la résidence permanente gardent les règles antérieures (un emploi FEER 0 à 3, ou FEER 4 ou 5 hors du Programme des travailleurs agricoles saisonniers et des volets agricole et à bas salaire de l'EIMT, et au moins 6 mois restants).",
  "dependent-child":
    " Les enfants à charge de travailleurs pouvaient présenter une demande à partir du 30 janvier 2023 ; pour les demandes reçues à partir du 21 janvier 2025, seulement si le travailleur principal est en voie d'obtenir la résidence permanente, et l'emploi et les mois restants au permis du travailleur principal doivent être admissibles.",
  "spouse-of-student":
    " Pour les demandes reçues à partir du 21 janvier 2025, l'étudiant doit suivre une maîtrise de 16 mois ou plus, un doctorat, un programme professionnel de la liste ou un programme de la liste d'IRCC.",
};

/** Un document exigé que le profil dit manquer (voir NOT_YET_EN dans en.ts). */
const NOT_YET_FR = {
  jobOffer: "\u00a0: nécessaire, et vous avez dit ne pas l'avoir encore.",
  lmiaIssued: "\u00a0: nécessaire, et l'EIMT n'a pas encore été délivrée.",
  qualificationsProof: "\u00a0: nécessaire, et vous avez dit ne pas pouvoir la fournir encore.",
  caqAttestation: "\u00a0: nécessaire, et vous avez dit ne pas l'avoir encore.",
  complianceFeePaid:
    "\u00a0: nécessaire\u00a0; votre employeur le reçoit en soumettant l'offre dans le Portail des employeurs, ce qui, d'après vous, n'est pas encore fait.",
  letterOfIntroduction:
    "\u00a0: nécessaire\u00a0; vous la recevez une fois votre demande en ligne approuvée.",
  medicalExamDate: "\u00a0: nécessaire, et vous avez dit ne pas avoir encore passé l'examen.",
  iecInvitation: "\u00a0: nécessaires, et vous avez dit ne pas les avoir encore.",
} as const;

export const fr = {
  lang: "fr",
  blockers: {
    "visa-required": ({ profile }) =>
      `Seules les personnes dispensées du visa de résident temporaire peuvent présenter une demande à la frontière. Votre citoyenneté (${codes(profile.citizenships)}) exige un visa, et vous n'avez indiqué ni carte verte ni titre de voyage qui en dispense.`,
    "eta-conditional-country": ({ profile }) =>
      `Votre citoyenneté (${codes(profile.citizenships)}) permet de prendre l'avion avec une AVE conditionnelle, mais cela ne vous dispense pas du visa : vous ne pouvez pas présenter la demande à l'arrivée.`,
    "lmia-not-issued": () =>
      "Votre emploi exige une EIMT qui n'a pas encore été délivrée. Seuls les citoyens et résidents permanents des États-Unis, et les résidents du Groenland ou de Saint-Pierre-et-Miquelon, peuvent présenter la demande avant sa délivrance.",
    sawp: () =>
      "Les permis du Programme des travailleurs agricoles saisonniers ne sont jamais délivrés sur une demande faite à la frontière.",
    "iec-not-us": () =>
      "À la frontière, les demandes d'Expérience internationale Canada ne sont acceptées que des citoyens et résidents permanents des États-Unis ; les autres présentent d'abord une demande en ligne.",
    pgwp: () =>
      "Depuis le 21 juin 2024, le permis de travail postdiplôme ne peut plus être demandé à un point d'entrée.",
    flagpoling: () =>
      "Vous êtes au Canada avec un statut temporaire et vous revenez des États-Unis ou de Saint-Pierre-et-Miquelon. Depuis le 23 décembre 2024 à 23 h 59 (HE), la frontière ne délivre plus de permis de travail lors de ces allers-retours, sauf aux groupes exemptés.",
    "medical-certificate-missing": () =>
      "Votre emploi ou votre séjour exige un examen médical aux fins de l'immigration, et vous devez déjà en détenir un résultat valide (examen des 12 derniers mois) pour présenter la demande à la frontière.",
    "biometrics-not-collected-at-poe": () =>
      "Vous devez fournir vos données biométriques, et le point d'entrée choisi ne les recueille pas.",
    "open-category-not-on-entry": ({ profile }) =>
      `La catégorie de permis de travail ouvert demandée (${profile.openPermitCategory ?? "?"}) n'est pas offerte à la frontière ; la demande se fait depuis le Canada.`,
    "open-category-ineligible": ({ profile }) =>
      `D'après ces faits, vous n'êtes pas admissible à la catégorie de permis de travail ouvert demandée (${profile.openPermitCategory ?? "?"}) selon les règles en vigueur à votre date d'arrivée.${FAMILY_HINT_FR[profile.openPermitCategory ?? ""] ?? ""}`,
    "employer-offer-incomplete": () =>
      "Un permis lié à un employeur exige une offre d'emploi que l'employeur a soumise dans le Portail des employeurs, avec les frais liés à la conformité payés, avant votre demande.",
    "caq-missing": () =>
      "Votre emploi au Québec exige une EIMT, et aucun permis de travail ne peut être délivré pour cet emploi, quelle que soit la voie, tant que vous ne détenez pas le certificat d'acceptation du Québec (CAQ). Une fois le CAQ délivré par le Québec (vous recevez une attestation de délivrance), vous pourrez présenter la demande. Le CAQ n'est pas exigé pour un travail de 30 jours ou moins, un travail non rémunéré ou un emploi dispensé d'EIMT.",
    "iec-invitation-missing": () =>
      "Les citoyens et résidents permanents des États-Unis ne peuvent demander Expérience internationale Canada à la frontière qu'avec leur invitation à présenter une demande et les documents qu'EIC exige au point d'entrée (la lettre de l'organisation reconnue s'il y a lieu, le reçu des frais payés en ligne). Sans eux, présentez d'abord la demande en ligne.",
    "canadian-citizen": () =>
      "Vous êtes citoyen canadien : vous n'avez besoin ni de permis de travail pour travailler au Canada, ni de visa, ni d'AVE. Entrez au Canada en tant que citoyen, avec votre passeport canadien.",
  },
  documents: {
    passport: () => "Votre passeport valide (celui avec lequel vous voyagez).",
    "us-permanent-resident-card": () =>
      "Votre carte verte américaine (ou une autre preuve acceptée de résidence permanente aux États-Unis).",
    "job-offer": ({ profile }) =>
      `Votre lettre d'offre d'emploi ou votre contrat${profile.jobOffer === false ? NOT_YET_FR.jobOffer : "."}`,
    "lmia-copy": ({ profile }) =>
      `Une copie de l'EIMT favorable${profile.lmiaIssued === false ? NOT_YET_FR.lmiaIssued : "."}`,
    "lmia-number": ({ profile }) =>
      `Le numéro de l'EIMT${profile.lmiaIssued === false ? NOT_YET_FR.lmiaIssued : "."}`,
    "qualifications-proof": ({ profile }) =>
      `La preuve que vous avez les qualifications et l'expérience exigées (diplômes, références)${profile.qualificationsProof === false ? NOT_YET_FR.qualificationsProof : "."}`,
    "caq-attestation": ({ profile }) =>
      `L'attestation de délivrance de votre certificat d'acceptation du Québec (CAQ)${profile.caqAttestation === false ? NOT_YET_FR.caqAttestation : "."}`,
    "offer-of-employment-number": ({ profile }) =>
      `Le numéro de l'offre d'emploi fourni par votre employeur${profile.offerOfEmploymentNumber ? ` (${profile.offerOfEmploymentNumber})` : ""}${profile.complianceFeePaid === false && !profile.offerOfEmploymentNumber ? NOT_YET_FR.complianceFeePaid : "."}`,
    "lmia-exemption-proof": ({ profile }) =>
      `La preuve que l'emploi est dispensé d'EIMT${profile.lmiaExemptionCode ? ` (code de dispense ${profile.lmiaExemptionCode})` : ""}.`,
    "letter-of-introduction": ({ profile }) =>
      `Votre lettre d'introduction pour le point d'entrée${profile.letterOfIntroduction === false ? NOT_YET_FR.letterOfIntroduction : "."}`,
    "medical-certificate": ({ profile }) =>
      `La preuve de votre examen médical aux fins de l'immigration (fait dans les 12 derniers mois)${profile.medicalExamDate === null ? NOT_YET_FR.medicalExamDate : "."}`,
    "open-permit-eligibility-proof": () =>
      "La preuve de votre admissibilité à la catégorie de permis ouvert (par exemple, certificat de mariage et permis de votre conjoint).",
    "iec-documents": ({ profile }) =>
      `Votre invitation d'EIC, vos documents pour le point d'entrée et la preuve du paiement en ligne des frais de participation${profile.iecInvitation === false ? NOT_YET_FR.iecInvitation : "."}`,
    "visitor-visa": () =>
      "Votre visa de résident temporaire (visa de visiteur), dans le passeport avec lequel vous voyagez.",
  },
  advisories: {
    "officer-decides": () =>
      "L'agent des services frontaliers prend la décision finale sur votre admissibilité ; une lettre d'introduction n'est pas une garantie.",
    "eta-required": ({ profile }) =>
      `Vous avez besoin d'une autorisation de voyage électronique (AVE) avant de partir (environ 7 $ CA). Le règlement en dispense dans quelques cas sur lesquels nous ne vous interrogeons pas : si vous détenez déjà un visa de résident temporaire canadien valide, pour les diplomates accrédités et les équipages d'aéronefs, et pour le résident temporaire du Canada qui revient d'un séjour uniquement aux États-Unis ou à Saint-Pierre-et-Miquelon${profile.travelMode === "sea" ? ", ou à bord d'un navire offrant des cabines pour au moins 100 passagers" : ""}.`,
    "visa-required": () =>
      "Vous avez besoin d'un visa de résident temporaire pour venir au Canada, en plus de votre demande de permis de travail.",
    "medical-exam-required": () =>
      "Un examen médical aux fins de l'immigration est exigé ; passez-le avant le départ et gardez la preuve sur vous. Il est valable 12 mois.",
    "medical-exam-expired": () =>
      "Votre examen médical aura plus de 12 mois à votre date d'arrivée ; passez-en un nouveau.",
    "biometrics-required": () =>
      "Vous devez fournir vos données biométriques (empreintes et photo, 85 $ CA), sauf si vous l'avez fait dans les 10 dernières années.",
    "biometrics-poe-unconfirmed": ({ profile }) =>
      `Nous n'avons pas pu confirmer que ${profile.portOfEntry ?? "votre point d'entrée"} recueille les données biométriques. Notre copie de la liste de l'ASFC ne nomme que sept aéroports (Calgary, Edmonton, Kelowna, Vancouver, Victoria, Winnipeg, Moncton) et s'arrête là ; les autres aéroports et tous les passages terrestres et maritimes sont inconnus, non exclus. Vérifiez auprès de l'ASFC avant de choisir ce passage.`,
    "maintained-status-work-stops": () =>
      "Quitter le Canada en statut maintenu met fin à votre droit de continuer à travailler ; après votre retour, vous ne pourrez pas travailler avant l'approbation du nouveau permis.",
    "compliance-fee-unpaid": () =>
      "Votre employeur n'a pas soumis l'offre ni payé les frais liés à la conformité de 230 $ CA ; demandez-lui de le faire avant votre demande.",
    "flagpoling-exempt": () =>
      "Vous revenez des États-Unis ou de Saint-Pierre-et-Miquelon, mais vous faites partie d'un groupe exempté de l'interdiction du « flagpoling ». Toutes les autres conditions s'appliquent.",
    "dual-citizen-passport-choice": () =>
      "Vous avez plusieurs citoyennetés : voyagez et présentez votre demande avec le passeport qui vous dispense du visa ; votre AVE est liée à ce passeport.",
    "data-unverified": () =>
      "Une partie de cette réponse repose sur des données de référence qui n'ont pas pu être vérifiées auprès de la liste officielle ; vérifiez-les avant de partir.",
    "rules-may-change": ({ verifiedThrough }) =>
      verifiedThrough
        ? `Ces règles ont été vérifiées par rapport au droit en vigueur jusqu'au ${dateLongue(verifiedThrough)}, et votre arrivée est postérieure à cette date : les règles ont pu changer depuis. Vérifiez les sources officielles citées avant de partir.`
        : "Votre arrivée est future : cette réponse applique les règles connues aujourd'hui, qui peuvent changer d'ici votre départ.",
  },
  poe: {
    yes: "Oui : vous pouvez demander ce permis de travail au point d'entrée, à votre arrivée.",
    no: "Non : vous ne pouvez pas demander ce permis de travail au point d'entrée.",
    unknown: "Pas encore tranché : certains faits qui pourraient changer la réponse sont inconnus.",
  },
  route: {
    "apply-at-poe": "Présentez la demande à votre arrivée, à un agent des services frontaliers.",
    "letter-of-introduction":
      "Présentez votre lettre d'introduction à la frontière pour faire imprimer le permis.",
    "apply-online-first":
      "Faites la demande en ligne avant de partir ; si elle est approuvée, le permis est imprimé à la frontière.",
    "apply-from-inside-canada":
      "Faites la demande en ligne depuis le Canada ; la frontière ne délivrera pas ce permis.",
    none: "Aucune voie d'après ces faits : quelque chose doit d'abord changer (voir pourquoi).",
    unknown: "Pas encore tranché : cela dépend de faits encore inconnus.",
  },
  ruleKind: { blocker: "obstacle", document: "document à apporter", advisory: "avis" },
  fields: {
    arrival: "date et heure d'arrivée",
    citizenships: "citoyennetés",
    passportKinds: "titres de voyage particuliers",
    usPermanentResident: "résident permanent des États-Unis (carte verte)",
    countryOfResidence: "pays de résidence",
    age: "âge",
    travelMode: "mode d'arrivée (avion, terre, mer)",
    arrivingFrom: "pays de provenance",
    usNonimmigrantVisa: "visa américain de non-immigrant valide",
    canadianVisaPast10Years: "visa canadien de visiteur dans les 10 dernières années",
    inCanadaWithStatus: "au Canada en ce moment avec un statut temporaire",
    maintainedStatus: "en statut maintenu",
    truckDriverCrossBorder: "camionneur transfrontalier",
    cbsaAppointment: "rendez-vous pris avec l'ASFC",
    letterOfIntroduction: "lettre d'introduction",
    permit: "type de permis de travail",
    jobOffer: "offre d'emploi",
    lmiaIssued: "EIMT déjà délivrée",
    lmiaNumber: "numéro de l'EIMT",
    qualificationsProof: "preuve des qualifications",
    jobProvince: "province de l'emploi",
    jobDays: "durée de l'emploi (jours)",
    jobUnpaid: "travail non rémunéré",
    caqAttestation: "attestation du CAQ",
    offerOfEmploymentNumber: "numéro de l'offre d'emploi",
    complianceFeePaid: "offre soumise et frais de conformité payés",
    lmiaExemptionCode: "code de dispense d'EIMT",
    openPermitCategory: "catégorie de permis de travail ouvert",
    principalTeer: "FEER de l'emploi du conjoint",
    principalEligibleTeer23: "emploi FEER 2 ou 3 du conjoint sur la liste admissible",
    principalProgram: "programme d'études du conjoint",
    principalStream: "volet du permis du travailleur principal",
    principalTransitioningToPr: "travailleur principal en voie d'obtenir la résidence permanente",
    principalPermitMonthsLeft: "mois restants au permis du travailleur principal",
    principalLmiaExemptionCode: "code de dispense d'EIMT du permis du conjoint",
    iecInvitation: "invitation d'EIC",
    stayMonths: "durée du séjour (mois)",
    recentResidence: "pays habités 6 mois ou plus l'an dernier",
    designatedCountryStay: "6 mois ou plus dans un pays qui exige l'examen médical",
    publicHealthJob: "emploi dans un milieu de santé publique",
    medicalExamDate: "date de l'examen médical",
    biometricsWithin10Years: "données biométriques fournies dans les 10 dernières années",
    portOfEntry: "point d'entrée",
  },
  errors: {
    "not-an-object": () => "Le profil doit être un objet JSON.",
    "not-json": (d) => `Ce n'est pas du JSON valide (${d}).`,
    "unknown-key": (d) => `Champ inconnu « ${d} » : il ne fait pas partie du profil.`,
    "wrong-type": (d) => `Type incorrect : ${d} attendu.`,
    "bad-value": (d) => `Valeur non acceptée${d ? ` : attendu ${d}` : ""}.`,
    "bad-date": () =>
      "Date non valide : utilisez AAAA-MM-JJ (ou, pour l'arrivée, une date-heure ISO 8601 avec décalage).",
    "unknown-country": (d) => `Code de pays inconnu « ${d} » : utilisez ISO 3166-1 alpha-2, en majuscules.`,
    "bad-offer-number": () =>
      "Le numéro de l'offre d'emploi est la lettre A suivie de 7 chiffres (A1234567).",
    "out-of-range": (d) => `Hors limites${d ? ` : ${d}` : ""}.`,
    "outside-coverage": (d) =>
      `Cette arrivée précède la période couverte par les règles, qui commence le ${d}.`,
  },
} as const satisfies Messages;

export const web: WebStrings = {
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
    fees: "Frais à payer à la frontière",
    fee: {
      workPermit: (amount: number) =>
        `Les frais de traitement du permis de travail, ${amount}\u00a0$\u00a0CA, payés lors de la demande à l'agent (certains demandeurs en sont dispensés).`,
      openPermitHolder: (amount: number) =>
        `S'il s'agit d'un permis de travail ouvert\u00a0: dans la plupart des cas, aussi les frais de privilège du titulaire de permis de travail ouvert, ${amount}\u00a0$\u00a0CA.`,
    },
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
    /** Topic names, over the rulebook's own topics: a new topic without a name fails to compile. */
    topics: {
      "visa-and-eta": "Visas et AVE",
      "permit-types": "Types de permis de travail",
      employer: "Le rôle de l'employeur",
      "open-permits": "Permis de travail ouverts",
      flagpoling: "Aller-retour à la frontière («\u00a0flagpoling\u00a0»)",
      medical: "Examen médical",
      biometrics: "Données biométriques",
      general: "Général",
      documents: "Documents à apporter",
    },
    sources: "Sources",
  },
  pdf: {
    title: "Permis de travail à la frontière\u00a0: liste de vérification",
    generated: (d: string) => `Préparée le ${d}. Vos réponses n'ont jamais quitté votre appareil.`,
    footer: "Information, pas un avis juridique. L'agent des services frontaliers décide en dernier.",
  },
  notFound: "Page introuvable.",
};

export const interview: InterviewStrings = {
  title: "Puis-je obtenir mon permis de travail canadien à la frontière ?",
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
  typeHint: "tapez ? pour « Je ne sais pas », < pour revenir",
  searchHint: "tapez pour chercher",
  noneOfThese: "Aucun",
  invalidYesNo: "Répondez oui ou non.",
  invalidChoice: "Choisissez l'une des options proposées.",
  invalidCountry: "Pays inconnu : tapez un nom ou un code à deux lettres.",
  invalidDate: "Écrivez la date au format AAAA-MM-JJ.",
  invalidDateTime: "Écrivez AAAA-MM-JJ, ou AAAA-MM-JJ HH:MM (heure de l'Est).",
  invalidNumber: "Entrez un nombre",
  invalidText: "Format attendu, par exemple",
  between: "entre",
  and: "et",
  arrivalSetup: "Quand arriverez-vous à la frontière ? (AAAA-MM-JJ ; vide pour aujourd'hui)",
  todayDefault: "Laissez vide pour aujourd'hui, heure de l'Est",
  keysList: "↑/↓ déplacer • Entrée valider",
  keysYesNo: "o oui • n non",
  keysMulti: "↑/↓ déplacer • Espace cocher • Entrée valider",
  keysSearch: "tapez pour chercher • ↑/↓ déplacer • Entrée valider",
  keysSearchMulti: "tapez pour chercher • ↑/↓ déplacer • Tab cocher • Entrée valider",
  keysText: "Entrée valider • ? Je ne sais pas • < retour",
  keysCancel: "Ctrl-C quitter",
  keysEnter: "Entrée valider",
  switchLanguage: "Continue in English",
  switchToken: ":en",
  chooseFirst: "Choisissez d'abord une réponse\u00a0: ↑/↓ puis Entrée, ou o / n.",
  chooseOne: "Choisissez d'abord une réponse\u00a0: ↑/↓ puis Entrée.",
  search: "Recherche",
  matches: "résultats",
  noMatch: "Aucun pays ne correspond.",
  typeToSearchFirst: "Tapez le nom ou le code d'un pays, ou choisissez-en un avec ↑/↓.",
  noneChosen: "aucun",
  cannotWrite: "Impossible d'écrire ce fichier",
  writeAgain: "choisissez un autre fichier (vide\u00a0: ne pas l'enregistrer)",
  unasked: "Non posées (l'entrée s'est terminée avant)",
  resultTitle: "Votre évaluation",
  poe: "Demande à la frontière, à l'arrivée",
  route: "Que faire ensuite",
  blockers: "Pourquoi pas à la frontière",
  documents: "À apporter à la frontière",
  advisories: "Bon à savoir",
  uncertain: "Encore incertain (vous avez répondu « Je ne sais pas »)",
  unrefined: "Non demandé ou passé (ne change que les documents ou les conseils)",
  whatWouldChange: "Ce qui changerait la réponse",
  whatWouldChangeNone:
    "Rien de ce que vous pouvez changer avant le voyage ne le permettrait, d'après ces faits.",
  satisfies: "satisfait",
  sources: "Sources",
  saveAsk: "Enregistrer vos réponses et la liste de contrôle dans des fichiers ?",
  saveProfile: "Fichier pour vos réponses (profil JSON)",
  saveChecklist: "Fichier pour la liste de contrôle (Markdown)",
  saved: "Enregistré",
  cancelled: "Entrevue interrompue. Rien n'a été enregistré.",
  notTty:
    "Pas un terminal : lecture d'une réponse par ligne sur l'entrée standard (« ? » = Je ne sais pas, « < » = retour).",
  endOfInput: "L'entrée s'est terminée avant la fin ; le reste demeure inconnu.",
  questionsAsked: "questions posées",
  verdictYes: "Oui",
  verdictNo: "Non",
  verdictUnknown: "Pas encore connu",
  yesWord: "oui",
  noWord: "non",
  unknownWord: "inconnu",
  checklistTitle: "Permis de travail à la frontière : liste de contrôle",
  answersHeading: "Vos réponses",
  colon: " : ",
  openQuote: "« ",
  closeQuote: " »",
};

export const actions: ActionStrings = {
  lmiaIssued:
    "Attendre que l'EIMT favorable soit délivrée pour votre emploi (votre employeur la demande à EDSC)",
  jobOffer: "Obtenir l'offre d'emploi écrite de votre employeur",
  complianceFeePaid:
    "Faire soumettre l'offre par votre employeur dans le Portail des employeurs d'IRCC, frais de conformité payés",
  medicalExamDate:
    "Passer l'examen médical aux fins de l'immigration auprès d'un médecin désigné avant le voyage (valide 12 mois)",
  caqAttestation: "Obtenir l'attestation de délivrance du CAQ avant le voyage",
  cbsaAppointment: "Prendre rendez-vous d'avance avec l'ASFC au point d'entrée",
  iecInvitation: "Obtenir votre invitation EIC et les documents pour le point d'entrée, frais payés en ligne",
  letterOfIntroduction:
    "Présenter la demande en ligne avant le voyage ; une fois approuvée, vous recevez une lettre d'introduction",
};

export const rows = {
  expectedBoolean: (text) => `true/false, oui/non ou 1/0 attendu, reçu «\u00a0${text}\u00a0»`,
  expectedInteger: (text) => `nombre entier attendu, reçu «\u00a0${text}\u00a0»`,
  expectedNumber: (text) => `nombre attendu, reçu «\u00a0${text}\u00a0»`,
  badDate: (text, problem, format, hint, dateTime) => {
    const form = {
      iso: "AAAA-MM-JJ",
      dmy: "jour en premier, JJ/MM/AAAA",
      mdy: "mois en premier, MM/JJ/AAAA",
    };
    switch (problem) {
      case "ambiguous":
        return `«\u00a0${text}\u00a0» est ambiguë\u00a0: jour ou mois en premier\u00a0? Précisez-le avec --date-format dmy ou mdy`;
      case "needs-format":
        return `«\u00a0${text}\u00a0» n'est pas écrite AAAA-MM-JJ\u00a0: indiquez comment le fichier écrit les dates avec --date-format ${hint ?? "dmy ou mdy"}`;
      case "two-digit-year":
        return `«\u00a0${text}\u00a0» a une année à deux chiffres, ce qui est ambigu\u00a0: écrivez l'année en entier`;
      case "not-a-date":
        return `«\u00a0${text}\u00a0» n'est pas une date\u00a0: écrivez AAAA-MM-JJ${format === "iso" ? "" : ` ou ${form[format]}`}${dateTime ? ", ou une date-heure ISO 8601 avec décalage (2025-06-01T14:30-04:00)" : ""}`;
      case "invalid":
        return `«\u00a0${text}\u00a0» n'est pas une date réelle${format === "iso" ? "" : ` (lue ${form[format]})`}${hint ? `\u00a0; c'en est une lue avec --date-format ${hint}\u00a0: est-ce la forme du fichier\u00a0?` : ""}`;
    }
  },
  cellCount: (cells, columns) => `la ligne a ${cells} cellules mais l'en-tête a ${columns} colonnes`,
  unreadableCsv: (detail) => `ligne CSV illisible\u00a0: ${detail}`,
  notJson: (detail) => `JSON invalide\u00a0: ${detail}`,
  idType: () => "id\u00a0: chaîne ou nombre attendu",
  internalFault: (detail) => `erreur interne\u00a0: ${detail}`,
} satisfies RowMessages;

export const plain = {
  kind: {
    list: 'une liste entre crochets, par exemple ["FR"]',
    boolean: "true ou false",
    integer: "un nombre entier",
    number: "un nombre",
    "date-or-none": "une date (AAAA-MM-JJ) ou null",
    text: "du texte entre guillemets",
  },
  range: (what: string, min?: number, max?: number) =>
    min !== undefined && max !== undefined
      ? `${what} de ${min} à ${max}`
      : max !== undefined
        ? `${what} d'au plus ${max}`
        : `${what} d'au moins ${min}`,
  expected: (what: string, got: string) => `${what} attendu, reçu ${got}`,
  nullBoolean: (field: string) =>
    `null n'est pas une réponse\u00a0: si vous ne savez pas si ${field} est vrai, omettez le champ (un champ absent veut dire «\u00a0pas encore connu\u00a0»)`,
  didYouMean: (name: string) => ` Vouliez-vous dire «\u00a0${name}\u00a0»\u00a0?`,
} satisfies PlainWords;

export const batch = {
  rows: (n) => (n <= 1 ? "ligne" : "lignes"),
  ok: (n) => (n <= 1 ? "évaluée" : "évaluées"),
  colon: "\u00a0:",
  errors: "en erreur",
  poe: "poe",
  route: "voie",
  in: "en",
  workers: "fils de travail",
  blank: (n: number) => `${n} ligne${n === 1 ? " vide ignorée" : "s vides ignorées"}`,
  openRoute: "La voie à suivre dépend de faits encore inconnus.",
  missing: "Il manque\u00a0:",
} satisfies BatchWords;

export const cli = {
  noSuchFile: (path) => `impossible de lire «\u00a0${path}\u00a0»\u00a0: ce fichier n'existe pas`,
  isFolder: (path) => `impossible de lire «\u00a0${path}\u00a0»\u00a0: c'est un dossier, pas un fichier`,
  permissionDenied: (path) => `impossible de lire «\u00a0${path}\u00a0»\u00a0: permission refusée`,
  cannotRead: (path, reason) => `impossible de lire «\u00a0${path}\u00a0»\u00a0: ${reason}`,
  optionProblem: (option, value, reason) => `${option} «\u00a0${value}\u00a0»\u00a0: ${reason}`,
  notRegularFile: (path) =>
    `impossible de lire «\u00a0${path}\u00a0»\u00a0: ce n'est pas un fichier ordinaire`,
  stdinNeedsFormat: "lecture de l'entrée standard\u00a0: indiquez le format avec --input-format csv|jsonl",
  formatUnknown: (path) =>
    `impossible de déduire le format de «\u00a0${path}\u00a0» de son nom\u00a0: utilisez --input-format csv|jsonl`,
  badInstantOption: (option, value) =>
    `${option} «\u00a0${value}\u00a0»\u00a0: AAAA-MM-JJ ou une date-heure ISO 8601 avec décalage attendue`,
  noInput: "aucune donnée\u00a0: le fichier ne contient aucun profil",
  noHeader:
    "pas de ligne d'en-tête\u00a0: le fichier est vide, ou sa première ligne est vide\u00a0; la première ligne nomme les colonnes (par exemple «\u00a0id,citizenships,permit\u00a0»)",
  outputIsInput: (output, input) =>
    `la sortie «\u00a0${output}\u00a0» est le fichier d'entrée «\u00a0${input}\u00a0»\u00a0: l'écrire détruirait la liste\u00a0; choisissez un autre fichier -o`,
  badDelimiter: (value) =>
    `--delimiter «\u00a0${value}\u00a0»\u00a0: un seul caractère attendu, comme «\u00a0,\u00a0», «\u00a0;\u00a0» ou «\u00a0tab\u00a0»`,
  badWorkers: (value) =>
    `--workers «\u00a0${value}\u00a0»\u00a0: un nombre entier ou «\u00a0auto\u00a0» attendu`,
  howToGiveInput: `poe-permit assess lit un profil (JSON) dans un fichier ou sur l'entrée standard, et rien n'y est envoyé.
  poe-permit assess profil.json
  echo '{"citizenships":["FR"],"permit":"pgwp"}' | poe-permit assess
  poe-permit interview        (pose plutôt les questions une à une)`,
  keyCreated: (id, name, tenant) =>
    `clé ${id} créée pour «\u00a0${name}\u00a0» (locataire ${tenant})\u00a0; elle n'est montrée que maintenant\u00a0:`,
  legacyKey: "la clé initiale du serveur (POE_PERMIT_API_KEY ou api-key)",
  keyActive: "active",
  keyRevokedAt: (at) => `révoquée le ${at}`,
  keyRevoked: (id) => `clé ${id} révoquée`,
  noSuchKey: (id) => `aucune clé n'a l'identifiant ${id}`,
  badArrival: "--arrival doit être AAAA-MM-JJ ou une date-heure ISO avec décalage",
  recheckProgress: (done, total, changed) => `${done}/${total} revérifiés, ${changed} changés`,
} satisfies CliWords;

export const rescreen: RescreenWords = {
  added: "s'applique désormais",
  removed: "ne s'applique plus",
  blocker: "obstacle",
  advisory: "avis",
  missing: "fait requis",
  of: (n: number, total: number) => `${n} de vos ${total} travailleurs ont changé`,
  none: (total: number) => `Aucun de vos ${total} travailleurs n'a changé`,
  between: "entre le",
  and: "et le",
  because: "parce que\u00a0:",
  errors: (n: number) => `${n} ligne(s) n'ont pas pu être évaluées\u00a0:`,
  line: "ligne",
  unknownTime: "l'heure d'arrivée est requise (une règle a changé ce jour-là)",
};

export const questions: QuestionStrings = {
  labels: {
    permit: {
      lmia: "Lié à un employeur, avec une EIMT",
      "lmia-exempt": "Lié à un employeur, dispensé d'EIMT (Programme de mobilité internationale)",
      open: "Permis de travail ouvert",
      pgwp: "Permis de travail postdiplôme (PTPD)",
      iec: "Expérience internationale Canada (EIC)",
      sawp: "Programme des travailleurs agricoles saisonniers (PTAS)",
    },
    travelMode: {
      air: "Par avion",
      land: "Par la route",
      sea: "Par la mer",
    },
    passportKind: {
      "romania-e-passport": "Passeport électronique roumain (à puce)",
      "israel-national-passport": "Passeport national israélien",
      "taiwan-passport-with-personal-id": "Passeport de Taïwan avec numéro d'identification personnel",
      "hong-kong-sar-passport": "Passeport de la RAS de Hong Kong",
      "british-national-overseas": "Passeport British National (Overseas)",
      "british-subject-right-of-abode": "Passeport de sujet britannique avec droit de séjour au Royaume-Uni",
      "british-overseas-citizen-readmissible":
        "Passeport de citoyen britannique d'outre-mer, réadmissible au Royaume-Uni",
      "holy-see": "Passeport ou titre de voyage du Saint-Siège",
    },
    openPermitCategory: {
      "spouse-of-worker": "Époux ou conjoint d'un travailleur",
      "spouse-of-student": "Époux ou conjoint d'un étudiant",
      "fta-spouse": "Conjoint au titre d'un accord de libre-échange (p. ex. AECG, PTPGP)",
      "co-op": "Stage coop exigé par le programme d'études",
      athlete: "Athlète professionnel ayant besoin d'un autre emploi",
      "military-or-diplomatic-family": "Famille de militaires ou de diplomates étrangers",
      "dependent-child": "Enfant à charge d'un travailleur ou étudiant",
      bridging: "Permis de travail ouvert transitoire (RP en cours)",
      "pr-applicant": "Demandeur de résidence permanente",
      "refugee-claimant": "Demandeur d'asile",
      "protected-person": "Personne protégée",
      "temporary-resident-permit-holder": "Titulaire d'un permis de séjour temporaire",
      "vulnerable-worker": "Travailleur vulnérable",
    },
    principalProgram: {
      "masters-16-months-plus": "Maîtrise de 16 mois ou plus",
      "masters-under-16-months": "Maîtrise de moins de 16 mois",
      doctoral: "Doctorat",
      professional: "Diplôme professionnel de la liste (médecine, droit, génie, sciences infirmières, …)",
      "eligible-listed": "Autre programme de la liste d'IRCC",
      other: "Autre programme",
    },
    principalStream: {
      sawp: "Programme des travailleurs agricoles saisonniers",
      agricultural: "Volet agricole (EIMT)",
      "low-wage-lmia": "Poste à bas salaire (EIMT)",
      other: "Un autre volet",
    },
    province: {
      AB: "Alberta",
      BC: "Colombie-Britannique",
      MB: "Manitoba",
      NB: "Nouveau-Brunswick",
      NL: "Terre-Neuve-et-Labrador",
      NS: "Nouvelle-Écosse",
      NT: "Territoires du Nord-Ouest",
      NU: "Nunavut",
      ON: "Ontario",
      PE: "Île-du-Prince-Édouard",
      QC: "Québec",
      SK: "Saskatchewan",
      YT: "Yukon",
    },
  },
  teer: (n: number) => `FEER ${n}`,
  fields: {
    arrival: {
      prompt: "Quand arriverez-vous à la frontière canadienne ?",
      help: "Les règles en vigueur ce jour-là s'appliquent. Précisez l'heure (heure de l'Est) seulement si on vous la demande.",
    },
    citizenships: {
      prompt: "Quelles citoyennetés avez-vous ?",
      help: "Indiquez-les toutes : la réponse peut dépendre du passeport avec lequel vous voyagez.",
    },
    passportKinds: {
      none: "Aucun de ceux-ci",
      prompt: "Avez-vous l'un de ces passeports ou titres de voyage particuliers ?",
      help: "Certains titres de voyage dispensent à eux seuls du visa de visiteur.",
    },
    usPermanentResident: {
      prompt: "Êtes-vous résident permanent légal des États-Unis (titulaire d'une carte verte) ?",
      help: "Une carte verte valide ou une preuve équivalente du statut permanent aux États-Unis.",
    },
    countryOfResidence: {
      prompt: "Dans quel pays habitez-vous ?",
      help: "Là où vous vivez habituellement, quelle que soit votre citoyenneté.",
    },
    age: {
      unit: "ans",
      prompt: "Quel âge aurez-vous à votre arrivée ?",
      help: "Votre âge en années le jour de l'arrivée.",
    },
    travelMode: {
      prompt: "Comment arriverez-vous au Canada ?",
      help: "En avion, par la route ou le train, ou en bateau.",
    },
    arrivingFrom: {
      prompt: "De quel pays arriverez-vous, juste avant le Canada ?",
      help: "Le dernier pays quitté pour entrer au Canada (pour une correspondance, le pays du départ du vol).",
    },
    usNonimmigrantVisa: {
      prompt: "Avez-vous un visa américain de non-immigrant valide (par exemple B1/B2, H-1B, F-1) ?",
      help: "Un visa dans votre passeport, encore valide le jour de la demande.",
    },
    canadianVisaPast10Years: {
      prompt: "Avez-vous eu un visa de visiteur canadien au cours des 10 dernières années ?",
      help: "Un visa de résident temporaire (visa de visiteur) délivré par le Canada, même expiré.",
    },
    inCanadaWithStatus: {
      prompt: "Êtes-vous un résident temporaire du Canada qui revient d'une courte sortie du pays ?",
      help: "Par exemple un visiteur, un travailleur ou un étudiant qui séjourne au Canada, traverse la frontière puis revient. Répondez non si vous venez de l'étranger.",
    },
    maintainedStatus: {
      prompt:
        "Êtes-vous au Canada en statut maintenu (prolongation demandée avant l'expiration, décision en attente) ?",
      help: "Aussi appelé statut implicite.",
    },
    truckDriverCrossBorder: {
      prompt:
        "Êtes-vous un camionneur titulaire d'un permis de travail (ou en statut maintenu) qui revient d'un trajet hors du Canada pour son travail ?",
      help: "Répondez oui seulement si vous aviez le permis de travail ou le statut maintenu en quittant le Canada. Les camionneurs qui ne roulent qu'au Canada répondent non.",
    },
    cbsaAppointment: {
      prompt: "Avez-vous un rendez-vous pris d'avance avec l'ASFC au point d'entrée ?",
      help: "Un rendez-vous confirmé par l'Agence des services frontaliers du Canada avant votre voyage.",
    },
    letterOfIntroduction: {
      prompt:
        "Avez-vous déjà une lettre d'introduction pour le point d'entrée (votre demande en ligne a été approuvée) ?",
      help: "IRCC envoie cette lettre quand elle approuve une demande de permis faite en ligne avant le voyage.",
    },
    permit: {
      prompt: "Quel permis de travail demandez-vous ?",
      help: "Si un employeur vous a embauché, votre offre indique s'il a fallu une EIMT (étude d'impact sur le marché du travail).",
    },
    jobOffer: {
      prompt: "Avez-vous l'offre d'emploi de votre employeur ?",
      help: "L'offre écrite (ou le contrat) pour l'emploi au Canada.",
    },
    lmiaIssued: {
      prompt: "Une EIMT favorable a-t-elle déjà été délivrée pour cette offre d'emploi ?",
      help: "Votre employeur la reçoit d'Emploi et Développement social Canada (EDSC).",
    },
    lmiaNumber: {
      prompt: "Quel est le numéro de l'EIMT ?",
      help: "Il figure sur la lettre de décision de l'EIMT.",
    },
    qualificationsProof: {
      prompt: "Pouvez-vous prouver que vous avez les qualifications et l'expérience exigées pour l'emploi ?",
      help: "Diplômes, permis d'exercice, lettres de référence.",
    },
    jobProvince: {
      prompt: "Dans quelle province ou quel territoire est l'emploi ?",
      help: "Le Québec a sa propre étape pour certains emplois (le CAQ).",
    },
    jobDays: {
      unit: "jours",
      prompt: "Combien de jours durera l'emploi ?",
      help: "Comptez les jours de travail continus.",
    },
    jobUnpaid: {
      prompt: "Le travail est-il non rémunéré ?",
      help: "Répondez oui seulement si vous ne recevez aucun salaire.",
    },
    caqAttestation: {
      prompt: "Avez-vous l'attestation de délivrance de votre CAQ (certificat d'acceptation du Québec) ?",
      help: "Le ministère de l'Immigration du Québec (MIFI) la délivre en ligne.",
    },
    offerOfEmploymentNumber: {
      prompt: "Quel est le numéro d'offre d'emploi fourni par votre employeur ?",
      help: "La lettre A suivie de 7 chiffres, tirée du Portail des employeurs d'IRCC.",
    },
    complianceFeePaid: {
      prompt: "Votre offre d'emploi est-elle complète dans le Portail des employeurs d'IRCC ?",
      help: "Complète veut dire que votre employeur l'y a soumise et a payé les frais de conformité de l'employeur, ou l'a déclarée dispensée de ces frais. Demandez à votre employeur : cela doit être fait avant votre demande.",
    },
    lmiaExemptionCode: {
      prompt: "Quel est le code de dispense d'EIMT de votre emploi (par exemple C10, T36) ?",
      help: "Votre employeur ou votre avocat peut vous le dire ; c'est une lettre et deux chiffres.",
    },
    openPermitCategory: {
      prompt: "À quel titre demandez-vous un permis de travail ouvert ?",
      help: "Seules certaines catégories peuvent être demandées à l'arrivée.",
    },
    principalTeer: {
      prompt: "Quelle est la catégorie FEER de l'emploi de votre époux ou conjoint ?",
      help: "La catégorie FEER vient du code de la Classification nationale des professions (son deuxième chiffre).",
    },
    principalEligibleTeer23: {
      prompt:
        "L'emploi FEER 2 ou 3 de votre époux ou conjoint figure-t-il sur la liste d'IRCC des professions admissibles ?",
      help: "IRCC publie la liste des professions FEER 2 et 3 admissibles.",
    },
    principalProgram: {
      prompt: "Dans quel programme votre époux ou conjoint étudie-t-il ?",
      help: "Études à temps plein dans un établissement d'enseignement désigné.",
    },
    principalStream: {
      prompt:
        "Dans quel volet le travailleur principal (votre époux, conjoint ou parent) a-t-il son permis de travail ?",
      help: "La lettre d'approbation de l'EIMT indique le volet. Choisissez « un autre volet » pour un permis sans EIMT.",
    },
    principalTransitioningToPr: {
      prompt:
        "Le travailleur principal est-il en voie d'obtenir la résidence permanente (par exemple un permis de transition, ou un permis d'un projet pilote de résidence permanente) ?",
      help: "Les familles des travailleurs en voie d'obtenir la résidence permanente gardent les règles en vigueur avant le 21 janvier 2025.",
    },
    principalPermitMonthsLeft: {
      unit: "mois",
      prompt:
        "Le jour de votre demande, pendant combien de mois le travailleur principal sera-t-il encore autorisé à travailler au Canada ?",
      help: "Comptez de votre demande jusqu'à la date de fin du permis de travail du travailleur principal.",
    },
    principalLmiaExemptionCode: {
      prompt:
        "Quel est le code de dispense d'EIMT du permis de travail de votre époux ou conjoint (par exemple F32, F42, F12) ?",
      help: "Il figure sur le permis de travail de votre époux ou conjoint : une lettre et deux chiffres.",
    },
    iecInvitation: {
      prompt: "Avez-vous votre invitation EIC et les documents EIC pour le point d'entrée ?",
      help: "L'invitation à présenter une demande, la lettre de l'organisme reconnu le cas échéant, et le reçu des frais.",
    },
    stayMonths: {
      unit: "mois",
      prompt: "Combien de mois comptez-vous rester ?",
      help: "Un séjour de plus de 6 mois peut exiger un examen médical.",
    },
    recentResidence: {
      prompt: "Au cours de la dernière année, dans quels pays avez-vous passé 6 mois consécutifs ou plus ?",
      help: "Laissez la liste vide si aucun. Cela aide à savoir si un examen médical est exigé.",
    },
    designatedCountryStay: {
      prompt:
        "Au cours de la dernière année, avez-vous passé 6 mois consécutifs ou plus dans un pays pour lequel le Canada exige un examen médical ?",
      help: "IRCC publie la liste de ces pays. Si vous n'êtes pas sûr, répondez « Je ne sais pas » : nous pourrons demander où vous avez vécu.",
    },
    publicHealthJob: {
      prompt:
        "Travaillerez-vous dans un milieu où la santé publique doit être protégée (soins de santé, laboratoires, écoles, garderies, soins à domicile, …) ?",
      help: "Aussi le travail agricole si vous venez d'un pays désigné pour l'examen médical.",
    },
    medicalExamDate: {
      none: "Je ne l'ai pas passé",
      prompt: "Quand avez-vous passé votre examen médical aux fins de l'immigration ?",
      help: "La date de l'examen (AAAA-MM-JJ) auprès d'un médecin désigné.",
    },
    biometricsWithin10Years: {
      prompt:
        "Avez-vous donné vos données biométriques (empreintes et photo) pour un visa ou permis canadien au cours des 10 dernières années ?",
      help: "Les données biométriques données depuis moins de 10 ans sont réutilisées.",
    },
    portOfEntry: {
      prompt: "Par quel point d'entrée arriverez-vous (code de l'aéroport ou nom du poste frontalier) ?",
      help: "Par exemple YUL, YVR, ou Lacolle / Saint-Bernard-de-Lacolle.",
    },
  },
};

export const server = {
  notJson: (why) => `Le corps de la requête n'est pas du JSON valide (${why}).`,
  tooLarge: (kb) => `Le corps de la requête dépasse ${kb} Ko.`,
  keyMissing: () => "Ce point d'accès demande la clé d'API : envoyez `Authorization: Bearer <clé>`.",
  keyInvalid: () => "La clé d'API n'est pas valide.",
  methodNotAllowed: (method, allowed) => `${method} n'est pas permis ici ; utilisez ${allowed}.`,
  noRecord: () => "Aucune évaluation enregistrée ne porte cet identifiant.",
  noRoute: (method, path) => `Aucune route pour ${method} ${path}.`,
  badCountryCode: () => "`code` est un code ISO 3166-1 alpha-2 en majuscules, par exemple FR.",
  badCursor: () => "Ce curseur n'a pas été émis par ce serveur.",
  internal: () => "Erreur interne ; l'identifiant de la requête est dans l'en-tête X-Request-Id.",
  conflictAsOf: (asOf, arrival) =>
    `Le paramètre asOf (${asOf}) et l'arrivée du corps (${arrival}) diffèrent ; donnez la date une seule fois, ou la même aux deux endroits.`,
  conflictLang: (query, body) =>
    `Le paramètre lang (${query}) et la langue du corps (${body}) diffèrent ; donnez-la une seule fois, ou la même aux deux endroits.`,
  unknownKey: (key) => `Clé inconnue « ${key} ».`,
  badInstant: () => "Date attendue (AAAA-MM-JJ) ou date-heure ISO 8601 avec décalage horaire.",
  instantRange: (last) => `Date attendue entre 0001-01-01 et ${last}.`,
  beforeCoverage: (start) =>
    `Cette date précède la période couverte par les règles, qui commence le ${start}.`,
  badText: () => "Le texte contient un caractère de contrôle ou un demi-codet isolé (Unicode invalide).",
  badEncoding: () => "La chaîne de requête n'est pas de l'UTF-8 valide encodé en pourcentage.",
  clientClosed: () => "Le client a fermé la connexion avant la fin de la requête.",
  headersTooLarge: () => "Les en-têtes de la requête sont trop volumineux.",
  requestTimeout: () => "La requête a mis trop de temps à arriver.",
  badRequest: () => "La requête n'est pas du HTTP valide.",
} satisfies ServerMessages;

export const ui = {
  verdict: "Pouvez-vous présenter la demande à la frontière ?",
  route: "Que faire",
  bring: "Apportez ces documents",
  advisories: "À noter aussi",
  why: "Pourquoi",
  sources: "Sources",
  stillUnknown: "Encore inconnu (pourrait changer la réponse)",
  couldRefine: "Préciserait la liste",
  nothingToBring: "Rien à apporter à la frontière pour cette voie.",
  bringDependsOnRoute:
    "Ce qu'il faut apporter dépend de la voie, qui n'est pas encore établie (voir plus bas les éléments encore inconnus).",
  rulebook: "Règles",
  asOf: "Règles en date du",
  effective: "En vigueur",
  from: "depuis le",
  until: "jusqu'au",
  always: "de longue date",
  lastVerified: "dernière vérification",
  inputErrors: "Le profil comporte des erreurs",
  line: "ligne",
  openRoute: "Pas à la frontière. La voie qui vous reste ouverte dépend de faits encore inconnus\u00a0:",
  ifYes: "si oui",
  ifNo: "si non",
  letterBlocked:
    "Votre lettre d'introduction ne permet de faire imprimer le permis à la frontière qu'une fois réglé ce qui figure sous Pourquoi.",
  letterBlockedAfter:
    "Votre lettre d'introduction ne permet de faire imprimer le permis à la frontière qu'une fois cela réglé.",
  lifts: "lève",
  alsoDependsOn: "Que cela suffise dépend aussi de faits encore inconnus\u00a0:",
  answerFirst: "Rien trouvé d'après ce qui est connu\u00a0; ces faits décident d'abord\u00a0:",
} satisfies UiWords;
