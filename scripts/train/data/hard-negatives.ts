/**
 * Hard negatives and benign workplace prompts (labels []): texts that look like source code, financial,
 * confidential or health content but are not sensitive — finance homework, public earnings news, published press
 * releases, job ads and blog posts, exam vignettes, consumer health questions, general medical explanations,
 * mail-merge and empty templates, .env.example files, CLI one-liners, config snippets, logs and stack traces,
 * questions that merely say "confidential", generic workplace requests and writing help. en/de/fr/es/nl.
 *
 * Pasted texts are wrapped with the same request templates as the positives (wrapRequest from
 * synthetic-health.ts), so the request wording carries no signal.
 */
import type { Example, Lang } from './types.ts';
import type { Rng } from './rng.ts';
import { casual, fill, generateBalanced, HEALTH_ABOUT_FRAMES, HEALTH_CHAT_FRAMES, healthSlots, num, numDate, table, typo, wrapRequest, type NounPhrases } from './synthetic-health.ts';
import { CHAT_BARE_FRAMES, CHAT_FRAMES, FWD_FRAMES, renderChat, REWRITE_FRAMES } from './synthetic-confidential.ts';
import { city, company, date, firstName, money, month, personName } from './values.ts';

type L5<T = string> = Record<Lang, T>;
type Family = (rng: Rng, lang: Lang) => string;

const pct = (rng: Rng, lang: Lang, lo: number, hi: number, dp = 1) => num(lo + rng.next() * (hi - lo), dp, lang);
const amount = (rng: Rng, lang: Lang, lo: number, hi: number) => {
  const v = Math.round((lo + rng.next() * (hi - lo)) / 100) * 100;
  const g = String(v).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : lang === 'fr' ? ' ' : '.');
  return lang === 'en' ? `$${g}` : lang === 'nl' ? `€ ${g}` : `${g} €`;
};
/** Wrap with the shared requests; `pAlone` is how often the text stays bare. */
const w = (rng: Rng, lang: Lang, body: string, nps?: NounPhrases, pAlone = 0.2) => wrapRequest(rng, lang, body, nps, pAlone);
/** A standalone question, casual sometimes. */
const q = (rng: Rng, text: string) => (rng.chance(0.4) ? casual(rng, text) : text);

// ---------------------------------------------------------------------------------------------------------------
// Financial look-alikes
// ---------------------------------------------------------------------------------------------------------------

const financeHomework: Family = (rng, lang) => {
  const r = pct(rng, lang, 2, 12);
  const n = rng.int(2, 30);
  const a = () => amount(rng, lang, 1000, 900000);
  const k = `${rng.int(1, 12)}.${rng.int(1, 40)}`;
  const firm = rng.pick(['A', 'B', 'X', 'XYZ', 'Alpha', 'Beta']);
  const T: L5<string[]> = {
    en: [
      `A company has revenue of ${a()} and total costs of ${a()}. What is its profit margin? Please show the steps.`,
      `Calculate the NPV of a project that costs ${a()} upfront and returns ${a()}, ${a()} and ${a()} over the next three years. Discount rate ${r}%.`,
      `If I invest ${a()} at ${r}% compounded annually, how much will I have after ${n} years? Explain the formula.`,
      `Homework question ${k}: fixed costs are ${a()} per month, the selling price is $${rng.int(5, 90)} per unit and variable cost is $${rng.int(2, 4)} per unit. Find the break-even quantity.`,
      `Exercise ${k}\nFirm ${firm} (fictional) income statement:\n${table(rng, ['Item', 'Amount'], [['Sales', a()], ['COGS', a()], ['Operating expenses', a()], ['Interest', a()]], lang)}\nCompute gross margin, EBIT and net margin. Tax rate 25%.`,
      `My accounting textbook says a bond with a face value of $1,000 pays a ${r}% annual coupon and matures in ${n} years. How do I calculate the yield to maturity if it trades at $${rng.int(850, 1150)}?`,
      `For my finance class: project A has an IRR of ${r}% and project B ${pct(rng, lang, 2, 15)}%, WACC is ${pct(rng, lang, 4, 10)}%. Which one should the company choose and why?`,
    ],
    de: [
      `Ein Unternehmen hat einen Umsatz von ${a()} und Kosten von ${a()}. Wie hoch ist die Umsatzrendite? Bitte mit Rechenweg.`,
      `Berechne den Kapitalwert einer Investition: Anschaffung ${a()}, Rückflüsse in den Jahren 1–3: ${a()}, ${a()}, ${a()}. Kalkulationszinssatz ${r} %.`,
      `Wenn ich ${a()} zu ${r} % Zinsen anlege (jährliche Verzinsung), wie viel habe ich nach ${n} Jahren? Erklär mir die Zinseszinsformel.`,
      `Aufgabe ${k} aus der BWL-Klausur: Fixkosten ${a()} pro Monat, Verkaufspreis ${rng.int(5, 90)} € pro Stück, variable Kosten ${rng.int(2, 4)} €. Berechne die Gewinnschwelle.`,
      `Übung ${k}\nGuV der (fiktiven) Firma ${firm}:\n${table(rng, ['Position', 'Betrag'], [['Umsatzerlöse', a()], ['Materialaufwand', a()], ['Personalaufwand', a()], ['Zinsaufwand', a()]], lang)}\nErmittle Rohertrag, EBIT und Umsatzrendite.`,
      `Für meine Hausarbeit: Investition A hat einen internen Zinsfuß von ${r} %, Investition B von ${pct(rng, lang, 2, 15)} %. Der WACC liegt bei ${pct(rng, lang, 4, 10)} %. Welche ist vorzuziehen?`,
    ],
    fr: [
      `Une entreprise réalise un chiffre d'affaires de ${a()} pour des charges de ${a()}. Quelle est sa marge nette ? Détaille le calcul.`,
      `Calcule la VAN d'un projet : investissement initial ${a()}, flux de trésorerie ${a()}, ${a()} et ${a()} sur 3 ans, taux d'actualisation ${r} %.`,
      `Si je place ${a()} à ${r} % par an avec intérêts composés, combien j'aurai au bout de ${n} ans ? Explique la formule.`,
      `Exercice ${k} (contrôle de gestion) : charges fixes ${a()} par mois, prix de vente ${rng.int(5, 90)} € l'unité, coût variable ${rng.int(2, 4)} €. Calculer le seuil de rentabilité.`,
      `Exercice ${k}\nCompte de résultat de la société ${firm} (fictive) :\n${table(rng, ['Poste', 'Montant'], [["Chiffre d'affaires", a()], ['Achats consommés', a()], ['Charges de personnel', a()], ['Charges financières', a()]], lang)}\nCalculer l'EBE et le résultat d'exploitation.`,
      `Pour mon cours de finance : le projet A a un TRI de ${r} %, le projet B de ${pct(rng, lang, 2, 15)} %, le CMPC est de ${pct(rng, lang, 4, 10)} %. Lequel choisir ?`,
    ],
    es: [
      `Una empresa tiene unos ingresos de ${a()} y unos costes de ${a()}. ¿Cuál es su margen de beneficio? Explica los pasos.`,
      `Calcula el VAN de un proyecto con una inversión inicial de ${a()} y flujos de caja de ${a()}, ${a()} y ${a()} en tres años. Tasa de descuento: ${r} %.`,
      `Si invierto ${a()} al ${r} % de interés compuesto anual, ¿cuánto tendré dentro de ${n} años? Explícame la fórmula.`,
      `Ejercicio ${k}: costes fijos de ${a()} al mes, precio de venta ${rng.int(5, 90)} € por unidad y coste variable ${rng.int(2, 4)} €. Calcula el punto de equilibrio.`,
      `Ejercicio ${k}\nCuenta de resultados de la empresa ${firm} (ficticia):\n${table(rng, ['Partida', 'Importe'], [['Ventas', a()], ['Aprovisionamientos', a()], ['Gastos de personal', a()], ['Gastos financieros', a()]], lang)}\nCalcula el EBITDA y el margen neto.`,
      `Para clase de finanzas: el proyecto A tiene una TIR del ${r} % y el B del ${pct(rng, lang, 2, 15)} %. El WACC es del ${pct(rng, lang, 4, 10)} %. ¿Cuál elegirías?`,
    ],
    nl: [
      `Een bedrijf heeft een omzet van ${a()} en kosten van ${a()}. Wat is de winstmarge? Graag met tussenstappen.`,
      `Bereken de netto contante waarde van een project: investering ${a()}, kasstromen ${a()}, ${a()} en ${a()} in jaar 1 t/m 3, disconteringsvoet ${r}%.`,
      `Als ik ${a()} beleg tegen ${r}% samengestelde rente per jaar, hoeveel heb ik dan na ${n} jaar? Leg de formule uit.`,
      `Opgave ${k}: vaste kosten ${a()} per maand, verkoopprijs € ${rng.int(5, 90)} per stuk, variabele kosten € ${rng.int(2, 4)}. Bereken het break-evenpunt.`,
      `Opgave ${k}\nWinst-en-verliesrekening van (fictief) bedrijf ${firm}:\n${table(rng, ['Post', 'Bedrag'], [['Omzet', a()], ['Inkoopwaarde', a()], ['Personeelskosten', a()], ['Rentelasten', a()]], lang)}\nBereken de brutomarge en het bedrijfsresultaat.`,
      `Voor mijn studie: project A heeft een IRR van ${r}% en project B ${pct(rng, lang, 2, 15)}%, de WACC is ${pct(rng, lang, 4, 10)}%. Welk project kies je?`,
    ],
  };
  return w(rng, lang, rng.pick(T[lang]), undefined, 0.8);
};

const LISTED = ['Apple', 'Microsoft', 'Nvidia', 'Siemens', 'SAP', 'LVMH', 'TotalEnergies', 'Inditex', 'Santander', 'ASML', 'Heineken', 'Philips', 'Unilever', 'Nestlé', 'Volkswagen', 'Airbus', 'Iberdrola', 'Adyen'];
const marketNews: Family = (rng, lang) => {
  const co = rng.pick(LISTED);
  const qn = rng.pick(['Q1', 'Q2', 'Q3', 'Q4']);
  const bn = num(rng.int(15, 950) / 10, 1, lang);
  const p1 = pct(rng, lang, 1, 15);
  const p2 = pct(rng, lang, 0.5, 9);
  const T: L5<string[]> = {
    en: [
      `${co} reported ${qn} revenue of ${rng.pick(['$', '€'])}${bn}bn on ${date(rng, 'en')}, up ${p1}% year on year, and raised its full-year guidance. Shares closed ${p2}% higher.`,
      `According to the earnings release ${co} published this morning, operating margin came in at ${p1}%, slightly below consensus. Why would the stock fall ${p2}% if revenue beat expectations?`,
      `Markets wrap: the DAX gained ${p2}% on Tuesday, led by ${co} after its results. The euro slipped against the dollar and Brent crude traded near $${rng.int(60, 95)} a barrel.`,
      `Is it a good idea to buy ${co} shares right before the earnings call? What usually happens to the price?`,
    ],
    de: [
      `${co} hat im ${qn} einen Umsatz von ${bn} Mrd. € ausgewiesen, ein Plus von ${p1} % zum Vorjahr, und die Jahresprognose angehoben. Die Aktie schloss ${p2} % höher.`,
      `Laut der heute veröffentlichten Quartalsmitteilung von ${co} lag die operative Marge bei ${p1} %. Warum fällt die Aktie um ${p2} %, obwohl der Umsatz über den Erwartungen lag?`,
      `Marktbericht: Der DAX legte am Dienstag um ${p2} % zu, angeführt von ${co} nach Zahlen. Der Euro gab gegenüber dem Dollar leicht nach.`,
      `Lohnt es sich, ${co}-Aktien kurz vor den Quartalszahlen zu kaufen? Was passiert normalerweise mit dem Kurs?`,
    ],
    fr: [
      `${co} a publié un chiffre d'affaires de ${bn} Md€ au ${qn}, en hausse de ${p1} % sur un an, et relevé ses objectifs annuels. Le titre a clôturé en hausse de ${p2} %.`,
      `D'après les résultats publiés ce matin par ${co}, la marge opérationnelle ressort à ${p1} %. Pourquoi l'action baisse de ${p2} % alors que le CA dépasse le consensus ?`,
      `Point marchés : le CAC 40 a gagné ${p2} % mardi, porté par ${co} après ses résultats. L'euro recule face au dollar.`,
      `C'est une bonne idée d'acheter des actions ${co} juste avant la publication des résultats ?`,
    ],
    es: [
      `${co} presentó unos ingresos de ${bn} mil millones de euros en el ${qn}, un ${p1} % más que hace un año, y elevó sus previsiones anuales. Las acciones cerraron con una subida del ${p2} %.`,
      `Según los resultados que ${co} publicó esta mañana, el margen operativo fue del ${p1} %. ¿Por qué cae la acción un ${p2} % si las ventas superaron las previsiones?`,
      `Cierre de mercados: el IBEX 35 subió un ${p2} % el martes, impulsado por ${co} tras sus resultados. El euro cede frente al dólar.`,
      `¿Conviene comprar acciones de ${co} justo antes de la presentación de resultados?`,
    ],
    nl: [
      `${co} rapporteerde over het ${qn.replace('Q', '')}e kwartaal een omzet van € ${bn} mrd, ${p1}% hoger dan een jaar eerder, en verhoogde de jaarprognose. Het aandeel sloot ${p2}% hoger.`,
      `Volgens de kwartaalcijfers die ${co} vanochtend publiceerde, kwam de operationele marge uit op ${p1}%. Waarom daalt het aandeel ${p2}% als de omzet boven verwachting was?`,
      `Beursoverzicht: de AEX won dinsdag ${p2}%, aangevoerd door ${co} na de cijfers. De euro verloor terrein ten opzichte van de dollar.`,
      `Is het slim om aandelen ${co} te kopen vlak voor de kwartaalcijfers?`,
    ],
  };
  return w(rng, lang, rng.pick(T[lang]), { en: ['this news item', 'this article'], de: ['diese Meldung', 'den Artikel'], fr: ['cet article', 'cette dépêche'], es: ['esta noticia', 'este artículo'], nl: ['dit nieuwsbericht', 'dit artikel'] }, 0.4);
};

// ---------------------------------------------------------------------------------------------------------------
// Confidential look-alikes (public documents)
// ---------------------------------------------------------------------------------------------------------------

const pressRelease: Family = (rng, lang) => {
  const co = company(rng, lang);
  const c = city(rng, lang);
  const d = date(rng, lang);
  const who = personName(rng, lang);
  const n = rng.int(20, 400);
  const prod = rng.pick(['Nova', 'Atlas', 'Pulse', 'Orbit', 'Flow', 'Beacon']);
  const T: L5<string[]> = {
    en: [
      `FOR IMMEDIATE RELEASE\n${c}, ${d} — ${co} today announced the opening of a new office in ${city(rng, lang)}, creating ${n} jobs over the next two years. "We are excited to grow our team," said ${who}, CEO.\n\nAbout ${co}\n${co} builds software for logistics companies.\nPress contact: press@example.com`,
      `${co} launches ${prod}, a new app for field service teams\n${c}, ${d} — ${co} today released ${prod}, now available in the App Store and Google Play. Pricing starts at €${rng.int(5, 49)} per user per month. More at example.com/${prod.toLowerCase()}.`,
      `(published on our newsroom yesterday) ${co} and ${company(rng, lang)} announce a partnership to bring ${prod} to ${n} hospitals across Europe. The agreement was signed on ${d}.`,
    ],
    de: [
      `PRESSEMITTEILUNG\n${c}, ${d} – Die ${co} eröffnet heute einen neuen Standort in ${city(rng, lang)} und schafft dort in den nächsten zwei Jahren ${n} Arbeitsplätze. „Wir freuen uns auf das Wachstum", sagt ${who}, Geschäftsführer/in.\n\nÜber ${co}\nPressekontakt: presse@example.de`,
      `${co} bringt ${prod} auf den Markt\n${c}, ${d} – Ab sofort ist ${prod} im App Store und bei Google Play erhältlich. Die Preise beginnen bei ${rng.int(5, 49)} € pro Nutzer und Monat.`,
      `(gestern auf unserer Website veröffentlicht) ${co} und ${company(rng, lang)} vereinbaren eine Partnerschaft: ${prod} kommt in ${n} Kliniken in Deutschland zum Einsatz.`,
    ],
    fr: [
      `COMMUNIQUÉ DE PRESSE\n${c}, le ${d} – ${co} annonce aujourd'hui l'ouverture d'un nouveau site à ${city(rng, lang)}, avec ${n} recrutements prévus d'ici deux ans. « Nous sommes ravis de cette étape », déclare ${who}, président(e).\n\nÀ propos de ${co}\nContact presse : presse@example.fr`,
      `${co} lance ${prod}, sa nouvelle application pour les techniciens terrain\n${c}, le ${d} – ${prod} est disponible dès aujourd'hui sur l'App Store et Google Play, à partir de ${rng.int(5, 49)} € par utilisateur et par mois.`,
      `(publié hier sur notre site) ${co} et ${company(rng, lang)} annoncent un partenariat pour déployer ${prod} dans ${n} établissements.`,
    ],
    es: [
      `NOTA DE PRENSA\n${c}, ${d} – ${co} ha anunciado hoy la apertura de una nueva oficina en ${city(rng, lang)}, que creará ${n} empleos en los próximos dos años. «Estamos muy ilusionados», ha afirmado ${who}, consejero/a delegado/a.\n\nSobre ${co}\nContacto de prensa: prensa@example.es`,
      `${co} lanza ${prod}, su nueva app para equipos de campo\n${c}, ${d} – ${prod} ya está disponible en App Store y Google Play desde ${rng.int(5, 49)} € por usuario al mes.`,
      `(publicado ayer en nuestra web) ${co} y ${company(rng, lang)} firman una alianza para implantar ${prod} en ${n} centros.`,
    ],
    nl: [
      `PERSBERICHT\n${c}, ${d} – ${co} opent vandaag een nieuw kantoor in ${city(rng, lang)} en creëert daar de komende twee jaar ${n} banen. "We zijn trots op deze stap," zegt ${who}, CEO.\n\nOver ${co}\nPerscontact: pers@example.nl`,
      `${co} lanceert ${prod}, een nieuwe app voor buitendienstmedewerkers\n${c}, ${d} – ${prod} is vanaf vandaag beschikbaar in de App Store en Google Play, vanaf € ${rng.int(5, 49)} per gebruiker per maand.`,
      `(gisteren op onze website gepubliceerd) ${co} en ${company(rng, lang)} gaan samenwerken om ${prod} in ${n} zorginstellingen uit te rollen.`,
    ],
  };
  const extra: L5 = { en: 'Turn this into a LinkedIn post.', de: 'Mach daraus einen LinkedIn-Post.', fr: 'Fais-en un post LinkedIn.', es: 'Conviértelo en un post de LinkedIn.', nl: 'Maak hier een LinkedIn-post van.' };
  const body = rng.pick(T[lang]);
  if (rng.chance(0.25)) return `${body}\n\n${extra[lang]}`;
  return w(rng, lang, body, { en: ['this press release'], de: ['die Pressemitteilung'], fr: ['ce communiqué'], es: ['esta nota de prensa'], nl: ['dit persbericht'] });
};

