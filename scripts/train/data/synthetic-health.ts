/**
 * Synthetic `health` positives: an individual's clinical information (prescriptions, lab results, discharge
 * summaries, letters, referrals, therapy notes, sick notes, occupational-health advice, HR messages about a named
 * colleague's condition, vaccination records, insurance claims, nursing handovers), in en/de/fr/es/nl, mostly
 * wrapped in a workplace request, some pasted alone, with or without a name. Every value is made up.
 *
 * The request wrappers (`wrapRequest`) and the small format helpers are exported: hard-negatives.ts wraps its
 * benign texts with exactly the same requests so that the request wording carries no signal.
 */
import { LANGS, type Example, type Lang } from './types.ts';
import type { Rng } from './rng.ts';
import { city, company, firstName, lastName, street } from './values.ts';

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers (also used by hard-negatives.ts)
// ---------------------------------------------------------------------------------------------------------------

/** Fill `{key}` slots; a missing key is an error (a template typo must not reach the data). */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = slots[key];
    if (v === undefined) throw new Error(`template slot {${key}} has no value`);
    return v;
  });
}

/** A number with the language's decimal separator. */
export function num(value: number, decimals: number, lang: Lang): string {
  const s = value.toFixed(decimals);
  return lang === 'en' ? s : s.replace('.', ',');
}

/** A date in a given year range, as the language writes it (numeric only: forms and tables). */
export function numDate(rng: Rng, lang: Lang, fromYear = 2024, toYear = 2026): string {
  const d = String(rng.int(1, 28)).padStart(2, '0');
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const y = rng.int(fromYear, toYear);
  if (lang === 'en') return rng.chance(0.5) ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
  return lang === 'de' ? `${d}.${m}.${y}` : lang === 'nl' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`;
}

/** Render a small table in one of the paste layouts people produce: pipe/Markdown, tab, CSV, aligned, bullets. */
export function table(rng: Rng, header: readonly string[], rows: readonly (readonly string[])[], lang: Lang = 'en'): string {
  const style = rng.int(0, 5);
  if (style === 0) {
    const line = (r: readonly string[]) => `| ${r.join(' | ')} |`;
    return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
  }
  if (style === 1) return [header, ...rows].map((r) => r.join('\t')).join('\n');
  if (style === 2) {
    const sep = lang === 'en' ? ',' : ';';
    const cell = (c: string) => (c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c);
    return [header, ...rows].map((r) => r.map(cell).join(sep)).join('\n');
  }
  if (style === 3 || style === 4) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
    const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
    const out = all.map(line);
    if (style === 4) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
    return out.join('\n');
  }
  return rows.map((r) => `- ${r[0]}: ${r.slice(1).filter(Boolean).join(', ')}`).join('\n');
}

/** One typo in a longer word (swap, drop or double a letter): casual typing. */
export function typo(rng: Rng, text: string): string {
  const words = [...text.matchAll(/[A-Za-zÀ-ÿ]{5,}/g)];
  if (!words.length) return text;
  const w = rng.pick(words);
  const i = rng.int(1, w[0].length - 2);
  const s = w[0];
  const kind = rng.int(0, 2);
  const bad = kind === 0 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : kind === 1 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + s[i] + s.slice(i);
  return text.slice(0, w.index) + bad + text.slice(w.index! + s.length);
}

/** Casual form of a request: lower-case start, no final punctuation, sometimes a typo. */
export function casual(rng: Rng, text: string, pTypo = 0.25): string {
  let t = text;
  if (rng.chance(0.4)) t = t.charAt(0).toLowerCase() + t.slice(1);
  if (rng.chance(0.35)) t = t.replace(/[.?!]\s*$/, '');
  if (rng.chance(pTypo)) t = typo(rng, t);
  return t;
}

/** Generic noun phrases for "this" in each language (used when a family gives none, or mixed in). */
const GENERIC_NP: Record<Lang, readonly string[]> = {
  en: ['this', 'this text', 'this message', 'the text below'],
  de: ['das', 'das hier', 'diesen Text', 'die Nachricht'],
  fr: ['ceci', 'ce texte', 'ce message', 'le texte ci-dessous'],
  es: ['esto', 'este texto', 'este mensaje', 'el texto de abajo'],
  nl: ['dit', 'deze tekst', 'dit bericht', 'de tekst hieronder'],
};
const BELOW = /below|ci-dessous|de abajo|hieronder/;
const TARGET: Record<Lang, readonly string[]> = {
  en: ['English', 'German', 'French', 'Spanish', 'Dutch', 'Polish', 'Italian'],
  de: ['Englische', 'Französische', 'Spanische', 'Niederländische', 'Italienische', 'Türkische'],
  fr: ['anglais', 'allemand', 'espagnol', 'néerlandais', 'italien', 'arabe'],
  es: ['inglés', 'alemán', 'francés', 'neerlandés', 'italiano', 'portugués'],
  nl: ['Engels', 'Duits', 'Frans', 'Spaans', 'Pools', 'Turks'],
};
/** Request templates: {np} = what is pasted ("this discharge letter"), {to} = a target language. */
const REQUESTS: Record<Lang, readonly string[]> = {
  en: [
    'Can you summarise {np}?', 'summarize {np} in 3 bullet points pls', 'Please translate {np} into {to}.',
    'Make {np} shorter and easier to read.', 'Fix the grammar in {np}, keep the tone.', 'What are the key points in {np}?',
    'Rewrite {np} in plain English for someone with no background.', 'Help me write a reply to {np}.', 'Turn {np} into a table.',
    'Proofread {np} for me please', 'Can you explain {np} to me?', 'Extract the dates and action items from {np}.',
    'Is anything unclear or missing in {np}?', 'I need {np} in a more formal tone.', 'Could you check {np} for mistakes before I send it on?',
    'give me a short summary of {np} for my manager', 'tl;dr?', 'Thoughts?', 'translate to {to} pls', 'What does this mean?',
  ],
  de: [
    'Kannst du {np} zusammenfassen?', 'Fass {np} bitte in 3 Stichpunkten zusammen', 'Bitte übersetze {np} ins {to}.',
    'Mach {np} kürzer und verständlicher.', 'Bitte {np} auf Rechtschreibung und Grammatik prüfen.', 'Was sind die wichtigsten Punkte?',
    'Formuliere {np} in einfacher Sprache um, für jemanden ohne Vorkenntnisse.', 'Hilf mir, auf {np} zu antworten.',
    'Kannst du {np} als Tabelle darstellen?', 'Kannst du mir {np} erklären?', 'Welche Termine und To-dos stehen da drin?',
    'Ich brauche {np} etwas förmlicher formuliert.', 'Kannst du {np} nochmal checken, bevor das rausgeht?',
    'kurze Zusammenfassung für meine Chefin bitte', 'Was heißt das genau?', 'Ist da irgendwas unklar oder fehlt was?', 'ins {to} bitte',
  ],
  fr: [
    'Tu peux résumer {np} ?', 'Résume {np} en 3 points stp', 'Merci de traduire {np} en {to}.', 'Rends {np} plus court et plus clair.',
    "Corrige l'orthographe et la grammaire de {np}.", 'Quels sont les points clés ?',
    "Reformule {np} en langage simple pour quelqu'un qui n'y connaît rien.", 'Aide-moi à répondre à {np}.',
    'Peux-tu mettre {np} sous forme de tableau ?', 'Relis {np} et corrige les fautes stp', "Vous pouvez m'expliquer {np} ?",
    'Extrais les dates et les actions à faire.', 'Il me faut une version plus formelle de {np}.', 'petit résumé pour mon chef svp',
    "Qu'est-ce que ça veut dire ?", 'Il manque quelque chose ?', 'en {to} stp',
  ],
  es: [
    '¿Puedes resumir {np}?', 'Resume {np} en 3 puntos porfa', 'Traduce {np} al {to}, por favor.', 'Haz {np} más corto y claro.',
    'Corrige la ortografía y la gramática de {np}.', '¿Cuáles son los puntos clave?',
    'Reescribe {np} en lenguaje sencillo para alguien sin conocimientos.', 'Ayúdame a responder a {np}.',
    '¿Puedes pasar {np} a una tabla?', 'Revisa {np} antes de que lo envíe', '¿Me explicas {np}?', 'Saca las fechas y las tareas pendientes.',
    'Necesito una versión más formal de {np}.', 'resumen cortito para mi jefa', '¿Qué significa esto?', '¿Falta algo?', 'al {to} porfa',
  ],
  nl: [
    'Kun je {np} samenvatten?', 'Vat {np} samen in 3 bullets aub', 'Vertaal {np} naar het {to} alsjeblieft.', 'Maak {np} korter en duidelijker.',
    'Kun je {np} nakijken op spelling en grammatica?', 'Wat zijn de belangrijkste punten?',
    'Herschrijf {np} in eenvoudige taal voor iemand zonder achtergrond.', 'Help me een antwoord te schrijven op {np}.',
    'Kun je {np} in een tabel zetten?', 'Check {np} even voordat ik het doorstuur', 'Kun je me {np} uitleggen?',
    'Haal de data en actiepunten eruit.', 'Ik wil {np} wat formeler hebben.', 'korte samenvatting voor mijn leidinggevende graag',
    'Wat betekent dit?', 'Mist er iets?', 'naar het {to} graag',
  ],
};

/** Family-specific noun phrases per language ("this discharge letter"); a family passes these to wrapRequest. */
export type NounPhrases = Partial<Record<Lang, readonly string[]>>;

/**
 * Wrap a pasted body in a workplace request (before, after or around it), or leave it alone.
 * Sometimes the request is in English while the body is in another language (mixed-language prompts).
 */
export function wrapRequest(rng: Rng, lang: Lang, body: string, nps?: NounPhrases, pAlone = 0.2): string {
  if (rng.chance(pAlone)) return body;
  const reqLang: Lang = lang !== 'en' && rng.chance(0.12) ? 'en' : lang;
  const own = nps?.[reqLang] ?? [];
  const where = rng.int(0, 9);
  const generic = where <= 5 ? GENERIC_NP[reqLang] : GENERIC_NP[reqLang].filter((g) => !BELOW.test(g));
  const np = own.length && rng.chance(0.6) ? rng.pick(own) : rng.pick(generic);
  let req = fill(rng.pick(REQUESTS[reqLang]), { np, to: rng.pick(TARGET[reqLang]) });
  if (rng.chance(0.35)) req = casual(rng, req);
  if (where <= 5) {
    const sep = rng.pick(['\n\n', '\n', ':\n\n', '\n\n"""\n', '\n---\n']);
    const close = sep.includes('"""') ? '\n"""' : '';
    return `${req.replace(/[:.]$/, '')}${sep}${body}${close}`;
  }
  if (where <= 8) return `${body}\n\n${req}`;
  const second = fill(rng.pick(REQUESTS[reqLang]), { np: rng.pick(generic), to: rng.pick(TARGET[reqLang]) });
  return `${req}\n\n${body}\n\n${second}`;
}

const FEMALE = new Set([
  'Olivia', 'Priya', 'Grace', 'Aisha', 'Hannah', 'Sophie', 'Emily', 'Laura', 'Anna', 'Lea', 'Katrin', 'Julia', 'Sabine', 'Nina', 'Elif',
  'Camille', 'Chloé', 'Inès', 'Manon', 'Élodie', 'Léa', 'Lucía', 'Marta', 'Sofía', 'Carmen', 'Elena', 'Nuria', 'Sanne', 'Lotte',
  'Femke', 'Anouk', 'Eva', 'Iris',
]);
/** A first name from values.ts with its grammatical gender (for he/she, Herr/Frau, le/la patient(e)). */
export function gendered(rng: Rng, lang: Lang): { first: string; female: boolean } {
  const first = firstName(rng, lang);
  return { first, female: FEMALE.has(first) };
}

/** Balanced generation over languages and families, de-duplicated, lengths kept in range. */
export function generateBalanced<F>(
  rng: Rng,
  count: number,
  families: readonly F[],
  make: (rng: Rng, lang: Lang, family: F) => Example,
  minLen = 30,
  maxLen = 1400,
): Example[] {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const family = families[Math.floor(i / LANGS.length) % families.length]!;
    let ex = make(rng, lang, family);
    for (let tries = 0; tries < 12 && (seen.has(ex.text) || ex.text.length < minLen || ex.text.length > maxLen); tries++) {
      ex = make(rng, lang, family);
    }
    seen.add(ex.text);
    out.push(ex);
  }
  return rng.shuffle(out);
}

// ---------------------------------------------------------------------------------------------------------------
// Clinical vocabulary
// ---------------------------------------------------------------------------------------------------------------

type L5 = Record<Lang, string>;
const l5 = (en: string, de: string, fr: string, es: string, nl: string): L5 => ({ en, de, fr, es, nl });

interface Condition { code: string; name: L5; meds: readonly number[] }
const COND: readonly Condition[] = [
  { code: 'E11.9', name: l5('type 2 diabetes', 'Diabetes mellitus Typ 2', 'diabète de type 2', 'diabetes mellitus tipo 2', 'diabetes mellitus type 2'), meds: [0, 9, 18] },
  { code: 'I10', name: l5('essential hypertension', 'essentielle Hypertonie', 'hypertension artérielle essentielle', 'hipertensión arterial esencial', 'essentiële hypertensie'), meds: [1, 2, 12] },
  { code: 'F32.1', name: l5('moderate depressive episode', 'mittelgradige depressive Episode', 'épisode dépressif moyen', 'episodio depresivo moderado', 'matige depressieve episode'), meds: [3, 4, 20] },
  { code: 'F41.1', name: l5('generalised anxiety disorder', 'generalisierte Angststörung', 'trouble anxieux généralisé', 'trastorno de ansiedad generalizada', 'gegeneraliseerde angststoornis'), meds: [4, 21] },
  { code: 'M54.5', name: l5('low back pain', 'Lumbago', 'lombalgie', 'lumbalgia', 'lage rugpijn'), meds: [8, 19] },
  { code: 'S83.5', name: l5('ACL tear, right knee', 'vordere Kreuzbandruptur rechts', 'rupture du LCA du genou droit', 'rotura del LCA de la rodilla derecha', 'voorste kruisbandruptuur rechterknie'), meds: [8, 10] },
  { code: 'J45.9', name: l5('asthma', 'Asthma bronchiale', 'asthme', 'asma bronquial', 'astma'), meds: [5, 6] },
  { code: 'C50.9', name: l5('breast cancer', 'Mammakarzinom', 'cancer du sein', 'cáncer de mama', 'borstkanker'), meds: [22, 10] },
  { code: 'G43.9', name: l5('migraine', 'Migräne', 'migraine', 'migraña', 'migraine'), meds: [16, 8] },
  { code: 'E03.9', name: l5('hypothyroidism', 'Hypothyreose', 'hypothyroïdie', 'hipotiroidismo', 'hypothyreoïdie'), meds: [7] },
  { code: 'Z73.0', name: l5('burnout', 'Burnout-Syndrom', "syndrome d'épuisement professionnel", 'síndrome de desgaste profesional', 'burn-out'), meds: [3, 21] },
  { code: 'J18.9', name: l5('community-acquired pneumonia', 'ambulant erworbene Pneumonie', 'pneumopathie communautaire', 'neumonía adquirida en la comunidad', 'longontsteking'), meds: [15, 9] },
  { code: 'D50.9', name: l5('iron deficiency anaemia', 'Eisenmangelanämie', 'anémie ferriprive', 'anemia ferropénica', 'ijzergebreksanemie'), meds: [14] },
  { code: 'I48.9', name: l5('atrial fibrillation', 'Vorhofflimmern', 'fibrillation auriculaire', 'fibrilación auricular', 'atriumfibrilleren'), meds: [11, 12] },
  { code: 'K50.9', name: l5("Crohn's disease", 'Morbus Crohn', 'maladie de Crohn', 'enfermedad de Crohn', 'ziekte van Crohn'), meds: [13, 23] },
  { code: 'G56.0', name: l5('carpal tunnel syndrome', 'Karpaltunnelsyndrom', 'syndrome du canal carpien', 'síndrome del túnel carpiano', 'carpaletunnelsyndroom'), meds: [8] },
  { code: 'S06.0', name: l5('concussion', 'Gehirnerschütterung', 'commotion cérébrale', 'conmoción cerebral', 'hersenschudding'), meds: [10] },
  { code: 'M51.2', name: l5('lumbar disc herniation', 'lumbaler Bandscheibenvorfall', 'hernie discale lombaire', 'hernia discal lumbar', 'lumbale hernia'), meds: [8, 19, 9] },
  { code: 'S52.5', name: l5('distal radius fracture', 'distale Radiusfraktur', 'fracture du radius distal', 'fractura distal de radio', 'distale radiusfractuur'), meds: [10, 8] },
  { code: 'F10.2', name: l5('alcohol dependence', 'Alkoholabhängigkeit', "dépendance à l'alcool", 'dependencia del alcohol', 'alcoholafhankelijkheid'), meds: [24] },
  { code: 'U09.9', name: l5('long COVID', 'Post-COVID-Syndrom', 'COVID long', 'COVID persistente', 'long covid'), meds: [10] },
  { code: 'G40.9', name: l5('epilepsy', 'Epilepsie', 'épilepsie', 'epilepsia', 'epilepsie'), meds: [17] },
  { code: 'O24.4', name: l5('gestational diabetes', 'Gestationsdiabetes', 'diabète gestationnel', 'diabetes gestacional', 'zwangerschapsdiabetes'), meds: [18] },
  { code: 'F43.1', name: l5('PTSD', 'posttraumatische Belastungsstörung', 'trouble de stress post-traumatique', 'trastorno de estrés postraumático', 'posttraumatische stressstoornis'), meds: [3, 20] },
  { code: 'M75.1', name: l5('rotator cuff tear', 'Rotatorenmanschettenruptur', 'rupture de la coiffe des rotateurs', 'rotura del manguito rotador', 'rotator-cuffruptuur'), meds: [8, 19] },
  { code: 'K35.8', name: l5('acute appendicitis', 'akute Appendizitis', 'appendicite aiguë', 'apendicitis aguda', 'acute appendicitis'), meds: [15, 10] },
];

interface Med { name: L5; strength: readonly string[] }
const MED: readonly Med[] = [
  { name: l5('Metformin', 'Metformin', 'Metformine', 'Metformina', 'Metformine'), strength: ['500 mg', '850 mg', '1000 mg'] },
  { name: l5('Ramipril', 'Ramipril', 'Ramipril', 'Ramipril', 'Ramipril'), strength: ['2.5 mg', '5 mg', '10 mg'] },
  { name: l5('Amlodipine', 'Amlodipin', 'Amlodipine', 'Amlodipino', 'Amlodipine'), strength: ['5 mg', '10 mg'] },
  { name: l5('Sertraline', 'Sertralin', 'Sertraline', 'Sertralina', 'Sertraline'), strength: ['50 mg', '100 mg'] },
  { name: l5('Escitalopram', 'Escitalopram', 'Escitalopram', 'Escitalopram', 'Escitalopram'), strength: ['5 mg', '10 mg', '20 mg'] },
  { name: l5('Salbutamol inhaler', 'Salbutamol Dosieraerosol', 'Salbutamol (Ventoline)', 'Salbutamol inhalador', 'Salbutamol inhalator'), strength: ['100 µg'] },
  { name: l5('Budesonide/formoterol', 'Budesonid/Formoterol', 'Budésonide/formotérol', 'Budesonida/formoterol', 'Budesonide/formoterol'), strength: ['160/4.5 µg', '200/6 µg'] },
  { name: l5('Levothyroxine', 'L-Thyroxin', 'Lévothyroxine', 'Levotiroxina', 'Levothyroxine'), strength: ['50 µg', '75 µg', '100 µg'] },
  { name: l5('Ibuprofen', 'Ibuprofen', 'Ibuprofène', 'Ibuprofeno', 'Ibuprofen'), strength: ['400 mg', '600 mg'] },
  { name: l5('Pantoprazole', 'Pantoprazol', 'Pantoprazole', 'Pantoprazol', 'Pantoprazol'), strength: ['20 mg', '40 mg'] },
  { name: l5('Paracetamol', 'Paracetamol', 'Paracétamol', 'Paracetamol', 'Paracetamol'), strength: ['500 mg', '1 g'] },
  { name: l5('Apixaban', 'Apixaban', 'Apixaban', 'Apixabán', 'Apixaban'), strength: ['2.5 mg', '5 mg'] },
  { name: l5('Bisoprolol', 'Bisoprolol', 'Bisoprolol', 'Bisoprolol', 'Bisoprolol'), strength: ['1.25 mg', '2.5 mg', '5 mg'] },
  { name: l5('Prednisolone', 'Prednisolon', 'Prednisolone', 'Prednisolona', 'Prednisolon'), strength: ['5 mg', '20 mg', '40 mg'] },
  { name: l5('Ferrous sulfate', 'Eisen(II)-sulfat', 'Sulfate ferreux', 'Sulfato ferroso', 'Ferrosulfaat'), strength: ['200 mg', '325 mg'] },
  { name: l5('Amoxicillin', 'Amoxicillin', 'Amoxicilline', 'Amoxicilina', 'Amoxicilline'), strength: ['500 mg', '1000 mg'] },
  { name: l5('Sumatriptan', 'Sumatriptan', 'Sumatriptan', 'Sumatriptán', 'Sumatriptan'), strength: ['50 mg', '100 mg'] },
  { name: l5('Levetiracetam', 'Levetiracetam', 'Lévétiracétam', 'Levetiracetam', 'Levetiracetam'), strength: ['500 mg', '750 mg'] },
  { name: l5('Insulin glargine', 'Insulin glargin', 'Insuline glargine', 'Insulina glargina', 'Insuline glargine'), strength: ['10 IU', '14 IU', '20 IU'] },
  { name: l5('Tramadol', 'Tramadol', 'Tramadol', 'Tramadol', 'Tramadol'), strength: ['50 mg', '100 mg'] },
  { name: l5('Quetiapine', 'Quetiapin', 'Quétiapine', 'Quetiapina', 'Quetiapine'), strength: ['25 mg', '50 mg'] },
  { name: l5('Lorazepam', 'Lorazepam', 'Lorazépam', 'Lorazepam', 'Lorazepam'), strength: ['0.5 mg', '1 mg'] },
  { name: l5('Tamoxifen', 'Tamoxifen', 'Tamoxifène', 'Tamoxifeno', 'Tamoxifen'), strength: ['20 mg'] },
  { name: l5('Adalimumab', 'Adalimumab', 'Adalimumab', 'Adalimumab', 'Adalimumab'), strength: ['40 mg s.c.'] },
  { name: l5('Naltrexone', 'Naltrexon', 'Naltrexone', 'Naltrexona', 'Naltrexon'), strength: ['50 mg'] },
];
const FREQ: Record<Lang, readonly string[]> = {
  en: ['once daily', 'twice daily', '1 tablet in the morning', 'at night', 'every 8 hours as needed', '1-0-1', 'as needed, max 3 a day', 'with breakfast'],
  de: ['1-0-0', '1-0-1', '0-0-1', '1x täglich', 'bei Bedarf, max. 3x täglich', 'morgens nüchtern', '2x täglich', '1-1-1'],
  fr: ['1 cp le matin', '1 cp matin et soir', '1 cp au coucher', 'si besoin, max 3/jour', '2 fois par jour', 'à jeun le matin'],
  es: ['1 comp. cada 24 h', '1 comp. cada 12 h', '1 comp. en la cena', 'si precisa, máx. 3 al día', 'en ayunas', 'cada 8 h'],
  nl: ['1x daags 1 tablet', '2x daags 1 tablet', 'a.n. 1 tablet', 'zo nodig, max 3x per dag', 'nuchter innemen', "'s ochtends 1"],
};
const medStrength = (rng: Rng, m: Med, lang: Lang) => (lang === 'en' ? rng.pick(m.strength) : rng.pick(m.strength).replace(/(\d)\.(\d)/, '$1,$2'));

interface Lab { name: L5; unit: string; lo: number; hi: number; dp: number }
const LAB: readonly Lab[] = [
  { name: l5('Haemoglobin', 'Hämoglobin', 'Hémoglobine', 'Hemoglobina', 'Hemoglobine'), unit: 'g/dL', lo: 12, hi: 16, dp: 1 },
  { name: l5('WBC', 'Leukozyten', 'Leucocytes', 'Leucocitos', 'Leukocyten'), unit: '10^9/L', lo: 4, hi: 10, dp: 1 },
  { name: l5('Platelets', 'Thrombozyten', 'Plaquettes', 'Plaquetas', 'Trombocyten'), unit: '10^9/L', lo: 150, hi: 400, dp: 0 },
  { name: l5('CRP', 'CRP', 'CRP', 'PCR', 'CRP'), unit: 'mg/L', lo: 0, hi: 5, dp: 1 },
  { name: l5('HbA1c', 'HbA1c', 'HbA1c', 'HbA1c', 'HbA1c'), unit: '%', lo: 4, hi: 5.6, dp: 1 },
  { name: l5('Fasting glucose', 'Nüchternglukose', 'Glycémie à jeun', 'Glucosa basal', 'Nuchtere glucose'), unit: 'mmol/L', lo: 3.9, hi: 5.5, dp: 1 },
  { name: l5('TSH', 'TSH basal', 'TSH', 'TSH', 'TSH'), unit: 'mU/L', lo: 0.4, hi: 4, dp: 2 },
  { name: l5('Creatinine', 'Kreatinin', 'Créatinine', 'Creatinina', 'Kreatinine'), unit: 'µmol/L', lo: 60, hi: 110, dp: 0 },
  { name: l5('eGFR', 'eGFR', 'DFG estimé', 'FGe', 'eGFR'), unit: 'mL/min/1.73m²', lo: 90, hi: 120, dp: 0 },
  { name: l5('ALT', 'GPT (ALT)', 'ALAT', 'GPT (ALT)', 'ALAT'), unit: 'U/L', lo: 0, hi: 45, dp: 0 },
  { name: l5('Ferritin', 'Ferritin', 'Ferritine', 'Ferritina', 'Ferritine'), unit: 'µg/L', lo: 30, hi: 300, dp: 0 },
  { name: l5('LDL cholesterol', 'LDL-Cholesterin', 'LDL-cholestérol', 'Colesterol LDL', 'LDL-cholesterol'), unit: 'mmol/L', lo: 0, hi: 3, dp: 1 },
  { name: l5('Potassium', 'Kalium', 'Potassium', 'Potasio', 'Kalium'), unit: 'mmol/L', lo: 3.5, hi: 5.1, dp: 1 },
  { name: l5('Sodium', 'Natrium', 'Sodium', 'Sodio', 'Natrium'), unit: 'mmol/L', lo: 135, hi: 145, dp: 0 },
  { name: l5('Vitamin D (25-OH)', '25-OH-Vitamin D', 'Vitamine D (25-OH)', 'Vitamina D (25-OH)', 'Vitamine D (25-OH)'), unit: 'nmol/L', lo: 50, hi: 125, dp: 0 },
  { name: l5('GGT', 'Gamma-GT', 'Gamma-GT', 'GGT', 'Gamma-GT'), unit: 'U/L', lo: 0, hi: 60, dp: 0 },
];

const SPECIALTY: Record<Lang, readonly string[]> = {
  en: ['cardiology', 'orthopaedics', 'psychiatry', 'endocrinology', 'gastroenterology', 'neurology', 'oncology', 'rheumatology', 'respiratory medicine'],
  de: ['Kardiologie', 'Orthopädie', 'Psychiatrie', 'Endokrinologie', 'Gastroenterologie', 'Neurologie', 'Onkologie', 'Rheumatologie', 'Pneumologie'],
  fr: ['cardiologie', 'orthopédie', 'psychiatrie', 'endocrinologie', 'gastro-entérologie', 'neurologie', 'oncologie', 'rhumatologie', 'pneumologie'],
  es: ['cardiología', 'traumatología', 'psiquiatría', 'endocrinología', 'digestivo', 'neurología', 'oncología', 'reumatología', 'neumología'],
  nl: ['cardiologie', 'orthopedie', 'psychiatrie', 'endocrinologie', 'maag-darm-leverziekten', 'neurologie', 'oncologie', 'reumatologie', 'longgeneeskunde'],
};

function clinic(rng: Rng, lang: Lang): string {
  const c = city(rng, lang);
  const ln = lastName(rng, lang);
  const opts: Record<Lang, string[]> = {
    en: [`${c} General Hospital`, `${street(rng, lang)} Medical Practice`, 'Riverside Surgery', `St Luke's Hospital, ${c}`],
    de: [`Klinikum ${c}`, `Praxis Dr. ${ln}`, `St.-Josef-Krankenhaus ${c}`, `MVZ ${c} Mitte`],
    fr: [`CHU de ${c}`, `Clinique du Parc, ${c}`, `Cabinet médical, ${street(rng, lang)}`, `Centre hospitalier de ${c}`],
    es: [`Hospital Universitario de ${c}`, `Centro de Salud ${c} Centro`, 'Clínica San Rafael', `Hospital General de ${c}`],
    nl: [`Ziekenhuis ${c}`, `Huisartsenpraktijk ${street(rng, lang)}`, `Medisch Centrum ${c}`, `Gezondheidscentrum ${c}-Zuid`],
  };
  return rng.pick(opts[lang]);
}