const jobAdBlog: Family = (rng, lang) => {
  const co = company(rng, lang);
  const c = city(rng, lang);
  const role: L5 = {
    en: rng.pick(['Senior Backend Engineer', 'Payroll Specialist', 'Data Analyst', 'Office Manager', 'Occupational Health Nurse', 'Financial Controller']),
    de: rng.pick(['Senior Backend-Entwickler (m/w/d)', 'Lohnbuchhalter (m/w/d)', 'Data Analyst (m/w/d)', 'Teamassistenz (m/w/d)', 'Controller (m/w/d)']),
    fr: rng.pick(['Développeur backend senior (H/F)', 'Gestionnaire de paie (H/F)', 'Data analyst (H/F)', 'Contrôleur de gestion (H/F)', 'Assistant(e) de direction']),
    es: rng.pick(['Desarrollador/a backend sénior', 'Técnico/a de nóminas', 'Analista de datos', 'Controller financiero/a', 'Enfermero/a de empresa']),
    nl: rng.pick(['Senior backend developer', 'Salarisadministrateur', 'Data-analist', 'Controller', 'Officemanager']),
  };
  const T: L5<string[]> = {
    en: [
      `We're hiring: ${role.en} (${c}, hybrid)\nAt ${co} you'll:\n- own features end to end\n- work with a friendly team of ${rng.int(5, 40)}\n- learn something new every week\nWhat we offer: ${rng.int(25, 30)} days holiday, learning budget, bike scheme. Salary range published on request. Apply via our careers page.`,
      `Blog: ${rng.int(3, 7)} things we learned from a year of remote onboarding\n1. Send the laptop before day one.\n2. Give every new joiner a buddy.\n3. Write things down — our handbook is public.\nThanks to everyone at ${co} who shared their tips!`,
      `Life at ${co}: we're a team of ${rng.int(40, 900)} people in ${c}${rng.chance(0.5) ? ' and remote across Europe' : ''}. We believe in flexible hours, honest feedback and good coffee. Check out our open roles below.`,
    ],
    de: [
      `Wir suchen: ${role.de} in ${c}\nDeine Aufgaben:\n- Verantwortung für eigene Projekte\n- Zusammenarbeit mit einem Team von ${rng.int(5, 40)} Leuten\nWir bieten: ${rng.int(28, 30)} Tage Urlaub, Jobrad, Weiterbildungsbudget, Homeoffice. Bewirb dich über unser Karriereportal!`,
      `Blogartikel: ${rng.int(3, 7)} Dinge, die wir aus einem Jahr Remote-Onboarding gelernt haben\n1. Laptop vor dem ersten Tag verschicken.\n2. Jede/r Neue bekommt eine/n Buddy.\n3. Alles dokumentieren.\nDanke an alle bei ${co}!`,
      `Karriere bei ${co}: Wir sind ${rng.int(40, 900)} Menschen in ${c}. Bei uns zählen flexible Arbeitszeiten, offenes Feedback und guter Kaffee.`,
    ],
    fr: [
      `${co} recrute : ${role.fr} à ${c}\nVos missions :\n- piloter vos projets de bout en bout\n- travailler avec une équipe de ${rng.int(5, 40)} personnes\nCe que nous offrons : télétravail partiel, RTT, tickets restaurant. Postulez sur notre page carrières.`,
      `Article de blog : ${rng.int(3, 7)} leçons tirées d'un an d'onboarding à distance\n1. Envoyer l'ordinateur avant le premier jour.\n2. Un parrain ou une marraine pour chaque arrivant.\n3. Tout documenter.\nMerci à toute l'équipe ${co} !`,
      `Travailler chez ${co} : nous sommes ${rng.int(40, 900)} personnes à ${c}. Horaires flexibles, feedback honnête et bon café.`,
    ],
    es: [
      `En ${co} buscamos ${role.es} en ${c}\nFunciones:\n- liderar proyectos de principio a fin\n- trabajar con un equipo de ${rng.int(5, 40)} personas\nOfrecemos: jornada flexible, teletrabajo, formación continua. ¡Inscríbete en nuestra web de empleo!`,
      `Blog: ${rng.int(3, 7)} cosas que aprendimos en un año de onboarding en remoto\n1. Enviar el portátil antes del primer día.\n2. Un/a compañero/a mentor/a para cada incorporación.\n3. Documentarlo todo.\n¡Gracias a todo el equipo de ${co}!`,
      `Trabajar en ${co}: somos ${rng.int(40, 900)} personas en ${c}. Creemos en el horario flexible, el feedback sincero y el buen café.`,
    ],
    nl: [
      `Vacature: ${role.nl} bij ${co} in ${c}\nWat ga je doen?\n- eigen projecten van begin tot eind\n- samenwerken met een team van ${rng.int(5, 40)} collega's\nWat bieden wij? ${rng.int(25, 30)} vakantiedagen, thuiswerkvergoeding, opleidingsbudget. Solliciteer via onze werkenbij-site.`,
      `Blog: ${rng.int(3, 7)} lessen uit een jaar remote onboarding\n1. Stuur de laptop vóór de eerste dag.\n2. Geef iedere nieuwe collega een buddy.\n3. Schrijf alles op.\nDank aan iedereen bij ${co}!`,
      `Werken bij ${co}: we zijn met ${rng.int(40, 900)} mensen in ${c}. Flexibele uren, eerlijke feedback en goede koffie.`,
    ],
  };
  return w(rng, lang, rng.pick(T[lang]), { en: ['this job ad', 'this blog post'], de: ['die Stellenanzeige', 'den Blogartikel'], fr: ["l'offre d'emploi", "l'article"], es: ['la oferta de empleo', 'el post'], nl: ['de vacaturetekst', 'de blog'] });
};

const textbook: Family = (rng, lang) => {
  const T: L5<string[]> = {
    en: ["What's the difference between EBIT and EBITDA?", 'Explain working capital like I am five.', 'What is a term sheet and what does it usually contain?', 'What should be in a good set of meeting minutes?',
      'What is the difference between gross and net salary in general?', 'How does a balance sheet differ from a P&L?', 'What does an NDA typically cover?', 'What is an audit report and who reads it?',
      'What is a ledger in accounting?', 'What does IBAN stand for and how is it structured?', 'What is a SWOT analysis? Give a generic example.', 'What does "EBITDA margin" mean in an annual report?'],
    de: ['Was ist der Unterschied zwischen EBIT und EBITDA?', 'Erklär mir Working Capital ganz einfach.', 'Was ist ein Term Sheet und was steht da normalerweise drin?', 'Was gehört in ein gutes Besprechungsprotokoll?',
      'Was ist der Unterschied zwischen Brutto- und Nettogehalt?', 'Wie unterscheidet sich die Bilanz von der GuV?', 'Was regelt eine Geheimhaltungsvereinbarung typischerweise?', 'Was ist ein Prüfbericht und wer liest ihn?',
      'Was ist ein Hauptbuch in der Buchhaltung?', 'Wofür steht IBAN und wie ist sie aufgebaut?', 'Was ist eine SWOT-Analyse? Gib ein allgemeines Beispiel.'],
    fr: ["Quelle est la différence entre l'EBIT et l'EBITDA ?", 'Explique-moi le BFR simplement.', "C'est quoi une term sheet et qu'est-ce qu'on y trouve ?", 'Que doit contenir un bon compte rendu de réunion ?',
      'Quelle est la différence entre salaire brut et net ?', "Quelle différence entre bilan et compte de résultat ?", "Que couvre généralement un accord de confidentialité ?", "C'est quoi un rapport d'audit ?",
      "C'est quoi le grand livre en comptabilité ?", "Que veut dire IBAN et comment est-il structuré ?", 'Explique la matrice SWOT avec un exemple générique.'],
    es: ['¿Qué diferencia hay entre EBIT y EBITDA?', 'Explícame el fondo de maniobra de forma sencilla.', '¿Qué es una term sheet y qué suele incluir?', '¿Qué debe incluir un buen acta de reunión?',
      '¿Qué diferencia hay entre salario bruto y neto?', '¿En qué se diferencia el balance de la cuenta de resultados?', '¿Qué cubre normalmente un acuerdo de confidencialidad?', '¿Qué es un informe de auditoría?',
      '¿Qué es el libro mayor en contabilidad?', '¿Qué significa IBAN y cómo se estructura?', '¿Qué es un análisis DAFO? Pon un ejemplo genérico.'],
    nl: ['Wat is het verschil tussen EBIT en EBITDA?', 'Leg werkkapitaal eenvoudig uit.', 'Wat is een term sheet en wat staat er meestal in?', 'Wat hoort er in goede notulen?',
      'Wat is het verschil tussen bruto- en nettosalaris?', 'Wat is het verschil tussen een balans en een winst-en-verliesrekening?', 'Wat regelt een geheimhoudingsverklaring meestal?', 'Wat is een accountantsrapport?',
      'Wat is een grootboek in de boekhouding?', 'Waar staat IBAN voor en hoe is het opgebouwd?', 'Wat is een SWOT-analyse? Geef een algemeen voorbeeld.'],
  };
  const pre: L5<string[]> = {
    en: ['', '', 'Quick question: ', 'For my MBA course: ', 'Studying for an exam. ', 'In simple words, '], de: ['', '', 'Kurze Frage: ', 'Für mein Studium: ', 'Ich lerne für die Klausur. '],
    fr: ['', '', 'Petite question : ', 'Pour mon cours : ', 'Je révise un partiel. '], es: ['', '', 'Pregunta rápida: ', 'Para clase: ', 'Estoy estudiando para un examen. '],
    nl: ['', '', 'Snelle vraag: ', 'Voor mijn studie: ', 'Ik leer voor een tentamen. '],
  };
  const post: L5<string[]> = { en: ['', '', ' Keep it short.', ' With an example please.', ' Max 100 words.'], de: ['', '', ' Bitte kurz.', ' Mit Beispiel bitte.'], fr: ['', '', ' En bref.', ' Avec un exemple stp.'], es: ['', '', ' En breve.', ' Con un ejemplo, porfa.'], nl: ['', '', ' Kort graag.', ' Met een voorbeeld graag.'] };
  const p = rng.pick(pre[lang]);
  let t = rng.pick(T[lang]);
  if (p.endsWith(', ')) t = t.charAt(0).toLowerCase() + t.slice(1);
  return q(rng, `${p}${t}${rng.pick(post[lang])}`);
};

const confidentialWord: Family = (rng, lang) => {
  const mail = rng.pick(['Outlook', 'Gmail', 'Thunderbird', 'Apple Mail', 'Outlook on the web']);
  const docs = rng.pick(['Word', 'Google Docs', 'PowerPoint', 'LibreOffice Writer']);
  const T: L5<string[]> = {
    en: [`How do I mark an email as confidential in ${mail}?`, 'What is the difference between "confidential" and "strictly confidential" as document labels?', `How do I add a "Confidential" watermark in ${docs}?`,
      'What does "confidential" mean legally in an employment contract?', 'Translate "private and confidential" into German.', 'Is it rude to put CONFIDENTIAL in the subject line of an email?',
      `Can I set a sensitivity label in ${docs} on my phone?`, 'What are typical data classification levels (public, internal, confidential)?', 'Synonyms for "confidential" for a presentation slide?'],
    de: [`Wie markiere ich eine E-Mail in ${mail} als vertraulich?`, 'Was ist der Unterschied zwischen „vertraulich" und „streng vertraulich"?', `Wie füge ich in ${docs} ein Wasserzeichen „Vertraulich" ein?`,
      'Was bedeutet „vertraulich" rechtlich im Arbeitsvertrag?', 'Wie übersetzt man „persönlich/vertraulich" ins Englische?', 'Welche Vertraulichkeitsstufen gibt es üblicherweise (öffentlich, intern, vertraulich)?',
      `Kann ich in ${docs} auf dem Handy eine Vertraulichkeitsbezeichnung setzen?`],
    fr: [`Comment marquer un e-mail comme confidentiel dans ${mail} ?`, 'Quelle différence entre « confidentiel » et « strictement confidentiel » ?', `Comment ajouter un filigrane « Confidentiel » dans ${docs} ?`,
      "Que veut dire « confidentiel » juridiquement dans un contrat de travail ?", 'Comment traduire « personnel et confidentiel » en anglais ?', 'Quels sont les niveaux de classification habituels (public, interne, confidentiel) ?',
      `Peut-on mettre une étiquette de confidentialité dans ${docs} sur mobile ?`],
    es: [`¿Cómo marco un correo como confidencial en ${mail}?`, '¿Qué diferencia hay entre «confidencial» y «estrictamente confidencial»?', `¿Cómo añado una marca de agua «Confidencial» en ${docs}?`,
      '¿Qué significa «confidencial» legalmente en un contrato de trabajo?', '¿Cómo se traduce «privado y confidencial» al inglés?', '¿Qué niveles de clasificación se usan normalmente (público, interno, confidencial)?',
      `¿Se puede poner una etiqueta de confidencialidad en ${docs} desde el móvil?`],
    nl: [`Hoe markeer ik een e-mail als vertrouwelijk in ${mail}?`, 'Wat is het verschil tussen "vertrouwelijk" en "strikt vertrouwelijk"?', `Hoe voeg ik een watermerk "Vertrouwelijk" toe in ${docs}?`,
      'Wat betekent "vertrouwelijk" juridisch in een arbeidscontract?', 'Hoe vertaal je "persoonlijk en vertrouwelijk" naar het Engels?', 'Welke classificatieniveaus zijn gebruikelijk (openbaar, intern, vertrouwelijk)?',
      `Kan ik in ${docs} op mijn telefoon een vertrouwelijkheidslabel instellen?`],
  };
  const tail: L5<string[]> = { en: ['', '', ' Using the desktop app.', ' Step by step please.', ' Thanks!'], de: ['', '', ' Schritt für Schritt bitte.', ' Danke!'], fr: ['', '', ' Étape par étape stp.', ' Merci !'], es: ['', '', ' Paso a paso, porfa.', ' ¡Gracias!'], nl: ['', '', ' Stap voor stap graag.', ' Dank!'] };
  return q(rng, rng.pick(T[lang]) + rng.pick(tail[lang]));
};

// ---------------------------------------------------------------------------------------------------------------
// Health look-alikes (no individual's clinical information)
// ---------------------------------------------------------------------------------------------------------------

interface Vignette { stem: L5; options: L5<string[]> }
const VIGNETTES: readonly Vignette[] = [
  { stem: { en: 'presents to the emergency department with crushing chest pain radiating to the left arm and sweating for 1 hour', de: 'stellt sich mit seit 1 Stunde bestehenden drückenden Brustschmerzen mit Ausstrahlung in den linken Arm und Kaltschweißigkeit in der Notaufnahme vor', fr: 'se présente aux urgences pour une douleur thoracique constrictive irradiant dans le bras gauche avec sueurs depuis 1 heure', es: 'acude a urgencias por dolor torácico opresivo irradiado al brazo izquierdo y sudoración de 1 hora de evolución', nl: 'komt op de SEH met sinds 1 uur drukkende pijn op de borst, uitstralend naar de linkerarm, en zweten' },
    options: { en: ['Acute myocardial infarction', 'Pulmonary embolism', 'Aortic dissection', 'Pericarditis'], de: ['Akuter Myokardinfarkt', 'Lungenembolie', 'Aortendissektion', 'Perikarditis'], fr: ['Infarctus du myocarde', 'Embolie pulmonaire', "Dissection aortique", 'Péricardite'], es: ['Infarto agudo de miocardio', 'Tromboembolismo pulmonar', 'Disección aórtica', 'Pericarditis'], nl: ['Acuut myocardinfarct', 'Longembolie', 'Aortadissectie', 'Pericarditis'] } },
  { stem: { en: 'has had increased thirst, frequent urination and a 5 kg weight loss over 3 weeks', de: 'berichtet über starken Durst, häufiges Wasserlassen und 5 kg Gewichtsverlust in 3 Wochen', fr: 'présente une soif intense, une polyurie et une perte de 5 kg en 3 semaines', es: 'refiere sed intensa, poliuria y pérdida de 5 kg en 3 semanas', nl: 'heeft sinds 3 weken veel dorst, moet vaak plassen en is 5 kg afgevallen' },
    options: { en: ['Type 1 diabetes', 'Diabetes insipidus', 'Hyperthyroidism', 'Urinary tract infection'], de: ['Diabetes mellitus Typ 1', 'Diabetes insipidus', 'Hyperthyreose', 'Harnwegsinfekt'], fr: ['Diabète de type 1', 'Diabète insipide', 'Hyperthyroïdie', 'Infection urinaire'], es: ['Diabetes tipo 1', 'Diabetes insípida', 'Hipertiroidismo', 'Infección urinaria'], nl: ['Diabetes type 1', 'Diabetes insipidus', 'Hyperthyreoïdie', 'Urineweginfectie'] } },
  { stem: { en: 'presents with periumbilical pain that migrated to the right lower quadrant, fever of 38.4 °C and nausea', de: 'klagt über periumbilikale Schmerzen, die in den rechten Unterbauch gewandert sind, Fieber 38,4 °C und Übelkeit', fr: 'consulte pour une douleur péri-ombilicale migrant en fosse iliaque droite, fièvre à 38,4 °C et nausées', es: 'consulta por dolor periumbilical que migra a fosa ilíaca derecha, fiebre de 38,4 °C y náuseas', nl: 'heeft pijn rond de navel die naar rechtsonder is verplaatst, koorts van 38,4 °C en misselijkheid' },
    options: { en: ['Acute appendicitis', 'Cholecystitis', 'Diverticulitis', 'Renal colic'], de: ['Akute Appendizitis', 'Cholezystitis', 'Divertikulitis', 'Nierenkolik'], fr: ['Appendicite aiguë', 'Cholécystite', 'Diverticulite', 'Colique néphrétique'], es: ['Apendicitis aguda', 'Colecistitis', 'Diverticulitis', 'Cólico renal'], nl: ['Acute appendicitis', 'Cholecystitis', 'Diverticulitis', 'Nierkoliek'] } },
  { stem: { en: 'complains of fatigue, cold intolerance, constipation and weight gain for several months', de: 'klagt seit Monaten über Müdigkeit, Kälteintoleranz, Verstopfung und Gewichtszunahme', fr: 'se plaint depuis plusieurs mois de fatigue, frilosité, constipation et prise de poids', es: 'refiere cansancio, intolerancia al frío, estreñimiento y aumento de peso desde hace meses', nl: 'klaagt al maanden over moeheid, kouwelijkheid, obstipatie en gewichtstoename' },
    options: { en: ['Hypothyroidism', 'Cushing syndrome', 'Depression', 'Addison disease'], de: ['Hypothyreose', 'Cushing-Syndrom', 'Depression', 'Morbus Addison'], fr: ['Hypothyroïdie', 'Syndrome de Cushing', 'Dépression', "Maladie d'Addison"], es: ['Hipotiroidismo', 'Síndrome de Cushing', 'Depresión', 'Enfermedad de Addison'], nl: ['Hypothyreoïdie', 'Syndroom van Cushing', 'Depressie', 'Ziekte van Addison'] } },
  { stem: { en: 'reports the sudden onset of "the worst headache of my life" while lifting weights', de: 'berichtet über plötzlich beim Krafttraining aufgetretene „schlimmste Kopfschmerzen meines Lebens"', fr: "décrit une céphalée brutale « la pire de ma vie » survenue pendant un effort", es: 'refiere una cefalea súbita, «la peor de su vida», mientras levantaba pesas', nl: 'meldt plotseling ontstane "ergste hoofdpijn ooit" tijdens krachttraining' },
    options: { en: ['Subarachnoid haemorrhage', 'Migraine', 'Tension headache', 'Cluster headache'], de: ['Subarachnoidalblutung', 'Migräne', 'Spannungskopfschmerz', 'Clusterkopfschmerz'], fr: ['Hémorragie sous-arachnoïdienne', 'Migraine', 'Céphalée de tension', 'Algie vasculaire'], es: ['Hemorragia subaracnoidea', 'Migraña', 'Cefalea tensional', 'Cefalea en racimos'], nl: ['Subarachnoïdale bloeding', 'Migraine', 'Spanningshoofdpijn', 'Clusterhoofdpijn'] } },
  { stem: { en: 'has a productive cough, fever and crackles over the right lower lobe', de: 'hat produktiven Husten, Fieber und feinblasige Rasselgeräusche rechts basal', fr: 'présente une toux productive, de la fièvre et des crépitants à la base droite', es: 'presenta tos productiva, fiebre y crepitantes en base derecha', nl: 'heeft een productieve hoest, koorts en crepitaties rechts basaal' },
    options: { en: ['Community-acquired pneumonia', 'Asthma exacerbation', 'Heart failure', 'Lung cancer'], de: ['Ambulant erworbene Pneumonie', 'Asthmaexazerbation', 'Herzinsuffizienz', 'Bronchialkarzinom'], fr: ['Pneumopathie communautaire', "Crise d'asthme", 'Insuffisance cardiaque', 'Cancer du poumon'], es: ['Neumonía adquirida en la comunidad', 'Crisis asmática', 'Insuficiencia cardiaca', 'Cáncer de pulmón'], nl: ['Pneumonie', 'Astma-exacerbatie', 'Hartfalen', 'Longkanker'] } },
];

const examVignette: Family = (rng, lang) => {
  const v = rng.pick(VIGNETTES);
  const age = rng.int(18, 82);
  const female = rng.chance(0.5);
  const subj: L5 = {
    en: `A ${age}-year-old ${female ? 'woman' : 'man'}`, de: `Ein${female ? 'e' : ''} ${age}-jährige${female ? ' Patientin' : 'r Patient'}`, fr: `${female ? 'Une femme' : 'Un homme'} de ${age} ans`,
    es: `${female ? 'Una mujer' : 'Un varón'} de ${age} años`, nl: `Een ${female ? 'vrouw' : 'man'} van ${age} jaar`,
  };
  const ask: L5<string[]> = {
    en: ['Which of the following is the most likely diagnosis?', 'What is the most appropriate next step?', 'Which investigation would you order first?'],
    de: ['Welche Diagnose ist am wahrscheinlichsten?', 'Was ist der nächste sinnvolle Schritt?', 'Welche Untersuchung veranlassen Sie zuerst?'],
    fr: ['Quel est le diagnostic le plus probable ?', 'Quelle est la conduite à tenir ?', 'Quel examen demandez-vous en premier ?'],
    es: ['¿Cuál es el diagnóstico más probable?', '¿Cuál es el siguiente paso más adecuado?', '¿Qué prueba pediría en primer lugar?'],
    nl: ['Wat is de meest waarschijnlijke diagnose?', 'Wat is de volgende stap?', 'Welk onderzoek vraag je als eerste aan?'],
  };
  const vitals = `${lang === 'en' ? 'BP' : lang === 'de' || lang === 'nl' ? 'RR' : 'TA'} ${rng.int(95, 170)}/${rng.int(55, 100)}, ${lang === 'en' ? 'pulse' : lang === 'de' ? 'Puls' : lang === 'fr' ? 'FC' : lang === 'es' ? 'FC' : 'pols'} ${rng.int(55, 125)}`;
  const ai = rng.int(0, 2);
  const opts = ai === 0 ? `\n${rng.shuffle(v.options[lang]).map((o, i) => `${'ABCD'[i]}) ${o}`).join('\n')}` : '';
  const head: L5<string[]> = { en: [`Question ${rng.int(1, 120)}.`, 'USMLE Step 2 practice:', ''], de: [`Frage ${rng.int(1, 120)}:`, 'Altfrage M2:', ''], fr: [`QCM n°${rng.int(1, 120)}`, 'Cas clinique ECN :', ''], es: [`Pregunta ${rng.int(1, 225)} (MIR):`, 'Caso clínico:', ''], nl: [`Vraag ${rng.int(1, 120)}.`, 'Oefententamen:', ''] };
  const me: L5<string[]> = { en: ["I picked B, why is it wrong?", 'Explain the answer.', '', 'Can you explain each option?'], de: ['Ich hätte B genommen, warum falsch?', 'Erklär die Lösung.', ''], fr: ["J'ai répondu B, pourquoi c'est faux ?", 'Explique la réponse.', ''], es: ['Yo puse la B, ¿por qué está mal?', 'Explica la respuesta.', ''], nl: ['Ik koos B, waarom is dat fout?', 'Leg het antwoord uit.', ''] };
  const body = `${rng.pick(head[lang])} ${subj[lang]} ${v.stem[lang]}. ${vitals}. ${ask[lang][ai]}${opts}`.trim();
  const tail = rng.pick(me[lang]);
  return tail ? `${body}\n\n${tail}` : body;
};

const DRUG: L5<string[]> = {
  en: ['ibuprofen', 'paracetamol', 'aspirin', 'antihistamines', 'melatonin', 'vitamin D', 'omeprazole', 'antibiotics'],
  de: ['Ibuprofen', 'Paracetamol', 'Aspirin', 'Antihistaminika', 'Melatonin', 'Vitamin D', 'Omeprazol', 'Antibiotika'],
  fr: ["l'ibuprofène", 'le paracétamol', "l'aspirine", 'les antihistaminiques', 'la mélatonine', 'la vitamine D', "l'oméprazole", 'les antibiotiques'],
  es: ['el ibuprofeno', 'el paracetamol', 'la aspirina', 'los antihistamínicos', 'la melatonina', 'la vitamina D', 'el omeprazol', 'los antibióticos'],
  nl: ['ibuprofen', 'paracetamol', 'aspirine', 'antihistaminica', 'melatonine', 'vitamine D', 'omeprazol', 'antibiotica'],
};
const WITH: L5<string[]> = {
  en: ['coffee', 'alcohol', 'grapefruit juice', 'an empty stomach', 'the contraceptive pill'], de: ['Kaffee', 'Alkohol', 'Grapefruitsaft', 'nüchternem Magen', 'der Pille'],
  fr: ['le café', "l'alcool", 'le jus de pamplemousse', "l'estomac vide", 'la pilule'], es: ['café', 'alcohol', 'zumo de pomelo', 'el estómago vacío', 'la píldora'],
  nl: ['koffie', 'alcohol', 'grapefruitsap', 'een lege maag', 'de pil'],
};
const ILL: L5<string[]> = {
  en: ['the flu', 'a cold', 'COVID', 'norovirus', 'strep throat', 'shingles'], de: ['die Grippe', 'eine Erkältung', 'Corona', 'Noroviren', 'eine Mandelentzündung', 'Gürtelrose'],
  fr: ['la grippe', 'un rhume', 'le COVID', 'la gastro', 'une angine', 'le zona'], es: ['la gripe', 'un resfriado', 'el COVID', 'el norovirus', 'una faringitis', 'el herpes zóster'],
  nl: ['griep', 'een verkoudheid', 'corona', 'het norovirus', 'keelontsteking', 'gordelroos'],
};
const consumerHealth: Family = (rng, lang) => {
  const d = rng.pick(DRUG[lang]);
  const x = rng.pick(WITH[lang]);
  const ill = rng.pick(ILL[lang]);
  const T: L5<string[]> = {
    en: [`Is ${d} safe with ${x}?`, `How long is ${ill} contagious?`, `What are the usual symptoms of ${ill}?`, 'How much vitamin D should adults take in winter?', `Can you take ${d} and ${rng.pick(DRUG.en)} together?`,
      'How many hours of sleep do adults need?', 'Is it better to stretch before or after running?', `What's the max daily dose of ${d} for adults?`, 'How do I know if a cut needs stitches?', 'Does standing desk use actually help back pain?'],
    de: [`Kann man ${d} mit ${x} nehmen?`, `Wie lange ist man bei ${ill} ansteckend?`, `Was sind typische Symptome bei ${ill}?`, 'Wie viel Vitamin D sollten Erwachsene im Winter nehmen?', `Darf man ${d} und ${rng.pick(DRUG.de)} zusammen nehmen?`,
      'Wie viel Schlaf brauchen Erwachsene?', 'Besser vor oder nach dem Laufen dehnen?', `Was ist die Tageshöchstdosis von ${d} für Erwachsene?`, 'Hilft ein Stehschreibtisch wirklich gegen Rückenschmerzen?'],
    fr: [`Est-ce qu'on peut prendre ${d} avec ${x} ?`, `Combien de temps est-on contagieux avec ${ill} ?`, `Quels sont les symptômes habituels de ${ill} ?`, 'Quelle dose de vitamine D pour un adulte en hiver ?', `Peut-on associer ${d} et ${rng.pick(DRUG.fr)} ?`,
      "Combien d'heures de sommeil faut-il à un adulte ?", "Faut-il s'étirer avant ou après la course ?", `Quelle est la dose maximale de ${d} par jour ?`, 'Un bureau debout aide-t-il vraiment contre le mal de dos ?'],
    es: [`¿Es seguro tomar ${d} con ${x}?`, `¿Cuánto tiempo se contagia ${ill}?`, `¿Cuáles son los síntomas típicos de ${ill}?`, '¿Cuánta vitamina D deben tomar los adultos en invierno?', `¿Se pueden tomar ${d} y ${rng.pick(DRUG.es)} a la vez?`,
      '¿Cuántas horas de sueño necesita un adulto?', '¿Es mejor estirar antes o después de correr?', `¿Cuál es la dosis máxima diaria de ${d}?`, '¿Un escritorio elevable ayuda de verdad con el dolor de espalda?'],
    nl: [`Is ${d} veilig in combinatie met ${x}?`, `Hoe lang ben je besmettelijk met ${ill}?`, `Wat zijn de gebruikelijke symptomen van ${ill}?`, 'Hoeveel vitamine D moeten volwassenen in de winter nemen?', `Mag je ${d} en ${rng.pick(DRUG.nl)} samen nemen?`,
      'Hoeveel uur slaap heeft een volwassene nodig?', 'Kun je beter rekken voor of na het hardlopen?', `Wat is de maximale dagdosis ${d}?`, 'Helpt een sta-bureau echt tegen rugpijn?'],
  };
  const pre: L5<string[]> = { en: ['', '', 'general question: ', 'asking for general info, '], de: ['', '', 'Allgemeine Frage: '], fr: ['', '', 'Question générale : '], es: ['', '', 'Pregunta general: '], nl: ['', '', 'Algemene vraag: '] };
  const p = rng.pick(pre[lang]);
  const t = rng.pick(T[lang]);
  return q(rng, p + (p.endsWith(', ') ? t.charAt(0).toLowerCase() + t.slice(1) : t));
};