// ---------------------------------------------------------------------------------------------------------------
// Per-example context
// ---------------------------------------------------------------------------------------------------------------

interface Ctx {
  lang: Lang;
  first: string;
  last: string;
  female: boolean;
  /** How the text names the person: full name with title, initials, or nothing (generic). */
  named: 'full' | 'initials' | 'none';
  age: number;
  dob: string;
  d1: string;
  /** An earlier date (admission, first sick day). */
  d2: string;
  /** A later date (end of sick leave). */
  d3: string;
  doc: string;
  clinic: string;
  cond: Condition;
  cond2: Condition;
  meds: Med[];
  days: number;
  spec: string;
  colleague: string;
  me: string;
  company: string;
}

/** Conditions only a woman can have (pregnancy); breast cancer stays possible for men (rare but real). */
const FEMALE_ONLY = new Set(['O24.4']);

/** A given day (UTC ms) as the language writes it, numeric or with the month name. */
function fmtDate(rng: Rng, lang: Lang, ms: number): string {
  const t = new Date(ms);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth();
  const d = t.getUTCDate();
  if (rng.chance(0.3)) return lang === 'en' ? `${EN_MONTHS[m]} ${d}, ${y}` : `${d} ${MONTH_NAMES[lang][m]} ${y}`;
  const dd = String(d).padStart(2, '0');
  const mm = String(m + 1).padStart(2, '0');
  if (lang === 'en') return rng.chance(0.5) ? `${dd}/${mm}/${y}` : `${y}-${mm}-${dd}`;
  return lang === 'de' ? `${dd}.${mm}.${y}` : lang === 'nl' ? `${dd}-${mm}-${y}` : `${dd}/${mm}/${y}`;
}
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NAMES: Record<Lang, readonly string[]> = {
  en: EN_MONTHS,
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

function ctx(rng: Rng, lang: Lang): Ctx {
  const g = gendered(rng, lang);
  let cond = rng.pick(COND);
  while (!g.female && FEMALE_ONLY.has(cond.code)) cond = rng.pick(COND);
  let cond2 = rng.pick(COND);
  while (cond2 === cond || (!g.female && FEMALE_ONLY.has(cond2.code))) cond2 = rng.pick(COND);
  const medIdx = [...cond.meds, ...(rng.chance(0.5) ? cond2.meds : [])];
  if (rng.chance(0.4)) medIdx.push(rng.int(0, MED.length - 1));
  const meds = [...new Set(medIdx)].map((i) => MED[i]!);
  const age = rng.int(19, 86);
  const by = 2025 - age;
  const r = rng.next();
  const visit = Date.UTC(rng.int(2024, 2026), rng.int(0, 11), rng.int(1, 28));
  const day = 86_400_000;
  return {
    lang,
    first: g.first,
    last: lastName(rng, lang),
    female: g.female,
    named: r < 0.6 ? 'full' : r < 0.75 ? 'initials' : 'none',
    age,
    dob: numDate(rng, lang, by, by),
    d1: fmtDate(rng, lang, visit),
    d2: fmtDate(rng, lang, visit - rng.int(2, 20) * day),
    d3: fmtDate(rng, lang, visit + rng.int(3, 30) * day),
    doc: `${lang === 'fr' ? 'Dr' : lang === 'es' ? rng.pick(['Dr.', 'Dra.']) : 'Dr.'} ${lastName(rng, lang)}`,
    clinic: clinic(rng, lang),
    cond,
    cond2,
    meds,
    days: rng.pick([3, 5, 7, 10, 14, 14, 21, 28, 42]),
    spec: rng.pick(SPECIALTY[lang]),
    colleague: firstName(rng, lang),
    me: firstName(rng, lang),
    company: company(rng, lang),
  };
}

/** The person as a formal reference: "Mrs Olivia Smith", "Herr J. Müller", "la patiente", ... */
function who(c: Ctx): string {
  const ini = `${c.first[0]}. ${c.last}`;
  const init2 = `${c.first[0]}.${c.last[0]}.`;
  const t: Record<Lang, [string, string]> = {
    en: [c.female ? 'Ms' : 'Mr', 'the patient'],
    de: [c.female ? 'Frau' : 'Herr', c.female ? 'die Patientin' : 'der Patient'],
    fr: [c.female ? 'Mme' : 'M.', c.female ? 'la patiente' : 'le patient'],
    es: [c.female ? 'Sra.' : 'Sr.', c.female ? 'la paciente' : 'el paciente'],
    nl: [c.female ? 'mevrouw' : 'de heer', 'patiënt'],
  };
  const [title, generic] = t[c.lang];
  if (c.named === 'full') return `${title} ${c.first} ${c.last}`;
  if (c.named === 'initials') return c.lang === 'en' || c.lang === 'nl' ? `${title} ${ini}` : init2;
  return generic;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Subject pronoun. */
function pro(c: Ctx): string {
  const m: Record<Lang, [string, string]> = { en: ['he', 'she'], de: ['er', 'sie'], fr: ['il', 'elle'], es: ['él', 'ella'], nl: ['hij', 'zij'] };
  return m[c.lang][c.female ? 1 : 0];
}
/** Possessive (en his/her, nl zijn/haar). */
const poss = (c: Ctx) => (c.lang === 'en' ? (c.female ? 'her' : 'his') : c.female ? 'haar' : 'zijn');
const ageStr = (c: Ctx) => String(c.age);
/** fr/es adjective agreement: né/née, operado/operada. */
const agr = (c: Ctx, m: string, f: string) => (c.female ? f : m);
/** A drug name inside a sentence (lower-case except in German). */
const mp = (m: Med, lang: Lang) => (lang === 'de' ? m.name.de : m.name[lang].charAt(0).toLowerCase() + m.name[lang].slice(1));
const medLine = (rng: Rng, c: Ctx, m: Med) => `${m.name[c.lang]} ${medStrength(rng, m, c.lang)} ${rng.pick(FREQ[c.lang])}`;
/** A patient header line in one of a few layouts. */
function header(rng: Rng, c: Ctx): string {
  const L: Record<Lang, [string, string, string]> = {
    en: ['Patient', 'DOB', 'Date'], de: ['Patient/in', 'Geb.', 'Datum'], fr: ['Patient(e)', 'Né(e) le', 'Date'],
    es: ['Paciente', 'F. nac.', 'Fecha'], nl: ['Patiënt', 'Geb.datum', 'Datum'],
  };
  const [p, b, d] = L[c.lang];
  const name = c.named === 'none' ? `${c.first[0]}.${c.last[0]}.` : `${c.last.toUpperCase()}, ${c.first}`;
  return rng.pick([`${p}: ${name}\n${b}: ${c.dob}\n${d}: ${c.d1}`, `${p}: ${name} (${b} ${c.dob}) — ${d}: ${c.d1}`, `${name} | ${b} ${c.dob} | ${c.d1}`]);
}

// ---------------------------------------------------------------------------------------------------------------
// Families
// ---------------------------------------------------------------------------------------------------------------

type Family = (rng: Rng, c: Ctx) => { body: string; nps?: NounPhrases; pAlone?: number; wrapped?: boolean };

const prescription: Family = (rng, c) => {
  const lang = c.lang;
  const lines = c.meds.map((m) => medLine(rng, c, m));
  const H: Record<Lang, [string, string, string, string]> = {
    en: ['Medication', 'Strength', 'Dose', 'Indication'], de: ['Wirkstoff', 'Stärke', 'Dosierung', 'Grund'],
    fr: ['Médicament', 'Dosage', 'Posologie', 'Indication'], es: ['Medicamento', 'Dosis', 'Pauta', 'Motivo'],
    nl: ['Geneesmiddel', 'Sterkte', 'Dosering', 'Reden'],
  };
  const v = rng.int(0, 3);
  let body: string;
  if (v === 0) {
    const title: L5 = l5('Repeat prescription', 'Medikationsplan', 'ORDONNANCE', 'Receta electrónica – tratamiento activo', 'Medicatieoverzicht');
    body = `${title[lang]}\n${header(rng, c)}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\n${c.doc}, ${c.clinic}`;
  } else if (v === 1) {
    const rows = c.meds.map((m) => [m.name[lang], medStrength(rng, m, lang), rng.pick(FREQ[lang]), c.cond.name[lang]]);
    body = `${header(rng, c)}\n\n${table(rng, H[lang], rows, lang)}`;
  } else if (v === 2) {
    const rel: L5 = l5(rng.pick(['my dad', 'my mum', 'my father-in-law', 'my grandmother']), rng.pick(['mein Vater', 'meine Mutter', 'meine Oma', 'mein Schwiegervater']),
      rng.pick(['mon père', 'ma mère', 'ma grand-mère', 'mon beau-père']), rng.pick(['mi padre', 'mi madre', 'mi abuela', 'mi suegro']),
      rng.pick(['mijn vader', 'mijn moeder', 'mijn oma', 'mijn schoonvader']));
    const t: L5 = l5(
      `${rel.en} was just discharged and takes this now:\n${lines.join('\n')}\n(${c.cond.name.en}, ${c.cond2.name.en})\ncan you make me a weekly pill schedule as a table? morning/noon/evening`,
      `${rel.de} nimmt seit der Entlassung folgende Medikamente:\n${lines.join('\n')}\nDiagnosen: ${c.cond.name.de}, ${c.cond2.name.de}. Kannst du mir daraus einen Wochenplan (morgens/mittags/abends) machen?`,
      `${rel.fr} doit prendre ça depuis sa sortie de l'hôpital :\n${lines.join('\n')}\n(${c.cond.name.fr})\nTu peux me faire un pilulier semaine matin/midi/soir ?`,
      `A ${rel.es.replace(/^mi /, 'mi ')} le han pautado esto tras el alta:\n${lines.join('\n')}\nDiagnóstico: ${c.cond.name.es}. ¿Me haces un cuadro semanal mañana/mediodía/noche?`,
      `${cap(rel.nl)} moet dit nu slikken:\n${lines.join('\n')}\n(${c.cond.name.nl}, ${c.cond2.name.nl})\nkun je er een weekschema van maken, ochtend/middag/avond?`,
    );
    return { body: t[lang], pAlone: 1 };
  } else {
    const m = c.meds[0]!;
    const t: L5 = l5(
      `Hi ${c.first}, your prescription for ${m.name.en} ${medStrength(rng, m, 'en')} is ready to collect. Dr ${c.doc.split(' ')[1]} has increased the dose (${rng.pick(FREQ.en)}) because of your ${c.cond.name.en}; please avoid alcohol and book a blood test in ${c.days} days.`,
      `Hallo ${who(c)}, Ihr Rezept über ${m.name.de} ${medStrength(rng, m, 'de')} (${rng.pick(FREQ.de)}) liegt zur Abholung bereit. Wegen Ihrer ${c.cond.name.de} bitte in ${c.days} Tagen zur Blutkontrolle kommen. Praxis ${c.doc}`,
      `Bonjour, l'ordonnance de ${who(c)} pour ${m.name.fr} ${medStrength(rng, m, 'fr')} (${rng.pick(FREQ.fr)}) est prête à la pharmacie. Traitement pour ${c.cond.name.fr}, renouvelable 3 mois. Prise de sang de contrôle dans ${c.days} jours.`,
      `Hola ${c.first}, ya tienes disponible en la farmacia la receta de ${m.name.es} ${medStrength(rng, m, 'es')} (${rng.pick(FREQ.es)}) para tu ${c.cond.name.es}. ${c.doc} pide analítica de control en ${c.days} días.`,
      `Beste ${who(c)}, uw herhaalrecept ${m.name.nl} ${medStrength(rng, m, 'nl')} (${rng.pick(FREQ.nl)}) ligt klaar bij de apotheek. Vanwege de ${c.cond.name.nl} graag over ${c.days} dagen bloed laten prikken.`,
    );
    body = t[lang];
  }
  return { body, nps: { en: ['this prescription', 'this med list'], de: ['den Medikationsplan', 'das Rezept'], fr: ["l'ordonnance", 'cette ordonnance'], es: ['la receta', 'esta pauta'], nl: ['dit medicatieoverzicht', 'het recept'] } };
};

const labResults: Family = (rng, c) => {
  const lang = c.lang;
  const tests = rng.shuffle(LAB).slice(0, rng.int(3, 8));
  const H: Record<Lang, string[]> = {
    en: ['Test', 'Result', 'Unit', 'Ref. range', ''], de: ['Parameter', 'Wert', 'Einheit', 'Referenz', ''],
    fr: ['Analyse', 'Résultat', 'Unité', 'Valeurs de réf.', ''], es: ['Prueba', 'Resultado', 'Unidad', 'Rango ref.', ''],
    nl: ['Bepaling', 'Uitslag', 'Eenheid', 'Referentie', ''],
  };
  const rows = tests.map((t) => {
    const span = t.hi - t.lo || 1;
    const v = Math.max(0, t.lo + (rng.next() * 1.6 - 0.3) * span);
    const flag = v < t.lo ? 'L' : v > t.hi ? 'H' : '';
    return [t.name[lang], num(v, t.dp, lang), t.unit, `${num(t.lo, t.dp, lang)}–${num(t.hi, t.dp, lang)}`, flag];
  });
  const v = rng.int(0, 2);
  let body: string;
  if (v === 0) {
    body = `${c.clinic}\n${header(rng, c)}\n\n${table(rng, H[lang], rows, lang)}`;
  } else if (v === 1) {
    body = rows.map((r) => `${r[0]} ${r[1]} ${r[2]} (${r[3]})${r[4] ? ` ${r[4]}` : ''}`).join(rng.pick(['\n', '; ', ' / ']));
    const intro: L5 = l5(`got my bloods back (${c.d1}):`, `Meine Blutwerte vom ${c.d1}:`, `Mes résultats de prise de sang du ${c.d1} :`, `Mis resultados de la analítica del ${c.d1}:`, `Mijn bloeduitslagen van ${c.d1}:`);
    const q: L5 = l5('should I be worried? GP appointment is next week', 'Muss ich mir Sorgen machen? Termin beim Hausarzt ist erst nächste Woche.',
      "C'est grave docteur ? rdv chez le généraliste la semaine pro", '¿Es preocupante? No tengo cita con mi médica hasta la semana que viene.', 'Moet ik me zorgen maken? Pas volgende week bij de huisarts.');
    return { body: `${intro[lang]}\n${body}\n${q[lang]}`, pAlone: 1 };
  } else {
    const cm: L5 = l5(`Comment: results consistent with ${c.cond.name.en}. Repeat in ${c.days} days.`, `Befund: vereinbar mit ${c.cond.name.de}. Kontrolle in ${c.days} Tagen.`,
      `Commentaire : compatible avec ${c.cond.name.fr}. Contrôle à J${c.days}.`, `Comentario: compatible con ${c.cond.name.es}. Repetir en ${c.days} días.`, `Opmerking: past bij ${c.cond.name.nl}. Herhalen over ${c.days} dagen.`);
    body = `${header(rng, c)}\n${table(rng, H[lang].slice(0, 4), rows.map((r) => r.slice(0, 4)), lang)}\n\n${cm[lang]}\n${c.doc}`;
  }
  return { body, nps: { en: ['these lab results', 'this blood test report'], de: ['den Laborbefund', 'diese Blutwerte'], fr: ['ces résultats', 'ce bilan sanguin'], es: ['esta analítica', 'estos resultados'], nl: ['deze labuitslagen', 'deze bloedwaarden'] } };
};

const discharge: Family = (rng, c) => {
  const lang = c.lang;
  const meds = c.meds.map((m) => `- ${medLine(rng, c, m)}`).join('\n');
  const t: L5 = l5(
    `DISCHARGE SUMMARY — ${c.clinic}\n${header(rng, c)}\nAdmitted: ${c.d2}  Discharged: ${c.d1}\nPrimary diagnosis: ${c.cond.name.en} (${c.cond.code})\nSecondary: ${c.cond2.name.en} (${c.cond2.code})\n\nCourse: ${cap(who(c))}, ${ageStr(c)}, was admitted via ED and treated for ${c.cond.name.en}. ${cap(pro(c))} responded well and was mobilising independently by day ${rng.int(2, 6)}.\n\nMedication on discharge:\n${meds}\n\nFollow-up: GP review in ${c.days} days, ${c.spec} clinic in 6 weeks.\n${c.doc}`,
    `Entlassungsbrief\n${header(rng, c)}\nStationärer Aufenthalt: ${c.d2} bis ${c.d1}\n\nDiagnosen:\n1. ${c.cond.name.de} (${c.cond.code})\n2. ${c.cond2.name.de} (${c.cond2.code})\n\nVerlauf: ${cap(who(c))} (${ageStr(c)} J.) wurde über die Notaufnahme aufgenommen. Unter Therapie rasche Besserung, ${pro(c)} konnte in gutem Allgemeinzustand entlassen werden.\n\nMedikation bei Entlassung:\n${meds}\n\nProcedere: Wiedervorstellung beim Hausarzt in ${c.days} Tagen, AU bis ${c.d3}.\nMit freundlichen Grüßen\n${c.doc}, ${c.clinic}`,
    `COMPTE RENDU D'HOSPITALISATION\n${c.clinic} — service de ${c.spec}\n${header(rng, c)}\nEntrée : ${c.d2} — Sortie : ${c.d1}\n\nMotif : ${c.cond.name.fr} (${c.cond.code}). Antécédents : ${c.cond2.name.fr}.\nÉvolution : ${who(c)}, ${ageStr(c)} ans, ${agr(c, 'admis', 'admise')} par les urgences. Évolution favorable sous traitement, ${agr(c, 'sorti', 'sortie')} à domicile.\n\nTraitement de sortie :\n${meds}\n\nSuivi : consultation chez le médecin traitant à J${c.days}. Arrêt de travail jusqu'au ${c.d3}.\n${c.doc}`,
    `INFORME DE ALTA HOSPITALARIA\n${c.clinic} – Servicio de ${c.spec}\n${header(rng, c)}\nIngreso: ${c.d2}  Alta: ${c.d1}\n\nDiagnóstico principal: ${c.cond.name.es} (${c.cond.code})\nOtros diagnósticos: ${c.cond2.name.es}\n\nEvolución: ${cap(who(c))} de ${ageStr(c)} años ingresa por urgencias. Buena evolución clínica con el tratamiento.\n\nTratamiento al alta:\n${meds}\n\nRevisión en consultas externas en ${c.days} días. Control por su médico de atención primaria.\n${c.doc}`,
    `Ontslagbrief ${c.clinic}\n${header(rng, c)}\nOpname: ${c.d2}, ontslag: ${c.d1}\n\nDiagnose: ${c.cond.name.nl} (${c.cond.code}); nevendiagnose: ${c.cond2.name.nl}.\nBeloop: ${who(c)} (${ageStr(c)} jr) werd via de SEH opgenomen. Onder behandeling snel herstel, ${pro(c)} is in goede conditie naar huis gegaan.\n\nMedicatie bij ontslag:\n${meds}\n\nControle bij de huisarts over ${c.days} dagen, poli ${c.spec} over 6 weken.\nMet vriendelijke groet,\n${c.doc}`,
  );
  return { body: t[lang], nps: { en: ['this discharge summary', 'this discharge letter'], de: ['den Entlassbrief', 'den Arztbrief'], fr: ["ce compte rendu d'hospitalisation", 'ce CR de sortie'], es: ['el informe de alta', 'este informe de alta'], nl: ['deze ontslagbrief', 'de ontslagbrief'] } };
};

const letter: Family = (rng, c) => {
  const lang = c.lang;
  const gp = lastName(rng, lang);
  const t: Record<Lang, string[]> = {
    en: [
      `Dear Dr ${gp},\n\nThank you for referring ${who(c)}, ${ageStr(c)}, whom I saw in the ${c.spec} clinic on ${c.d1}. ${cap(pro(c))} describes ${rng.int(2, 9)} months of symptoms. Examination and imaging confirm ${c.cond.name.en}. We discussed options and agreed to start ${mp(c.meds[0]!, 'en')} ${medStrength(rng, c.meds[0]!, lang)}. I will see ${c.female ? 'her' : 'him'} again in ${c.days} days.\n\nYours sincerely,\n${c.doc}\nConsultant, ${c.clinic}`,
      `Re: ${c.named === 'none' ? 'your patient' : `${c.first} ${c.last}`}, DOB ${c.dob}\nDiagnosis: ${c.cond.name.en}; background of ${c.cond2.name.en}.\nPlan: ${c.meds.map((m) => mp(m, 'en')).join(', ')}; please check U&Es and HbA1c in ${c.days} days. Patient aware of diagnosis and prognosis.\n${c.doc}`,
    ],
    de: [
      `Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ${who(c)}, geb. ${c.dob}, ${c.female ? 'die' : 'der'} sich am ${c.d1} in unserer Sprechstunde (${c.spec}) vorstellte.\nDiagnose: ${c.cond.name.de} (${c.cond.code})\nBefund: klinisch und bildgebend bestätigt.\nTherapie: ${c.meds.map((m) => m.name.de).join(', ')}.\nWir bitten um Kontrolle der Laborwerte in ${c.days} Tagen.\n\nMit kollegialen Grüßen\n${c.doc}`,
      `Arztbrief ${c.spec}, ${c.clinic}\nBetr.: ${c.named === 'none' ? 'Ihre Patientin/Ihr Patient' : `${c.last}, ${c.first}`}, * ${c.dob}\n\nDiagnosen: ${c.cond.name.de}, ${c.cond2.name.de}\nEmpfehlung: Fortführung der Medikation (${c.meds.map((m) => `${m.name.de} ${medStrength(rng, m, 'de')}`).join('; ')}), Wiedervorstellung in ${c.days} Tagen.`,
    ],
    fr: [
      `Cher confrère,\n\nJ'ai vu en consultation de ${c.spec} le ${c.d1} ${who(c)}, ${ageStr(c)} ans, que vous m'avez ${agr(c, 'adressé', 'adressée')}. Le bilan confirme ${c.cond.name.fr} (${c.cond.code}), sur un terrain de ${c.cond2.name.fr}. J'ai introduit ${mp(c.meds[0]!, 'fr')} ${medStrength(rng, c.meds[0]!, lang)}. Je ${agr(c, 'le', 'la')} revois dans ${c.days} jours.\n\nBien confraternellement,\n${c.doc}`,
      `Objet : ${c.named === 'none' ? 'votre patient(e)' : `${c.first} ${c.last}`}, ${agr(c, 'né', 'née')} le ${c.dob}\nDiagnostic : ${c.cond.name.fr}\nConduite à tenir : ${c.meds.map((m) => mp(m, 'fr')).join(', ')} ; bilan biologique à J${c.days}.\n${c.doc}, ${c.clinic}`,
    ],
    es: [
      `Estimado/a compañero/a:\n\nValoramos en consulta de ${c.spec} el ${c.d1} a ${who(c)}, de ${ageStr(c)} años, con antecedentes de ${c.cond2.name.es}. Las pruebas confirman ${c.cond.name.es} (${c.cond.code}). Iniciamos ${mp(c.meds[0]!, 'es')} ${medStrength(rng, c.meds[0]!, lang)} y revisamos en ${c.days} días.\n\nUn saludo,\n${c.doc}\n${c.clinic}`,
      `Asunto: ${c.named === 'none' ? 'paciente derivado' : `${c.first} ${c.last}`}, nacido/a el ${c.dob}\nJuicio clínico: ${c.cond.name.es}.\nPlan: ${c.meds.map((m) => mp(m, 'es')).join(', ')}; control analítico en ${c.days} días.`,
    ],
    nl: [
      `Geachte collega ${gp},\n\nHierbij bericht ik u over ${who(c)}, ${ageStr(c)} jaar, die ik op ${c.d1} op de polikliniek ${c.spec} zag. Het onderzoek bevestigt ${c.cond.name.nl} (${c.cond.code}). Wij zijn gestart met ${mp(c.meds[0]!, 'nl')} ${medStrength(rng, c.meds[0]!, lang)}. Controle over ${c.days} dagen.\n\nMet collegiale groet,\n${c.doc}`,
      `Betreft: ${c.named === 'none' ? 'uw patiënt' : `${c.first} ${c.last}`}, geb. ${c.dob}\nConclusie: ${c.cond.name.nl}, bekend met ${c.cond2.name.nl}.\nBeleid: ${c.meds.map((m) => mp(m, 'nl')).join(', ')}, lab over ${c.days} dagen.`,
    ],
  };
  return { body: rng.pick(t[lang]), nps: { en: ['this letter', 'the consultant letter'], de: ['den Arztbrief', 'diesen Befundbericht'], fr: ['ce courrier', 'la lettre du spécialiste'], es: ['este informe', 'la carta del especialista'], nl: ['deze brief', 'de specialistenbrief'] } };
};

const referral: Family = (rng, c) => {
  const lang = c.lang;
  const L: Record<Lang, [string, string, string, string, string]> = {
    en: ['REFERRAL', 'To', 'Diagnoses', 'Question', 'Urgency'], de: ['Überweisung', 'An', 'Diagnosen', 'Fragestellung', 'Dringlichkeit'],
    fr: ["LETTRE D'ADRESSAGE", 'Destinataire', 'Diagnostics', 'Question posée', 'Urgence'], es: ['HOJA DE INTERCONSULTA', 'A', 'Diagnósticos', 'Motivo', 'Prioridad'],
    nl: ['VERWIJZING', 'Aan', 'Diagnoses', 'Vraagstelling', 'Urgentie'],
  };
  const Q: Record<Lang, string[]> = {
    en: ['please assess and advise on management', 'worsening symptoms despite treatment, ?change of therapy', 'please review for surgery'],
    de: ['Bitte um Mitbeurteilung und Therapieempfehlung', 'Zunehmende Beschwerden trotz Therapie, Therapieumstellung?', 'OP-Indikation?'],
    fr: ['merci de votre avis sur la prise en charge', 'aggravation malgré le traitement, changement de traitement ?', 'indication chirurgicale ?'],
    es: ['ruego valoración y tratamiento', 'empeoramiento pese al tratamiento, ¿cambio de pauta?', '¿indicación quirúrgica?'],
    nl: ['graag beoordeling en advies over beleid', 'toename klachten ondanks behandeling, ander beleid?', 'graag beoordelen voor operatie'],
  };
  const U: Record<Lang, string[]> = { en: ['routine', 'urgent', 'within 2 weeks'], de: ['normal', 'dringend', 'innerhalb 2 Wochen'], fr: ['normale', 'urgent', 'sous 15 jours'], es: ['ordinaria', 'preferente', 'urgente'], nl: ['regulier', 'spoed', 'binnen 2 weken'] };
  const [title, to, dx, q, u] = L[lang];
  const diag = [c.cond, c.cond2].map((d, i) => `${i + 1}. ${d.code} ${d.name[lang]}`).join('\n');
  const body = rng.chance(0.6)
    ? `${title}\n${to}: ${c.spec}, ${c.clinic}\n${header(rng, c)}\n\n${dx}:\n${diag}\n\n${q}: ${rng.pick(Q[lang])}\n${u}: ${rng.pick(U[lang])}\n${c.doc}`
    : `${title} ${c.spec} — ${who(c)}, ${ageStr(c)}\n${dx}: ${c.cond.code} ${c.cond.name[lang]}; ${c.cond2.code} ${c.cond2.name[lang]}\n${q}: ${rng.pick(Q[lang])}. ${u}: ${rng.pick(U[lang])}.`;
  return { body, nps: { en: ['this referral', 'the referral letter'], de: ['die Überweisung', 'diesen Überweisungstext'], fr: ["ce courrier d'adressage", 'cette lettre'], es: ['esta interconsulta', 'la derivación'], nl: ['deze verwijzing', 'de verwijsbrief'] } };
};

const therapyNote: Family = (rng, c) => {
  const lang = c.lang;
  const n = rng.int(2, 18);
  const mood = rng.int(2, 7);
  const t: Record<Lang, string[]> = {
    en: [
      `Session ${n} — ${c.d1}\nClient: ${c.named === 'none' ? 'K.' : c.first} (${ageStr(c)})\nS: Reports low mood (${mood}/10), poor sleep, conflict with line manager. Still avoiding the office.\nO: Tearful at times, good engagement.\nA: ${c.cond.name.en}, ongoing. No suicidal ideation, risk low.\nP: Continue CBT, behavioural activation homework. Discussed ${mp(c.meds[0]!, 'en')} with GP.`,
      `Psychiatry review ${c.d1}: ${who(c)}, ${ageStr(c)}. Dx ${c.cond.code} ${c.cond.name.en}. Mood improved since dose increase, still ruminating about work. Denies self-harm. Plan: ${medLine(rng, c, c.meds[0]!)}, review in ${c.days} days, phased return discussed.`,
    ],
    de: [
      `Sitzung ${n} am ${c.d1}\nKlient/in: ${c.named === 'none' ? 'Fr. K.' : who(c)}, ${ageStr(c)} J.\nBericht: Stimmung gedrückt (${mood}/10), Ein- und Durchschlafstörungen, Rückzug, Konflikt mit Vorgesetztem.\nBefund: wach, orientiert, affektiv herabgestimmt. Keine akute Suizidalität.\nDiagnose: ${c.cond.name.de} (${c.cond.code})\nProcedere: Fortsetzung VT, Tagesstruktur, Rücksprache mit Hausarzt wegen ${c.meds[0]!.name.de}.`,
      `Psychiatrischer Kurzbefund ${c.d1}: ${who(c)}, ${c.cond.code}. Unter ${c.meds[0]!.name.de} leichte Besserung, weiterhin Grübeln über die Arbeit. Distanziert sich glaubhaft von Suizidalität. Wiedervorstellung in ${c.days} Tagen.`,
    ],
    fr: [
      `Séance n°${n} – ${c.d1}\n${cap(who(c))}, ${ageStr(c)} ans\nPlainte : humeur basse (${mood}/10), insomnie, conflit avec sa hiérarchie.\nObservation : ralentissement, bon contact.\nHypothèse : ${c.cond.name.fr} (${c.cond.code}). Pas d'idées suicidaires.\nPlan : poursuite TCC, réévaluation du traitement (${mp(c.meds[0]!, 'fr')}) avec le psychiatre.`,
      `Consultation psychiatrique du ${c.d1} : ${who(c)}. ${c.cond.name.fr}. Amélioration partielle sous ${medLine(rng, c, c.meds[0]!)}. Reprise du travail à mi-temps thérapeutique envisagée. Revoir dans ${c.days} jours.`,
    ],
    es: [
      `Sesión ${n} – ${c.d1}\nPaciente: ${c.named === 'none' ? 'M.' : c.first}, ${ageStr(c)} años\nRefiere ánimo bajo (${mood}/10), insomnio y problemas con su responsable.\nExploración: consciente, orientado/a, ánimo hipotímico. Sin ideación autolítica.\nJuicio: ${c.cond.name.es} (${c.cond.code}).\nPlan: continuar TCC, valorar ajuste de ${mp(c.meds[0]!, 'es')} con psiquiatría.`,
      `Revisión psiquiatría ${c.d1}: ${who(c)}, ${c.cond.name.es}. Mejoría parcial con ${medLine(rng, c, c.meds[0]!)}. Se plantea reincorporación progresiva. Cita en ${c.days} días.`,
    ],
    nl: [
      `Sessie ${n} – ${c.d1}\nCliënt: ${c.named === 'none' ? 'mw. K.' : who(c)}, ${ageStr(c)} jr\nS: sombere stemming (${mood}/10), slaapt slecht, conflict met leidinggevende.\nO: goed contact, huilt af en toe.\nA: ${c.cond.name.nl} (${c.cond.code}), geen suïcidale gedachten.\nP: CGT voortzetten, dagstructuur, overleg huisarts over ${mp(c.meds[0]!, 'nl')}.`,
      `Psychiatrisch consult ${c.d1}: ${who(c)}. ${c.cond.name.nl}. Lichte verbetering op ${medLine(rng, c, c.meds[0]!)}, piekert nog veel over werk. Re-integratie in overleg met bedrijfsarts. Terug over ${c.days} dagen.`,
    ],
  };
  return { body: rng.pick(t[lang]), nps: { en: ['my session notes', 'this therapy note'], de: ['meine Sitzungsnotizen', 'diese Verlaufsnotiz'], fr: ['mes notes de séance', 'cette note'], es: ['mis notas de sesión', 'esta nota clínica'], nl: ['mijn sessieverslag', 'deze notitie'] } };
};

const sickNote: Family = (rng, c) => {
  const lang = c.lang;
  const t: Record<Lang, string[]> = {
    en: [
      `FIT NOTE\nPatient: ${c.first} ${c.last}\nI assessed your case on ${c.d1} and, because of the following condition(s): ${c.cond.name.en}, I advise that you are not fit for work for ${c.days} days.\n${c.doc}, ${c.clinic}`,
      `Hi ${c.colleague}, I won't be in ${rng.pick(['today', 'this week', 'until Friday'])} — the doctor signed me off with ${c.cond.name.en} for ${c.days} days. Fit note attached. I'm on ${mp(c.meds[0]!, 'en')} and pretty wiped out, will check email when I can. ${c.me}`,
    ],
    de: [
      `Arbeitsunfähigkeitsbescheinigung\nVersicherte/r: ${c.last}, ${c.first}, geb. ${c.dob}\narbeitsunfähig seit: ${c.d1}\nvoraussichtlich arbeitsunfähig bis: ${c.d3}\nDiagnose: ${c.cond.code} G\n${c.doc}, ${c.clinic}`,
      `Hallo ${c.colleague}, ich bin leider ${rng.pick(['heute', 'die ganze Woche', 'bis einschließlich Freitag'])} krankgeschrieben (${c.cond.name.de}), AU hab ich der Personalabteilung geschickt. Nehme ${c.meds[0]!.name.de} und liege flach. Kannst du meine Termine absagen? LG ${c.me}`,
    ],
    fr: [
      `AVIS D'ARRÊT DE TRAVAIL\nAssuré(e) : ${c.first} ${c.last}, ${agr(c, 'né', 'née')} le ${c.dob}\nArrêt du ${c.d1} au ${c.d3} inclus\nMotif médical : ${c.cond.name.fr}\nSorties autorisées : ${rng.pick(['oui, sans restriction d\'horaire', 'non'])}\n${c.doc}`,
      `Bonjour ${c.colleague}, je suis en arrêt ${rng.pick(["jusqu'à vendredi", 'pour 15 jours', 'cette semaine'])} pour ${c.cond.name.fr}, mon médecin m'a mis sous ${mp(c.meds[0]!, 'fr')}. J'ai envoyé l'arrêt aux RH. Tu peux prévenir l'équipe ? ${c.me}`,
    ],
    es: [
      `PARTE DE BAJA POR INCAPACIDAD TEMPORAL\nTrabajador/a: ${c.first} ${c.last}\nFecha de baja: ${c.d2}\nDiagnóstico: ${c.cond.code} ${c.cond.name.es}\nDuración estimada: ${c.days} días\nPróxima revisión: ${c.d1}\n${c.doc}, ${c.clinic}`,
      `Hola ${c.colleague}, estoy de baja ${rng.pick(['hasta el viernes', 'esta semana', `${c.days} días`])} por ${c.cond.name.es}. Ya he mandado el parte a RR. HH. Me han puesto ${mp(c.meds[0]!, 'es')} y estoy KO. ¿Puedes cubrirme la reunión del jueves? ${c.me}`,
    ],
    nl: [
      `Ziekmelding ${c.company}\nMedewerker: ${c.first} ${c.last}\nZiek sinds: ${c.d2}\nReden (vrijwillig opgegeven): ${c.cond.name.nl}\nVerwachte duur: ${c.days} dagen\nAfspraak bedrijfsarts: ${c.d1}`,
      `Hoi ${c.colleague}, ik meld me ziek ${rng.pick(['vandaag', 'voor de rest van de week', 'tot en met vrijdag'])}. De huisarts denkt aan ${c.cond.name.nl}, ik slik nu ${mp(c.meds[0]!, 'nl')}. Wil jij mijn afspraken verzetten? Groet, ${c.me}`,
    ],
  };
  return { body: rng.pick(t[lang]), nps: { en: ['this sick note', 'my message to my manager'], de: ['die Krankmeldung', 'meine Nachricht an den Chef'], fr: ["l'arrêt de travail", 'mon message à ma responsable'], es: ['el parte de baja', 'mi mensaje a mi jefe'], nl: ['deze ziekmelding', 'mijn bericht aan mijn leidinggevende'] } };
};

const occHealth: Family = (rng, c) => {
  const lang = c.lang;
  const kg = rng.pick([5, 10, 15]);
  const h = rng.pick([4, 4, 5, 6]);
  const t: Record<Lang, string[]> = {
    en: [
      `Occupational Health Report — ${c.company}\nEmployee: ${c.named === 'none' ? '[redacted]' : `${c.first} ${c.last}`}\nAssessment date: ${c.d1}\nOutcome: fit for work with restrictions.\n- phased return, ${h} hours/day for 2 weeks\n- no lifting over ${kg} kg\n- no night shifts until review\nThe employee has ${c.cond.name.en} and is under ${c.spec}. Review in ${c.days} days. Likely to be considered a disability under the Equality Act.`,
      `Hi, OH came back on ${c.first}: fit for work with adjustments. ${cap(pro(c))} is recovering from ${c.cond.name.en}, should avoid ${rng.pick(['driving', 'ladders', 'heavy lifting', 'screen work over 4h'])}, and needs ${rng.pick(['a sit-stand desk', 'rest breaks every 2 hours', 'time off for physio on Wednesdays'])}. Can you help me turn this into a return-to-work plan?`,
    ],
    de: [
      `Betriebsärztliche Stellungnahme (${c.company})\nMitarbeiter/in: ${c.named === 'none' ? '—' : `${c.first} ${c.last}`}\nUntersuchung am ${c.d1}\nErgebnis: keine gesundheitlichen Bedenken unter folgenden Voraussetzungen:\n- stufenweise Wiedereingliederung (Hamburger Modell), ${h} Std./Tag\n- kein Heben über ${kg} kg\n- keine Nachtschicht\nHintergrund: ${c.cond.name.de}, fachärztliche Behandlung läuft. Nachuntersuchung in ${c.days} Tagen.`,
      `Kurze Info vom Betriebsarzt zu ${c.first}: eingeschränkt arbeitsfähig wegen ${c.cond.name.de}. Kein Heben über ${kg} kg, max. ${h} Stunden am Tag. Kannst du mir helfen, daraus einen BEM-Plan zu machen?`,
    ],
    fr: [
      `AVIS D'APTITUDE — Service de santé au travail\nSalarié(e) : ${c.named === 'none' ? 'X' : `${c.first} ${c.last}`}, ${c.company}\nVisite de reprise du ${c.d1}\nConclusion : apte avec restrictions\n- pas de port de charges > ${kg} kg\n- pas de travail de nuit\n- mi-temps thérapeutique (${h} h/jour) pendant ${c.days} jours\nSuivi ${c.spec} en cours (${c.cond.name.fr}).\n${c.doc}, médecin du travail`,
      `La médecine du travail a rendu son avis pour ${c.first} : apte avec aménagement de poste suite à ${c.cond.name.fr}. Pas plus de ${kg} kg, pauses régulières. Tu m'aides à rédiger le plan de reprise ?`,
    ],
    es: [
      `INFORME DE APTITUD – Vigilancia de la salud\nTrabajador/a: ${c.named === 'none' ? '—' : `${c.first} ${c.last}`} (${c.company})\nReconocimiento: ${c.d1}\nCalificación: APTO CON RESTRICCIONES\n- no manipular cargas de más de ${kg} kg\n- sin turnos de noche\n- reincorporación progresiva, ${h} h/día\nMotivo: ${c.cond.name.es}, en seguimiento por ${c.spec}. Nueva revisión en ${c.days} días.`,
      `Nos ha llegado el informe de salud laboral de ${c.first}: apto con limitaciones por ${c.cond.name.es}. Nada de cargas de más de ${kg} kg y jornada reducida. ¿Me ayudas a redactar el plan de reincorporación?`,
    ],
    nl: [
      `Advies bedrijfsarts — ${c.company}\nWerknemer: ${c.named === 'none' ? 'N.N.' : `${c.first} ${c.last}`}\nSpreekuur: ${c.d1}\nConclusie: gedeeltelijk arbeidsgeschikt.\n- opbouw ${h} uur per dag, na 2 weken evalueren\n- niet tillen boven ${kg} kg\n- geen nachtdiensten\nMedische situatie: ${c.cond.name.nl}, onder behandeling bij ${c.spec}. Vervolgafspraak over ${c.days} dagen.`,
      `De bedrijfsarts zegt over ${c.first}: deels belastbaar vanwege ${c.cond.name.nl}, max ${h} uur per dag, niet tillen boven ${kg} kg. Kun je me helpen hier een plan van aanpak voor re-integratie van te maken?`,
    ],
  };
  return { body: rng.pick(t[lang]), nps: { en: ['this OH report', 'the occupational health advice'], de: ['die Stellungnahme', 'das Gutachten vom Betriebsarzt'], fr: ["l'avis du médecin du travail", 'cet avis'], es: ['el informe de aptitud', 'este informe'], nl: ['het advies van de bedrijfsarts', 'dit advies'] } };
};

const hrMessage: Family = (rng, c) => {
  const lang = c.lang;
  const n = c.named === 'none' ? '' : ` ${c.first}`;
  const t: Record<Lang, string[]> = {
    en: [
      `${c.first} is out after ${poss(c)} ${rng.pick(['knee surgery', 'hip replacement', 'gallbladder operation', 'back surgery'])}, probably ${c.days} days. Please cover ${poss(c)} shifts on the rota and don't book ${c.female ? 'her' : 'him'} for anything physical when ${pro(c)}'s back. Can you write this up nicely for the team channel?`,
      `help me write to HR about ${c.first}'s ${rng.pick(['chemo schedule', 'dialysis appointments', 'radiotherapy sessions'])}: ${pro(c)} has treatment every other ${rng.pick(['Tuesday', 'Monday', 'Thursday'])} and is exhausted the day after, so I want to agree flexible hours. ${cap(pro(c))} told me in confidence about the ${c.cond.name.en}.`,
      `Draft an email to HR: my team member${n} has been diagnosed with ${c.cond.name.en} and is on ${mp(c.meds[0]!, 'en')}, which makes ${c.female ? 'her' : 'him'} drowsy. ${cap(pro(c))} asked for reasonable adjustments (${rng.pick(['no driving', 'later start', 'working from home 3 days'])}).`,
    ],
    de: [
      `${c.first} fällt nach ${c.female ? 'ihrer' : 'seiner'} ${rng.pick(['Knie-OP', 'Hüft-OP', 'Bandscheiben-OP', 'Gallen-OP'])} ca. ${c.days} Tage aus. Bitte ${c.female ? 'ihre' : 'seine'} Schichten im Dienstplan übernehmen. Kannst du daraus eine kurze Nachricht fürs Team machen, ohne zu viel Medizinisches?`,
      `Hilf mir bitte, der Personalabteilung zu schreiben: ${c.first} hat ${c.cond.name.de} und ist alle zwei Wochen dienstags zur ${rng.pick(['Chemo', 'Infusion', 'Strahlentherapie'])}. Am Tag danach ist ${pro(c)} total erschöpft, ich möchte flexible Arbeitszeiten vereinbaren.`,
      `Entwurf an HR: Mein Mitarbeiter/meine Mitarbeiterin${n} hat mir gesagt, dass ${pro(c)} wegen ${c.cond.name.de} in Behandlung ist und ${c.meds[0]!.name.de} nimmt. Wir brauchen eine Arbeitsplatzanpassung (${rng.pick(['Homeoffice 3 Tage', 'späterer Arbeitsbeginn', 'keine Dienstreisen'])}).`,
    ],
    fr: [
      `${c.first} est ${agr(c, 'absent', 'absente')} suite à ${rng.pick(['son opération du genou', 'sa pose de prothèse de hanche', 'son opération du dos'])}, sans doute ${c.days} jours. Merci de couvrir ses créneaux au planning. Tu peux reformuler ça pour le canal de l'équipe ?`,
      `Aide-moi à écrire aux RH au sujet du planning de ${rng.pick(['chimio', 'radiothérapie', 'dialyse'])} ${/^[AEIOUÉÈH]/.test(c.first) ? "d'" : 'de '}${c.first} : ${pro(c)} a une séance un mardi sur deux pour ${c.cond.name.fr} et est ${agr(c, 'épuisé', 'épuisée')} le lendemain. Je voudrais lui proposer des horaires aménagés.`,
      `Brouillon de mail aux RH : ${c.first} m'a confié souffrir de ${c.cond.name.fr} et prend du ${mp(c.meds[0]!, 'fr')}. ${cap(pro(c))} demande un aménagement (${rng.pick(['télétravail 3 jours', 'horaires décalés', 'pas de déplacements'])}).`,
    ],
    es: [
      `${c.first} estará de baja tras ${rng.pick(['la operación de rodilla', 'la prótesis de cadera', 'la operación de espalda'])}, unos ${c.days} días. Por favor, cubrid sus turnos. ¿Me lo redactas para el canal del equipo sin dar demasiados detalles médicos?`,
      `Ayúdame a escribir a RR. HH. sobre el calendario de ${rng.pick(['quimio', 'radioterapia', 'diálisis'])} de ${c.first}: tiene sesión cada dos martes por ${c.cond.name.es} y al día siguiente está ${agr(c, 'agotado', 'agotada')}. Quiero pedir horario flexible.`,
      `Borrador para RR. HH.: ${c.first} me ha contado que tiene ${c.cond.name.es} y toma ${mp(c.meds[0]!, 'es')}. Pide una adaptación del puesto (${rng.pick(['teletrabajo 3 días', 'entrar más tarde', 'no viajar'])}).`,
    ],
    nl: [
      `${c.first} is uit de roulatie na ${poss(c)} ${rng.pick(['knieoperatie', 'heupoperatie', 'rugoperatie'])}, waarschijnlijk ${c.days} dagen. Graag ${poss(c)} diensten overnemen. Kun je hier een net berichtje voor het teamkanaal van maken?`,
      `Help me een mail aan HR te schrijven over het ${rng.pick(['chemoschema', 'bestralingsschema', 'dialyseschema'])} van ${c.first}: ${pro(c)} heeft om de week op dinsdag behandeling voor ${c.cond.name.nl} en is de dag erna kapot. Ik wil flexibele werktijden afspreken.`,
      `Concept voor HR: ${c.first} heeft mij verteld dat ${pro(c)} ${c.cond.name.nl} heeft en ${mp(c.meds[0]!, 'nl')} gebruikt. ${cap(pro(c))} vraagt om aanpassingen (${rng.pick(['3 dagen thuiswerken', 'later beginnen', 'niet reizen'])}).`,
    ],
  };
  return { body: rng.pick(t[lang]), pAlone: 0.85 };
};

const vaccination: Family = (rng, c) => {
  const lang = c.lang;
  const V: L5[] = [
    l5('Hepatitis B', 'Hepatitis B', 'Hépatite B', 'Hepatitis B', 'Hepatitis B'), l5('Tetanus/diphtheria/pertussis', 'Tetanus/Diphtherie/Pertussis', 'dTcaP', 'Tétanos-difteria-tosferina', 'DKTP'),
    l5('MMR', 'MMR', 'ROR', 'Triple vírica', 'BMR'), l5('Influenza', 'Influenza', 'Grippe', 'Gripe', 'Griep'), l5('COVID-19 booster', 'COVID-19 Auffrischung', 'Rappel COVID-19', 'Refuerzo COVID-19', 'COVID-19 booster'),
    l5('Hepatitis A', 'Hepatitis A', 'Hépatite A', 'Hepatitis A', 'Hepatitis A'), l5('Yellow fever', 'Gelbfieber', 'Fièvre jaune', 'Fiebre amarilla', 'Gele koorts'), l5('Typhoid', 'Typhus', 'Typhoïde', 'Fiebre tifoidea', 'Buiktyfus'),
  ];
  const H: Record<Lang, string[]> = {
    en: ['Vaccine', 'Date', 'Batch', 'Given by'], de: ['Impfstoff', 'Datum', 'Charge', 'Arzt'], fr: ['Vaccin', 'Date', 'Lot', 'Vaccinateur'],
    es: ['Vacuna', 'Fecha', 'Lote', 'Centro'], nl: ['Vaccin', 'Datum', 'Batch', 'Gezet door'],
  };
  const rows = rng.shuffle(V).slice(0, rng.int(3, 6)).map((v) => [v[lang], numDate(rng, lang, 2015, 2025), `${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(1000, 9999)}`, c.doc]);
  const titre = `Anti-HBs: ${rng.int(5, 900)} IU/L`;
  const t: L5 = l5(
    `Immunisation record — ${c.named === 'none' ? 'employee' : `${c.first} ${c.last}`}, DOB ${c.dob}\n${table(rng, H.en, rows, lang)}\n${titre}\nNote: egg allergy, observe 15 min after vaccination.`,
    `Impfausweis ${c.named === 'none' ? '' : `${c.first} ${c.last}, `}geb. ${c.dob}\n${table(rng, H.de, rows, lang)}\n${titre}\nBemerkung: ${c.cond.name.de}, Immunsuppression beachten.`,
    `Carnet de vaccination — ${c.named === 'none' ? 'salarié(e)' : `${c.first} ${c.last}`}, ${agr(c, 'né', 'née')} le ${c.dob}\n${table(rng, H.fr, rows, lang)}\n${titre}\nRemarque : ${c.cond.name.fr}, pas de vaccins vivants.`,
    `Cartilla de vacunación de ${c.named === 'none' ? 'trabajador/a' : `${c.first} ${c.last}`} (nac. ${c.dob})\n${table(rng, H.es, rows, lang)}\n${titre}\nObs.: ${c.cond.name.es}.`,
    `Vaccinatieoverzicht ${c.named === 'none' ? 'medewerker' : `${c.first} ${c.last}`}, geb. ${c.dob}\n${table(rng, H.nl, rows, lang)}\n${titre}\nLet op: ${c.cond.name.nl}, geen levende vaccins.`,
  );
  const ask: L5 = l5('Which boosters am I missing before my trip to Kenya?', 'Welche Auffrischungen fehlen für die Dienstreise nach Indien?',
    'Il me manque quels rappels avant ma mission au Sénégal ?', '¿Qué refuerzos me faltan antes del viaje a Perú?', 'Welke vaccinaties mis ik nog voor mijn reis naar Indonesië?');
  return { body: rng.chance(0.4) ? `${t[lang]}\n\n${ask[lang]}` : t[lang], nps: { en: ['my vaccination record'], de: ['meinen Impfpass'], fr: ['mon carnet de vaccination'], es: ['mi cartilla de vacunación'], nl: ['mijn vaccinatieoverzicht'] } };
};

const insuranceClaim: Family = (rng, c) => {
  const lang = c.lang;
  const amt = num(rng.int(40, 3200) + rng.int(0, 99) / 100, 2, lang);
  const cur = lang === 'en' ? rng.pick(['$', '£']) : '€';
  const member = `${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(100000000, 999999999)}`;
  const proc = rng.pick(['99214', '97110', '72148', '90837', '29881', '80053']);
  const L: Record<Lang, [string, string, string, string, string, string, string]> = {
    en: ['CLAIM FORM', 'Member ID', 'Patient', 'Date of service', 'Diagnosis (ICD-10)', 'Procedure (CPT)', 'Amount billed'],
    de: ['Leistungsantrag', 'Versichertennr.', 'Versicherte Person', 'Behandlungsdatum', 'Diagnose (ICD-10-GM)', 'GOÄ-Ziffer', 'Rechnungsbetrag'],
    fr: ['DEMANDE DE REMBOURSEMENT', "N° d'adhérent", 'Bénéficiaire', 'Date des soins', 'Diagnostic (CIM-10)', 'Acte', 'Montant'],
    es: ['SOLICITUD DE REEMBOLSO', 'Nº de póliza', 'Asegurado/a', 'Fecha de asistencia', 'Diagnóstico (CIE-10)', 'Procedimiento', 'Importe'],
    nl: ['DECLARATIEFORMULIER', 'Polisnummer', 'Verzekerde', 'Behandeldatum', 'Diagnose (ICD-10)', 'Verrichting', 'Bedrag'],
  };
  const [title, m, p, d, dx, pr, a] = L[lang];
  const money = lang === 'en' ? `${cur}${amt}` : `${amt} ${cur}`;
  const rows = [[m, member], [p, c.named === 'none' ? `${c.first[0]}. ${c.last[0]}.` : `${c.first} ${c.last} (${c.dob})`], [d, c.d1], [dx, `${c.cond.code} ${c.cond.name[lang]}`], [pr, lang === 'de' ? String(rng.int(1, 5855)) : proc], [a, money]];
  const body = rng.chance(0.5) ? `${title} — ${c.clinic}\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}` : `${title}\n${table(rng, [rows[0]![0]!, rows[0]![1]!], rows.slice(1), lang)}`;
  const why: L5 = l5(`The insurer rejected this claim for my ${c.cond.name.en} treatment. Help me write an appeal.`, `Die Kasse hat die Erstattung abgelehnt. Hilf mir bitte beim Widerspruch.`,
    `La mutuelle refuse le remboursement. Aide-moi à rédiger une réclamation.`, `La aseguradora ha denegado el reembolso. ¿Me ayudas con la reclamación?`, `De verzekeraar wijst de declaratie af. Help je me met een bezwaarbrief?`);
  return rng.chance(0.4) ? { body: `${why[lang]}\n\n${body}`, pAlone: 1 } : { body, nps: { en: ['this claim', 'the claim form'], de: ['den Antrag'], fr: ['cette demande'], es: ['esta solicitud'], nl: ['deze declaratie'] } };
};

const handover: Family = (rng, c) => {
  const lang = c.lang;
  const bed = rng.int(1, 32);
  const pain = rng.int(1, 8);
  const bp = `${rng.int(98, 165)}/${rng.int(55, 98)}`;
  const spo2 = rng.int(90, 99);
  const t: Record<Lang, string[]> = {
    en: [
      `Handover ${rng.pick(['night → early', 'early → late', 'late → night'])}\nBed ${bed}: ${c.named === 'full' ? `${c.first[0]}. ${c.last}` : 'Mr/Mrs ' + c.last[0]}, ${ageStr(c)}, ${c.cond.name.en}, day ${rng.int(1, 6)}. Obs stable, BP ${bp}, SpO2 ${spo2}% on air. Pain ${pain}/10, had ${mp(c.meds[0]!, 'en')} at ${rng.int(10, 23)}:00. Mobilising with frame. Bloods due AM. Family visiting at 2.\nBed ${bed + 1}: ${c.cond2.name.en}, NBM from midnight for theatre.`,
      `SBAR — ${who(c)}, bed ${bed}\nS: ${c.cond.name.en}, increasingly confused since 04:00\nB: PMH ${c.cond2.name.en}, on ${c.meds.map((m) => mp(m, 'en')).join(', ')}\nA: BP ${bp}, SpO2 ${spo2}%, temp ${num(36 + rng.next() * 3, 1, lang)}\nR: please review within 30 min, ?sepsis screen`,
    ],
    de: [
      `Übergabe ${rng.pick(['Nacht → Früh', 'Früh → Spät', 'Spät → Nacht'])}\nZi. ${bed}: ${c.named === 'none' ? 'Pat.' : `${c.female ? 'Fr.' : 'Hr.'} ${c.last}`}, ${ageStr(c)} J., ${c.cond.name.de}, Tag ${rng.int(1, 6)}. Vitalzeichen stabil, RR ${bp}, SpO2 ${spo2} %. Schmerz NRS ${pain}, ${c.meds[0]!.name.de} um ${rng.int(10, 23)} Uhr. Mobilisation mit Rollator. Labor morgen früh.\nZi. ${bed + 1}: ${c.cond2.name.de}, ab 0 Uhr nüchtern für OP.`,
      `SBAR ${who(c)}, Zi. ${bed}\nS: ${c.cond.name.de}, seit 4 Uhr zunehmend verwirrt\nB: Vorerkrankung ${c.cond2.name.de}, Medikation ${c.meds.map((m) => m.name.de).join(', ')}\nA: RR ${bp}, SpO2 ${spo2} %, Temp. ${num(36 + rng.next() * 3, 1, lang)} °C\nE: ärztliche Visite in 30 Min., Sepsis-Screening?`,
    ],
    fr: [
      `Transmissions ${rng.pick(['nuit → matin', 'matin → après-midi'])}\nCh. ${bed} : ${c.named === 'none' ? 'patient(e)' : `${c.female ? 'Mme' : 'M.'} ${c.last}`}, ${ageStr(c)} ans, ${c.cond.name.fr}, J${rng.int(1, 6)}. Constantes stables, TA ${bp}, SpO2 ${spo2} %. EVA ${pain}/10, ${mp(c.meds[0]!, 'fr')} donné à ${rng.int(10, 23)} h. Lever au fauteuil. Bilan sanguin demain matin.\nCh. ${bed + 1} : ${c.cond2.name.fr}, à jeun depuis minuit pour le bloc.`,
      `Transmission ciblée — ${who(c)}, ch. ${bed}\nCible : confusion depuis 4 h\nDonnées : ${c.cond.name.fr}, ATCD ${c.cond2.name.fr}, TA ${bp}, SpO2 ${spo2} %\nActions : médecin de garde appelé, hémocultures\nRésultat : à réévaluer dans 30 min`,
    ],
    es: [
      `Relevo de turno ${rng.pick(['noche → mañana', 'mañana → tarde', 'tarde → noche'])}\nHab. ${bed}: ${c.named === 'none' ? 'paciente' : `${c.female ? 'Sra.' : 'Sr.'} ${c.last}`}, ${ageStr(c)} a., ${c.cond.name.es}, día ${rng.int(1, 6)}. Constantes estables, TA ${bp}, SatO2 ${spo2} %. EVA ${pain}/10, ${mp(c.meds[0]!, 'es')} a las ${rng.int(10, 23)}:00. Se levanta al sillón. Analítica mañana.\nHab. ${bed + 1}: ${c.cond2.name.es}, en ayunas desde las 00:00 para quirófano.`,
      `SBAR – ${who(c)}, hab. ${bed}\nS: ${c.cond.name.es}, desorientación desde las 4:00\nB: antecedentes de ${c.cond2.name.es}; tratamiento ${c.meds.map((m) => mp(m, 'es')).join(', ')}\nA: TA ${bp}, SatO2 ${spo2} %, T.ª ${num(36 + rng.next() * 3, 1, lang)}\nR: valoración médica en 30 min`,
    ],
    nl: [
      `Overdracht ${rng.pick(['nacht → vroeg', 'vroeg → laat', 'laat → nacht'])}\nKamer ${bed}: ${c.named === 'none' ? 'pt.' : `${c.female ? 'mw.' : 'dhr.'} ${c.last}`}, ${ageStr(c)} jr, ${c.cond.name.nl}, dag ${rng.int(1, 6)}. Controles stabiel, RR ${bp}, sat ${spo2}%. Pijnscore ${pain}, ${mp(c.meds[0]!, 'nl')} om ${rng.int(10, 23)}.00 uur. Mobiliseert met rollator. Morgen lab.\nKamer ${bed + 1}: ${c.cond2.name.nl}, nuchter vanaf 00.00 voor OK.`,
      `SBAR ${who(c)}, kamer ${bed}\nS: ${c.cond.name.nl}, sinds 04.00 toenemend verward\nB: voorgeschiedenis ${c.cond2.name.nl}, medicatie ${c.meds.map((m) => mp(m, 'nl')).join(', ')}\nA: RR ${bp}, sat ${spo2}%, temp ${num(36 + rng.next() * 3, 1, lang)}\nR: graag beoordeling binnen 30 min`,
    ],
  };
  return { body: rng.pick(t[lang]), nps: { en: ['my handover notes', 'this handover'], de: ['meine Übergabenotizen'], fr: ['mes transmissions'], es: ['mis notas del relevo'], nl: ['mijn overdracht'] } };
};

/** Short chat disclosures and questions (60–300 chars) about one person's condition, named or not. */
const shortDisclosure: Family = (rng, c) => {
  const lang = c.lang;
  const f = c.female;
  const x = c.named === 'none' ? ({ en: 'my colleague', de: f ? 'meine Kollegin' : 'mein Kollege', fr: f ? 'ma collègue' : 'mon collègue', es: f ? 'mi compañera' : 'mi compañero', nl: 'mijn collega' } as L5)[lang] : c.first;
  const X = cap(x);
  const cond = c.cond.name[lang];
  const med = mp(c.meds[0]!, lang);
  const cardio = rng.pick(['bisoprolol', 'ticagrelor', 'atorvastatin 80 mg', 'ramipril', 'clopidogrel']);
  const n = rng.int(2, 12);
  const t: Record<Lang, string[]> = {
    en: [
      `${X} told me in confidence ${pro(c)} is HIV-positive. Do I have to tell anyone at work?`,
      `${X} has type 1 diabetes and had a hypo in the meeting today, ${pro(c)} went pale and shaky. What should we do next time?`,
      `my dermatologist's letter says melanoma, ${rng.pick(['Breslow 0.8 mm', 'stage IB', 'superficial spreading'])}. what does that mean for me?`,
      `${X} had a heart attack ${rng.pick(['last month', 'in the spring', 'six weeks ago'])} and now they switched ${poss(c)} meds to ${cardio}. is that normal after a stent?`,
      `quick one: ${x} was diagnosed with ${cond} last week and is on ${med} now. how do I support ${f ? 'her' : 'him'} without making it weird?`,
      `${X} had a seizure at ${poss(c)} desk this morning, first one ever. Ambulance took ${f ? 'her' : 'him'}. How do I write to the team without oversharing?`,
      `I just got my results: ${rng.pick([`HbA1c ${num(6 + rng.next() * 4, 1, lang)}%`, `TSH ${num(4.5 + rng.next() * 8, 1, lang)} mU/L`, `ferritin ${rng.int(3, 14)} µg/L`])}. GP wants to start me on ${med}. Should I worry?`,
      `${X} is back from rehab for ${c.cond.code === 'F10.2' ? 'alcohol' : rng.pick(['alcohol', 'opioid'])} dependence and asked me to keep it quiet. Help me phrase a welcome-back note.`,
      `${X} had a miscarriage last week and is off for ${n} days, please help me tell the team ${pro(c)}'s on leave without details`,
      `my psychiatrist raised my ${med} dose after my ${cond} got worse. can I still drive to the client site?`,
    ],
    de: [
      `${X} hat mir im Vertrauen erzählt, dass ${pro(c)} HIV-positiv ist. Muss ich das im Betrieb melden?`,
      `${X} hat Typ-1-Diabetes und hatte heute im Meeting eine Unterzuckerung, war ganz blass und zittrig. Was tun wir beim nächsten Mal?`,
      `Im Arztbrief vom Hautarzt steht Melanom, ${rng.pick(['Tumordicke 0,8 mm', 'Stadium IB', 'superfiziell spreitend'])}. Was heißt das für mich?`,
      `${X} hatte einen Herzinfarkt und nimmt jetzt ${cardio[0]!.toUpperCase() + cardio.slice(1)} statt der alten Tabletten. Ist das nach einem Stent normal?`,
      `kurze Frage: bei ${x} wurde letzte Woche ${cond} festgestellt, ${pro(c)} nimmt jetzt ${med}. Wie unterstütze ich ${f ? 'sie' : 'ihn'}, ohne dass es komisch wird?`,
      `${X} hatte heute früh am Schreibtisch einen Krampfanfall, den ersten überhaupt. Wie schreibe ich dem Team, ohne zu viel zu verraten?`,
      `Meine Werte sind da: ${rng.pick([`HbA1c ${num(6 + rng.next() * 4, 1, lang)} %`, `TSH ${num(4.5 + rng.next() * 8, 1, lang)} mU/l`, `Ferritin ${rng.int(3, 14)} µg/l`])}. Die Hausärztin will mir ${med} geben. Muss ich mir Sorgen machen?`,
      `${X} ist aus der Suchtklinik zurück und möchte nicht, dass es jemand erfährt. Hilf mir bei einer Willkommensnachricht.`,
      `${X} hatte letzte Woche eine Fehlgeburt und ist ${n} Tage krankgeschrieben. Wie sage ich dem Team, dass ${pro(c)} fehlt, ohne Details?`,
    ],
    fr: [
      `${X} m'a confié qu'${pro(c)} est séropositi${f ? 've' : 'f'}. Est-ce que je dois le dire à quelqu'un au travail ?`,
      `${X} a un diabète de type 1 et a fait une hypo en réunion aujourd'hui, ${pro(c)} tremblait. On fait quoi la prochaine fois ?`,
      `le courrier de ma dermato parle de mélanome, ${rng.pick(['Breslow 0,8 mm', 'stade IB'])}. ça veut dire quoi pour moi ?`,
      `${X} a fait un infarctus et son cardiologue l'a mis${f ? 'e' : ''} sous ${cardio}. C'est normal après un stent ?`,
      `petite question : on a diagnostiqué ${cond} à ${x} la semaine dernière, ${pro(c)} prend du ${med}. Comment l'aider sans que ce soit gênant ?`,
      `${X} a fait une crise d'épilepsie à son bureau ce matin, la première. Comment prévenir l'équipe sans trop en dire ?`,
      `J'ai reçu mes résultats : ${rng.pick([`HbA1c ${num(6 + rng.next() * 4, 1, lang)} %`, `TSH ${num(4.5 + rng.next() * 8, 1, lang)} mUI/l`, `ferritine ${rng.int(3, 14)} µg/l`])}. Mon médecin veut me mettre sous ${med}. Je dois m'inquiéter ?`,
      `${X} a fait une fausse couche la semaine dernière et est en arrêt ${n} jours. Aide-moi à prévenir l'équipe sans détails.`,
    ],
    es: [
      `${X} me ha contado en confianza que es VIH positiv${f ? 'a' : 'o'}. ¿Tengo que decírselo a alguien en el trabajo?`,
      `${X} tiene diabetes tipo 1 y hoy le dio una hipoglucemia en la reunión, estaba pálid${f ? 'a' : 'o'} y temblando. ¿Qué hacemos la próxima vez?`,
      `el informe de mi dermatóloga dice melanoma, ${rng.pick(['Breslow 0,8 mm', 'estadio IB'])}. ¿qué significa para mí?`,
      `${X} tuvo un infarto y ahora toma ${cardio}. ¿Es normal ese cambio de medicación después de un stent?`,
      `una duda: a ${x} le diagnosticaron ${cond} la semana pasada y está con ${med}. ¿Cómo le apoyo sin que sea incómodo?`,
      `${X} ha tenido una crisis epiléptica en su mesa esta mañana, la primera. ¿Cómo aviso al equipo sin contar demasiado?`,
      `Ya tengo mis resultados: ${rng.pick([`HbA1c ${num(6 + rng.next() * 4, 1, lang)} %`, `TSH ${num(4.5 + rng.next() * 8, 1, lang)} mUI/l`, `ferritina ${rng.int(3, 14)} µg/l`])}. Mi médica quiere darme ${med}. ¿Me preocupo?`,
      `${X} tuvo un aborto espontáneo la semana pasada y está de baja ${n} días. Ayúdame a avisar al equipo sin detalles.`,
    ],
    nl: [
      `${X} vertelde me in vertrouwen dat ${pro(c)} hiv-positief is. Moet ik dat op het werk melden?`,
      `${X} heeft diabetes type 1 en had vandaag een hypo tijdens het overleg, ${pro(c)} was bleek en trillerig. Wat doen we de volgende keer?`,
      `in de brief van mijn dermatoloog staat melanoom, ${rng.pick(['Breslow 0,8 mm', 'stadium IB'])}. wat betekent dat voor mij?`,
      `${X} heeft een hartinfarct gehad en gebruikt nu ${cardio}. Is dat normaal na een stent?`,
      `korte vraag: bij ${x} is vorige week ${cond} vastgesteld, ${pro(c)} slikt nu ${med}. Hoe steun ik ${f ? 'haar' : 'hem'} zonder dat het raar wordt?`,
      `${X} kreeg vanochtend aan ${poss(c)} bureau een epileptische aanval, de eerste ooit. Hoe laat ik het team weten zonder te veel te delen?`,
      `Mijn uitslagen zijn binnen: ${rng.pick([`HbA1c ${rng.int(42, 90)} mmol/mol`, `TSH ${num(4.5 + rng.next() * 8, 1, lang)} mU/l`, `ferritine ${rng.int(3, 14)} µg/l`])}. De huisarts wil me ${med} geven. Moet ik me zorgen maken?`,
      `${X} heeft vorige week een miskraam gehad en is ${n} dagen ziek gemeld. Help me het team te laten weten dat ${pro(c)} er niet is, zonder details.`,
    ],
  };
  return { body: casual(rng, rng.pick(t[lang]), 0.15), pAlone: 0.8 };
};


// ---------------------------------------------------------------------------------------------------------------
// Short chat / e-mail disclosures (first person, about a colleague, and requests to word such a message).
// The frames are content-neutral and exported: hard-negatives.ts fills them with non-medical absence reasons and
// general health questions, so the chat style itself carries no signal.
// ---------------------------------------------------------------------------------------------------------------

/** x, y = content clauses (lower-case start, no final stop), n = addressee's first name, g = greeting or ''. */
export interface HSlots { x: string; y: string; n: string; g: string }
export type HFrame = (s: HSlots) => string;
const up = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A message the writer sends (to a manager, a colleague, HR), pasted with its own request. */
export const HEALTH_CHAT_FRAMES: Record<Lang, readonly HFrame[]> = {
  en: [
    (s) => `${s.g}just so you know, ${s.x}. can you make this sound more professional?`,
    (s) => `Hi ${s.n}, ${s.x}. ${up(s.y)}. Let me know if that works.\n\n^ fix the grammar pls`,
    (s) => `how do I tell ${s.n} that ${s.x}? dont want to overshare`,
    (s) => `${up(s.x)}. ${up(s.y)}. write this as a short teams msg to my manager`,
    (s) => `draft: "${s.g}${s.x}, so I'll be offline a bit. sorry!" - too casual?`,
    (s) => `Subject: this week\n\n${s.g}${up(s.x)}. ${up(s.y)}.\n\nThanks, ${s.n}\n\nis this ok to send?`,
    (s) => `quick one, ${s.x}. what do I put in the out of office?`,
    (s) => `translate for my boss in Paris: ${s.x}`,
    (s) => `${s.n} asked why I was out. honest answer: ${s.x}. help me reply`,
    (s) => `pls shorten: ${s.g}wanted to let you know ${s.x} and ${s.y}`,
    (s) => `[${s.n}] how are you doing?\n[me] ${s.x}\n\nhow do I continue this convo?`,
    (s) => `make this kinder: ${s.x}, ${s.y}`,
  ],
  de: [
    (s) => `${s.g}nur damit du Bescheid weißt, ${s.x}. Kannst du das professioneller formulieren?`,
    (s) => `Hallo ${s.n}, ${s.x}. ${up(s.y)}. Sag Bescheid, ob das passt.\n\n^ bitte Grammatik checken`,
    (s) => `wie sag ich ${s.n}, dass ${s.x}? will nicht zu viel erzählen`,
    (s) => `${up(s.x)}. ${up(s.y)}. Schreib das als kurze Teams-Nachricht an meine Chefin`,
    (s) => `Entwurf: „${s.g}${s.x}, deshalb bin ich etwas weniger erreichbar. Sorry!“ – zu locker?`,
    (s) => `Betreff: diese Woche\n\n${s.g}${up(s.x)}. ${up(s.y)}.\n\nDanke, ${s.n}\n\nkann ich das so schicken?`,
    (s) => `kurze Frage, ${s.x}. Was schreib ich in die Abwesenheitsnotiz?`,
    (s) => `übersetz das für meinen Chef in Paris: ${s.x}`,
    (s) => `${s.n} hat gefragt, warum ich weg war. Ehrliche Antwort: ${s.x}. Hilf mir beim Antworten`,
    (s) => `bitte kürzen: ${s.g}wollte dir sagen, dass ${s.x} und ${s.y}`,
    (s) => `[${s.n}] wie geht's dir?\n[ich] ${s.x}\n\nwie führe ich das Gespräch weiter?`,
    (s) => `mach das freundlicher: ${s.x}, ${s.y}`,
  ],
  fr: [
    (s) => `${s.g}pour que tu sois au courant, ${s.x}. tu peux rendre ça plus pro ?`,
    (s) => `Bonjour ${s.n}, ${s.x}. ${up(s.y)}. Dis-moi si ça te va.\n\n^ corrige les fautes stp`,
    (s) => `comment dire à ${s.n} que ${s.x} ? je veux pas trop en dire`,
    (s) => `${up(s.x)}. ${up(s.y)}. écris ça en message Teams court pour ma manager`,
    (s) => `brouillon : « ${s.g}${s.x}, donc je serai moins dispo. désolé ! » – trop familier ?`,
    (s) => `Objet : cette semaine\n\n${s.g}${up(s.x)}. ${up(s.y)}.\n\nMerci, ${s.n}\n\nje peux l'envoyer comme ça ?`,
    (s) => `petite question, ${s.x}. je mets quoi dans mon message d'absence ?`,
    (s) => `traduis pour mon chef à Londres : ${s.x}`,
    (s) => `${s.n} m'a demandé pourquoi j'étais absent. la vraie raison : ${s.x}. aide-moi à répondre`,
    (s) => `raccourcis stp : ${s.g}je voulais te dire que ${s.x} et ${s.y}`,
    (s) => `[${s.n}] ça va toi ?\n[moi] ${s.x}\n\ncomment continuer la conversation ?`,
    (s) => `rends ça plus gentil : ${s.x}, ${s.y}`,
  ],
  es: [
    (s) => `${s.g}para que lo sepas, ${s.x}. ¿puedes hacerlo más profesional?`,
    (s) => `Hola ${s.n}, ${s.x}. ${up(s.y)}. Dime si te va bien.\n\n^ corrige la gramática porfa`,
    (s) => `¿cómo le digo a ${s.n} que ${s.x}? no quiero contar demasiado`,
    (s) => `${up(s.x)}. ${up(s.y)}. escríbelo como mensaje corto de Teams para mi jefa`,
    (s) => `borrador: «${s.g}${s.x}, así que estaré menos disponible. ¡perdón!» – ¿muy informal?`,
    (s) => `Asunto: esta semana\n\n${s.g}${up(s.x)}. ${up(s.y)}.\n\nGracias, ${s.n}\n\n¿lo puedo enviar así?`,
    (s) => `una cosa, ${s.x}. ¿qué pongo en la respuesta automática?`,
    (s) => `tradúcelo para mi jefe de Londres: ${s.x}`,
    (s) => `${s.n} me preguntó por qué falté. la verdad: ${s.x}. ayúdame a contestar`,
    (s) => `acórtalo porfa: ${s.g}quería contarte que ${s.x} y ${s.y}`,
    (s) => `[${s.n}] ¿qué tal estás?\n[yo] ${s.x}\n\n¿cómo sigo la conversación?`,
    (s) => `hazlo más amable: ${s.x}, ${s.y}`,
  ],
  nl: [
    (s) => `${s.g}even zodat je het weet, ${s.x}. kun je dit professioneler maken?`,
    (s) => `Hoi ${s.n}, ${s.x}. ${up(s.y)}. Laat maar weten of dat goed is.\n\n^ graag grammatica checken`,
    (s) => `hoe vertel ik ${s.n} dat ${s.x}? wil niet te veel delen`,
    (s) => `${up(s.x)}. ${up(s.y)}. schrijf dit als kort Teams-bericht aan mijn leidinggevende`,
    (s) => `concept: "${s.g}${s.x}, dus ik ben wat minder bereikbaar. sorry!" – te informeel?`,
    (s) => `Onderwerp: deze week\n\n${s.g}${up(s.x)}. ${up(s.y)}.\n\nDank, ${s.n}\n\nkan ik dit zo sturen?`,
    (s) => `korte vraag, ${s.x}. wat zet ik in mijn afwezigheidsbericht?`,
    (s) => `vertaal voor mijn baas in Londen: ${s.x}`,
    (s) => `${s.n} vroeg waarom ik weg was. eerlijk antwoord: ${s.x}. help me antwoorden`,
    (s) => `graag inkorten: ${s.g}wilde je laten weten dat ${s.x} en ${s.y}`,
    (s) => `[${s.n}] hoe gaat het met je?\n[ik] ${s.x}\n\nhoe ga ik verder in dit gesprek?`,
    (s) => `maak dit vriendelijker: ${s.x}, ${s.y}`,
  ],
};

/** Messages about someone else (a colleague, a report, a patient), with the writer's question. */
export const HEALTH_ABOUT_FRAMES: Record<Lang, readonly HFrame[]> = {
  en: [
    (s) => `${s.g}${s.x}. how should I handle this as a manager?`,
    (s) => `${up(s.x)}. ${up(s.y)}. what do I tell the rest of the team?`,
    (s) => `got this from ${s.n} on teams: "${up(s.x)}." what's a kind reply?`,
    (s) => `need advice: ${s.x}. can I adjust the rota without making it obvious?`,
    (s) => `FYI from my 1:1 with ${s.n}: ${s.x}. summarise for my HR notes`,
    (s) => `write a get-well card text, context: ${s.x}`,
    (s) => `${up(s.x)} - is it ok to tell HR or do I need consent?`,
    (s) => `my report ${s.n} told me ${s.x}. ${up(s.y)}. what are my obligations?`,
    (s) => `draft a handover note: ${s.x}, so I'm covering ${s.n}'s accounts`,
    (s) => `quick sanity check, ${s.x}. normal to feel out of my depth?`,
    (s) => `translate for our HR partner in Madrid: ${s.x}`,
    (s) => `[${s.n}] ${s.x}\n\nhelp me answer this supportively`,
  ],
  de: [
    (s) => `${s.g}${s.x}. Wie gehe ich als Führungskraft damit um?`,
    (s) => `${up(s.x)}. ${up(s.y)}. Was sage ich dem restlichen Team?`,
    (s) => `hab das von ${s.n} im Teams bekommen: „${up(s.x)}.“ Was antworte ich nett?`,
    (s) => `brauche Rat: ${s.x}. Kann ich den Dienstplan anpassen, ohne dass es auffällt?`,
    (s) => `Zur Info aus dem 1:1 mit ${s.n}: ${s.x}. Fass das für meine HR-Notizen zusammen`,
    (s) => `schreib einen Text für eine Gute-Besserung-Karte, Kontext: ${s.x}`,
    (s) => `${up(s.x)} – darf ich das HR sagen oder brauche ich eine Einwilligung?`,
    (s) => `mein Mitarbeiter ${s.n} hat mir erzählt, dass ${s.x}. ${up(s.y)}. Was sind meine Pflichten?`,
    (s) => `Übergabenotiz entwerfen: ${s.x}, deshalb übernehme ich die Kunden von ${s.n}`,
    (s) => `kurze Einschätzung: ${s.x}. Normal, dass ich überfordert bin?`,
    (s) => `übersetz das für unsere HR-Partnerin in Madrid: ${s.x}`,
    (s) => `[${s.n}] ${s.x}\n\nhilf mir, unterstützend zu antworten`,
  ],
  fr: [
    (s) => `${s.g}${s.x}. comment gérer ça en tant que manager ?`,
    (s) => `${up(s.x)}. ${up(s.y)}. je dis quoi au reste de l'équipe ?`,
    (s) => `reçu de ${s.n} sur Teams : « ${up(s.x)}. » je réponds quoi gentiment ?`,
    (s) => `besoin d'un conseil : ${s.x}. je peux adapter le planning sans que ça se voie ?`,
    (s) => `Pour info, de mon 1:1 avec ${s.n} : ${s.x}. résume pour mes notes RH`,
    (s) => `écris un mot pour une carte de prompt rétablissement, contexte : ${s.x}`,
    (s) => `${up(s.x)} – je peux le dire aux RH ou il faut son accord ?`,
    (s) => `${s.n}, de mon équipe, m'a dit que ${s.x}. ${up(s.y)}. quelles sont mes obligations ?`,
    (s) => `prépare une note de passation : ${s.x}, donc je reprends les clients de ${s.n}`,
    (s) => `petit avis : ${s.x}. normal que je me sente dépassé ?`,
    (s) => `traduis pour notre RH à Madrid : ${s.x}`,
    (s) => `[${s.n}] ${s.x}\n\naide-moi à répondre avec bienveillance`,
  ],
  es: [
    (s) => `${s.g}${s.x}. ¿cómo lo gestiono como mánager?`,
    (s) => `${up(s.x)}. ${up(s.y)}. ¿qué le digo al resto del equipo?`,
    (s) => `me llegó esto de ${s.n} por Teams: «${up(s.x)}». ¿qué le contesto con tacto?`,
    (s) => `necesito consejo: ${s.x}. ¿puedo cambiar los turnos sin que se note?`,
    (s) => `Del 1:1 con ${s.n}: ${s.x}. resúmelo para mis notas de RR. HH.`,
    (s) => `escribe un texto para una tarjeta de recupérate pronto, contexto: ${s.x}`,
    (s) => `${up(s.x)} – ¿se lo puedo decir a RR. HH. o necesito su permiso?`,
    (s) => `${s.n}, de mi equipo, me contó que ${s.x}. ${up(s.y)}. ¿qué obligaciones tengo?`,
    (s) => `redacta una nota de traspaso: ${s.x}, así que llevo yo los clientes de ${s.n}`,
    (s) => `una opinión rápida: ${s.x}. ¿es normal sentirme superado?`,
    (s) => `tradúcelo para nuestra responsable de RR. HH. en Berlín: ${s.x}`,
    (s) => `[${s.n}] ${s.x}\n\nayúdame a responder con empatía`,
  ],
  nl: [
    (s) => `${s.g}${s.x}. hoe pak ik dit aan als leidinggevende?`,
    (s) => `${up(s.x)}. ${up(s.y)}. wat zeg ik tegen de rest van het team?`,
    (s) => `kreeg dit van ${s.n} via Teams: "${up(s.x)}." wat is een lief antwoord?`,
    (s) => `advies nodig: ${s.x}. kan ik het rooster aanpassen zonder dat het opvalt?`,
    (s) => `Ter info uit mijn 1-op-1 met ${s.n}: ${s.x}. vat samen voor mijn HR-notities`,
    (s) => `schrijf een tekst voor een beterschapskaart, context: ${s.x}`,
    (s) => `${up(s.x)} – mag ik dit aan HR vertellen of heb ik toestemming nodig?`,
    (s) => `${s.n} uit mijn team vertelde dat ${s.x}. ${up(s.y)}. wat zijn mijn verplichtingen?`,
    (s) => `schrijf een overdrachtsnotitie: ${s.x}, dus ik neem de klanten van ${s.n} over`,
    (s) => `even checken: ${s.x}. normaal dat ik me er geen raad mee weet?`,
    (s) => `vertaal voor onze HR-partner in Madrid: ${s.x}`,
    (s) => `[${s.n}] ${s.x}\n\nhelp me steunend te reageren`,
  ],
};

const H_GREET: Record<Lang, readonly string[]> = {
  en: ['Hi {n}, ', 'hey {n}, ', 'Morning {n}, ', 'Hi, '],
  de: ['Hallo {n}, ', 'Hi {n}, ', 'Moin {n}, ', 'Guten Morgen, '],
  fr: ['Bonjour {n}, ', 'Salut {n}, ', 'Coucou {n}, ', 'Bonjour, '],
  es: ['Hola {n}, ', 'Buenas {n}, ', 'Hola, ', 'Buenos días {n}, '],
  nl: ['Hoi {n}, ', 'Hey {n}, ', 'Goedemorgen {n}, ', 'Hallo, '],
};
/** Slots from a content pool; exported for hard-negatives.ts. */
export function healthSlots(rng: Rng, lang: Lang, pool: readonly string[], name: string): HSlots {
  const [x, y] = rng.shuffle(pool);
  return { x: x!, y: y ?? x!, n: name, g: rng.chance(0.4) ? rng.pick(H_GREET[lang]).replace('{n}', name) : '' };
}

/** First-person disclosures (lower-case start, no final stop). */
function selfFacts(rng: Rng, c: Ctx): string[] {
  const w = rng.int(8, 30);
  const d = c.days;
  const cond = c.lang === 'de' ? c.cond.name.de : c.cond.name[c.lang].toLowerCase();
  const med = mp(c.meds[0]!, c.lang);
  const t: Record<Lang, string> = {
    en: `I'm ${w} weeks pregnant and the midwife put me on bed rest because of bleeding|my GP signed me off for ${d} days with burnout, I'm starting therapy next week|I was diagnosed with ${cond} and I'm still getting used to the ${med}|I'm recovering from ${rng.pick(['knee', 'hip', 'shoulder', 'back'])} surgery and can't drive for ${rng.int(2, 6)} weeks|the new ${med} makes me dizzy and nauseous in the mornings|my blood tests came back and my ${rng.pick(['thyroid', 'iron', 'liver'])} values are off, more tests on ${c.d3}|I have ADHD and need noise-cancelling headphones and written briefs as an accommodation|I was off last week because of a panic attack, not a cold|my son was just diagnosed with autism and I need to go to therapy sessions with him on Tuesdays|I had a miscarriage last week and I'm not ready to talk about it|my MS is flaring up again and I need to work from home for a while|I'm on antidepressants and the first weeks make me really tired`,
    de: `ich bin in der ${w}. Woche schwanger und muss wegen Blutungen liegen|meine Hausärztin hat mich ${d} Tage wegen Burnout krankgeschrieben, Therapie startet nächste Woche|bei mir wurde ${cond} festgestellt und ich gewöhne mich noch an ${med}|ich erhole mich von einer ${rng.pick(['Knie', 'Hüft', 'Schulter', 'Rücken'])}-OP und darf ${rng.int(2, 6)} Wochen nicht Auto fahren|von dem neuen ${med} wird mir morgens schwindlig und übel|meine Blutwerte sind da, ${rng.pick(['Schilddrüse', 'Eisen', 'Leberwerte'])} auffällig, weitere Untersuchung am ${c.d3}|ich habe ADHS und brauche als Ausgleich Kopfhörer und schriftliche Briefings|ich war letzte Woche wegen einer Panikattacke weg, nicht wegen Erkältung|bei meinem Sohn wurde gerade Autismus diagnostiziert, dienstags muss ich mit ihm zur Therapie|ich hatte letzte Woche eine Fehlgeburt und mag noch nicht darüber reden|meine MS hat einen neuen Schub und ich muss eine Weile von zu Hause arbeiten|ich nehme Antidepressiva und bin die ersten Wochen total müde`,
    fr: `je suis enceinte de ${w} semaines et la sage-femme m'a mise au repos à cause de saignements|mon médecin m'a arrêté ${d} jours pour burn-out, je commence une thérapie la semaine prochaine|on m'a diagnostiqué ${cond} et je m'habitue encore au ${med}|je me remets d'une opération ${rng.pick(['du genou', 'de la hanche', "de l'épaule", 'du dos'])} et je ne peux pas conduire pendant ${rng.int(2, 6)} semaines|le nouveau ${med} me donne des vertiges et des nausées le matin|mes analyses de sang sont revenues, ${rng.pick(['la thyroïde', 'le fer', 'le bilan hépatique'])} pas bon, autres examens le ${c.d3}|j'ai un TDAH et j'ai besoin d'un casque et de consignes écrites comme aménagement|j'étais absent la semaine dernière à cause d'une crise d'angoisse, pas d'un rhume|mon fils vient d'être diagnostiqué autiste et je dois l'accompagner en thérapie le mardi|j'ai fait une fausse couche la semaine dernière et je ne suis pas prête à en parler|ma SEP refait une poussée et je dois télétravailler quelque temps|je suis sous antidépresseurs et les premières semaines je suis épuisé`,
    es: `estoy embarazada de ${w} semanas y la matrona me ha mandado reposo por sangrado|mi médica me ha dado la baja ${d} días por burnout, empiezo terapia la semana que viene|me han diagnosticado ${cond} y todavía me estoy acostumbrando a ${med}|me estoy recuperando de una operación ${rng.pick(['de rodilla', 'de cadera', 'de hombro', 'de espalda'])} y no puedo conducir en ${rng.int(2, 6)} semanas|el nuevo ${med} me da mareos y náuseas por las mañanas|ya tengo la analítica y salen mal ${rng.pick(['la tiroides', 'el hierro', 'las transaminasas'])}, más pruebas el ${c.d3}|tengo TDAH y necesito cascos y las tareas por escrito como adaptación|la semana pasada falté por un ataque de pánico, no por un resfriado|a mi hijo le acaban de diagnosticar autismo y los martes tengo que ir con él a terapia|tuve un aborto espontáneo la semana pasada y aún no puedo hablar de ello|mi esclerosis múltiple ha tenido un brote y necesito teletrabajar una temporada|tomo antidepresivos y las primeras semanas estoy agotada`,
    nl: `ik ben ${w} weken zwanger en moet van de verloskundige plat liggen vanwege bloedverlies|de huisarts heeft me ${d} dagen ziek gemeld met een burn-out, volgende week begint de therapie|ik heb de diagnose ${cond} gekregen en moet nog wennen aan ${med}|ik herstel van een ${rng.pick(['knie', 'heup', 'schouder', 'rug'])}operatie en mag ${rng.int(2, 6)} weken niet autorijden|van de nieuwe ${med} word ik 's ochtends duizelig en misselijk|mijn bloeduitslagen zijn binnen, ${rng.pick(['schildklier', 'ijzer', 'leverwaarden'])} afwijkend, verder onderzoek op ${c.d3}|ik heb ADHD en heb als aanpassing een koptelefoon en schriftelijke briefings nodig|ik was vorige week weg door een paniekaanval, niet door verkoudheid|bij mijn zoon is net autisme vastgesteld en op dinsdag ga ik met hem naar therapie|ik heb vorige week een miskraam gehad en wil er nog niet over praten|mijn MS speelt weer op en ik moet een tijdje thuiswerken|ik slik antidepressiva en ben de eerste weken heel moe`,
  };
  return t[c.lang].split('|');
}

/** Third-person facts about a colleague/report (named or not). */
function otherFacts(rng: Rng, c: Ctx): string[] {
  const f = c.female;
  const X = c.named === 'none' ? ({ en: 'my colleague', de: f ? 'meine Kollegin' : 'mein Kollege', fr: f ? 'ma collègue' : 'mon collègue', es: f ? 'mi compañera' : 'mi compañero', nl: 'mijn collega' } as L5)[c.lang] : c.first;
  const cond = c.lang === 'de' ? c.cond.name.de : c.cond.name[c.lang].toLowerCase();
  const med = mp(c.meds[0]!, c.lang);
  const d = c.days;
  const t: Record<Lang, string> = {
    en: `${X} is on mental-health leave for ${d} days after a breakdown|${X} has ${cond} and takes ${med}, which makes ${f ? 'her' : 'him'} drowsy|${X} is back from chemo and can only do mornings for now|${X} has a high-risk pregnancy and the doctor says no travel|${X} told me ${f ? 'she' : 'he'}'s been self-harming again|${X}'s scan showed a tumour, biopsy is on ${c.d3}|${X} needs a standing desk and extra breaks because of ${f ? 'her' : 'his'} back condition|${X} was hospitalised with ${cond} over the weekend|${X}'s daughter has leukaemia and ${f ? 'she' : 'he'} needs flexible hours|${X} is in rehab for alcohol and back in ${rng.int(3, 8)} weeks|${X} has epilepsy and had a seizure in the warehouse|${X} is off sick with long covid and still can't concentrate`,
    de: `${X} ist nach einem Zusammenbruch ${d} Tage wegen psychischer Probleme krankgeschrieben|${X} hat ${cond} und nimmt ${med}, davon ist ${f ? 'sie' : 'er'} ständig müde|${X} ist aus der Chemo zurück und schafft erst mal nur vormittags|${X} hat eine Risikoschwangerschaft, der Arzt hat Dienstreisen verboten|${X} hat mir erzählt, dass ${f ? 'sie' : 'er'} sich wieder selbst verletzt|beim MRT von ${X} wurde ein Tumor gefunden, Biopsie am ${c.d3}|${X} braucht wegen ${f ? 'ihres' : 'seines'} Bandscheibenvorfalls einen Stehtisch und mehr Pausen|${X} lag am Wochenende mit ${cond} im Krankenhaus|die Tochter von ${X} hat Leukämie, ${f ? 'sie' : 'er'} braucht flexible Zeiten|${X} ist in der Entzugsklinik und in ${rng.int(3, 8)} Wochen zurück|${X} hat Epilepsie und hatte im Lager einen Anfall|${X} ist mit Long Covid krankgeschrieben und kann sich noch nicht konzentrieren`,
    fr: `${X} est en arrêt ${d} jours pour épuisement psychique|${X} a ${cond} et prend du ${med}, ça l'endort|${X} revient de chimio et ne peut faire que les matinées|${X} a une grossesse à risque, le médecin interdit les déplacements|${X} m'a confié qu'${f ? 'elle' : 'il'} se scarifie à nouveau|l'IRM de ${X} a montré une tumeur, biopsie le ${c.d3}|${X} a besoin d'un bureau debout et de pauses à cause de sa hernie discale|${X} a été hospitalisé${f ? 'e' : ''} pour ${cond} ce week-end|la fille de ${X} a une leucémie, il lui faut des horaires souples|${X} est en cure de désintoxication, retour dans ${rng.int(3, 8)} semaines|${X} est épileptique et a fait une crise à l'entrepôt|${X} est en arrêt pour covid long et n'arrive toujours pas à se concentrer`,
    es: `${X} está de baja ${d} días por salud mental tras una crisis|${X} tiene ${cond} y toma ${med}, que le deja somnolient${f ? 'a' : 'o'}|${X} ha vuelto de la quimio y de momento solo puede hacer mañanas|${X} tiene un embarazo de riesgo y el médico le ha prohibido viajar|${X} me ha contado que se vuelve a autolesionar|en la resonancia de ${X} salió un tumor, la biopsia es el ${c.d3}|${X} necesita mesa elevable y más pausas por su hernia discal|${X} estuvo ingresad${f ? 'a' : 'o'} el fin de semana por ${cond}|la hija de ${X} tiene leucemia y necesita horario flexible|${X} está en rehabilitación por alcohol y vuelve en ${rng.int(3, 8)} semanas|${X} tiene epilepsia y le dio una crisis en el almacén|${X} está de baja por covid persistente y aún no se concentra`,
    nl: `${X} zit ${d} dagen thuis met psychische klachten na een instorting|${X} heeft ${cond} en slikt ${med}, daar wordt ${f ? 'ze' : 'hij'} suf van|${X} is terug van de chemo en kan voorlopig alleen ochtenden|${X} heeft een risicozwangerschap en mag van de arts niet reizen|${X} vertelde me dat ${f ? 'ze' : 'hij'} zichzelf weer beschadigt|op de MRI van ${X} is een tumor gezien, biopsie op ${c.d3}|${X} heeft door een hernia een sta-bureau en extra pauzes nodig|${X} lag in het weekend in het ziekenhuis met ${cond}|de dochter van ${X} heeft leukemie, ${f ? 'ze' : 'hij'} heeft flexibele uren nodig|${X} zit in een afkickkliniek en is over ${rng.int(3, 8)} weken terug|${X} heeft epilepsie en kreeg een aanval in het magazijn|${X} is ziek met long covid en kan zich nog steeds niet concentreren`,
  };
  return t[c.lang].split('|');
}

const chatFamily = (frames: Record<Lang, readonly HFrame[]>, facts: (rng: Rng, c: Ctx) => string[], pAlone = 0.85): Family => (rng, c) => {
  const s = healthSlots(rng, c.lang, facts(rng, c), c.colleague);
  return { body: casual(rng, rng.pick(frames[c.lang])(s), 0.2), pAlone };
};
/** First-person disclosure to a manager/colleague. */
const chatSelf = chatFamily(HEALTH_CHAT_FRAMES, selfFacts);
/** A disclosure about a colleague or report. */
const chatColleague = chatFamily(HEALTH_ABOUT_FRAMES, otherFacts);
/** Chat-style request wording a message that carries either kind of fact, mixed frames. */
const chatMixed: Family = (rng, c) => {
  const facts = rng.chance(0.5) ? selfFacts(rng, c) : otherFacts(rng, c);
  const frames = facts === undefined ? HEALTH_CHAT_FRAMES : rng.chance(0.5) ? HEALTH_CHAT_FRAMES : HEALTH_ABOUT_FRAMES;
  const s = healthSlots(rng, c.lang, facts, c.colleague);
  // the bare message (two facts, no own request), wrapped by the shared requests
  const bare = rng.chance(0.5) ? `${s.g}${up(s.x)}. ${up(s.y)}.` : rng.pick(frames[c.lang])(s);
  return { body: casual(rng, bare, 0.2), pAlone: 0.3 };
};

const FAMILIES: readonly [string, Family][] = [
  ['prescription', prescription], ['lab_results', labResults], ['discharge_summary', discharge], ['clinical_letter', letter],
  ['referral', referral], ['therapy_note', therapyNote], ['sick_note', sickNote], ['occupational_health', occHealth],
  ['hr_colleague_condition', hrMessage], ['vaccination_record', vaccination], ['insurance_claim', insuranceClaim], ['nursing_handover', handover],
  ['short_disclosure', shortDisclosure], ['chat_self_disclosure', chatSelf], ['chat_colleague_disclosure', chatColleague],
  ['chat_disclosure_wrapped', chatMixed],
];

/** Synthetic health positives, balanced over the five languages and sixteen families. */
export function generate(rng: Rng, count: number): Example[] {
  return generateBalanced(rng, count, FAMILIES, (r, lang, [name, family]) => {
    const c = ctx(r, lang);
    const { body, nps, pAlone } = family(r, c);
    return { text: wrapRequest(r, lang, body, nps, pAlone ?? 0.2), labels: ['health'], lang, origin: `synthetic/health/${name}` };
  });
}