interface Info { name: L5; symptoms: L5<string[]>; test: L5; tx: L5 }
const INFO: readonly Info[] = [
  { name: { en: 'Type 2 diabetes', de: 'Diabetes Typ 2', fr: 'Le diabète de type 2', es: 'La diabetes tipo 2', nl: 'Diabetes type 2' },
    symptoms: { en: ['thirst', 'tiredness', 'frequent urination', 'blurred vision'], de: ['Durst', 'Müdigkeit', 'häufiges Wasserlassen', 'verschwommenes Sehen'], fr: ['la soif', 'la fatigue', 'des mictions fréquentes', 'une vision floue'], es: ['sed', 'cansancio', 'orinar con frecuencia', 'visión borrosa'], nl: ['dorst', 'moeheid', 'vaak plassen', 'wazig zien'] },
    test: { en: 'an HbA1c blood test', de: 'den HbA1c-Wert im Blut', fr: "le dosage de l'HbA1c", es: 'la hemoglobina glicosilada (HbA1c)', nl: 'een HbA1c-bloedtest' },
    tx: { en: 'diet, exercise and medicines such as metformin', de: 'Ernährung, Bewegung und Medikamente wie Metformin', fr: "l'alimentation, l'activité physique et des médicaments comme la metformine", es: 'dieta, ejercicio y fármacos como la metformina', nl: 'voeding, beweging en medicijnen zoals metformine' } },
  { name: { en: 'Migraine', de: 'Migräne', fr: 'La migraine', es: 'La migraña', nl: 'Migraine' },
    symptoms: { en: ['throbbing headache', 'nausea', 'sensitivity to light', 'visual aura'], de: ['pochende Kopfschmerzen', 'Übelkeit', 'Lichtempfindlichkeit', 'Aura'], fr: ['des maux de tête pulsatiles', 'des nausées', 'une sensibilité à la lumière', 'une aura visuelle'], es: ['dolor de cabeza pulsátil', 'náuseas', 'sensibilidad a la luz', 'aura visual'], nl: ['bonzende hoofdpijn', 'misselijkheid', 'lichtgevoeligheid', 'aura'] },
    test: { en: 'a clinical history', de: 'die Anamnese', fr: "l'interrogatoire", es: 'la historia clínica', nl: 'het gesprek met de arts' },
    tx: { en: 'rest, painkillers and triptans', de: 'Ruhe, Schmerzmittel und Triptane', fr: 'le repos, les antalgiques et les triptans', es: 'reposo, analgésicos y triptanes', nl: 'rust, pijnstillers en triptanen' } },
  { name: { en: 'Iron deficiency anaemia', de: 'Eisenmangelanämie', fr: "L'anémie ferriprive", es: 'La anemia ferropénica', nl: 'Bloedarmoede door ijzertekort' },
    symptoms: { en: ['fatigue', 'pale skin', 'shortness of breath', 'brittle nails'], de: ['Müdigkeit', 'Blässe', 'Kurzatmigkeit', 'brüchige Nägel'], fr: ['la fatigue', 'la pâleur', "l'essoufflement", 'des ongles cassants'], es: ['cansancio', 'palidez', 'falta de aire', 'uñas quebradizas'], nl: ['moeheid', 'bleekheid', 'kortademigheid', 'brosse nagels'] },
    test: { en: 'a full blood count and ferritin', de: 'Blutbild und Ferritin', fr: 'une NFS et la ferritine', es: 'un hemograma y la ferritina', nl: 'bloedonderzoek (Hb en ferritine)' },
    tx: { en: 'iron tablets and treating the cause', de: 'Eisentabletten und Behandlung der Ursache', fr: 'du fer par voie orale et le traitement de la cause', es: 'hierro oral y tratar la causa', nl: 'ijzertabletten en behandeling van de oorzaak' } },
  { name: { en: 'Carpal tunnel syndrome', de: 'Das Karpaltunnelsyndrom', fr: 'Le syndrome du canal carpien', es: 'El síndrome del túnel carpiano', nl: 'Carpaletunnelsyndroom' },
    symptoms: { en: ['tingling fingers', 'numbness at night', 'weak grip', 'hand pain'], de: ['Kribbeln in den Fingern', 'nächtliches Taubheitsgefühl', 'Kraftverlust', 'Handschmerzen'], fr: ['des fourmillements', "un engourdissement nocturne", 'une perte de force', 'des douleurs de la main'], es: ['hormigueo en los dedos', 'adormecimiento nocturno', 'pérdida de fuerza', 'dolor de mano'], nl: ['tintelende vingers', "'s nachts een doof gevoel", 'minder knijpkracht', 'pijn in de hand'] },
    test: { en: 'a nerve conduction study', de: 'eine Nervenleitgeschwindigkeitsmessung', fr: 'un EMG', es: 'un electromiograma', nl: 'een EMG' },
    tx: { en: 'a wrist splint, ergonomic changes or surgery', de: 'eine Handgelenksschiene, ergonomische Anpassungen oder eine OP', fr: 'une attelle, des aménagements ergonomiques ou une chirurgie', es: 'una férula, cambios ergonómicos o cirugía', nl: 'een polsspalk, ergonomische aanpassingen of een operatie' } },
];
const medicalExplanation: Family = (rng, lang) => {
  const i = rng.pick(INFO);
  const s = rng.shuffle(i.symptoms[lang]).slice(0, 3);
  const T: L5 = {
    en: `${i.name.en} is a common condition. Typical symptoms include ${s[0]}, ${s[1]} and ${s[2]}. It is usually diagnosed with ${i.test.en}. Treatment depends on severity and often includes ${i.tx.en}. See your doctor if symptoms persist.`,
    de: `${i.name.de} ist eine häufige Erkrankung. Typische Beschwerden sind ${s[0]}, ${s[1]} und ${s[2]}. Die Diagnose erfolgt meist über ${i.test.de}. Die Behandlung richtet sich nach dem Schweregrad und umfasst oft ${i.tx.de}. Bei anhaltenden Beschwerden ärztlichen Rat einholen.`,
    fr: `${i.name.fr} est une affection fréquente. Les symptômes typiques sont ${s[0]}, ${s[1]} et ${s[2]}. Le diagnostic repose généralement sur ${i.test.fr}. Le traitement dépend de la sévérité et comprend souvent ${i.tx.fr}. Consultez votre médecin si les symptômes persistent.`,
    es: `${i.name.es} es una afección frecuente. Los síntomas típicos son ${s[0]}, ${s[1]} y ${s[2]}. Suele diagnosticarse con ${i.test.es}. El tratamiento depende de la gravedad e incluye a menudo ${i.tx.es}. Consulte a su médico si los síntomas persisten.`,
    nl: `${i.name.nl} komt vaak voor. Typische klachten zijn ${s[0]}, ${s[1]} en ${s[2]}. De diagnose wordt meestal gesteld met ${i.test.nl}. De behandeling hangt af van de ernst en bestaat vaak uit ${i.tx.nl}. Ga naar de huisarts als de klachten aanhouden.`,
  };
  const src: L5<string[]> = {
    en: ['(from the public health leaflet)', '(wellbeing newsletter draft)', ''], de: ['(aus der Patientenbroschüre)', '(Entwurf für den Gesundheits-Newsletter)', ''],
    fr: ['(extrait de la brochure grand public)', '(brouillon pour la newsletter bien-être)', ''], es: ['(del folleto informativo)', '(borrador para el boletín de bienestar)', ''], nl: ['(uit de patiëntenfolder)', '(concept voor de vitaliteitsnieuwsbrief)', ''],
  };
  const ask: L5<string[]> = {
    en: [`Explain in simple terms what ${i.test.en.replace(/^an? /, '')} measures.`, `What's the difference between type 1 and type 2 diabetes?`, 'How does a beta blocker work?', 'What does a high CRP usually indicate?'],
    de: ['Erklär einfach, was der HbA1c-Wert misst.', 'Was ist der Unterschied zwischen Typ-1- und Typ-2-Diabetes?', 'Wie wirkt ein Betablocker?', 'Was bedeutet ein erhöhter CRP-Wert allgemein?'],
    fr: ["Explique simplement ce que mesure l'HbA1c.", 'Quelle différence entre diabète de type 1 et de type 2 ?', 'Comment agit un bêtabloquant ?', 'Que signifie en général une CRP élevée ?'],
    es: ['Explica de forma sencilla qué mide la HbA1c.', '¿Qué diferencia hay entre la diabetes tipo 1 y tipo 2?', '¿Cómo funciona un betabloqueante?', '¿Qué suele indicar una PCR alta?'],
    nl: ['Leg simpel uit wat HbA1c meet.', 'Wat is het verschil tussen diabetes type 1 en type 2?', 'Hoe werkt een bètablokker?', 'Wat betekent een verhoogde CRP meestal?'],
  };
  if (rng.chance(0.3)) return q(rng, rng.pick(ask[lang]));
  return w(rng, lang, `${T[lang]} ${rng.pick(src[lang])}`.trim(), { en: ['this leaflet text'], de: ['den Infotext'], fr: ['ce texte informatif'], es: ['este texto informativo'], nl: ['deze foldertekst'] });
};

const healthWorkplace: Family = (rng, lang) => {
  const d = date(rng, lang);
  const room = rng.pick(['3.14', 'B-201', 'Atrium', 'Kantine', '2nd floor']);
  const T: L5<string[]> = {
    en: [`Reminder: flu vaccination day is on ${d} in room ${room}, 9:00–15:00. Free for all staff, no appointment needed. Bring your badge.`,
      `First-aid refresher course on ${d}. We still need 4 volunteers per floor — reply to this email if you're interested.`,
      'How many sick days are employees entitled to in the UK, and when do you need a fit note?', `Mental Health Awareness Week: lunchtime walk on ${d}, meet at reception at 12:30. Everyone welcome!`,
      'Ergonomics tip of the month: top of the screen at eye level, feet flat on the floor, take a short break every hour.'],
    de: [`Erinnerung: Grippeimpfung am ${d} in Raum ${room}, 9–15 Uhr. Kostenlos für alle Mitarbeitenden, ohne Termin.`, `Erste-Hilfe-Auffrischung am ${d}. Wir suchen noch 4 Ersthelfer pro Etage – bitte kurz melden.`,
      'Ab welchem Krankheitstag braucht man in Deutschland eine AU-Bescheinigung?', `Gesundheitstag am ${d}: Rückenschule, Sehtest und Obstkorb in der Kantine.`, 'Ergonomie-Tipp: Bildschirmoberkante auf Augenhöhe, Füße flach auf dem Boden, jede Stunde kurz aufstehen.'],
    fr: [`Rappel : journée de vaccination contre la grippe le ${d}, salle ${room}, de 9 h à 15 h. Gratuit, sans rendez-vous.`, `Recyclage secourisme (SST) le ${d}. Il manque encore 4 volontaires par étage.`,
      'Combien de jours de carence en cas d\'arrêt maladie dans le privé ?', `Semaine de la santé mentale : marche le midi le ${d}, rendez-vous à l'accueil à 12 h 30.`, "Astuce ergonomie : haut de l'écran à hauteur des yeux, pieds à plat, une pause toutes les heures."],
    es: [`Recordatorio: campaña de vacunación de la gripe el ${d} en la sala ${room}, de 9:00 a 15:00. Gratis y sin cita.`, `Curso de reciclaje de primeros auxilios el ${d}. Faltan 4 voluntarios por planta.`,
      '¿Cuántos días de baja se cobran al 100 % según el convenio de oficinas?', `Semana de la salud mental: paseo a mediodía el ${d}, quedamos en recepción a las 12:30.`, 'Consejo ergonómico: la parte superior de la pantalla a la altura de los ojos y una pausa cada hora.'],
    nl: [`Herinnering: griepprik op ${d} in ruimte ${room}, 9.00–15.00 uur. Gratis, geen afspraak nodig.`, `Herhalingscursus BHV op ${d}. We zoeken nog 4 vrijwilligers per verdieping.`,
      'Hoe lang moet een werkgever loon doorbetalen bij ziekte in Nederland?', `Week van de mentale gezondheid: lunchwandeling op ${d}, verzamelen bij de receptie om 12.30 uur.`, 'Ergotip: bovenkant van het scherm op ooghoogte, voeten plat op de grond, elk uur even pauze.'],
  };
  return w(rng, lang, rng.pick(T[lang]), undefined, 0.4);
};

// ---------------------------------------------------------------------------------------------------------------
// Templates with placeholders
// ---------------------------------------------------------------------------------------------------------------

const mailMerge: Family = (rng, lang) => {
  const co = company(rng, lang);
  const T: L5<string[]> = {
    en: [`Hi {{first_name}},\n\nThanks for registering for {{event_name}} on {{event_date}}. Your ticket number is {{ticket_id}}.\n\nSee you there,\nThe ${co} team`,
      `Dear {{salutation}} {{last_name}},\n\nThis is a friendly reminder that invoice {{invoice_number}} for {{amount_due}} is due on {{due_date}}. If you have already paid, please ignore this message.\n\nKind regards,\n{{sender_name}}`,
      `Subject: Welcome to ${co}, {{first_name}}!\n\nYour account {{username}} is ready. Your manager {{manager_name}} will meet you on {{start_date}} at {{office_location}}.`],
    de: [`Hallo {{vorname}},\n\nvielen Dank für deine Anmeldung zu {{veranstaltung}} am {{datum}}. Deine Ticketnummer: {{ticket_nr}}.\n\nViele Grüße\nDein ${co}-Team`,
      `Sehr geehrte/r {{anrede}} {{nachname}},\n\nwir möchten Sie freundlich daran erinnern, dass die Rechnung {{rechnungsnummer}} über {{betrag}} am {{faellig_am}} fällig ist.\n\nMit freundlichen Grüßen\n{{absender}}`,
      `Betreff: Willkommen bei ${co}, {{vorname}}!\n\nDein Account {{benutzername}} ist eingerichtet. {{fuehrungskraft}} erwartet dich am {{startdatum}} in {{standort}}.`],
    fr: [`Bonjour {{prenom}},\n\nMerci pour votre inscription à {{evenement}} le {{date}}. Votre numéro de billet : {{billet_id}}.\n\nÀ bientôt,\nL'équipe ${co}`,
      `{{civilite}} {{nom}},\n\nNous vous rappelons que la facture {{numero_facture}} d'un montant de {{montant}} arrive à échéance le {{echeance}}.\n\nCordialement,\n{{expediteur}}`,
      `Objet : Bienvenue chez ${co}, {{prenom}} !\n\nVotre compte {{identifiant}} est prêt. {{manager}} vous accueillera le {{date_arrivee}} à {{site}}.`],
    es: [`Hola {{nombre}}:\n\nGracias por inscribirte en {{evento}} el {{fecha}}. Tu número de entrada es {{id_entrada}}.\n\nUn saludo,\nEl equipo de ${co}`,
      `Estimado/a {{tratamiento}} {{apellido}}:\n\nLe recordamos que la factura {{numero_factura}} por importe de {{importe}} vence el {{fecha_vencimiento}}.\n\nAtentamente,\n{{remitente}}`,
      `Asunto: ¡Bienvenido/a a ${co}, {{nombre}}!\n\nTu cuenta {{usuario}} ya está activa. {{responsable}} te espera el {{fecha_inicio}} en {{oficina}}.`],
    nl: [`Hoi {{voornaam}},\n\nBedankt voor je aanmelding voor {{evenement}} op {{datum}}. Je ticketnummer is {{ticket_id}}.\n\nTot dan,\nTeam ${co}`,
      `Geachte {{aanhef}} {{achternaam}},\n\nGraag herinneren wij u eraan dat factuur {{factuurnummer}} van {{bedrag}} uiterlijk {{vervaldatum}} betaald moet zijn.\n\nMet vriendelijke groet,\n{{afzender}}`,
      `Onderwerp: Welkom bij ${co}, {{voornaam}}!\n\nJe account {{gebruikersnaam}} staat klaar. {{leidinggevende}} verwacht je op {{startdatum}} in {{vestiging}}.`],
  };
  return w(rng, lang, rng.pick(T[lang]), { en: ['this mail-merge template', 'this template'], de: ['die Serienbrief-Vorlage'], fr: ['ce modèle de mail'], es: ['esta plantilla'], nl: ['dit sjabloon'] });
};

const emptyTemplate: Family = (rng, lang) => {
  const L: L5<[string, string[], string[], string]> = {
    en: ['INVOICE', ['Invoice no.: [INV-0000]', 'Date: [DD/MM/YYYY]', 'Bill to: [Client name, address]', 'Due date: [ ]'], ['Description', 'Qty', 'Unit price', 'Total'], 'Payment: [Bank name] · IBAN: [your IBAN] · BIC: [ ]\nThank you for your business!'],
    de: ['RECHNUNG', ['Rechnungsnr.: [___]', 'Rechnungsdatum: [TT.MM.JJJJ]', 'Kunde: [Name, Anschrift]', 'Leistungszeitraum: [ ]'], ['Beschreibung', 'Menge', 'Einzelpreis', 'Gesamt'], 'Bankverbindung: [Bank] · IBAN: [IBAN eintragen] · BIC: [ ]\nZahlbar innerhalb von 14 Tagen.'],
    fr: ['FACTURE', ['N° de facture : [____]', 'Date : [JJ/MM/AAAA]', 'Client : [Nom, adresse]', "Date d'échéance : [ ]"], ['Désignation', 'Qté', 'Prix unitaire HT', 'Total HT'], 'Règlement : [Banque] · IBAN : [votre IBAN] · BIC : [ ]\nTVA non applicable, art. 293 B du CGI (à adapter)'],
    es: ['FACTURA', ['Nº de factura: [____]', 'Fecha: [DD/MM/AAAA]', 'Cliente: [Nombre, dirección, NIF]', 'Vencimiento: [ ]'], ['Concepto', 'Cant.', 'Precio unitario', 'Total'], 'Forma de pago: transferencia a [IBAN]\nIVA: [ ] %'],
    nl: ['FACTUUR', ['Factuurnummer: [____]', 'Factuurdatum: [DD-MM-JJJJ]', 'Klant: [Naam, adres]', 'Vervaldatum: [ ]'], ['Omschrijving', 'Aantal', 'Prijs per stuk', 'Totaal'], 'Graag betalen op [IBAN] t.n.v. [bedrijfsnaam] o.v.v. het factuurnummer.'],
  };
  const M: L5<[string, string[], string[]]> = {
    en: ['Meeting minutes — [Team] — [Date]', ['Attendees:', 'Apologies:', 'Agenda:', '1. ', '2. ', 'Decisions:', '- '], ['Action', 'Owner', 'Due']],
    de: ['Protokoll – [Team] – [Datum]', ['Teilnehmende:', 'Entschuldigt:', 'Tagesordnung:', '1. ', '2. ', 'Beschlüsse:', '- '], ['Aufgabe', 'Verantwortlich', 'Bis']],
    fr: ['Compte rendu de réunion — [Équipe] — [Date]', ['Présents :', 'Excusés :', 'Ordre du jour :', '1. ', '2. ', 'Décisions :', '- '], ['Action', 'Responsable', 'Échéance']],
    es: ['Acta de reunión — [Equipo] — [Fecha]', ['Asistentes:', 'Excusan asistencia:', 'Orden del día:', '1. ', '2. ', 'Acuerdos:', '- '], ['Tarea', 'Responsable', 'Fecha']],
    nl: ['Notulen – [Team] – [Datum]', ['Aanwezig:', 'Afwezig:', 'Agenda:', '1. ', '2. ', 'Besluiten:', '- '], ['Actie', 'Eigenaar', 'Deadline']],
  };
  let body: string;
  const v = rng.next();
  if (v < 0.25) return expenseTemplate(rng, lang);
  if (v < 0.65) {
    const [t, head, cols, foot] = L[lang];
    const rows = Array.from({ length: rng.int(1, 3) }, () => cols.map(() => rng.pick(['', '[ ]', '…', '0,00'])));
    body = `${t}\n${(rng.chance(0.5) ? `${company(rng, lang)}\n` : '[Company name]\n')}${head.join('\n')}\n\n${table(rng, cols, rows, lang)}\n\n${foot}`;
  } else {
    const [t, lines, cols] = M[lang];
    body = `${t}\n${lines.join('\n')}\n\n${table(rng, cols, [cols.map(() => '[ ]'), cols.map(() => '[ ]')], lang)}`;
  }
  const extra: L5<string[]> = {
    en: ['Can you improve the layout of this template?', 'Is anything missing from this blank template?', 'Make this template look more professional.'],
    de: ['Kannst du die Vorlage übersichtlicher machen?', 'Fehlt in dieser leeren Vorlage etwas?'], fr: ['Tu peux améliorer la mise en page de ce modèle vierge ?', 'Il manque quelque chose dans ce modèle ?'],
    es: ['¿Puedes mejorar el formato de esta plantilla vacía?', '¿Falta algo en esta plantilla?'], nl: ['Kun je de opmaak van dit lege sjabloon verbeteren?', 'Mist er iets in dit sjabloon?'],
  };
  return rng.chance(0.5) ? `${rng.pick(extra[lang])}\n\n${body}` : w(rng, lang, body, { en: ['this template'], de: ['die Vorlage'], fr: ['ce modèle'], es: ['esta plantilla'], nl: ['dit sjabloon'] });
};

// ---------------------------------------------------------------------------------------------------------------
// Source-code look-alikes: .env.example, one-liners, config, logs, prose questions
// ---------------------------------------------------------------------------------------------------------------

const ASK_TECH: L5<string[]> = {
  en: ['What does this do?', 'Why does this fail?', 'Can you explain this line by line?', 'Is this correct?', 'How do I fix this?', 'any idea what is wrong here?'],
  de: ['Was macht das?', 'Warum schlägt das fehl?', 'Kannst du mir das Zeile für Zeile erklären?', 'Ist das so richtig?', 'Wie behebe ich das?', 'weiß jemand, was hier falsch ist?'],
  fr: ['Ça fait quoi ?', 'Pourquoi ça plante ?', 'Tu peux expliquer ligne par ligne ?', "C'est correct ?", 'Comment je corrige ça ?', 'une idée de ce qui cloche ?'],
  es: ['¿Qué hace esto?', '¿Por qué falla?', '¿Me lo explicas línea por línea?', '¿Está bien así?', '¿Cómo lo arreglo?', '¿alguna idea de qué falla?'],
  nl: ['Wat doet dit?', 'Waarom faalt dit?', 'Kun je dit regel voor regel uitleggen?', 'Klopt dit zo?', 'Hoe los ik dit op?', 'iemand een idee wat hier misgaat?'],
};
const tech = (rng: Rng, lang: Lang, body: string, fence: boolean) => {
  const b = fence && rng.chance(0.5) ? `\`\`\`\n${body}\n\`\`\`` : body;
  if (rng.chance(0.5)) {
    const a = casual(rng, rng.pick(ASK_TECH[lang]), 0.1);
    return rng.chance(0.7) ? `${a}\n\n${b}` : `${b}\n\n${a}`;
  }
  return w(rng, lang, b, undefined, 0.15);
};

const envExample: Family = (rng, lang) => {
  const app = rng.pick(['myapp', 'shop', 'api', 'portal', 'billing_service', 'blog']);
  const pool = [
    `APP_NAME=${app}`, 'APP_ENV=development', 'APP_DEBUG=true', `APP_URL=http://localhost:${rng.pick([3000, 8000, 8080, 5173])}`, 'LOG_LEVEL=debug',
    'DB_HOST=localhost', 'DB_PORT=5432', `DB_DATABASE=${app}_dev`, 'DB_USERNAME=', 'DB_PASSWORD=', 'REDIS_HOST=127.0.0.1', 'REDIS_PORT=6379',
    'API_KEY=your-api-key-here', 'STRIPE_SECRET_KEY=<your-stripe-key>', 'SMTP_HOST=smtp.example.com', 'SMTP_USER=changeme', 'SMTP_PASSWORD=changeme',
    'JWT_SECRET=replace-me', 'OPENAI_API_KEY=', 'SENTRY_DSN=', 'S3_BUCKET=my-bucket', 'AWS_REGION=eu-central-1', 'FEATURE_NEW_CHECKOUT=false', 'TZ=Europe/Berlin',
  ];
  const lines = rng.shuffle(pool).slice(0, rng.int(5, 12));
  const head = rng.pick(['# .env.example — copy to .env and fill in', '# Example environment, do not put real values here', '', '# copy this file to .env']);
  const body = `${head ? `${head}\n` : ''}${lines.join('\n')}`;
  const ask: L5<string[]> = {
    en: ['Write a README section explaining each variable in this .env.example.', 'Which of these are required for local dev?'], de: ['Schreib einen README-Abschnitt, der jede Variable in der .env.example erklärt.', 'Welche davon brauche ich lokal?'],
    fr: ['Rédige une section README qui explique chaque variable du .env.example.', 'Lesquelles sont obligatoires en local ?'], es: ['Escribe una sección del README que explique cada variable del .env.example.', '¿Cuáles son obligatorias en local?'],
    nl: ['Schrijf een README-sectie die elke variabele in deze .env.example uitlegt.', 'Welke heb ik lokaal nodig?'],
  };
  return rng.chance(0.4) ? `${rng.pick(ask[lang])}\n\n${body}` : tech(rng, lang, body, true);
};

const CMDS = [
  'git rebase -i HEAD~3', 'kubectl get pods -n staging', 'docker compose up -d --build', 'git log --oneline --graph --all', 'npm ci --omit=dev', 'ls -lah /var/log',
  'grep -rn "TODO" src/', 'find . -name "*.log" -mtime +7 -delete', 'chmod +x deploy.sh', 'tar -czvf backup.tar.gz ./data', 'kubectl logs -f deploy/web -n prod --tail=100',
  'git stash pop', 'git cherry-pick a1b2c3d', 'pip install -r requirements.txt', 'python -m venv .venv', 'terraform plan -out=tfplan', 'ssh -L 5432:localhost:5432 bastion',
  'curl -I https://example.com', 'df -h', 'du -sh * | sort -h', 'systemctl restart nginx', 'journalctl -u nginx --since today', 'docker system prune -a',
  'git reset --soft HEAD~1', 'npx tsc --noEmit', 'helm upgrade --install web ./chart -n staging', 'aws s3 ls s3://my-bucket/', 'ps aux | grep node', 'sed -i "s/foo/bar/g" file.txt',
];
const cliOneLiner: Family = (rng, lang) => {
  const c = rng.pick(CMDS);
  const T: L5<string[]> = {
    en: ['What does `{c}` do?', 'is `{c}` safe to run on prod?', 'I ran {c} and got "permission denied", why?', 'Explain each flag in: {c}', 'what is the PowerShell equivalent of `{c}`?', '{c}\n\n^ what does this do'],
    de: ['Was macht `{c}`?', 'Kann ich `{c}` gefahrlos auf Prod ausführen?', 'Bei {c} bekomme ich "permission denied", warum?', 'Erklär mir jede Option in: {c}', 'Was ist das PowerShell-Äquivalent zu `{c}`?'],
    fr: ['Que fait `{c}` ?', 'Je peux lancer `{c}` en prod sans risque ?', 'Avec {c} j\'ai "permission denied", pourquoi ?', 'Explique chaque option de : {c}', "C'est quoi l'équivalent PowerShell de `{c}` ?"],
    es: ['¿Qué hace `{c}`?', '¿Es seguro ejecutar `{c}` en producción?', 'Al ejecutar {c} me sale "permission denied", ¿por qué?', 'Explica cada opción de: {c}', '¿Cuál es el equivalente en PowerShell de `{c}`?'],
    nl: ['Wat doet `{c}`?', 'Kan ik `{c}` veilig op productie draaien?', 'Bij {c} krijg ik "permission denied", waarom?', 'Leg elke optie uit in: {c}', 'Wat is het PowerShell-equivalent van `{c}`?'],
  };
  return q(rng, fill(rng.pick(T[lang]), { c }));
};

const configSnippet: Family = (rng, lang) => {
  const name = rng.pick(['web', 'api', 'worker', 'frontend', 'orders', 'search']);
  const port = rng.pick([80, 3000, 8080, 8000, 9000]);
  const v = rng.int(0, 5);
  let body: string;
  if (v === 0) {
    body = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name}\nspec:\n  replicas: ${rng.int(1, 5)}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: ${name}\n          image: registry.example.com/${name}:${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}\n          ports:\n            - containerPort: ${port}\n          resources:\n            limits:\n              memory: "${rng.pick([128, 256, 512])}Mi"`;
  } else if (v === 1) {
    body = `name: CI\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ${rng.pick([18, 20, 22])}\n      - run: npm ci\n      - run: npm test`;
  } else if (v === 2) {
    body = `{\n  "name": "${name}",\n  "version": "${rng.int(0, 3)}.${rng.int(0, 20)}.${rng.int(0, 9)}",\n  "private": true,\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc && vite build",\n    "test": "vitest run"\n  },\n  "dependencies": {\n    "react": "^18.${rng.int(0, 3)}.0"\n  }\n}`;
  } else if (v === 3) {
    body = `[server]\nhost = 0.0.0.0\nport = ${port}\nworkers = ${rng.int(2, 16)}\n\n[logging]\nlevel = ${rng.pick(['info', 'debug', 'warning'])}\nfile = /var/log/${name}.log\n\n[cache]\nenabled = true\nttl_seconds = ${rng.pick([60, 300, 3600])}`;
  } else if (v === 4) {
    body = `services:\n  ${name}:\n    build: .\n    ports:\n      - "${port}:${port}"\n    depends_on:\n      - db\n  db:\n    image: postgres:${rng.pick([14, 15, 16])}\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:`;
  } else {
    body = `root = true\n\n[*]\nindent_style = space\nindent_size = ${rng.pick([2, 4])}\nend_of_line = lf\ncharset = utf-8\ntrim_trailing_whitespace = true\ninsert_final_newline = true\n\n[*.md]\ntrim_trailing_whitespace = false`;
  }
  return tech(rng, lang, body, true);
};

const logTrace: Family = (rng, lang) => {
  const ts = () => `2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.${rng.int(100, 999)}Z`;
  const ip = () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const v = rng.int(0, 4);
  let body: string;
  if (v === 0) {
    const cls = rng.pick(['OrderService', 'UserController', 'InvoiceMapper', 'ReportJob']);
    body = `Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.example.${cls.toLowerCase()}.${cls}.validate(${cls}.java:${rng.int(20, 400)})\n\tat com.example.${cls.toLowerCase()}.${cls}.process(${cls}.java:${rng.int(20, 400)})\n\tat com.example.App.main(App.java:${rng.int(10, 60)})`;
  } else if (v === 1) {
    body = `Traceback (most recent call last):\n  File "/app/main.py", line ${rng.int(10, 200)}, in <module>\n    run()\n  File "/app/jobs/${rng.pick(['sync', 'export', 'import_csv'])}.py", line ${rng.int(10, 200)}, in run\n    rows = load(path)\n${rng.pick(['KeyError: \'date\'', 'FileNotFoundError: [Errno 2] No such file or directory: \'data/input.csv\'', 'TypeError: \'NoneType\' object is not subscriptable'])}`;
  } else if (v === 2) {
    body = Array.from({ length: rng.int(3, 7) }, () => `${ip()} - - [${String(rng.int(1, 28)).padStart(2, '0')}/Mar/2025:${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(10, 59))}:${String(rng.int(10, 59))} +0000] "${rng.pick(['GET', 'POST'])} ${rng.pick(['/api/health', '/login', '/static/app.js', '/api/orders'])} HTTP/1.1" ${rng.pick([200, 200, 301, 404, 502])} ${rng.int(0, 9000)} "-" "Mozilla/5.0"`).join('\n');
  } else if (v === 3) {
    body = Array.from({ length: rng.int(3, 8) }, () => `${ts()} ${rng.pick(['INFO ', 'WARN ', 'ERROR', 'DEBUG'])} [${rng.pick(['http', 'db', 'scheduler', 'cache'])}] ${rng.pick(['request completed in 231ms', 'connection pool exhausted, retrying', 'cache miss for key products:list', 'job nightly-export started', 'upstream timed out after 30000ms', 'health check ok'])}`).join('\n');
  } else {
    body = `TypeError: Cannot read properties of undefined (reading '${rng.pick(['map', 'length', 'id', 'then'])}')\n    at ${rng.pick(['renderList', 'fetchOrders', 'onSubmit'])} (webpack-internal:///./src/components/${rng.pick(['List', 'Cart', 'Form'])}.tsx:${rng.int(10, 99)}:${rng.int(5, 40)})\n    at processChild (node_modules/react-dom/cjs/react-dom.development.js:${rng.int(1000, 9999)}:14)`;
  }
  return tech(rng, lang, body, true);
};

const codeProse: Family = (rng, lang) => {
  const lng = rng.pick(['Python', 'TypeScript', 'Java', 'Go', 'C#', 'Kotlin', 'JavaScript', 'Rust']);
  const T: L5<string[]> = {
    en: [`What's the difference between an interface and a type alias in TypeScript?`, `How do I reverse a list in ${lng}?`, `Write a ${lng} function that checks whether a string is a palindrome.`, `Explain recursion with a simple example in ${lng}.`,
      `When should I use a LEFT JOIN instead of an INNER JOIN?`, `What's a good folder structure for a small ${lng} project?`, `Why is my for loop off by one? I start at 1 and stop at <= length.`, `Is ${lng} a good first language for a data analyst?`],
    de: ['Was ist der Unterschied zwischen interface und type in TypeScript?', `Wie drehe ich eine Liste in ${lng} um?`, `Schreib eine ${lng}-Funktion, die prüft, ob ein String ein Palindrom ist.`, `Erklär Rekursion mit einem einfachen Beispiel in ${lng}.`,
      'Wann nehme ich einen LEFT JOIN statt INNER JOIN?', `Welche Ordnerstruktur passt für ein kleines ${lng}-Projekt?`, `Ist ${lng} eine gute erste Sprache für Datenanalyse?`],
    fr: ["Quelle différence entre interface et type en TypeScript ?", `Comment inverser une liste en ${lng} ?`, `Écris une fonction ${lng} qui vérifie si une chaîne est un palindrome.`, `Explique la récursivité avec un exemple simple en ${lng}.`,
      'Quand utiliser un LEFT JOIN plutôt qu\'un INNER JOIN ?', `Quelle arborescence pour un petit projet ${lng} ?`, `${lng} est-il un bon premier langage pour un data analyst ?`],
    es: ['¿Qué diferencia hay entre interface y type en TypeScript?', `¿Cómo invierto una lista en ${lng}?`, `Escribe una función en ${lng} que compruebe si una cadena es un palíndromo.`, `Explícame la recursividad con un ejemplo sencillo en ${lng}.`,
      '¿Cuándo uso LEFT JOIN en vez de INNER JOIN?', `¿Qué estructura de carpetas recomiendas para un proyecto pequeño en ${lng}?`, `¿${lng} es buen primer lenguaje para análisis de datos?`],
    nl: ['Wat is het verschil tussen interface en type in TypeScript?', `Hoe draai ik een lijst om in ${lng}?`, `Schrijf een ${lng}-functie die controleert of een string een palindroom is.`, `Leg recursie uit met een simpel voorbeeld in ${lng}.`,
      'Wanneer gebruik ik een LEFT JOIN in plaats van een INNER JOIN?', `Welke mappenstructuur past bij een klein ${lng}-project?`, `Is ${lng} een goede eerste taal voor een data-analist?`],
  };
  return q(rng, rng.pick(T[lang]));
};

// ---------------------------------------------------------------------------------------------------------------
// Generic workplace prompts and writing help
// ---------------------------------------------------------------------------------------------------------------

const workplace: Family = (rng, lang) => {
  const me = firstName(rng, lang);
  const other = firstName(rng, lang);
  const d = date(rng, lang);
  const c = city(rng, lang);
  const T: L5<string[]> = {
    en: [`Hi all, team lunch on ${d} at ${rng.pick(['12:00', '12:30', '13:00'])} at the pizza place near the office. Please vote in the poll by Wednesday! ${me}`,
      `Thanks for your email. I'm out of the office until ${d} with limited access to email. For urgent matters please contact ${other}.`,
      `Write a short cover letter for a ${rng.pick(['junior marketing', 'customer support', 'logistics coordinator'])} role. I have ${rng.int(1, 8)} years of experience and I'm good with people.`,
      `What's the cheapest way to get from ${c} airport to the city centre? Arriving around ${rng.int(6, 23)}:00 for a conference.`,
      `Suggest 5 fun icebreaker questions for a team offsite in ${month(rng, lang)}.`, `Can you write a friendly reminder that the kitchen fridge gets cleared every Friday?`],
    de: [`Hallo zusammen, Teamessen am ${d} um ${rng.pick(['12:00', '12:30', '13:00'])} beim Italiener um die Ecke. Bitte bis Mittwoch in der Umfrage abstimmen! ${me}`,
      `Vielen Dank für Ihre Nachricht. Ich bin bis ${d} nicht im Büro und lese meine E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich bitte an ${other}.`,
      `Schreib ein kurzes Anschreiben für eine Stelle als ${rng.pick(['Sachbearbeiter/in', 'Kundenberater/in', 'Logistikkoordinator/in'])}, ich habe ${rng.int(1, 8)} Jahre Berufserfahrung.`,
      `Wie komme ich am günstigsten vom Flughafen ${c} in die Innenstadt? Ich lande gegen ${rng.int(6, 23)} Uhr.`, `Schlag 5 lustige Kennenlernfragen für unser Teamevent im ${month(rng, lang)} vor.`,
      'Formulier eine freundliche Erinnerung, dass der Kühlschrank in der Teeküche jeden Freitag geleert wird.'],
    fr: [`Salut à tous, déjeuner d'équipe le ${d} à ${rng.pick(['12 h', '12 h 30', '13 h'])} à la pizzeria d'à côté. Votez dans le sondage avant mercredi ! ${me}`,
      `Merci pour votre message. Je suis absent(e) jusqu'au ${d} avec un accès limité à mes e-mails. En cas d'urgence, contactez ${other}.`,
      `Rédige une lettre de motivation courte pour un poste de ${rng.pick(['chargé(e) de clientèle', 'assistant(e) logistique', 'commercial(e) junior'])}, j'ai ${rng.int(1, 8)} ans d'expérience.`,
      `Comment aller le moins cher de l'aéroport de ${c} au centre-ville ? J'arrive vers ${rng.int(6, 23)} h.`, `Propose 5 questions brise-glace pour un séminaire d'équipe en ${month(rng, lang)}.`,
      'Écris un rappel sympa : le frigo de la cuisine est vidé tous les vendredis.'],
    es: [`Hola a todos: comida de equipo el ${d} a las ${rng.pick(['13:30', '14:00', '14:30'])} en el bar de al lado. ¡Votad en la encuesta antes del miércoles! ${me}`,
      `Gracias por su mensaje. Estoy fuera de la oficina hasta el ${d} con acceso limitado al correo. Para asuntos urgentes, contacte con ${other}.`,
      `Escríbeme una carta de presentación breve para un puesto de ${rng.pick(['atención al cliente', 'coordinador/a de logística', 'comercial junior'])}; tengo ${rng.int(1, 8)} años de experiencia.`,
      `¿Cuál es la forma más barata de ir del aeropuerto de ${c} al centro? Llego sobre las ${rng.int(6, 23)}:00.`, `Propón 5 preguntas para romper el hielo en la jornada de equipo de ${month(rng, lang)}.`,
      'Redacta un recordatorio amable: la nevera de la cocina se vacía todos los viernes.'],
    nl: [`Hoi allemaal, teamlunch op ${d} om ${rng.pick(['12.00', '12.30', '13.00'])} uur bij de pizzeria om de hoek. Stem even in de poll vóór woensdag! ${me}`,
      `Bedankt voor je bericht. Ik ben tot en met ${d} afwezig en lees beperkt mail. Voor dringende zaken kun je terecht bij ${other}.`,
      `Schrijf een korte motivatiebrief voor een functie als ${rng.pick(['klantenservicemedewerker', 'logistiek coördinator', 'junior marketeer'])}, ik heb ${rng.int(1, 8)} jaar ervaring.`,
      `Wat is de goedkoopste manier om van het vliegveld naar het centrum van ${c} te komen? Ik land rond ${rng.int(6, 23)}.00 uur.`, `Bedenk 5 leuke kennismakingsvragen voor onze teamdag in ${month(rng, lang)}.`,
      'Schrijf een vriendelijke herinnering dat de koelkast in de pantry elke vrijdag wordt leeggemaakt.'],
  };
  return w(rng, lang, rng.pick(T[lang]), undefined, 0.6);
};

const writingHelp: Family = (rng, lang) => {
  const who = personName(rng, lang);
  const team = rng.pick(['marketing', 'support', 'finance', 'IT', 'sales']);
  const T: L5<string[]> = {
    en: [`Thank you all for comming to the summer BBQ yesterday, it was realy great to see so many of you their. Special thanks to ${who} for organising the games.`,
      `We are happy to welcome ${who} who is joining the ${team} team on monday. Please say hello when you see them in the office!`,
      `The office will be closed on the public holiday, please make sure you take your plants home if you are away for longer then a week.`,
      `Our new coffee machine has arrived! Please read the instructions next to it befor using it and dont forget to descale every month.`],
    de: [`Vielen dank an alle die gestern beim Sommerfest waren, es war wirklich schön das so viele da waren. Besonderen Dank an ${who} für die Organisation der Spiele.`,
      `Wir freuen uns, ${who} ab Montag im ${team}-Team begrüssen zu dürfen. Sagt gerne hallo wenn ihr sie oder ihn im Büro seht!`,
      'Das Büro bleibt am Feiertag geschlossen, bitte nehmt eure Pflanzen mit nach hause wenn ihr länger als eine Woche weg seit.',
      'Die neue Kaffeemaschine ist da! Bitte lest die Anleitung bevor ihr sie benutzt und vergesst nicht sie einmal im Monat zu entkalken.'],
    fr: [`Merci a tous d'être venu au barbecue d'hier, c'était vraiment super de vous voir aussi nombreux. Un grand merci à ${who} pour l'organisation des jeux.`,
      `Nous somme heureux d'accueillir ${who} qui rejoint l'équipe ${team} lundi. N'hésitez pas a lui dire bonjour !`,
      "Le bureau sera fermé le jour férié, pensez a ramener vos plantes si vous partez plus d'une semaine.",
      'La nouvelle machine à café est arrivé ! Merci de lire la notice avant de l\'utiliser et de la détartrer chaque mois.'],
    es: [`Gracias a todos por venir a la barbacoa de ayer, fue genial ver a tantos de vosotros hay. Gracias especialmente a ${who} por organizar los juegos.`,
      `Estamos encantados de dar la bienvenida a ${who}, que se incorpora al equipo de ${team} el lunes. ¡Pasad a saludar!`,
      'La oficina estara cerrada el dia festivo, acordaos de llevaros las plantas si vais a estar fuera mas de una semana.',
      '¡Ha llegado la nueva cafetera! Leed las instrucciones antes de usarla y no olvideis descalcificarla cada mes.'],
    nl: [`Bedankt allemaal voor het komen naar de BBQ van gisteren, het was echt leuk om zoveel van jullie te zien. Speciale dank aan ${who} voor het organiseren van de spelletjes.`,
      `We verwelkomen ${who}, die maandag bij het ${team}-team begint. Zeg gerust even hallo!`,
      'Het kantoor is dicht op de feestdag, neem je planten mee naar huis als je langer dan een week weg bent.',
      'De nieuwe koffiemachine is er! Lees de handleiding voordat je hem gebruikt en vergeet niet om hem elke maand te ontkalken.'],
  };
  let body = rng.pick(T[lang]);
  if (rng.chance(0.3)) body = typo(rng, body);
  const ask: L5<string[]> = {
    en: ['Fix the spelling and grammar:', 'Can you make this sound friendlier?', 'Proofread please', 'Make this more concise for Slack'], de: ['Bitte Rechtschreibung und Grammatik korrigieren:', 'Kannst du das freundlicher formulieren?', 'Korrekturlesen bitte'],
    fr: ["Corrige l'orthographe stp :", 'Tu peux rendre ça plus chaleureux ?', 'Relecture svp'], es: ['Corrige la ortografía, por favor:', '¿Puedes hacerlo más cercano?', 'Revísalo porfa'], nl: ['Verbeter de spelling en grammatica:', 'Kun je dit vriendelijker maken?', 'Even nakijken graag'],
  };
  return rng.chance(0.5) ? `${rng.pick(ask[lang])}\n\n${body}` : w(rng, lang, body, undefined, 0.1);
};

/** An expense-claim sheet with one example row: a financial-looking table with nothing real in it. */
const expenseTemplate: Family = (rng, lang) => {
  const H: L5<string[]> = {
    en: ['Date', 'Description', 'Category', 'Amount', 'Receipt'], de: ['Datum', 'Beschreibung', 'Kategorie', 'Betrag', 'Beleg'], fr: ['Date', 'Description', 'Catégorie', 'Montant', 'Justificatif'],
    es: ['Fecha', 'Concepto', 'Categoría', 'Importe', 'Ticket'], nl: ['Datum', 'Omschrijving', 'Categorie', 'Bedrag', 'Bon'],
  };
  const ex: L5<string[]> = {
    en: ['Train ticket (example)', 'Hotel (example)', 'Taxi (example)'], de: ['Bahnticket (Beispiel)', 'Hotel (Beispiel)', 'Taxi (Beispiel)'], fr: ['Billet de train (exemple)', 'Hôtel (exemple)', 'Taxi (exemple)'],
    es: ['Billete de tren (ejemplo)', 'Hotel (ejemplo)', 'Taxi (ejemplo)'], nl: ['Treinkaartje (voorbeeld)', 'Hotel (voorbeeld)', 'Taxi (voorbeeld)'],
  };
  const rows = [[numDate(rng, lang), rng.pick(ex[lang]), '…', money(rng, lang, 10, 200), '☐'], ['', '', '', '', '☐'], ['', '', '', '', '☐']];
  const title: L5 = { en: 'Expense claim template — example row only', de: 'Vorlage Reisekostenabrechnung – nur Beispielzeile', fr: 'Modèle de note de frais – ligne d\'exemple', es: 'Plantilla de hoja de gastos – fila de ejemplo', nl: 'Sjabloon declaratieformulier – alleen voorbeeldregel' };
  const ask: L5 = { en: 'How should I set up formulas for this sheet in Excel?', de: 'Wie baue ich dafür in Excel die Formeln?', fr: 'Comment mettre les formules dans Excel pour ce tableau ?', es: '¿Cómo pongo las fórmulas en Excel para esta hoja?', nl: 'Hoe zet ik hier in Excel de formules voor op?' };
  return `${title[lang]}\n${table(rng, H[lang], rows, lang)}\n\n${ask[lang]}`;
};

// ---------------------------------------------------------------------------------------------------------------
// Widened look-alikes (second round): JSON configs, stack traces of every platform, one-line SQL/shell in a
// question, more finance homework and market questions, KPI/sprint tables with numbers that are not money.
// ---------------------------------------------------------------------------------------------------------------

const ident = (rng: Rng) => rng.pick(['orders', 'billing', 'catalog', 'auth', 'reporting', 'inventory', 'checkout', 'notifications', 'search', 'profile']);
const semver = (rng: Rng) => `${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 12)}`;
const jsonObj = (entries: [string, string][], indent = '  ') => `{\n${entries.map(([k, v]) => `${indent}"${k}": ${v}`).join(',\n')}\n}`;

const jsonConfig: Family = (rng, lang) => {
  const app = ident(rng);
  const port = rng.pick([3000, 5000, 5173, 8080, 8443, 9229]);
  const builders: (() => string)[] = [
    () => jsonObj([
      ['compilerOptions', `{\n    "target": "${rng.pick(['ES2020', 'ES2022', 'ESNext'])}",\n    "module": "${rng.pick(['NodeNext', 'ESNext', 'CommonJS'])}",\n    "strict": ${rng.pick(['true', 'false'])},\n    "outDir": "${rng.pick(['dist', 'build', 'lib'])}",\n    "esModuleInterop": true,\n    "skipLibCheck": true${rng.chance(0.5) ? `,\n    "paths": { "@/*": ["./src/*"] }` : ''}\n  }`],
      ['include', `["${rng.pick(['src', 'app', 'lib'])}"]`], ...(rng.chance(0.5) ? [['exclude', '["node_modules", "dist"]'] as [string, string]] : []),
    ]),
    () => jsonObj([['name', `"@acme/${app}"`], ['version', `"${semver(rng)}"`], ['type', '"module"'], ['main', `"dist/index.js"`],
      ['scripts', `{\n    "start": "node dist/index.js",\n    "lint": "eslint .",\n    "test": "${rng.pick(['jest', 'vitest run', 'mocha'])}"\n  }`],
      ['devDependencies', `{\n    "typescript": "^5.${rng.int(0, 6)}.${rng.int(0, 4)}",\n    "eslint": "^${rng.int(8, 9)}.${rng.int(0, 30)}.0"\n  }`], ['engines', `{ "node": ">=${rng.pick([18, 20, 22])}" }`]]),
    () => jsonObj([['Logging', `{\n    "LogLevel": {\n      "Default": "${rng.pick(['Information', 'Warning', 'Debug'])}",\n      "Microsoft.AspNetCore": "Warning"\n    }\n  }`], ['AllowedHosts', '"*"'],
      ['ConnectionStrings', `{\n    "DefaultConnection": "Server=(localdb)\\\\mssqllocaldb;Database=${app}_dev;Trusted_Connection=True;"\n  }`], ['FeatureFlags', `{ "NewCheckout": ${rng.pick(['true', 'false'])}, "MaxItems": ${rng.int(10, 500)} }`]]),
    () => jsonObj([['name', `"acme/${app}"`], ['type', '"project"'], ['require', `{\n    "php": "^8.${rng.int(1, 3)}",\n    "laravel/framework": "^${rng.int(10, 11)}.0",\n    "guzzlehttp/guzzle": "^7.${rng.int(2, 8)}"\n  }`],
      ['autoload', `{ "psr-4": { "App\\\\": "app/" } }`], ['minimum-stability', '"stable"']]),
    () => jsonObj([['root', 'true'], ['env', `{ "browser": true, "es2021": true, "node": ${rng.pick(['true', 'false'])} }`], ['extends', `["eslint:recommended", "${rng.pick(['plugin:react/recommended', 'plugin:@typescript-eslint/recommended', 'prettier'])}"]`],
      ['parserOptions', `{ "ecmaVersion": "latest", "sourceType": "module" }`], ['rules', `{\n    "no-unused-vars": "${rng.pick(['warn', 'error', 'off'])}",\n    "quotes": ["error", "${rng.pick(['single', 'double'])}"],\n    "semi": ["error", "always"]\n  }`]]),
    () => jsonObj([['version', '"0.2.0"'], ['configurations', `[\n    {\n      "type": "${rng.pick(['node', 'chrome', 'python', 'coreclr'])}",\n      "request": "${rng.pick(['launch', 'attach'])}",\n      "name": "Debug ${app}",\n      "program": "\${workspaceFolder}/${rng.pick(['src/index.ts', 'app.js', 'main.py'])}",\n      "port": ${port},\n      "env": { "NODE_ENV": "development" }\n    }\n  ]`]]),
    () => `{\n  "openapi": "3.0.${rng.int(0, 3)}",\n  "info": { "title": "${app} API", "version": "${semver(rng)}" },\n  "paths": {\n    "/${app}/{${app.replace(/s$/, '')}Id}": {\n      "get": {\n        "summary": "Get one ${app.replace(/s$/, '')}",\n        "parameters": [{ "name": "${app.replace(/s$/, '')}Id", "in": "path", "required": true, "schema": { "type": "string" } }],\n        "responses": { "200": { "description": "OK" }, "404": { "description": "Not found" } }\n      }\n    }\n  }\n}`,
    () => `{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "title": "${app.charAt(0).toUpperCase()}${app.slice(1)}Item",\n  "type": "object",\n  "required": ["id", "${rng.pick(['name', 'createdAt', 'status'])}"],\n  "properties": {\n    "id": { "type": "string", "format": "uuid" },\n    "status": { "enum": ["draft", "active", "archived"] },\n    "quantity": { "type": "integer", "minimum": 0, "maximum": ${rng.int(10, 1000)} }\n  },\n  "additionalProperties": ${rng.pick(['false', 'true'])}\n}`,
    () => `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "${rng.pick(['AllowRead', 'ReadOnlyBucket', 'S3List'])}",\n      "Effect": "${rng.pick(['Allow', 'Deny'])}",\n      "Action": [${rng.shuffle(['"s3:GetObject"', '"s3:ListBucket"', '"s3:PutObject"', '"logs:CreateLogStream"']).slice(0, rng.int(1, 3)).join(', ')}],\n      "Resource": ["arn:aws:s3:::${app}-${rng.pick(['assets', 'exports', 'backups'])}/*"]\n    }\n  ]\n}`,
    () => jsonObj([['editor.formatOnSave', 'true'], ['editor.tabSize', String(rng.pick([2, 4]))], ['files.exclude', '{ "**/node_modules": true, "**/dist": true }'], ['typescript.tsdk', '"node_modules/typescript/lib"'], ['[python]', `{ "editor.defaultFormatter": "ms-python.black-formatter" }`]]),
    () => jsonObj([['$schema', '"https://turbo.build/schema.json"'], ['pipeline', `{\n    "build": { "dependsOn": ["^build"], "outputs": ["dist/**"] },\n    "test": { "dependsOn": ["build"] },\n    "lint": {}\n  }`]]),
    () => jsonObj([['presets', `[["@babel/preset-env", { "targets": "> 0.25%, not dead" }], "@babel/preset-react"]`], ['plugins', '["@babel/plugin-transform-runtime"]']]),
    () => jsonObj([['extends', '["config:recommended"]'], ['schedule', `["before ${rng.int(3, 9)}am on monday"]`], ['packageRules', `[{ "matchUpdateTypes": ["minor", "patch"], "automerge": true }]`], ['timezone', `"Europe/${rng.pick(['Berlin', 'Paris', 'Madrid', 'Amsterdam'])}"`]]),
  ];
  const body = rng.pick(builders)();
  const fileName = rng.pick(['tsconfig.json', 'package.json', 'appsettings.json', 'composer.json', '.eslintrc.json', 'launch.json', 'openapi.json', 'schema.json', 'policy.json', 'settings.json', 'turbo.json', '.babelrc', 'renovate.json']);
  const ask: L5<string[]> = {
    en: [`why is my ${fileName} ignored?`, `Is this ${fileName} valid?`, 'What does each key here do?', `VS Code complains about this config, what's wrong?`, 'Can you add comments explaining this config?', 'Convert this to YAML please'],
    de: [`Warum wird meine ${fileName} ignoriert?`, `Ist diese ${fileName} gültig?`, 'Was macht jeder Schlüssel hier?', 'Kannst du die Konfiguration kommentieren?', 'Bitte in YAML umwandeln'],
    fr: [`Pourquoi mon ${fileName} est ignoré ?`, `Ce ${fileName} est valide ?`, 'À quoi sert chaque clé ici ?', 'Tu peux commenter cette config ?', 'Convertis ça en YAML stp'],
    es: [`¿Por qué se ignora mi ${fileName}?`, `¿Es válido este ${fileName}?`, '¿Qué hace cada clave?', '¿Puedes comentar esta configuración?', 'Pásalo a YAML, porfa'],
    nl: [`Waarom wordt mijn ${fileName} genegeerd?`, `Is deze ${fileName} geldig?`, 'Wat doet elke sleutel hier?', 'Kun je deze config van commentaar voorzien?', 'Zet dit om naar YAML graag'],
  };
  if (rng.chance(0.45)) {
    const a = casual(rng, rng.pick(ask[lang]), 0.1);
    const b = rng.chance(0.4) ? `\`\`\`json\n${body}\n\`\`\`` : body;
    return rng.chance(0.75) ? `${a}\n\n${b}` : `${b}\n\n${a}`;
  }
  return tech(rng, lang, body, true);
};

const stackTrace: Family = (rng, lang) => {
  const svc = ident(rng);
  const Svc = svc.charAt(0).toUpperCase() + svc.slice(1);
  const ln = () => rng.int(8, 480);
  const builders: (() => string)[] = [
    () => `System.InvalidOperationException: ${rng.pick(['Sequence contains no elements', 'Sequence contains more than one matching element', 'Nullable object must have a value.'])}\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at System.Linq.Enumerable.${rng.pick(['First', 'Single', 'Max'])}[TSource](IEnumerable\`1 source)\n   at Acme.${Svc}.Services.${Svc}Service.Get${Svc}Async(Int32 id) in C:\\src\\Acme.${Svc}\\Services\\${Svc}Service.cs:line ${ln()}\n   at Acme.${Svc}.Controllers.${Svc}Controller.Get(Int32 id) in C:\\src\\Acme.${Svc}\\Controllers\\${Svc}Controller.cs:line ${ln()}`,
    () => `Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n   at ${Svc}.Worker.ExecuteAsync(CancellationToken stoppingToken) in /app/Worker.cs:line ${ln()}\n   at Microsoft.Extensions.Hosting.Internal.Host.StartAsync(CancellationToken cancellationToken)`,
    () => `panic: runtime error: ${rng.pick(['invalid memory address or nil pointer dereference', 'index out of range [3] with length 3', 'assignment to entry in nil map'])}\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${rng.int(0x100000, 0xffffff).toString(16)}]\n\ngoroutine ${rng.int(1, 300)} [running]:\nmain.(*${Svc}Handler).ServeHTTP(0xc000${rng.int(100000, 999999)}, {0x7a4e20, 0xc0001a2000}, 0xc000${rng.int(100000, 999999)})\n\t/app/internal/${svc}/handler.go:${ln()} +0x${rng.int(16, 999).toString(16)}\nnet/http.serverHandler.ServeHTTP({0xc0000a4000?}, {0x7a4e20, 0xc0001a2000}, 0xc0000f8000)\n\t/usr/local/go/src/net/http/server.go:${rng.int(2900, 3200)} +0x8e\nexit status 2`,
    () => `${rng.pick(['TypeError', 'ReferenceError', 'RangeError'])}: ${rng.pick([`Cannot read properties of null (reading '${rng.pick(['id', 'length', 'name'])}')`, `${svc}Client is not defined`, 'Maximum call stack size exceeded', `Cannot destructure property 'data' of 'res' as it is null.`])}\n    at Object.<anonymous> (/home/dev/${svc}/${rng.pick(['index.js', 'server.js', 'app.js'])}:${ln()}:${rng.int(3, 40)})\n    at Module._compile (node:internal/modules/cjs/loader:${rng.int(1100, 1500)}:14)\n    at Module.load (node:internal/modules/cjs/loader:${rng.int(1000, 1300)}:32)\n    at node:internal/main/run_main_module:${rng.int(20, 30)}:47\n\nNode.js v${rng.pick([18, 20, 22])}.${rng.int(0, 19)}.${rng.int(0, 9)}`,
    () => `thread 'main' panicked at src/${rng.pick(['main.rs', 'lib.rs', `${svc}.rs`])}:${ln()}:${rng.int(5, 60)}:\n${rng.pick(['called `Option::unwrap()` on a `None` value', 'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }', 'index out of bounds: the len is 0 but the index is 0'])}\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace`,
    () => `PHP Fatal error:  Uncaught ${rng.pick(['Error: Call to a member function fetch() on bool', 'TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given', 'PDOException: SQLSTATE[HY000] [2002] Connection refused'])} in /var/www/html/${svc}/${rng.pick(['index.php', 'src/Repository.php', 'api.php'])}:${ln()}\nStack trace:\n#0 /var/www/html/${svc}/public/index.php(${ln()}): ${Svc}Repository->findAll()\n#1 {main}\n  thrown in /var/www/html/${svc}/src/Repository.php on line ${ln()}`,
    () => `${rng.pick(["NoMethodError (undefined method `name' for nil:NilClass)", `ActiveRecord::RecordNotFound (Couldn't find ${Svc} with 'id'=${rng.int(1, 9999)})`, 'ArgumentError (wrong number of arguments (given 2, expected 1))'])}:\n\napp/models/${svc.replace(/s$/, '')}.rb:${ln()}:in \`total'\napp/controllers/${svc}_controller.rb:${ln()}:in \`show'\nactionpack (7.${rng.int(0, 2)}.${rng.int(0, 8)}) lib/action_controller/metal/basic_implicit_render.rb:6:in \`send_action'`,
    () => `Exception in thread "${rng.pick(['main', 'pool-1-thread-3', 'http-nio-8080-exec-7'])}" org.springframework.dao.DataIntegrityViolationException: could not execute statement\n\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:${ln()})\n\tat com.acme.${svc}.${Svc}Service.save(${Svc}Service.kt:${ln()})\nCaused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '${rng.int(1, 99999)}' for key '${svc}.PRIMARY'\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:${ln()})\n\t... ${rng.int(12, 80)} more`,
    () => `kotlin.UninitializedPropertyAccessException: lateinit property ${svc}Adapter has not been initialized\n\tat com.acme.app.ui.${Svc}Fragment.onViewCreated(${Svc}Fragment.kt:${ln()})\n\tat androidx.fragment.app.Fragment.performViewCreated(Fragment.java:${rng.int(2900, 3200)})\nCaused by: java.lang.IllegalStateException: Fragment not attached to a context.\n\t... ${rng.int(5, 30)} more`,
    () => `Traceback (most recent call last):\n  File "/srv/${svc}/manage.py", line ${rng.int(10, 30)}, in <module>\n    main()\n  File "/srv/${svc}/${svc}/views.py", line ${ln()}, in detail\n    obj = ${Svc}.objects.get(pk=pk)\ndjango.core.exceptions.ObjectDoesNotExist: ${Svc} matching query does not exist.`,
    () => `Error: ENOENT: no such file or directory, open '/app/config/${svc}.yml'\n    at Object.openSync (node:fs:${rng.int(550, 620)}:3)\n    at Object.readFileSync (node:fs:${rng.int(440, 470)}:35)\n    at loadConfig (/app/src/config.ts:${ln()}:${rng.int(5, 30)}) {\n  errno: -2,\n  code: 'ENOENT',\n  syscall: 'open'\n}`,
    () => `fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t/home/dev/${svc}/main.go:${ln()} +0x${rng.int(16, 255).toString(16)}\nexit status 2`,
  ];
  const body = rng.pick(builders)();
  const ask: L5<string[]> = {
    en: ['got this after deploying, any idea?', 'What does this error mean?', 'How do I debug this?', 'This only happens in prod, not locally. Why?', 'Explain this stack trace in simple terms'],
    de: ['Das kam nach dem Deployment, eine Idee?', 'Was bedeutet dieser Fehler?', 'Wie debugge ich das?', 'Passiert nur auf Prod, lokal nicht. Warum?', 'Erklär mir den Stacktrace einfach'],
    fr: ["J'ai ça après le déploiement, une idée ?", 'Que veut dire cette erreur ?', 'Comment je débugge ça ?', 'Ça arrive seulement en prod. Pourquoi ?', 'Explique-moi cette stack trace simplement'],
    es: ['Me sale esto tras el despliegue, ¿alguna idea?', '¿Qué significa este error?', '¿Cómo lo depuro?', 'Solo pasa en producción, en local no. ¿Por qué?', 'Explícame esta traza de forma sencilla'],
    nl: ['Kreeg dit na de deploy, enig idee?', 'Wat betekent deze fout?', 'Hoe debug ik dit?', 'Gebeurt alleen op productie, lokaal niet. Waarom?', 'Leg deze stacktrace simpel uit'],
  };
  if (rng.chance(0.5)) {
    const a = casual(rng, rng.pick(ask[lang]), 0.1);
    return rng.chance(0.7) ? `${a}\n\n${body}` : `${body}\n\n${a}`;
  }
  return tech(rng, lang, body, true);
};

const inlineQuery: Family = (rng, lang) => {
  const t = rng.pick(['orders', 'customers', 'invoices', 'users', 'tickets', 'shipments', 'events']);
  const col = rng.pick(['created_at', 'status', 'country', 'updated_at', 'region']);
  const sql = rng.pick([
    `SELECT COUNT(*) FROM ${t} WHERE ${rng.pick(["status = 'open'", "country = 'DE'", "status = 'shipped'", 'created_at > CURRENT_DATE'])}`, `SELECT * FROM ${t} ORDER BY ${col} DESC LIMIT ${rng.int(5, 100)}`,
    `UPDATE ${t} SET status = 'archived' WHERE ${col} < NOW() - INTERVAL '${rng.int(30, 365)} days'`, `DELETE FROM ${t} WHERE id IN (SELECT id FROM tmp_ids)`,
    `SELECT ${col}, COUNT(*) FROM ${t} GROUP BY ${col} HAVING COUNT(*) > ${rng.int(1, 50)}`, `SELECT DISTINCT ${col} FROM ${t}`, `CREATE INDEX idx_${t}_${col} ON ${t}(${col})`,
  ]);
  const sh = rng.pick([`for f in *.csv; do wc -l "$f"; done`, `awk -F',' '{print $${rng.int(1, 6)}}' ${t}.csv | sort | uniq -c`, `xargs -n1 -P${rng.int(2, 8)} curl -s < urls.txt`,
    `crontab -e`, `rsync -avz ./build/ deploy@server:/var/www/${t}`, `git grep -n "${t}" -- '*.py'`, `while true; do curl -s localhost:8080/health; sleep ${rng.int(1, 10)}; done`]);
  const isSh = rng.int(0, 3) === 0;
  const n = isSh ? sh : sql;
  const eng = isSh ? rng.pick(['bash', 'zsh', 'Git Bash']) : rng.pick(['MySQL', 'Postgres', 'SQLite', 'SQL Server']);
  const T: L5<string[]> = {
    en: [`${n} returns ${rng.int(0, 3) === 0 ? 'nothing' : '0'}, why?`, `is \`${n}\` slow on a big table? it takes ${rng.int(5, 90)} seconds`, `why does ${n} give a syntax error in ${eng}?`, `quick q: what's the difference between ${n} and doing it in a loop?`, `Can I run ${n} safely during business hours?`],
    de: [`${n} liefert 0 zurück, warum?`, `Ist \`${n}\` auf einer großen Tabelle langsam? Dauert ${rng.int(5, 90)} Sekunden`, `Warum gibt ${n} in ${eng} einen Syntaxfehler?`, `Kann ich ${n} tagsüber gefahrlos laufen lassen?`],
    fr: [`${n} renvoie 0, pourquoi ?`, `\`${n}\` est lent sur une grosse table, ça prend ${rng.int(5, 90)} secondes, normal ?`, `Pourquoi ${n} donne une erreur de syntaxe sous ${eng} ?`, `Je peux lancer ${n} en journée sans risque ?`],
    es: [`${n} devuelve 0, ¿por qué?`, `¿\`${n}\` es lento en una tabla grande? Tarda ${rng.int(5, 90)} segundos`, `¿Por qué ${n} da error de sintaxis en ${eng}?`, `¿Puedo ejecutar ${n} en horario laboral sin riesgo?`],
    nl: [`${n} geeft 0 terug, waarom?`, `Is \`${n}\` traag op een grote tabel? Duurt ${rng.int(5, 90)} seconden`, `Waarom geeft ${n} een syntaxfout in ${eng}?`, `Kan ik ${n} veilig overdag draaien?`],
  };
  return q(rng, rng.pick(T[lang]));
};

const financeClass: Family = (rng, lang) => {
  const s = rng.int(120, 900);
  const cogs = Math.round(s * (0.4 + rng.next() * 0.35));
  const opex = rng.int(10, Math.max(11, Math.round((s - cogs) * 0.6)));
  const r = pct(rng, lang, 3, 14);
  const yr = rng.int(2008, 2024);
  const cf = () => rng.int(10, 400);
  const T: L5<string[]> = {
    en: [`in my accounting class: sales ${s}, COGS ${cogs}, operating expenses ${opex}, tax 25%. what's the net income? I keep getting a different answer than the book`,
      'explain EBITDA vs operating cash flow like I\'m 12', `what happened to bank stocks in ${rng.pick(['2008', '2023', '2011'])}? why did they drop so fast?`,
      `NPV exercise: initial outlay ${cf() * 10}, cash flows ${cf()}, ${cf()}, ${cf()}, ${cf()} and discount rate ${r}%. Is the IRR above or below the rate?`,
      `Is a current ratio of ${num(0.6 + rng.next() * 2, 2, lang)} good or bad? Studying for my CFA level 1.`, `Why do rising interest rates push bond prices down? Saw it on the news in ${yr}.`,
      'What is the difference between accrual and cash accounting? Give me a simple example with a café.', `Journal entry practice: a company buys equipment for ${cf() * 100} on credit. Which accounts are debited and credited?`,
      `Textbook problem: depreciation of a machine bought for ${cf() * 1000}, salvage value ${cf() * 10}, useful life ${rng.int(3, 12)} years. Straight-line vs double-declining?`, 'should I put my savings in an index fund or pay off my student loan first?'],
    de: [`BWL-Übung: Umsatz ${s}, Wareneinsatz ${cogs}, Betriebskosten ${opex}, Steuern 25 %. Wie hoch ist der Jahresüberschuss? Ich komme nicht auf die Lösung im Buch`,
      'Erklär mir EBITDA vs. operativer Cashflow ganz einfach', `Was war ${rng.pick(['2008', '2023'])} mit den Bankaktien los? Warum sind die so abgestürzt?`,
      `Kapitalwert-Aufgabe: Anschaffung ${cf() * 10}, Rückflüsse ${cf()}, ${cf()}, ${cf()}, Zinssatz ${r} %. Liegt der interne Zinsfuß darüber?`,
      'Was ist der Unterschied zwischen Bilanz und GuV? Für meine Prüfung zum Bilanzbuchhalter.', `Buchungssatz-Übung: Kauf einer Maschine für ${cf() * 100} auf Ziel. Was wird im Soll und was im Haben gebucht?`,
      `Lineare vs. degressive Abschreibung: Anschaffung ${cf() * 1000}, Nutzungsdauer ${rng.int(3, 12)} Jahre. Bitte beide Pläne zeigen.`, 'Warum fallen Anleihekurse, wenn die Zinsen steigen?'],
    fr: [`en cours de compta : CA ${s}, coût des ventes ${cogs}, charges d'exploitation ${opex}, IS 25 %. Quel est le résultat net ? je ne trouve pas la même chose que le corrigé`,
      "explique-moi la différence entre EBITDA et flux de trésorerie d'exploitation simplement", `que s'est-il passé avec les actions bancaires en ${rng.pick(['2008', '2023', '2011'])} ?`,
      `Exercice VAN : investissement ${cf() * 10}, flux ${cf()}, ${cf()}, ${cf()}, taux ${r} %. Le TRI est-il supérieur au taux ?`, "C'est quoi la différence entre bilan et compte de résultat ? Pour mon BTS.",
      `Écriture comptable : achat d'une machine ${cf() * 100} à crédit, quels comptes débiter et créditer ?`, "Pourquoi le prix des obligations baisse quand les taux montent ?"],
    es: [`en clase de contabilidad: ventas ${s}, coste de ventas ${cogs}, gastos operativos ${opex}, impuestos 25 %. ¿Cuál es el beneficio neto? no me sale lo del libro`,
      'explícame la diferencia entre EBITDA y flujo de caja operativo de forma sencilla', `¿qué pasó con las acciones de los bancos en ${rng.pick(['2008', '2023', '2012'])}?`,
      `Ejercicio de VAN: inversión ${cf() * 10}, flujos ${cf()}, ${cf()}, ${cf()}, tasa ${r} %. ¿La TIR está por encima?`, '¿Qué diferencia hay entre balance y cuenta de pérdidas y ganancias? Es para el examen de ADE.',
      `Asiento contable: compra de maquinaria por ${cf() * 100} a crédito. ¿Qué cuentas van al debe y al haber?`, '¿Por qué bajan los bonos cuando suben los tipos de interés?'],
    nl: [`bij bedrijfseconomie: omzet ${s}, kostprijs omzet ${cogs}, bedrijfskosten ${opex}, belasting 25%. Wat is de nettowinst? ik kom niet op het antwoord uit het boek`,
      'leg het verschil tussen EBITDA en operationele kasstroom simpel uit', `wat gebeurde er met bankaandelen in ${rng.pick(['2008', '2023'])}? waarom zakten ze zo hard?`,
      `NCW-opgave: investering ${cf() * 10}, kasstromen ${cf()}, ${cf()}, ${cf()}, rente ${r}%. Ligt de IRR hoger of lager?`, 'Wat is het verschil tussen balans en winst-en-verliesrekening? Voor mijn tentamen.',
      `Journaalpost: machine gekocht voor ${cf() * 100} op rekening. Welke rekeningen debet en credit?`, 'Waarom dalen obligatiekoersen als de rente stijgt?'],
  };
  return q(rng, rng.pick(T[lang]));
};

const kpiTable: Family = (rng, lang) => {
  const H: L5<string[][]> = {
    en: [['Sprint', 'Committed SP', 'Done SP', 'Bugs', 'Velocity'], ['Week', 'Tickets opened', 'Tickets closed', 'Avg response (h)', 'CSAT'], ['Team', 'Deploys', 'Lead time (d)', 'MTTR (h)', 'Change fail %']],
    de: [['Sprint', 'Geplante SP', 'Erledigte SP', 'Bugs', 'Velocity'], ['KW', 'Tickets neu', 'Tickets gelöst', 'Ø Reaktionszeit (h)', 'Zufriedenheit'], ['Team', 'Deployments', 'Durchlaufzeit (T)', 'MTTR (h)', 'Fehlerquote %']],
    fr: [['Sprint', 'SP engagés', 'SP terminés', 'Bugs', 'Vélocité'], ['Semaine', 'Tickets ouverts', 'Tickets fermés', 'Délai moyen (h)', 'Satisfaction'], ['Équipe', 'Déploiements', 'Lead time (j)', 'MTTR (h)', "Taux d'échec %"]],
    es: [['Sprint', 'SP comprometidos', 'SP hechos', 'Bugs', 'Velocidad'], ['Semana', 'Tickets abiertos', 'Tickets cerrados', 'Resp. media (h)', 'CSAT'], ['Equipo', 'Despliegues', 'Lead time (d)', 'MTTR (h)', '% fallos']],
    nl: [['Sprint', 'Toegezegde SP', 'Afgeronde SP', 'Bugs', 'Velocity'], ['Week', 'Tickets nieuw', 'Tickets opgelost', 'Gem. reactietijd (u)', 'Tevredenheid'], ['Team', 'Deploys', 'Doorlooptijd (d)', 'MTTR (u)', 'Faalpercentage']],
  };
  const kind = rng.int(0, 2);
  const head = H[lang][kind]!;
  const teams = ['Alpha', 'Bravo', 'Core', 'Mobile', 'Platform', 'Web', 'Data'];
  const rows = Array.from({ length: rng.int(3, 7) }, (_, i) => {
    if (kind === 0) { const c = rng.int(20, 60); return [String(rng.int(10, 60) + i), String(c), String(c - rng.int(0, 12)), String(rng.int(0, 15)), String(rng.int(18, 55))]; }
    if (kind === 1) return [String(rng.int(1, 52)), String(rng.int(40, 400)), String(rng.int(40, 400)), num(rng.int(5, 480) / 10, 1, lang), num(3 + rng.next() * 2, 1, lang)];
    return [rng.pick(teams), String(rng.int(2, 90)), num(rng.int(5, 150) / 10, 1, lang), num(rng.int(2, 240) / 10, 1, lang), pct(rng, lang, 0, 25)];
  });
  const ask: L5<string[]> = {
    en: ['What trends do you see here? Write 3 bullet points for the retro.', 'Make a chart description for this table.', 'Which team/sprint is the outlier?', 'Summarise for the weekly ops update'],
    de: ['Welche Trends siehst du? 3 Stichpunkte für die Retro bitte.', 'Welcher Sprint fällt aus der Reihe?', 'Fass das fürs wöchentliche Update zusammen'],
    fr: ['Quelles tendances vois-tu ? 3 puces pour la rétro.', 'Quel sprint sort du lot ?', 'Résume pour le point hebdo'],
    es: ['¿Qué tendencias ves? 3 puntos para la retro.', '¿Qué sprint se sale de lo normal?', 'Resúmelo para la actualización semanal'],
    nl: ['Welke trends zie je? 3 bullets voor de retro.', 'Welke sprint valt uit de toon?', 'Vat samen voor de wekelijkse update'],
  };
  const body = table(rng, head, rows, lang);
  return rng.chance(0.6) ? `${casual(rng, rng.pick(ask[lang]), 0.1)}\n\n${body}` : w(rng, lang, body, undefined, 0.15);
};


// ---------------------------------------------------------------------------------------------------------------
// Chat-style negatives: the same Slack/Teams and disclosure frames as the confidential and health chat positives,
// filled with harmless content, so the chat style itself carries no signal.
// ---------------------------------------------------------------------------------------------------------------

const HARMLESS_INTERNAL: L5 = {
  en: 'standup moves to 10am from Monday|the kitchen on 3 gets repainted on Thursday, use the one on 2|the team lunch is on Friday at the Italian place|new joiner Sam starts Monday, please say hi|the printer on the 4th floor is fixed|I\'m off Friday, moving house|the sprint review is moved to Wednesday afternoon|parking garage is closed this weekend for cleaning|we switched the retro to a fortnightly rhythm|the office is closed on the bank holiday|I\'ll be late tomorrow, dentist drop-off for my car at the garage|the quarterly all-hands is on the 14th, invite already out',
  de: 'das Daily ist ab Montag um 10 Uhr|die Küche im 3. Stock wird Donnerstag gestrichen, bitte die im 2. nutzen|Teamessen ist am Freitag beim Italiener|Neuzugang Jonas startet Montag, sagt mal Hallo|der Drucker im 4. Stock geht wieder|ich bin Freitag weg, Umzug|das Sprint-Review ist auf Mittwochnachmittag verschoben|die Tiefgarage ist am Wochenende wegen Reinigung zu|die Retro machen wir jetzt alle zwei Wochen|am Feiertag ist das Büro geschlossen|ich komme morgen später, Auto muss in die Werkstatt|die Quartalsversammlung ist am 14., Einladung ist raus',
  fr: 'le point quotidien passe à 10 h à partir de lundi|la cuisine du 3e est repeinte jeudi, utilisez celle du 2e|le déjeuner d\'équipe est vendredi à la pizzeria|Léo arrive lundi dans l\'équipe, passez lui dire bonjour|l\'imprimante du 4e est réparée|je suis off vendredi, je déménage|la revue de sprint est décalée à mercredi après-midi|le parking est fermé ce week-end pour nettoyage|on passe la rétro toutes les deux semaines|le bureau est fermé le jour férié|j\'arrive plus tard demain, je dépose la voiture au garage|la plénière trimestrielle est le 14, l\'invitation est partie',
  es: 'la daily pasa a las 10 desde el lunes|el lunes pintan la cocina de la 3ª, usad la de la 2ª|la comida de equipo es el viernes en el italiano|Lucas se incorpora el lunes, pasad a saludar|ya funciona la impresora de la 4ª planta|el viernes no estoy, me mudo|la sprint review se mueve al miércoles por la tarde|el parking cierra este finde por limpieza|la retro pasa a ser cada dos semanas|la oficina cierra el festivo|mañana llego tarde, llevo el coche al taller|la reunión trimestral es el día 14, la invitación ya está enviada',
  nl: 'de standup gaat vanaf maandag naar 10 uur|de keuken op 3 wordt donderdag geschilderd, gebruik die op 2|teamlunch is vrijdag bij de Italiaan|nieuwe collega Daan begint maandag, zeg even hoi|de printer op de 4e is weer gemaakt|ik ben vrijdag vrij, ik verhuis|de sprintreview is verplaatst naar woensdagmiddag|de parkeergarage is dit weekend dicht voor schoonmaak|de retro doen we voortaan om de week|het kantoor is dicht op de feestdag|ik ben morgen later, auto moet naar de garage|de kwartaalbijeenkomst is op de 14e, de uitnodiging is al verstuurd',
};
const PUBLIC_NEWS: L5 = {
  en: 'our new app version went live yesterday, the release notes are on the website|the press release about the new Lyon office went out this morning|Nvidia reported record revenue last night, it\'s all over the news|the annual report is published and on our investor page|the EU AI Act obligations kick in next year according to the news|our CEO\'s keynote from the conference is on YouTube now|the product we announced at the trade fair is now in stores|the city is closing the main road for the marathon on Sunday|the public beta of the dashboard opened today|we won the industry award, it was announced on LinkedIn',
  de: 'die neue App-Version ist seit gestern live, Release Notes stehen auf der Website|die Pressemitteilung zum neuen Standort Leipzig ist heute früh raus|SAP hat gestern Rekordumsatz gemeldet, steht überall in den Nachrichten|der Geschäftsbericht ist veröffentlicht und auf der Investorenseite|laut Nachrichten gelten die Pflichten aus dem AI Act ab nächstem Jahr|die Keynote unseres CEO von der Konferenz ist jetzt auf YouTube|das auf der Messe vorgestellte Produkt ist jetzt im Handel|die Stadt sperrt am Sonntag die Hauptstraße wegen des Marathons|die öffentliche Beta vom Dashboard ist heute gestartet|wir haben den Branchenpreis gewonnen, wurde auf LinkedIn verkündet',
  fr: 'la nouvelle version de l\'appli est en ligne depuis hier, les notes de version sont sur le site|le communiqué sur le nouveau bureau de Lyon est parti ce matin|LVMH a publié un CA record hier soir, c\'est partout dans la presse|le rapport annuel est publié sur la page investisseurs|d\'après la presse, l\'AI Act s\'applique l\'an prochain|la keynote de notre PDG au salon est sur YouTube|le produit présenté au salon est maintenant en magasin|la ville ferme la grande avenue dimanche pour le marathon|la bêta publique du tableau de bord a ouvert aujourd\'hui|on a gagné le prix du secteur, annoncé sur LinkedIn',
  es: 'la nueva versión de la app salió ayer, las notas están en la web|la nota de prensa de la nueva oficina de Valencia salió esta mañana|Inditex presentó ventas récord anoche, sale en todos los periódicos|el informe anual ya está publicado en la web de inversores|según las noticias, la ley de IA de la UE aplica el año que viene|la ponencia de nuestro CEO en el congreso ya está en YouTube|el producto que presentamos en la feria ya está en tiendas|el ayuntamiento corta la avenida el domingo por la maratón|la beta pública del panel abrió hoy|ganamos el premio del sector, se anunció en LinkedIn',
  nl: 'de nieuwe appversie staat sinds gisteren live, release notes op de website|het persbericht over het nieuwe kantoor in Utrecht ging vanochtend uit|ASML meldde gisteravond recordomzet, staat overal in het nieuws|het jaarverslag is gepubliceerd op de investeerderspagina|volgens het nieuws gelden de AI Act-verplichtingen vanaf volgend jaar|de keynote van onze CEO op het congres staat nu op YouTube|het product van de beurs ligt nu in de winkel|de gemeente sluit zondag de hoofdweg af voor de marathon|de publieke bèta van het dashboard is vandaag geopend|we hebben de branche-award gewonnen, aangekondigd op LinkedIn',
};
const GENERAL_HEALTH: L5 = {
  en: 'someone in the team asked whether ibuprofen and coffee is a bad combo|we want to do a step challenge in October|the flu jabs are offered in the office on Tuesday for anyone who wants one|I read that standing desks don\'t really help back pain|HR shared tips for better sleep during the clock change|is it true you should drink 2 litres of water a day|the first aid course is on the 12th, sign up on the intranet|we\'re adding fruit baskets and a yoga session on Wednesdays|how long does a normal cold usually last|the EAP hotline number is on the intranet for anyone who needs it',
  de: 'jemand im Team hat gefragt, ob Ibuprofen und Kaffee eine schlechte Kombi sind|wir wollen im Oktober eine Schrittzähler-Challenge machen|am Dienstag gibt es Grippeimpfungen im Büro für alle, die wollen|ich hab gelesen, dass Stehtische gegen Rückenschmerzen kaum helfen|HR hat Tipps für besseren Schlaf zur Zeitumstellung geteilt|stimmt es, dass man 2 Liter am Tag trinken soll|der Erste-Hilfe-Kurs ist am 12., Anmeldung im Intranet|es gibt jetzt Obstkörbe und mittwochs Yoga|wie lange dauert eine normale Erkältung meistens|die Nummer der Mitarbeiterberatung steht im Intranet für alle',
  fr: 'quelqu\'un a demandé si ibuprofène et café font mauvais ménage|on veut lancer un défi de pas en octobre|vaccin antigrippe proposé au bureau mardi pour ceux qui veulent|j\'ai lu que les bureaux debout n\'aident pas vraiment le mal de dos|les RH ont partagé des conseils sommeil pour le changement d\'heure|c\'est vrai qu\'il faut boire 2 litres d\'eau par jour|la formation premiers secours est le 12, inscription sur l\'intranet|on ajoute des corbeilles de fruits et du yoga le mercredi|combien de temps dure un rhume normal en général|le numéro de la cellule d\'écoute est sur l\'intranet pour tous',
  es: 'alguien preguntó si el ibuprofeno con café es mala combinación|queremos hacer un reto de pasos en octubre|el martes ponen la vacuna de la gripe en la oficina a quien quiera|he leído que las mesas elevables no ayudan mucho con la espalda|RR. HH. ha compartido consejos para dormir mejor con el cambio de hora|¿es verdad que hay que beber 2 litros de agua al día?|el curso de primeros auxilios es el 12, apuntaos en la intranet|ponemos fruta y yoga los miércoles|cuánto suele durar un resfriado normal|el teléfono del programa de ayuda al empleado está en la intranet',
  nl: 'iemand vroeg of ibuprofen en koffie een slechte combi is|we willen in oktober een stappenchallenge doen|dinsdag is er griepprik op kantoor voor wie wil|ik las dat sta-bureaus niet echt helpen tegen rugpijn|HR deelde tips voor beter slapen rond de klokwissel|klopt het dat je 2 liter water per dag moet drinken|de EHBO-cursus is op de 12e, aanmelden via intranet|er komen fruitschalen en op woensdag yoga|hoe lang duurt een gewone verkoudheid meestal|het nummer van de vertrouwenslijn staat op intranet voor iedereen',
};
const pool = (p: L5, lang: Lang) => p[lang].split('|').map((s) => s.replace(/[?¿]/g, '').trim());

/** Harmless internal logistics in the confidential chat frames (and some in the disclosure frames). */
const chatHarmless: Family = (rng, lang) => {
  const items = pool(HARMLESS_INTERNAL, lang);
  const name = firstName(rng, lang);
  const r = rng.next();
  const sets = [CHAT_FRAMES, FWD_FRAMES, REWRITE_FRAMES];
  const text = r < 0.75
    ? renderChat(rng, lang, rng.pick(sets), items, name)
    : r < 0.88 ? rng.pick(HEALTH_CHAT_FRAMES[lang])(healthSlots(rng, lang, items, name))
      : w(rng, lang, renderChat(rng, lang, CHAT_BARE_FRAMES, items, name), undefined, 0.1);
  return q(rng, text);
};
/** Public news, released products, general health questions and wellness tips in the same chat frames. */
const chatPublic: Family = (rng, lang) => {
  const name = firstName(rng, lang);
  const r = rng.next();
  if (r < 0.5) return q(rng, renderChat(rng, lang, rng.pick([CHAT_FRAMES, FWD_FRAMES, REWRITE_FRAMES]), pool(PUBLIC_NEWS, lang), name));
  const items = pool(GENERAL_HEALTH, lang);
  if (r < 0.75) return q(rng, renderChat(rng, lang, rng.pick([CHAT_FRAMES, REWRITE_FRAMES]), items, name));
  if (r < 0.9) return q(rng, rng.pick(HEALTH_ABOUT_FRAMES[lang].slice(1, 4))(healthSlots(rng, lang, items, name)));
  return w(rng, lang, renderChat(rng, lang, CHAT_BARE_FRAMES, items, name), undefined, 0.1);
};

const FAMILIES: readonly [string, Family][] = [
  ['finance_homework', financeHomework], ['market_news', marketNews], ['press_release_public', pressRelease], ['job_ad_blog', jobAdBlog],
  ['textbook_definition', textbook], ['confidential_word', confidentialWord], ['exam_vignette', examVignette], ['consumer_health', consumerHealth],
  ['medical_explanation', medicalExplanation], ['health_workplace_generic', healthWorkplace], ['mail_merge', mailMerge], ['empty_template', emptyTemplate],
  ['env_example', envExample], ['cli_one_liner', cliOneLiner], ['config_snippet', configSnippet],
  ['log_stack_trace', logTrace], ['code_question', codeProse], ['workplace_generic', workplace], ['writing_help', writingHelp],
  ['json_config', jsonConfig], ['stack_trace_platforms', stackTrace], ['inline_query_question', inlineQuery], ['finance_class_market', financeClass],
  ['kpi_table', kpiTable], ['chat_internal_harmless', chatHarmless], ['chat_public_general', chatPublic],
];


/** Hard negatives and benign workplace prompts (labels []), balanced over five languages and twenty-six families. */
export function generate(rng: Rng, count: number): Example[] {
  return generateBalanced(rng, count, FAMILIES, (r, lang, [name, family]) => ({ text: family(r, lang), labels: [], lang, origin: `synthetic/hard-negative/${name}` }), 20, 1400);
}
