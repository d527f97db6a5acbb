/**
 * Synthetic workplace positives for the `financial` category: the prompts an employee types when pasting invoices,
 * payroll, statements, ledgers, budgets, unreleased numbers and card/bank details into a chatbot, in five languages.
 * Most examples wrap the pasted document in a request ("summarise this", "translate for the supplier"); some are the
 * bare document, some a short message with the data inline. Every value is synthetic (values.ts); deterministic.
 *
 * The helpers above the families (Ctx, table rendering, request wrapping, markers) are shared with
 * synthetic-confidential.ts.
 */
import { LANGS, type ClassifierCategory, type Example, type Lang } from './types.ts';
import type { Rng } from './rng.ts';
import * as V from './values.ts';

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------------------------

/** A phrase per language: one string or alternatives to pick from. */
export type Phr = Record<Lang, string | readonly string[]>;

const GROUP_SEP: Record<Lang, string> = { en: ',', de: '.', fr: ' ', es: '.', nl: '.' };

/** Per-example context: the language, the Rng and value helpers with one consistent currency. */
export class Ctx {
  readonly cur: string;
  /** How this document writes large amounts (one style per document). */
  private readonly bigStyle: number;
  constructor(
    readonly rng: Rng,
    readonly lang: Lang,
  ) {
    this.cur = lang === 'en' ? rng.pick(['$', '£', '£', '€']) : '€';
    this.bigStyle = rng.int(0, 1);
  }
  t(p: Phr): string {
    const v = p[this.lang];
    return typeof v === 'string' ? v : this.rng.pick(v);
  }
  pick<T>(xs: readonly T[]): T {
    return this.rng.pick(xs);
  }
  int(min: number, max: number): number {
    return this.rng.int(min, max);
  }
  chance(p: number): boolean {
    return this.rng.chance(p);
  }
  /** k distinct items of xs, in random order. */
  some<T>(xs: readonly T[], k: number): T[] {
    return this.rng.shuffle(xs).slice(0, Math.min(k, xs.length));
  }
  name(): string {
    return V.personName(this.rng, this.lang);
  }
  first(): string {
    return V.firstName(this.rng, this.lang);
  }
  last(): string {
    return V.lastName(this.rng, this.lang);
  }
  co(): string {
    return V.company(this.rng, this.lang);
  }
  city(): string {
    return V.city(this.rng, this.lang);
  }
  street(): string {
    return V.street(this.rng, this.lang);
  }
  date(from = 2024, to = 2026): string {
    return V.date(this.rng, this.lang, from, to);
  }
  month(): string {
    return V.month(this.rng, this.lang);
  }
  year(): number {
    return this.int(2024, 2026);
  }
  iban(): string {
    return V.iban(this.rng, this.lang);
  }
  card(): string {
    return V.cardNumber(this.rng);
  }
  /** A short numeric date (dd.mm. / mm/dd) for table rows. */
  shortDate(): string {
    const d = String(this.int(1, 28)).padStart(2, '0');
    const m = String(this.int(1, 12)).padStart(2, '0');
    return this.lang === 'en' ? `${d}/${m}` : this.lang === 'de' ? `${d}.${m}.` : this.lang === 'nl' ? `${d}-${m}` : `${d}/${m}`;
  }
  /** A random amount rounded to `step`. */
  amt(min: number, max: number, step = 0.01): number {
    return Math.round(this.int(Math.round(min / step), Math.round(max / step)) * step * 100) / 100;
  }
  /** A number written the language's way (1,234.50 / 1.234,50 / 1 234,50). */
  n(v: number, dec = 2): string {
    const neg = v < 0;
    const [int, frac] = Math.abs(v).toFixed(dec).split('.') as [string, string | undefined];
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEP[this.lang]);
    const body = frac === undefined ? grouped : `${grouped}${this.lang === 'en' ? '.' : ','}${frac}`;
    return neg ? `-${body}` : body;
  }
  /** A money amount in the document's currency. */
  m(v: number, dec = 2): string {
    const s = this.n(v, dec);
    if (this.lang === 'en') return s.startsWith('-') ? `-${this.cur}${s.slice(1)}` : `${this.cur}${s}`;
    if (this.lang === 'nl') return `€ ${s}`;
    return `${s} €`;
  }
  mm(min: number, max: number, step = 0.01): string {
    return this.m(this.amt(min, max, step));
  }
  /** Amount in thousands/millions as managers write it: "€4.2m", "4,2 Mio. €", "4,2 M€", "4,2 millones", "€ 4,2 mln". */
  big(v: number): string {
    const mio = v / 1_000_000;
    if (mio >= 1) {
      const r = Math.round(mio * 10) / 10;
      const s = this.n(r, r >= 100 || Number.isInteger(r) ? 0 : 1);
      const forms: Record<Lang, readonly [string, string]> = {
        en: [`${this.cur}${s}m`, `${this.cur}${s}M`],
        de: [`${s} Mio. €`, `${s} Mio €`],
        fr: [`${s} M€`, `${s} millions d'euros`],
        es: [`${s} M€`, `${s} millones de euros`],
        nl: [`€ ${s} mln`, `${s} miljoen euro`],
      };
      return forms[this.lang][this.bigStyle]!;
    }
    const k = this.n(v / 1000, 0);
    return this.t({ en: `${this.cur}${k}k`, de: `${k} T€`, fr: `${k} k€`, es: `${k} mil €`, nl: `€ ${k}K` });
  }
  pct(v: number, dec = 1): string {
    const s = this.n(v, dec);
    return this.lang === 'en' || this.lang === 'nl' ? `${s}%` : `${s} %`;
  }
  /** A document reference like INV-2025-0412. */
  ref(prefix: string): string {
    return `${prefix}-${this.year()}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A numeric date in one fixed format per language (for table columns). */
  numDate(): string {
    const d = String(this.int(1, 28)).padStart(2, '0');
    const m = String(this.int(1, 12)).padStart(2, '0');
    const y = this.year();
    return this.lang === 'en' ? `${y}-${m}-${d}` : this.lang === 'de' ? `${d}.${m}.${y}` : this.lang === 'nl' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`;
  }
  quarter(): string {
    return `Q${this.int(1, 4)}`;
  }
}

export type TableStyle = 'pipe' | 'tab' | 'csv' | 'aligned' | 'dash';

/** Renders a table the ways people paste them: markdown pipes, tabs from Excel, CSV, space-aligned, dashed lines. */
export function table(c: Ctx, headers: readonly string[], rows: readonly (readonly string[])[], style?: TableStyle): string {
  const s = style ?? c.pick<TableStyle>(['pipe', 'tab', 'tab', 'csv', 'aligned', 'aligned', 'dash']);
  const all = [headers, ...rows];
  switch (s) {
    case 'pipe':
      return [
        `| ${headers.join(' | ')} |`,
        `|${headers.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ].join('\n');
    case 'tab':
      return all.map((r) => r.join('\t')).join('\n');
    case 'csv': {
      const sep = c.lang === 'en' ? ',' : ';';
      const q = (x: string) => (x.includes(sep) || x.includes('"') ? `"${x.replace(/"/g, '""')}"` : x);
      return all.map((r) => r.map(q).join(sep)).join('\n');
    }
    case 'aligned': {
      const w = headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
      return all.map((r) => r.map((x, i) => (i === r.length - 1 ? x : x.padEnd(w[i]! + 2))).join('').trimEnd()).join('\n');
    }
    case 'dash':
      return rows.map((r) => r.join(' – ')).join('\n');
  }
}

/** Bullet list with a random bullet style. */
export function bullets(c: Ctx, items: readonly string[]): string {
  const b = c.pick(['- ', '* ', '• ', '', 'n']);
  return items.map((x, i) => (b === 'n' ? `${i + 1}. ${x}` : `${b}${x}`)).join('\n');
}

/** An e-mail header block as copied from a mail client. */
export function mailHeader(c: Ctx, from: string, to: string, subject: string): string {
  const L = c.t({
    en: 'From|To|Subject|Sent',
    de: 'Von|An|Betreff|Gesendet',
    fr: 'De|À|Objet|Envoyé',
    es: 'De|Para|Asunto|Enviado',
    nl: 'Van|Aan|Onderwerp|Verzonden',
  }).split('|') as [string, string, string, string];
  const lines = [`${L[0]}: ${from}`, `${L[1]}: ${to}`];
  if (c.chance(0.5)) lines.push(`${L[3]}: ${c.date()}`);
  lines.push(`${L[2]}: ${subject}`);
  return lines.join('\n');
}

/** A plausible work e-mail address for a person at a company. */
export function email(c: Ctx, person: string, company: string): string {
  const local = person
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  const domain = company.split(' ')[0]!.toLowerCase();
  return `${local}@${domain}.${c.pick(c.lang === 'en' ? ['com', 'co.uk', 'io'] : [c.lang === 'es' ? 'es' : c.lang, 'com', 'eu'])}`;
}

export const GREET: Phr = {
  en: ['Hi {n},', 'Dear {n},', 'Hello {n},', '{n},', 'Hi all,'],
  de: ['Hallo {n},', 'Guten Tag {n},', 'Sehr geehrte Damen und Herren,', 'Hi {n},', 'Hallo zusammen,', 'Moin {n},'],
  fr: ['Bonjour {n},', 'Bonjour,', 'Madame, Monsieur,', 'Salut {n},', 'Bonjour à tous,'],
  es: ['Hola {n}:', 'Buenos días,', 'Buenas tardes, {n}:', 'Hola {n},', 'Hola a todos,'],
  nl: ['Hoi {n},', 'Beste {n},', 'Geachte heer/mevrouw,', 'Hallo {n},', 'Hoi allemaal,'],
};
export const SIGN: Phr = {
  en: ['Best regards,', 'Thanks,', 'Kind regards,', 'Cheers,', 'Best,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'VG', 'Gruß'],
  fr: ['Cordialement,', 'Bien à vous,', 'Merci,', 'Bonne journée,', 'Bien cordialement,'],
  es: ['Un saludo,', 'Saludos,', 'Atentamente,', 'Gracias,', 'Un abrazo,'],
  nl: ['Met vriendelijke groet,', 'Groet,', 'Groetjes,', 'Mvg,', 'Alvast bedankt,'],
};
export const greet = (c: Ctx, n?: string): string => c.t(GREET).replace('{n}', n ?? c.first());
export const sign = (c: Ctx, n?: string): string => `${c.t(SIGN)}\n${n ?? c.first()}`;

/** Confidentiality markers, per language; the generators put them on a minority of positives. */
export const MARKERS: Record<Lang, readonly string[]> = {
  en: ['INTERNAL ONLY', 'Confidential', 'Internal – do not forward', 'CONFIDENTIAL – not for distribution', 'Strictly private & confidential'],
  de: ['VERTRAULICH', 'Nur für den internen Gebrauch', 'Intern – nicht weiterleiten', 'Streng vertraulich', 'Vertraulich – nur für den Empfängerkreis'],
  fr: ['CONFIDENTIEL', 'Usage interne uniquement', 'Diffusion restreinte', 'Strictement confidentiel – ne pas diffuser', 'Confidentiel – interne'],
  es: ['CONFIDENCIAL', 'Uso interno', 'Solo para uso interno – no reenviar', 'Estrictamente confidencial', 'Confidencial – no difundir'],
  nl: ['VERTROUWELIJK', 'Alleen voor intern gebruik', 'Intern – niet doorsturen', 'Strikt vertrouwelijk', 'Vertrouwelijk – niet verspreiden'],
};
/** Matches any marker (tests use it to keep the share of marked positives under 30%). */
export const MARKER_RE = /internal only|confidential|do not forward|vertraulich|internen gebrauch|nicht weiterleiten|confidentiel|usage interne|diffusion restreinte|confidencial|uso interno|no reenviar|vertrouwelijk|intern gebruik|niet doorsturen|embargo|sperrfrist/i;

export function addMarker(c: Ctx, doc: string): string {
  const m = c.pick(MARKERS[c.lang]);
  const r = c.int(0, 3);
  if (r === 0) return `${m}\n\n${doc}`;
  if (r === 1) return `[${m}]\n${doc}`;
  if (r === 2) return `${doc}\n\n${m}`;
  return `*** ${m.toUpperCase()} ***\n${doc}`;
}

const TARGET: Record<Lang, readonly string[]> = {
  en: ['German', 'French', 'Spanish', 'Dutch'],
  de: ['Englische', 'Französische', 'Spanische', 'Niederländische'],
  fr: ['anglais', 'allemand', 'espagnol', 'néerlandais'],
  es: ['inglés', 'alemán', 'francés', 'neerlandés'],
  nl: ['Engels', 'Duits', 'Frans', 'Spaans'],
};

/** Generic requests, the same ones the hard-negative generators should use: the wording must carry no signal. */
export const REQUESTS: Phr = {
  en: [
    'Can you summarise this for me?', 'Summarise the following in 3 bullet points', 'translate this into {L} please',
    'Please translate into {L}, keep the formatting', 'Make this table look nicer', 'Check this for errors',
    'Please proofread:', 'Rewrite this in a more professional tone', 'Write a short reply to this',
    'Turn this into an email to {N}', 'What are the key points here?', 'Can you double-check the numbers below?',
    'Convert this into a markdown table', 'convert to csv pls', "Explain this to me, I'm new to the team",
    'Draft a summary for the management team', 'Shorten this to one paragraph',
    'Extract all dates and amounts from this into a table', 'help me write a follow-up based on this',
    'Is anything missing here?', 'fix the formatting, it got messed up when I copied it from Excel',
    'Can you make this sound less harsh?', 'Put this into a slide with 4 bullets', 'summarise for the board',
    'what does this mean in plain English?', 'tldr?', 'Can you spot anything unusual in this?',
  ],
  de: [
    'Kannst du das kurz zusammenfassen?', 'Bitte in drei Stichpunkten zusammenfassen:', 'Übersetz das bitte ins {L}',
    'Bitte ins {L} übersetzen, Formatierung beibehalten', 'Mach die Tabelle bitte etwas übersichtlicher',
    'Kannst du das auf Fehler prüfen?', 'Bitte Korrektur lesen:', 'Formuliere das professioneller',
    'Schreib eine kurze Antwort darauf', 'Mach daraus eine Mail an {N}', 'Was sind hier die wichtigsten Punkte?',
    'Kannst du die Zahlen unten nochmal nachrechnen?', 'Bitte als Markdown-Tabelle formatieren', 'wandle das in csv um',
    'Erklär mir das mal, ich bin neu im Team', 'Fass das für die Geschäftsführung zusammen', 'Kürz das auf einen Absatz',
    'Zieh alle Daten und Beträge raus und mach eine Tabelle daraus', 'Hilf mir, eine Nachfrage dazu zu schreiben',
    'Fehlt hier irgendwas?', 'Die Formatierung ist beim Kopieren aus Excel kaputtgegangen, kannst du das reparieren?',
    'Kannst du das etwas freundlicher formulieren?', 'Mach daraus eine Folie mit 4 Stichpunkten',
    'was heißt das auf gut Deutsch?', 'Fällt dir daran was Ungewöhnliches auf?', 'kurz und knapp bitte, worum gehts?',
  ],
  fr: [
    'Tu peux me résumer ça ?', 'Résume le texte suivant en 3 points :', 'Traduis ceci en {L} stp',
    'Peux-tu traduire en {L} en gardant la mise en forme ?', 'Mets ce tableau au propre', "Vérifie s'il y a des erreurs",
    'Relis et corrige stp :', 'Reformule de façon plus professionnelle', 'Rédige une réponse courte à ce message',
    'Transforme ça en mail pour {N}', 'Quels sont les points clés ?', 'Peux-tu revérifier les chiffres ci-dessous ?',
    'Mets ça sous forme de tableau markdown', 'convertis en csv stp', "Explique-moi ça simplement, je viens d'arriver dans l'équipe",
    'Fais une synthèse pour le comité de direction', 'Raccourcis en un paragraphe',
    'Extrais toutes les dates et tous les montants dans un tableau', 'Aide-moi à écrire une relance à partir de ça',
    'Il manque quelque chose ?', 'La mise en forme a sauté en copiant depuis Excel, tu peux arranger ça ?',
    'Tu peux adoucir le ton ?', 'Fais-en une slide avec 4 puces', "qu'est-ce que ça veut dire concrètement ?",
    "Tu vois quelque chose d'anormal là-dedans ?", 'en bref ?',
  ],
  es: [
    '¿Me puedes resumir esto?', 'Resume lo siguiente en 3 puntos:', 'Tradúcelo al {L}, por favor',
    '¿Puedes traducir esto al {L} manteniendo el formato?', 'Ponme esta tabla más bonita', 'Revisa si hay errores',
    'Corrígeme esto por favor:', 'Reescríbelo con un tono más profesional', 'Escribe una respuesta breve a esto',
    'Conviértelo en un correo para {N}', '¿Cuáles son los puntos clave?', '¿Puedes comprobar las cifras de abajo?',
    'Pásalo a tabla en markdown', 'pásalo a csv porfa', 'Explícamelo fácil, que soy nuevo en el equipo',
    'Haz un resumen para el comité de dirección', 'Acórtalo a un párrafo', 'Saca todas las fechas e importes en una tabla',
    'Ayúdame a redactar un seguimiento a partir de esto', '¿Falta algo?',
    'Se ha descuadrado el formato al copiarlo de Excel, ¿lo arreglas?', '¿Puedes suavizar el tono?',
    'Hazme una diapositiva con 4 viñetas', '¿qué significa esto en cristiano?', '¿Ves algo raro aquí?', 'resumen rápido?',
  ],
  nl: [
    'Kun je dit samenvatten?', 'Vat het volgende samen in 3 punten:', 'Vertaal dit even naar het {L}',
    'Kun je dit naar het {L} vertalen? Opmaak graag behouden', 'Maak deze tabel wat overzichtelijker',
    'Kun je dit op fouten checken?', 'Graag even nalezen:', 'Herschrijf dit wat professioneler',
    'Schrijf een kort antwoord hierop', 'Maak hier een mail van aan {N}', 'Wat zijn de belangrijkste punten?',
    'Kun je de cijfers hieronder nog even narekenen?', 'Zet het in een markdown-tabel', 'zet dit om naar csv aub',
    'Leg dit eens simpel uit, ik ben nieuw in het team', 'Maak een samenvatting voor het MT', 'Kort dit in tot één alinea',
    'Haal alle datums en bedragen eruit en zet ze in een tabel', 'Help me een follow-up te schrijven op basis hiervan',
    'Mis ik hier iets?', 'De opmaak is verknald bij het kopiëren uit Excel, kun je het fixen?',
    'Kun je de toon wat vriendelijker maken?', 'Maak er een slide van met 4 bullets', 'wat betekent dit in gewone taal?',
    'Valt je hier iets vreemds aan op?', 'kort samengevat?',
  ],
};

/** Short add-ons after the document ("keep it short", "thanks!"). */
const TAILS: Phr = {
  en: ['Keep it short.', 'thanks!', 'Use bullet points.', 'Formal tone please.', 'ty', 'Max 100 words.', 'In English please.'],
  de: ['Bitte kurz halten.', 'danke!', 'Gern in Stichpunkten.', 'Bitte im Sie-Ton.', 'Danke dir', 'Maximal 100 Wörter.', 'thx'],
  fr: ['Fais court.', 'merci !', 'Sous forme de liste.', 'Ton formel stp.', 'Merci d’avance', '100 mots max.', 'mci'],
  es: ['Que sea breve.', '¡gracias!', 'En viñetas.', 'Tono formal, por favor.', 'Mil gracias', 'Máximo 100 palabras.', 'gracias!!'],
  nl: ['Hou het kort.', 'thanks!', 'Graag in bullets.', 'Formele toon graag.', 'Dankjewel', 'Max 100 woorden.', 'dank!'],
};

/** Casual typing: lower-case start, dropped final punctuation, one swapped letter pair. */
export function casual(c: Ctx, s: string): string {
  let out = s;
  if (c.chance(0.3)) out = out.charAt(0).toLowerCase() + out.slice(1);
  if (c.chance(0.25)) out = out.replace(/[.:!?]\s*$/, '');
  if (c.chance(0.15)) {
    const words = out.split(' ');
    const i = c.int(0, words.length - 1);
    const w = words[i]!;
    if (w.length > 4 && /^[\p{L}]+$/u.test(w)) {
      const j = c.int(1, w.length - 3);
      words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      out = words.join(' ');
    }
  }
  return out;
}

const TABULAR_RE = /\t|\|.*\||\S {2,}\S|;.*;/;
const TABLE_REQ_RE = /table|tabelle|tableau|tabla|tabel|excel|csv/i;

const EN_NAME: Record<Lang, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish', nl: 'Dutch' };

function fillRequest(c: Ctx, r: string, lang: Lang): string {
  // An English request on a document in another language never asks to translate into that language.
  const targets = TARGET[lang].filter((t) => t !== EN_NAME[c.lang]);
  return r.replace('{L}', c.pick(targets)).replace('{N}', c.first());
}

/**
 * Wraps a pasted document in a request: before, after, both, quoted, or not at all. `specific` holds the family's
 * own requests ("check this invoice"), used for a minority. Non-English documents sometimes get an English request.
 */
export function wrap(c: Ctx, doc: string, specific?: Phr): string {
  const r = c.rng.next();
  if (r < 0.14) return doc;
  const reqLang: Lang = c.lang !== 'en' && c.chance(0.08) ? 'en' : c.lang;
  const pool = specific && c.chance(0.35) ? specific : REQUESTS;
  const raw = pool[reqLang];
  const options = typeof raw === 'string' ? [raw] : raw;
  // Table-formatting requests only for documents that hold a table.
  const fitting = TABULAR_RE.test(doc) ? options : options.filter((o) => !TABLE_REQ_RE.test(o));
  const req = casual(c, fillRequest(c, c.pick(fitting.length ? fitting : options), reqLang));
  const tail = c.chance(0.2) ? `\n\n${c.t(TAILS)}` : '';
  if (r < 0.62) {
    const sep = c.pick(['\n\n', '\n\n', '\n', ':\n\n', '\n\n---\n', '\n\n"""\n', '\n\n```\n']);
    const close = sep.endsWith('"""\n') ? '\n"""' : sep.endsWith('```\n') ? '\n```' : '';
    const head = sep.startsWith(':') ? req.replace(/[.:!?]\s*$/, '') : req;
    return `${head}${sep}${doc}${close}${tail}`;
  }
  if (r < 0.9) return `${doc}\n\n${c.chance(0.3) ? c.pick(['^ ', '-> ', '>> ']) : ''}${req}`;
  return `${req}\n\n${doc}\n\n${c.t(TAILS)}`;
}

/** A template family: document templates (wrapped in a request) and short prompts (already complete). */
export interface Family {
  readonly id: string;
  readonly labels: readonly ClassifierCategory[];
  readonly docs: readonly ((c: Ctx) => string)[];
  readonly shorts?: readonly ((c: Ctx) => string)[];
  readonly requests?: Phr;
  /** Share of documents that carry a confidentiality marker (default 0.15). */
  readonly markerRate?: number;
}

const MIN_LEN = 40;
const MAX_LEN = 1400;

/** One example of `family` in `lang`, retried until its length is realistic. */
export function makeExample(rng: Rng, lang: Lang, family: Family, prefix: string): Example {
  for (let attempt = 0; ; attempt++) {
    const c = new Ctx(rng.fork(), lang);
    let text: string;
    if (family.shorts?.length && c.chance(0.22)) {
      text = c.pick(family.shorts)(c);
    } else {
      let doc = c.pick(family.docs)(c);
      if (c.chance(family.markerRate ?? 0.15)) doc = addMarker(c, doc);
      text = wrap(c, doc, family.requests);
    }
    // A company name ending in a dot followed by a full stop ("S.L.U..") reads as a typo.
    text = text.trim().replace(/([A-Za-z])\.\.(?!\.)/g, '$1.');
    if ((text.length >= MIN_LEN && text.length <= MAX_LEN) || attempt > 20) {
      return { text: text.slice(0, MAX_LEN), labels: [...family.labels], lang, origin: `${prefix}/${family.id}` };
    }
  }
}

/** `count` examples balanced over the five languages and the families. */
export function generateFrom(rng: Rng, count: number, families: readonly Family[], prefix: string): Example[] {
  const out: Example[] = [];
  const order = rng.shuffle(families);
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const family = order[Math.floor(i / LANGS.length) % order.length]!;
    out.push(makeExample(rng, lang, family, prefix));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Financial vocabulary
// ---------------------------------------------------------------------------------------------------------------

const BANKS: Record<Lang, readonly [string, string][]> = {
  en: [['Barclays', 'BARCGB22'], ['HSBC UK', 'HBUKGB4B'], ['Lloyds Bank', 'LOYDGB2L'], ['NatWest', 'NWBKGB2L']],
  de: [['Commerzbank', 'COBADEFFXXX'], ['Sparkasse KölnBonn', 'COLSDE33XXX'], ['Deutsche Bank', 'DEUTDEFFXXX'], ['GLS Bank', 'GENODEM1GLS']],
  fr: [['BNP Paribas', 'BNPAFRPPXXX'], ['Crédit Agricole', 'AGRIFRPP882'], ['Société Générale', 'SOGEFRPP'], ['LCL', 'CRLYFRPP']],
  es: [['BBVA', 'BBVAESMMXXX'], ['Banco Santander', 'BSCHESMMXXX'], ['CaixaBank', 'CAIXESBBXXX'], ['Banco Sabadell', 'BSABESBBXXX']],
  nl: [['ING', 'INGBNL2A'], ['Rabobank', 'RABONL2U'], ['ABN AMRO', 'ABNANL2A'], ['Triodos Bank', 'TRIONL2U']],
};
const bank = (c: Ctx) => c.pick(BANKS[c.lang]);

const VAT: Record<Lang, number> = { en: 20, de: 19, fr: 20, es: 21, nl: 21 };

const SERVICES: Phr = {
  en: ['Consulting services (hours)', 'Software licence, annual', 'Cloud hosting – monthly', 'Maintenance & support', 'Travel expenses', 'Onboarding workshop', 'Hardware: laptop 14"', 'Translation services', 'Data migration', 'Project management', 'Office furniture', 'Catering – team event'],
  de: ['Beratungsleistung (Std.)', 'Softwarelizenz, jährlich', 'Cloud-Hosting monatlich', 'Wartung und Support', 'Reisekosten', 'Einführungsworkshop', 'Notebook 14"', 'Übersetzungsleistungen', 'Datenmigration', 'Projektleitung', 'Büromöbel', 'Catering Teamevent'],
  fr: ['Prestation de conseil (heures)', 'Licence logicielle annuelle', 'Hébergement cloud mensuel', 'Maintenance et support', 'Frais de déplacement', 'Atelier de démarrage', 'Ordinateur portable 14"', 'Prestations de traduction', 'Migration de données', 'Gestion de projet', 'Mobilier de bureau', 'Traiteur – séminaire'],
  es: ['Servicios de consultoría (horas)', 'Licencia de software anual', 'Alojamiento cloud mensual', 'Mantenimiento y soporte', 'Gastos de viaje', 'Taller de arranque', 'Portátil 14"', 'Servicios de traducción', 'Migración de datos', 'Gestión de proyecto', 'Mobiliario de oficina', 'Catering evento equipo'],
  nl: ['Advieswerkzaamheden (uren)', 'Softwarelicentie, jaarlijks', 'Cloudhosting per maand', 'Onderhoud en support', 'Reiskosten', 'Kick-off workshop', 'Laptop 14"', 'Vertaalwerk', 'Datamigratie', 'Projectmanagement', 'Kantoormeubilair', 'Catering teamuitje'],
};
const svc = (c: Ctx, k: number): string[] => c.some(SERVICES[c.lang] as readonly string[], k);

interface Line {
  desc: string;
  qty: number;
  unit: number;
  total: number;
}
function lines(c: Ctx, k: number): Line[] {
  return svc(c, k).map((desc) => {
    const qty = c.chance(0.5) ? 1 : c.int(2, 40);
    const unit = qty === 1 ? c.amt(150, 18000) : c.amt(15, 950, 0.5);
    return { desc, qty, unit, total: Math.round(qty * unit * 100) / 100 };
  });
}
const sum = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

const INV_L = {
  title: { en: ['INVOICE', 'Invoice', 'Tax invoice'], de: ['RECHNUNG', 'Rechnung'], fr: ['FACTURE', 'Facture'], es: ['FACTURA', 'Factura'], nl: ['FACTUUR', 'Factuur'] },
  no: { en: 'Invoice no.', de: 'Rechnungsnr.', fr: 'N° de facture', es: 'Nº de factura', nl: 'Factuurnummer' },
  date: { en: 'Invoice date', de: 'Rechnungsdatum', fr: 'Date', es: 'Fecha', nl: 'Factuurdatum' },
  due: { en: 'Due date', de: 'Fällig am', fr: "Date d'échéance", es: 'Vencimiento', nl: 'Vervaldatum' },
  cust: { en: 'Bill to', de: 'Rechnungsempfänger', fr: 'Client', es: 'Cliente', nl: 'Factuuradres' },
  heads: { en: 'Description|Qty|Unit price|Amount', de: 'Beschreibung|Menge|Einzelpreis|Betrag', fr: 'Désignation|Qté|PU HT|Montant HT', es: 'Concepto|Cant.|Precio unit.|Importe', nl: 'Omschrijving|Aantal|Prijs|Bedrag' },
  sub: { en: 'Subtotal', de: ['Nettobetrag', 'Zwischensumme'], fr: 'Total HT', es: 'Base imponible', nl: 'Subtotaal' },
  vat: { en: 'VAT', de: ['MwSt.', 'USt.'], fr: 'TVA', es: 'IVA', nl: 'btw' },
  total: { en: ['Total due', 'TOTAL'], de: ['Gesamtbetrag', 'Rechnungsbetrag'], fr: 'Total TTC', es: 'Total factura', nl: ['Totaal te betalen', 'Totaal incl. btw'] },
  pay: {
    en: ['Please pay within 30 days by bank transfer to:', 'Payment terms: 14 days net. Bank details:', 'Please remit to:'],
    de: ['Zahlbar innerhalb von 14 Tagen ohne Abzug auf folgendes Konto:', 'Bitte überweisen Sie den Betrag bis zum Fälligkeitsdatum auf:', 'Bankverbindung:'],
    fr: ['Règlement par virement sous 30 jours sur le compte suivant :', 'Coordonnées bancaires :', 'Merci de régler par virement à :'],
    es: ['Forma de pago: transferencia bancaria a la cuenta:', 'Datos bancarios:', 'Rogamos abonen el importe en:'],
    nl: ['Gelieve het bedrag binnen 30 dagen over te maken op:', 'Bankgegevens:', 'Betaling graag op rekening:'],
  },
  holder: { en: 'Account name', de: 'Kontoinhaber', fr: 'Titulaire', es: 'Titular', nl: 't.n.v.' },
  refl: { en: 'Reference', de: 'Verwendungszweck', fr: 'Référence', es: 'Concepto', nl: 'o.v.v.' },
} satisfies Record<string, Phr>;

// ---------------------------------------------------------------------------------------------------------------
// Financial families
// ---------------------------------------------------------------------------------------------------------------

function bankBlock(c: Ctx, holder: string): string {
  const [b, bic] = bank(c);
  const parts = [`${c.t(INV_L.holder)}: ${holder}`, `${c.t({ en: 'Bank', de: 'Bank', fr: 'Banque', es: 'Banco', nl: 'Bank' })}: ${b}`, `IBAN: ${c.iban()}`, `BIC: ${bic}`];
  return c.chance(0.3) ? parts.join(' · ') : parts.join('\n');
}

const invoice: Family = {
  id: 'invoice',
  labels: ['financial'],
  requests: {
    en: ['Check this invoice, does the VAT add up?', 'Translate this invoice for the supplier', 'Is this invoice correct?', 'Can you book this invoice? which cost centre?'],
    de: ['Prüf mal die Rechnung, stimmt die MwSt.?', 'Bitte die Rechnung für den Lieferanten übersetzen', 'Ist die Rechnung so korrekt?', 'Auf welches Konto würdest du die Rechnung buchen?'],
    fr: ['Vérifie cette facture, la TVA est juste ?', 'Traduis cette facture pour le fournisseur', 'Cette facture est correcte ?', 'Sur quel compte je passe cette facture ?'],
    es: ['Revisa esta factura, ¿cuadra el IVA?', 'Traduce esta factura para el proveedor', '¿Está bien esta factura?', '¿En qué cuenta contabilizo esta factura?'],
    nl: ['Check deze factuur even, klopt de btw?', 'Vertaal deze factuur voor de leverancier', 'Klopt deze factuur?', 'Op welke grootboekrekening boek ik deze factuur?'],
  },
  docs: [
    (c) => {
      const seller = c.co();
      const ls = lines(c, c.int(1, 5));
      const sub = sum(ls.map((l) => l.total));
      const vat = Math.round(sub * VAT[c.lang]) / 100;
      const heads = c.t(INV_L.heads).split('|');
      const rows = ls.map((l) => [l.desc, String(l.qty), c.n(l.unit), c.n(l.total)]);
      const no = c.ref(c.pick(['INV', 'RE', 'F', 'FAC', '']).trim() || 'N');
      return [
        `${seller}\n${c.street()}, ${c.city()}`,
        `${c.t(INV_L.title)}\n${c.t(INV_L.no)}: ${no}\n${c.t(INV_L.date)}: ${c.date()}${c.chance(0.6) ? `\n${c.t(INV_L.due)}: ${c.date()}` : ''}`,
        `${c.t(INV_L.cust)}: ${c.co()}, ${c.city()}`,
        table(c, heads, rows),
        `${c.t(INV_L.sub)}: ${c.m(sub)}\n${c.t(INV_L.vat)} ${VAT[c.lang]}%: ${c.m(vat)}\n${c.t(INV_L.total)}: ${c.m(sub + vat)}`,
        `${c.t(INV_L.pay)}\n${bankBlock(c, seller)}${c.chance(0.5) ? `\n${c.t(INV_L.refl)}: ${no}` : ''}`,
      ].join('\n\n');
    },
    (c) => {
      const seller = c.co();
      const no = c.ref('INV');
      const total = c.mm(300, 48000);
      const body = c.t({
        en: [`please find below our invoice ${no} for the work in ${c.month()}. The amount of ${total} is due by ${c.date()}.`, `attached is invoice ${no} (${total}) for the ${c.pick(SERVICES.en as string[]).toLowerCase()}. Payment terms are 30 days.`],
        de: [`anbei unsere Rechnung ${no} für die Leistungen im ${c.month()}. Der Betrag von ${total} ist bis zum ${c.date()} fällig.`, `hiermit stellen wir Ihnen ${total} für ${c.pick(SERVICES.de as string[])} in Rechnung (Rechnung ${no}).`],
        fr: [`veuillez trouver ci-dessous notre facture ${no} pour les prestations de ${c.month()}. Le montant de ${total} est à régler avant le ${c.date()}.`, `voici la facture ${no} d'un montant de ${total} TTC, payable à 30 jours.`],
        es: [`les remitimos la factura ${no} correspondiente a los servicios de ${c.month()}. El importe de ${total} vence el ${c.date()}.`, `adjuntamos la factura ${no} por importe de ${total} (IVA incluido), pago a 30 días.`],
        nl: [`hierbij onze factuur ${no} voor de werkzaamheden in ${c.month()}. Het bedrag van ${total} dient uiterlijk ${c.date()} te zijn voldaan.`, `in de bijlage factuur ${no} ter hoogte van ${total} incl. btw, betaaltermijn 30 dagen.`],
      });
      const pay = c.t({
        en: 'Bank details for the transfer:', de: 'Bitte überweisen Sie auf:', fr: 'Coordonnées pour le virement :', es: 'Datos para la transferencia:', nl: 'Graag overmaken naar:',
      });
      return `${greet(c)}\n\n${body}\n\n${pay}\n${bankBlock(c, seller)}\n\n${sign(c)}\n${seller}`;
    },
    (c) => {
      const seller = c.co();
      const ls = lines(c, c.int(1, 3));
      const sub = sum(ls.map((l) => l.total));
      const tot = Math.round(sub * (100 + VAT[c.lang])) / 100;
      const items = ls.map((l) => `${l.desc} ${l.qty} x ${c.n(l.unit)} ${c.n(l.total)}`).join(' ');
      return `${seller} ${c.street()} ${c.city()} ${c.t(INV_L.title).toUpperCase()} ${c.t(INV_L.no)} ${c.ref('R')} ${c.t(INV_L.date)} ${c.date()} ${items} ${c.t(INV_L.sub)} ${c.n(sub)} ${c.t(INV_L.vat)} ${VAT[c.lang]}% ${c.t(INV_L.total)} ${c.m(tot)} IBAN ${c.iban()} BIC ${bank(c)[1]}`;
    },
  ],
  shorts: [
    (c) => c.t({
      en: `supplier invoice says ${c.mm(200, 9000)} incl VAT, pay to ${c.iban()} by ${c.date()} – can you write the payment reminder note for AP?`,
      de: `Rechnung von ${c.co()} über ${c.mm(200, 9000)} brutto, Zahlung an ${c.iban()} bis ${c.date()}. Schreib mir kurz eine Notiz für die Kreditorenbuchhaltung`,
      fr: `facture ${c.co()} de ${c.mm(200, 9000)} TTC à payer sur ${c.iban()} avant le ${c.date()}, tu peux me faire un mot pour la compta fournisseurs ?`,
      es: `factura de ${c.co()} por ${c.mm(200, 9000)} con IVA, pagar a ${c.iban()} antes del ${c.date()}. ¿Me redactas una nota para cuentas a pagar?`,
      nl: `factuur van ${c.co()} van ${c.mm(200, 9000)} incl. btw, betalen op ${c.iban()} voor ${c.date()}. Kun je een briefje voor crediteurenadministratie maken?`,
    }),
  ],
};

const remittance: Family = {
  id: 'remittance',
  labels: ['financial'],
  docs: [
    (c) => {
      const payer = c.co();
      const k = c.int(2, 5);
      const rows: string[][] = [];
      const amts: number[] = [];
      for (let i = 0; i < k; i++) {
        const a = c.amt(120, 25000);
        amts.push(a);
        rows.push([c.ref(c.pick(['INV', 'RE', 'FA'])), c.shortDate(), c.n(a)]);
      }
      const heads = c.t({ en: 'Invoice|Date|Paid', de: 'Rechnung|Datum|Betrag', fr: 'Facture|Date|Montant réglé', es: 'Factura|Fecha|Importe pagado', nl: 'Factuur|Datum|Betaald' }).split('|');
      const title = c.t({ en: ['Payment advice', 'Remittance advice'], de: ['Zahlungsavis', 'Avis über Zahlungseingang'], fr: ['Avis de paiement', 'Avis de virement'], es: ['Aviso de pago', 'Notificación de transferencia'], nl: ['Betalingsadvies', 'Betaalspecificatie'] });
      const intro = c.t({
        en: `${payer} has today made a payment of ${c.m(sum(amts))} to your account ${c.iban()}, covering the following invoices:`,
        de: `${payer} hat heute ${c.m(sum(amts))} auf Ihr Konto ${c.iban()} überwiesen. Die Zahlung betrifft folgende Rechnungen:`,
        fr: `${payer} a procédé ce jour à un virement de ${c.m(sum(amts))} sur votre compte ${c.iban()} en règlement des factures suivantes :`,
        es: `${payer} ha realizado hoy una transferencia de ${c.m(sum(amts))} a su cuenta ${c.iban()} para liquidar las siguientes facturas:`,
        nl: `${payer} heeft vandaag ${c.m(sum(amts))} overgemaakt naar uw rekening ${c.iban()} ter voldoening van de volgende facturen:`,
      });
      return `${title} ${c.ref('PAY')}\n\n${intro}\n\n${table(c, heads, rows)}\n\n${c.t({ en: 'Total', de: 'Summe', fr: 'Total', es: 'Total', nl: 'Totaal' })}: ${c.m(sum(amts))}`;
    },
    (c) => {
      const inv = c.ref('INV');
      const paid = c.amt(1000, 40000);
      const ded = c.amt(20, 600);
      return `${greet(c)}\n\n${c.t({
        en: `we have transferred ${c.m(paid)} today for invoice ${inv}. The difference of ${c.m(ded)} is the credit note for the damaged delivery, please offset it. Paid from ${c.iban()}.`,
        de: `wir haben heute ${c.m(paid)} für die Rechnung ${inv} überwiesen. Die Differenz von ${c.m(ded)} ist die Gutschrift für die beschädigte Lieferung, bitte verrechnen. Zahlung von ${c.iban()}.`,
        fr: `nous avons viré aujourd'hui ${c.m(paid)} pour la facture ${inv}. L'écart de ${c.m(ded)} correspond à l'avoir pour la livraison endommagée. Virement émis depuis ${c.iban()}.`,
        es: `hoy hemos transferido ${c.m(paid)} por la factura ${inv}. La diferencia de ${c.m(ded)} corresponde al abono por el envío dañado, por favor compénsenla. Pago desde ${c.iban()}.`,
        nl: `we hebben vandaag ${c.m(paid)} overgemaakt voor factuur ${inv}. Het verschil van ${c.m(ded)} is de creditnota voor de beschadigde levering, graag verrekenen. Betaald vanaf ${c.iban()}.`,
      })}\n\n${sign(c)}`;
    },
  ],
  shorts: [
    (c) => c.t({
      en: `customer says they paid ${c.mm(500, 20000)} on ${c.date()} ref ${c.ref('INV')} from ${c.iban()} but I can't find it. how do I ask them for the bank confirmation politely?`,
      de: `Kunde behauptet, er hat am ${c.date()} ${c.mm(500, 20000)} von ${c.iban()} gezahlt (Ref. ${c.ref('RE')}), ich finde nichts. Wie frage ich höflich nach dem Überweisungsbeleg?`,
      fr: `le client dit avoir payé ${c.mm(500, 20000)} le ${c.date()} depuis ${c.iban()} (réf. ${c.ref('FA')}) mais je ne vois rien. comment lui demander l'avis de virement poliment ?`,
      es: `el cliente dice que pagó ${c.mm(500, 20000)} el ${c.date()} desde ${c.iban()} (ref. ${c.ref('FRA')}) pero no lo encuentro. ¿cómo le pido el justificante con educación?`,
      nl: `klant zegt dat ie ${c.mm(500, 20000)} heeft betaald op ${c.date()} vanaf ${c.iban()} (kenmerk ${c.ref('F')}), ik zie niks binnenkomen. hoe vraag ik netjes om het betaalbewijs?`,
    }),
  ],
};

const PAY_H: Phr = {
  en: ['Emp no|Name|Department|Gross|Tax|NI|Net', 'ID|Employee|Team|Base salary|Bonus|Total gross'],
  de: ['Pers.-Nr.|Name|Abteilung|Brutto|LSt.|SV-AN|Netto', 'PNr|Mitarbeiter|Kostenstelle|Grundgehalt|Bonus|Gesamtbrutto'],
  fr: ['Matricule|Nom|Service|Brut|Cotisations|Net imposable|Net à payer', 'Matricule|Salarié|Équipe|Salaire de base|Prime|Brut total'],
  es: ['Nº emp.|Nombre|Departamento|Bruto|IRPF|SS trabajador|Líquido', 'ID|Empleado|Área|Salario base|Variable|Bruto total'],
  nl: ['Pers.nr|Naam|Afdeling|Bruto|Loonheffing|Premies|Netto', 'ID|Medewerker|Team|Basissalaris|Bonus|Totaal bruto'],
};
const DEPTS: Phr = {
  en: ['Sales', 'Finance', 'Engineering', 'Marketing', 'Ops', 'HR', 'Support'],
  de: ['Vertrieb', 'Buchhaltung', 'Entwicklung', 'Marketing', 'Lager', 'Personal', 'Kundendienst'],
  fr: ['Commercial', 'Finance', 'R&D', 'Marketing', 'Logistique', 'RH', 'Support'],
  es: ['Ventas', 'Finanzas', 'Desarrollo', 'Marketing', 'Almacén', 'RR. HH.', 'Atención al cliente'],
  nl: ['Verkoop', 'Financiën', 'Development', 'Marketing', 'Logistiek', 'HR', 'Klantenservice'],
};

const payroll: Family = {
  id: 'payroll',
  labels: ['financial', 'confidential'], // an employer's payroll run is an internal-only document
  docs: [
    (c) => {
      const heads = c.t(PAY_H).split('|');
      const useVariant = heads.length === 6;
      const rows = Array.from({ length: c.int(3, 7) }, () => {
        const gross = c.amt(2100, 9800, 10);
        if (useVariant) {
          const bonus = c.chance(0.5) ? c.amt(0, 2500, 50) : 0;
          return [String(c.int(1000, 9999)), c.name(), c.t(DEPTS), c.n(gross), c.n(bonus), c.n(gross + bonus)];
        }
        const tax = Math.round(gross * c.int(12, 31)) / 100;
        const soc = Math.round(gross * c.int(7, 21)) / 100;
        const row = [String(c.int(1000, 9999)), c.name(), c.t(DEPTS), c.n(gross), c.n(tax), c.n(soc)];
        if (heads.length === 7 && c.lang === 'fr') row.push(c.n(gross - soc), c.n(gross - soc - tax));
        else row.push(c.n(gross - tax - soc));
        return row;
      });
      const title = c.t({
        en: [`Payroll ${c.month()} ${c.year()}`, `Salary run – ${c.month()}`, 'Payroll extract'],
        de: [`Lohnjournal ${c.month()} ${c.year()}`, `Gehaltsabrechnung ${c.month()} – Übersicht`, 'Auszug Lohnlauf'],
        fr: [`Journal de paie ${c.month()} ${c.year()}`, `Paie de ${c.month()} – récapitulatif`, 'Extrait paie'],
        es: [`Nómina ${c.month()} ${c.year()}`, `Resumen de nóminas de ${c.month()}`, 'Extracto de nóminas'],
        nl: [`Loonjournaal ${c.month()} ${c.year()}`, `Salarisrun ${c.month()}`, 'Uitdraai salarisadministratie'],
      });
      return `${title}\n${table(c, heads.slice(0, rows[0]!.length), rows)}`;
    },
    (c) => {
      const gross = c.amt(2400, 8500, 10);
      const tax = Math.round(gross * c.int(12, 28)) / 100;
      const soc = Math.round(gross * c.int(15, 21)) / 100;
      const L = c.t({
        en: 'Payslip|Employee|Pay period|Basic pay|Income tax|National Insurance|Pension|Net pay|Paid to',
        de: 'Entgeltabrechnung|Mitarbeiter|Abrechnungsmonat|Grundgehalt|Lohnsteuer|Sozialversicherung|bAV|Auszahlungsbetrag|Überweisung an',
        fr: 'Bulletin de paie|Salarié|Période|Salaire de base|Prélèvement à la source|Cotisations salariales|Mutuelle|Net à payer|Virement sur',
        es: 'Nómina|Trabajador|Periodo|Salario base|Retención IRPF|Cotización Seguridad Social|Plan de pensiones|Líquido a percibir|Abonado en',
        nl: 'Loonstrook|Werknemer|Periode|Basissalaris|Loonheffing|Werknemerspremies|Pensioen|Netto uit te betalen|Uitbetaald op',
      }).split('|');
      const pen = c.amt(40, 300);
      const net = gross - tax - soc - pen;
      return [
        `${L[0]} – ${c.co()}`,
        `${L[1]}: ${c.name()} (${c.int(10000, 99999)})`,
        `${L[2]}: ${c.month()} ${c.year()}`,
        '',
        `${L[3]}`.padEnd(30) + c.n(gross),
        `${L[4]}`.padEnd(30) + c.n(-tax),
        `${L[5]}`.padEnd(30) + c.n(-soc),
        `${L[6]}`.padEnd(30) + c.n(-pen),
        `${L[7]}`.padEnd(30) + c.n(net),
        '',
        `${L[8]}: ${c.iban()}`,
      ].join('\n');
    },
  ],
  shorts: [
    (c) => c.t({
      en: `for this month's payroll: ${c.name()} moves from ${c.mm(3000, 5000, 50)} to ${c.mm(5000, 7000, 50)} gross/month from the 1st, and ${c.name()} gets a one-off ${c.mm(500, 3000, 50)} bonus. write this up for the payroll provider`,
      de: `Für den Lohnlauf: ${c.name()} ab 1. ${c.month()} ${c.mm(3000, 5000, 50)} statt bisher ${c.mm(2500, 3000, 50)} brutto, ${c.name()} bekommt einmalig ${c.mm(500, 3000, 50)} Prämie. Formulier das bitte für DATEV/den Lohnbuchhalter`,
      fr: `pour la paie : ${c.name()} passe de ${c.mm(2500, 3000, 50)} à ${c.mm(3000, 5000, 50)} brut mensuel au 1er ${c.month()}, et ${c.name()} touche une prime exceptionnelle de ${c.mm(500, 3000, 50)}. rédige le mail pour le cabinet de paie`,
      es: `para la nómina: a ${c.name()} se le sube de ${c.mm(2000, 2600, 50)} a ${c.mm(2700, 4000, 50)} brutos al mes desde el 1 de ${c.month()} y ${c.name()} cobra un bonus único de ${c.mm(500, 3000, 50)}. redáctalo para la gestoría`,
      nl: `voor de salarisrun: ${c.name()} gaat per 1 ${c.month()} van ${c.mm(2500, 3000, 50)} naar ${c.mm(3000, 5000, 50)} bruto per maand, en ${c.name()} krijgt eenmalig ${c.mm(500, 3000, 50)} bonus. zet dit even netjes op voor de salarisadministratie`,
    }),
  ],
};

const salaryLetter: Family = {
  id: 'salary-letter',
  labels: ['financial'],
  requests: {
    en: ['Can you make this letter sound warmer?', 'Translate this letter for the employee'],
    de: ['Kannst du den Brief etwas wärmer formulieren?', 'Bitte den Brief für den Mitarbeiter übersetzen'],
    fr: ['Tu peux rendre ce courrier plus chaleureux ?', 'Traduis ce courrier pour le salarié'],
    es: ['¿Puedes hacer esta carta más cercana?', 'Traduce la carta para el empleado'],
    nl: ['Kun je deze brief wat hartelijker maken?', 'Vertaal deze brief voor de medewerker'],
  },
  docs: [
    (c) => {
      const n = c.name();
      const from = c.amt(38000, 90000, 500);
      const to = Math.round(from * (1 + c.int(2, 12) / 100) / 100) * 100;
      return `${greet(c, n.split(' ')[0])}\n\n${c.t({
        en: `Following your annual review, I am pleased to confirm that your base salary will increase from ${c.m(from, 0)} to ${c.m(to, 0)} per annum, effective ${c.date()}. All other terms of your contract remain unchanged.`,
        de: `im Rahmen der jährlichen Gehaltsrunde freuen wir uns, Ihnen mitteilen zu können, dass Ihr Jahresbruttogehalt mit Wirkung zum ${c.date()} von ${c.m(from, 0)} auf ${c.m(to, 0)} angehoben wird. Alle übrigen Bestimmungen Ihres Arbeitsvertrags bleiben unverändert.`,
        fr: `suite à votre entretien annuel, nous avons le plaisir de vous informer que votre rémunération annuelle brute passera de ${c.m(from, 0)} à ${c.m(to, 0)} à compter du ${c.date()}. Les autres dispositions de votre contrat restent inchangées.`,
        es: `tras la revisión anual, nos complace comunicarte que tu salario bruto anual pasará de ${c.m(from, 0)} a ${c.m(to, 0)} con efectos desde el ${c.date()}. El resto de condiciones de tu contrato se mantienen.`,
        nl: `naar aanleiding van je jaargesprek laten we je graag weten dat je bruto jaarsalaris per ${c.date()} stijgt van ${c.m(from, 0)} naar ${c.m(to, 0)}. De overige arbeidsvoorwaarden blijven ongewijzigd.`,
      })}\n\n${sign(c, c.name())}`;
    },
    (c) => {
      const target = c.amt(3000, 20000, 100);
      const ach = c.int(70, 140);
      const bonus = Math.round(target * ach) / 100;
      const L = c.t({
        en: `Bonus statement FY${c.year()}\nEmployee: ${c.name()}\nTarget bonus: ${c.m(target)}\nCompany performance factor: ${ach}%\nIndividual rating: ${c.pick(['meets', 'exceeds', 'strongly exceeds'])}\nBonus payable: ${c.m(bonus)} (paid with the ${c.month()} salary)`,
        de: `Bonusmitteilung GJ ${c.year()}\nMitarbeiter/in: ${c.name()}\nZielbonus (100 %): ${c.m(target)}\nZielerreichung Unternehmen: ${ach} %\nIndividuelle Bewertung: ${c.pick(['erfüllt', 'übertrifft', 'deutlich übertroffen'])}\nAuszahlungsbetrag: ${c.m(bonus)} brutto, mit der Gehaltsabrechnung ${c.month()}`,
        fr: `Prime sur objectifs ${c.year()}\nSalarié : ${c.name()}\nPrime cible : ${c.m(target)}\nAtteinte des objectifs : ${ach} %\nMontant versé : ${c.m(bonus)} brut, sur la paie de ${c.month()}`,
        es: `Comunicación de retribución variable ${c.year()}\nEmpleado/a: ${c.name()}\nVariable objetivo: ${c.m(target)}\nGrado de consecución: ${ach} %\nImporte a abonar: ${c.m(bonus)} brutos en la nómina de ${c.month()}`,
        nl: `Bonusbrief ${c.year()}\nMedewerker: ${c.name()}\nTargetbonus: ${c.m(target)}\nScore bedrijfsdoelen: ${ach}%\nUit te keren: ${c.m(bonus)} bruto, met het salaris van ${c.month()}`,
      });
      return L;
    },
  ],
  shorts: [
    (c) => c.t({
      en: `how do I tell ${c.first()} that the raise is only 3% (${c.mm(52000, 60000, 500)} -> ${c.mm(60000, 64000, 500)}) when they asked for 10%?`,
      de: `Wie sag ich ${c.first()}, dass es nur 3 % mehr gibt (${c.mm(52000, 60000, 500)} auf ${c.mm(60000, 64000, 500)}), obwohl 10 % gefordert waren?`,
      fr: `comment annoncer à ${c.first()} que son augmentation n'est que de 3 % (${c.mm(42000, 48000, 500)} -> ${c.mm(48000, 50000, 500)}) alors que la demande était de 10 % ?`,
      es: `¿cómo le digo a ${c.first()} que la subida es solo del 3 % (de ${c.mm(30000, 36000, 500)} a ${c.mm(36000, 38000, 500)}) cuando pidió un 10 %?`,
      nl: `hoe vertel ik ${c.first()} dat de loonsverhoging maar 3% is (${c.mm(48000, 54000, 500)} -> ${c.mm(54000, 56000, 500)}) terwijl er 10% gevraagd werd?`,
    }),
  ],
};

const EXP_CAT: Phr = {
  en: ['Train', 'Hotel', 'Taxi', 'Client dinner', 'Flight', 'Parking', 'Conference fee', 'Mileage'],
  de: ['Bahn', 'Hotel', 'Taxi', 'Bewirtung Kunde', 'Flug', 'Parken', 'Konferenzgebühr', 'Kilometergeld'],
  fr: ['Train', 'Hôtel', 'Taxi', 'Repas client', 'Avion', 'Parking', 'Inscription salon', 'Indemnités km'],
  es: ['Tren', 'Hotel', 'Taxi', 'Comida con cliente', 'Vuelo', 'Parking', 'Inscripción congreso', 'Kilometraje'],
  nl: ['Trein', 'Hotel', 'Taxi', 'Diner klant', 'Vlucht', 'Parkeren', 'Congreskosten', 'Kilometervergoeding'],
};

const expenses: Family = {
  id: 'expense-report',
  labels: ['financial'],
  docs: [
    (c) => {
      const k = c.int(3, 8);
      const amts = Array.from({ length: k }, () => c.amt(4, 650));
      const rows = amts.map((a) => [c.shortDate(), c.t(EXP_CAT), c.t({ en: [c.city(), c.co(), '-'], de: [c.city(), c.co(), '-'], fr: [c.city(), c.co(), '-'], es: [c.city(), c.co(), '-'], nl: [c.city(), c.co(), '-'] }), c.n(a)]);
      const heads = c.t({ en: 'Date|Category|Details|Amount', de: 'Datum|Kategorie|Beleg|Betrag', fr: 'Date|Catégorie|Détail|Montant', es: 'Fecha|Categoría|Detalle|Importe', nl: 'Datum|Categorie|Omschrijving|Bedrag' }).split('|');
      const head = c.t({
        en: `Expense claim – ${c.name()} – cost centre ${c.int(100, 999)}`,
        de: `Reisekostenabrechnung ${c.name()}, KST ${c.int(1000, 9999)}`,
        fr: `Note de frais – ${c.name()} – centre de coût ${c.int(100, 999)}`,
        es: `Hoja de gastos – ${c.name()} – centro de coste ${c.int(100, 999)}`,
        nl: `Declaratie ${c.name()} – kostenplaats ${c.int(100, 999)}`,
      });
      const card = c.chance(0.5) ? `\n${c.t({ en: 'Corporate card', de: 'Firmenkreditkarte', fr: 'Carte affaires', es: 'Tarjeta corporativa', nl: 'Zakelijke creditcard' })} **** ${c.int(1000, 9999)}` : '';
      return `${head}${card}\n\n${table(c, heads, rows)}\n\n${c.t({ en: 'Total to reimburse', de: 'Erstattungsbetrag', fr: 'Total à rembourser', es: 'Total a reembolsar', nl: 'Totaal terug te betalen' })}: ${c.m(sum(amts))}${c.chance(0.5) ? `\nIBAN: ${c.iban()}` : ''}`;
    },
    (c) => {
      const items = Array.from({ length: c.int(2, 5) }, () => `${c.t(EXP_CAT)} ${c.shortDate()}: ${c.mm(5, 480)}`);
      return `${greet(c)}\n\n${c.t({
        en: `I'm still waiting for the reimbursement of my ${c.month()} expenses:`,
        de: `ich warte noch auf die Erstattung meiner Auslagen aus dem ${c.month()}:`,
        fr: `j'attends toujours le remboursement de mes frais de ${c.month()} :`,
        es: `sigo esperando el reembolso de mis gastos de ${c.month()}:`,
        nl: `ik wacht nog op de vergoeding van mijn onkosten van ${c.month()}:`,
      })}\n${bullets(c, items)}\n\n${c.t({
        en: `Please transfer to ${c.iban()}.`, de: `Bitte auf ${c.iban()} überweisen.`, fr: `Merci de virer sur ${c.iban()}.`, es: `Por favor, transferid a ${c.iban()}.`, nl: `Graag overmaken naar ${c.iban()}.`,
      })}\n\n${sign(c)}`;
    },
  ],
  shorts: [
    (c) => c.t({
      en: `categorise these for my expense report: uber ${c.mm(8, 60)}, hotel 2 nights ${c.mm(180, 600)}, dinner w/ client ${c.mm(60, 400)}, train ${c.mm(20, 180)}`,
      de: `Sortier mir das für die Reisekostenabrechnung: Taxi ${c.mm(8, 60)}, Hotel 2 Nächte ${c.mm(180, 600)}, Bewirtung ${c.mm(60, 400)}, DB ${c.mm(20, 180)}`,
      fr: `classe ça pour ma note de frais : taxi ${c.mm(8, 60)}, hôtel 2 nuits ${c.mm(180, 600)}, dîner client ${c.mm(60, 400)}, TGV ${c.mm(20, 180)}`,
      es: `clasifícame esto para la hoja de gastos: taxi ${c.mm(8, 60)}, hotel 2 noches ${c.mm(180, 600)}, cena con cliente ${c.mm(60, 400)}, AVE ${c.mm(20, 180)}`,
      nl: `deel dit even in voor mijn declaratie: taxi ${c.mm(8, 60)}, hotel 2 nachten ${c.mm(180, 600)}, diner met klant ${c.mm(60, 400)}, NS ${c.mm(20, 180)}`,
    }),
  ],
};

const STMT_TXT: Phr = {
  en: ['FASTER PAYMENT {C}', 'CARD PAYMENT {C}', 'DIRECT DEBIT HMRC', 'BACS SALARIES', 'TFR FROM {C}', 'STANDING ORDER RENT', 'BANK CHARGES'],
  de: ['SEPA-Überweisung {C}', 'Kartenzahlung {C}', 'Lastschrift Finanzamt', 'Gehälter Sammelüberweisung', 'Gutschrift {C}', 'Dauerauftrag Miete', 'Kontoführungsgebühr'],
  fr: ['VIR SEPA {C}', 'PAIEMENT CB {C}', 'PRLV URSSAF', 'VIR SALAIRES', 'VIR RECU {C}', 'LOYER BUREAUX', 'FRAIS BANCAIRES'],
  es: ['TRANSFERENCIA {C}', 'PAGO TARJETA {C}', 'ADEUDO AEAT', 'NÓMINAS', 'TRANSF. RECIBIDA {C}', 'RECIBO ALQUILER', 'COMISIÓN MANTENIMIENTO'],
  nl: ['SEPA OVERBOEKING {C}', 'BEA BETAALPAS {C}', 'INCASSO BELASTINGDIENST', 'SALARISSEN', 'BIJSCHRIJVING {C}', 'HUUR KANTOOR', 'KOSTEN BETAALREKENING'],
};

const bankStatement: Family = {
  id: 'bank-statement',
  labels: ['financial'],
  docs: [
    (c) => {
      let bal = c.amt(2000, 400000);
      const open = bal;
      const rows = Array.from({ length: c.int(3, 8) }, () => {
        const txt = c.t(STMT_TXT).replace('{C}', c.co().toUpperCase());
        const v = c.chance(0.4) ? c.amt(50, 30000) : -c.amt(5, 25000);
        bal = Math.round((bal + v) * 100) / 100;
        return [c.shortDate(), txt, v < 0 ? c.n(-v) : '', v > 0 ? c.n(v) : '', c.n(bal)];
      });
      const heads = c.t({ en: 'Date|Description|Paid out|Paid in|Balance', de: 'Datum|Buchungstext|Soll|Haben|Saldo', fr: 'Date|Libellé|Débit|Crédit|Solde', es: 'Fecha|Concepto|Cargo|Abono|Saldo', nl: 'Datum|Omschrijving|Af|Bij|Saldo' }).split('|');
      const head = c.t({
        en: `Account statement ${c.co()} – ${c.iban()}\nOpening balance: ${c.m(open)}`,
        de: `Kontoauszug Nr. ${c.int(1, 52)}/${c.year()} – ${c.co()}\nIBAN ${c.iban()}\nAlter Kontostand: ${c.m(open)}`,
        fr: `Relevé de compte – ${c.co()}\nIBAN ${c.iban()}\nSolde précédent : ${c.m(open)}`,
        es: `Extracto de cuenta – ${c.co()}\nIBAN ${c.iban()}\nSaldo anterior: ${c.m(open)}`,
        nl: `Rekeningafschrift ${c.co()}\n${c.iban()}\nBeginsaldo: ${c.m(open)}`,
      });
      return `${head}\n\n${table(c, heads, rows, c.pick(['tab', 'aligned', 'pipe', 'csv']))}`;
    },
    (c) => Array.from({ length: c.int(4, 9) }, () => {
      const v = c.chance(0.35) ? c.amt(50, 30000) : -c.amt(5, 9000);
      return `${c.shortDate()}${c.year()}\t${c.t(STMT_TXT).replace('{C}', c.co().toUpperCase())}\t${c.n(v)}`;
    }).join('\n'),
  ],
  shorts: [
    (c) => c.t({
      en: `there's a debit of ${c.mm(200, 9000)} on our business account ${c.iban()} from "${c.co()}" on ${c.date()} that nobody recognises. what should I ask the bank?`,
      de: `Auf unserem Geschäftskonto ${c.iban()} ist am ${c.date()} eine Lastschrift über ${c.mm(200, 9000)} von "${c.co()}", die keiner kennt. Was frag ich die Bank?`,
      fr: `il y a un prélèvement de ${c.mm(200, 9000)} le ${c.date()} sur notre compte pro ${c.iban()} de « ${c.co()} » que personne ne reconnaît. je demande quoi à la banque ?`,
      es: `hay un cargo de ${c.mm(200, 9000)} del ${c.date()} en la cuenta de empresa ${c.iban()} de "${c.co()}" que nadie reconoce. ¿qué le pregunto al banco?`,
      nl: `er staat een afschrijving van ${c.mm(200, 9000)} op ${c.date()} op onze zakelijke rekening ${c.iban()} van "${c.co()}" die niemand herkent. wat vraag ik de bank?`,
    }),
  ],
};

const ACCOUNTS: Record<Lang, readonly string[]> = {
  en: ['4000 Revenue', '1200 Bank current account', '1100 Trade debtors', '2100 Trade creditors', '7000 Salaries', '7500 Office costs', '2200 VAT control', '6100 Advertising'],
  de: ['8400 Erlöse 19 % USt', '1200 Bank', '1400 Forderungen aLuL', '1600 Verbindlichkeiten aLuL', '4120 Gehälter', '4930 Bürobedarf', '1576 Vorsteuer 19 %', '4600 Werbekosten'],
  fr: ['706 Prestations de services', '512 Banque', '411 Clients', '401 Fournisseurs', '641 Rémunérations du personnel', '606 Achats non stockés', '44566 TVA déductible', '623 Publicité'],
  es: ['705 Prestaciones de servicios', '572 Bancos', '430 Clientes', '400 Proveedores', '640 Sueldos y salarios', '629 Otros servicios', '472 HP IVA soportado', '627 Publicidad'],
  nl: ['8000 Omzet', '1100 Bank', '1300 Debiteuren', '1600 Crediteuren', '4000 Lonen en salarissen', '4300 Kantoorkosten', '1520 Te vorderen btw', '4600 Reclamekosten'],
};

/** Debit/credit pairs that make sense (indices into ACCOUNTS). */
const PAIRS: readonly [number, number][] = [[2, 0], [1, 2], [3, 1], [4, 1], [5, 3], [7, 3], [6, 3]];
function accountPair(c: Ctx): [string, string] {
  const [d, k] = c.pick(PAIRS);
  return [ACCOUNTS[c.lang][d]!, ACCOUNTS[c.lang][k]!];
}

const ledger: Family = {
  id: 'ledger',
  labels: ['financial'],
  docs: [
    (c) => {
      const rows: string[][] = [];
      for (let i = 0, k = c.int(2, 4); i < k; i++) {
        const a = c.amt(80, 60000);
        const [dr, cr] = accountPair(c);
        const text = c.t({ en: [`Inv ${c.ref('INV')} ${c.co()}`, `Payroll ${c.month()}`, 'Accrual audit fee'], de: [`ER ${c.ref('RE')} ${c.co()}`, `Gehälter ${c.month()}`, 'Rückstellung Abschlussprüfung'], fr: [`Fact. ${c.ref('FA')} ${c.co()}`, `Salaires ${c.month()}`, 'Provision honoraires CAC'], es: [`Fra. ${c.ref('FRA')} ${c.co()}`, `Nóminas ${c.month()}`, 'Provisión auditoría'], nl: [`Fact. ${c.ref('F')} ${c.co()}`, `Salarissen ${c.month()}`, 'Overlopende post accountantskosten'] });
        const no = String(c.int(10000, 99999));
        const d = c.shortDate();
        rows.push([no, d, dr, text, c.n(a), '']);
        rows.push([no, d, cr, text, '', c.n(a)]);
      }
      const heads = c.t({ en: 'Entry|Date|Account|Narrative|Debit|Credit', de: 'Beleg|Datum|Konto|Buchungstext|Soll|Haben', fr: 'Pièce|Date|Compte|Libellé|Débit|Crédit', es: 'Asiento|Fecha|Cuenta|Concepto|Debe|Haber', nl: 'Boekst.|Datum|Rekening|Omschrijving|Debet|Credit' }).split('|');
      return `${c.t({ en: `General journal – ${c.co()} – period ${c.int(1, 12)}/${c.year()}`, de: `Buchungsjournal ${c.co()} Periode ${c.int(1, 12)}/${c.year()}`, fr: `Journal des opérations diverses – ${c.co()}`, es: `Libro diario – ${c.co()} – ${c.month()} ${c.year()}`, nl: `Memoriaal ${c.co()} periode ${c.int(1, 12)}` })}\n${table(c, heads, rows)}`;
    },
    (c) => {
      const items = Array.from({ length: c.int(2, 4) }, () => {
        const [dr, cr] = accountPair(c);
        return c.t({ en: `Dr ${dr} / Cr ${cr}: ${c.mm(100, 90000)}`, de: `${dr} an ${cr}: ${c.mm(100, 90000)}`, fr: `${dr} à ${cr} : ${c.mm(100, 90000)}`, es: `${dr} a ${cr}: ${c.mm(100, 90000)}`, nl: `${dr} aan ${cr}: ${c.mm(100, 90000)}` });
      });
      const intro = c.t({
        en: `Month-end bookings ${c.co()}, ${c.month()}:`, de: `Monatsabschluss ${c.month()} ${c.co()} – geplante Buchungen:`, fr: `Écritures de clôture ${c.month()} – ${c.co()} :`, es: `Asientos de cierre de ${c.month()} – ${c.co()}:`, nl: `Maandafsluiting ${c.month()} ${c.co()}, boekingen:`,
      });
      return `${intro}\n${bullets(c, items)}`;
    },
  ],
  requests: {
    en: ['Is this booking correct?', 'do these journal entries balance?'], de: ['Ist das so richtig gebucht?', 'Geht das Journal auf?'], fr: ['Les écritures sont justes ?', 'Ça équilibre ?'], es: ['¿Está bien contabilizado?', '¿Cuadra el asiento?'], nl: ['Is dit goed geboekt?', 'Sluit het memoriaal?'],
  },
};

const BUDGET_LINES: Phr = {
  en: ['Personnel', 'Contractors', 'Travel', 'Software & SaaS', 'Marketing campaigns', 'Events', 'Training', 'Office & facilities', 'Capex – hardware'],
  de: ['Personal', 'Freelancer', 'Reisen', 'Software/SaaS', 'Kampagnen', 'Messen & Events', 'Weiterbildung', 'Büro & Gebäude', 'Investitionen Hardware'],
  fr: ['Masse salariale', 'Prestataires', 'Déplacements', 'Logiciels / SaaS', 'Campagnes', 'Salons', 'Formation', 'Locaux', 'Investissements matériel'],
  es: ['Personal', 'Externos', 'Viajes', 'Software / SaaS', 'Campañas', 'Ferias y eventos', 'Formación', 'Oficinas', 'Inversión en equipos'],
  nl: ['Personeel', 'Inhuur', 'Reiskosten', 'Software/SaaS', 'Campagnes', 'Events', 'Opleidingen', 'Huisvesting', 'Investeringen hardware'],
};

const budget: Family = {
  id: 'budget',
  labels: ['financial', 'confidential'],
  docs: [
    (c) => {
      const y = c.year();
      const ls = c.some(BUDGET_LINES[c.lang] as readonly string[], c.int(4, 7));
      const rows = ls.map((l) => {
        const plan = c.amt(20000, 2_500_000, 1000);
        const act = Math.round(plan * (0.7 + c.rng.next() * 0.5));
        return [l, c.n(plan, 0), c.n(act, 0), c.pct(((act - plan) / plan) * 100)];
      });
      const heads = c.t({ en: `Line|Budget ${y}|Forecast|Var.`, de: `Position|Budget ${y}|Hochrechnung|Abw.`, fr: `Poste|Budget ${y}|Atterrissage|Écart`, es: `Partida|Presupuesto ${y}|Previsión|Desv.`, nl: `Post|Budget ${y}|Forecast|Afw.` }).split('|');
      const dept = c.t(DEPTS);
      return `${c.t({ en: `${dept} budget ${y} – draft for the board`, de: `Budget ${y} ${dept} – Entwurf für den Vorstand`, fr: `Budget ${y} ${dept} – projet pour le comité de direction`, es: `Presupuesto ${y} ${dept} – borrador para el consejo`, nl: `Begroting ${y} ${dept} – concept voor de directie` })}\n${table(c, heads, rows)}`;
    },
    (c) => {
      const y = c.year();
      return c.t({
        en: `Budget ${y} proposal (for ExCo on ${c.date()}):\n- Total opex ${c.big(c.amt(4e6, 90e6, 1e5))}, ${c.pct(c.int(-80, 150) / 10)} vs. ${y - 1}\n- Headcount ${c.int(40, 900)} FTE (+${c.int(2, 40)} net new)\n- Capex ${c.big(c.amt(3e5, 9e6, 1e5))}, mostly the ${c.city()} site\n- Marketing cut by ${c.big(c.amt(1e5, 2e6, 5e4))}; no salary increases before July`,
        de: `Budgetvorschlag ${y} (Vorstandssitzung am ${c.date()}):\n- Opex gesamt ${c.big(c.amt(4e6, 90e6, 1e5))}, ${c.pct(c.int(-80, 150) / 10)} ggü. Vorjahr\n- ${c.int(40, 900)} FTE (+${c.int(2, 40)} Neueinstellungen)\n- Capex ${c.big(c.amt(3e5, 9e6, 1e5))}, v. a. Standort ${c.city()}\n- Marketing wird um ${c.big(c.amt(1e5, 2e6, 5e4))} gekürzt, Gehaltsrunde erst ab Juli`,
        fr: `Proposition de budget ${y} (CODIR du ${c.date()}) :\n- Opex total ${c.big(c.amt(4e6, 90e6, 1e5))}, ${c.pct(c.int(-80, 150) / 10)} vs ${y - 1}\n- Effectif ${c.int(40, 900)} ETP (+${c.int(2, 40)} créations de poste)\n- Capex ${c.big(c.amt(3e5, 9e6, 1e5))}, surtout le site de ${c.city()}\n- Marketing réduit de ${c.big(c.amt(1e5, 2e6, 5e4))} ; pas d'augmentations avant juillet`,
        es: `Propuesta de presupuesto ${y} (comité del ${c.date()}):\n- Opex total ${c.big(c.amt(4e6, 90e6, 1e5))}, ${c.pct(c.int(-80, 150) / 10)} frente a ${y - 1}\n- Plantilla ${c.int(40, 900)} FTE (+${c.int(2, 40)} altas netas)\n- Capex ${c.big(c.amt(3e5, 9e6, 1e5))}, sobre todo la planta de ${c.city()}\n- Recorte de marketing de ${c.big(c.amt(1e5, 2e6, 5e4))}; sin subidas salariales hasta julio`,
        nl: `Begrotingsvoorstel ${y} (directieoverleg ${c.date()}):\n- Totale opex ${c.big(c.amt(4e6, 90e6, 1e5))}, ${c.pct(c.int(-80, 150) / 10)} t.o.v. ${y - 1}\n- ${c.int(40, 900)} fte (+${c.int(2, 40)} netto erbij)\n- Capex ${c.big(c.amt(3e5, 9e6, 1e5))}, vooral vestiging ${c.city()}\n- Marketing ${c.big(c.amt(1e5, 2e6, 5e4))} omlaag; geen loonsverhoging voor juli`,
      });
    },
  ],
};

function ebitdaRange(c: Ctx): string {
  const lo = c.amt(2e6, 80e6, 1e5);
  return `${c.big(lo)}–${c.big(Math.round(lo * (1 + c.int(5, 15) / 100) / 1e5) * 1e5)}`;
}

const results: Family = {
  id: 'unreleased-results',
  labels: ['financial', 'confidential'],
  markerRate: 0.2,
  docs: [
    (c) => {
      const q = c.quarter();
      const rev = c.amt(5e6, 900e6, 1e5);
      const rows = [
        [c.t({ en: 'Revenue', de: 'Umsatz', fr: "Chiffre d'affaires", es: 'Ventas', nl: 'Omzet' }), c.big(rev), c.pct(c.int(-150, 250) / 10)],
        [c.t({ en: 'Gross margin', de: 'Rohertragsmarge', fr: 'Marge brute', es: 'Margen bruto', nl: 'Brutomarge' }), c.pct(c.int(180, 720) / 10), c.pct(c.int(-40, 40) / 10)],
        ['EBITDA', c.big(rev * c.int(5, 30) / 100), c.pct(c.int(-300, 300) / 10)],
        [c.t({ en: 'Net income', de: 'Konzernergebnis', fr: 'Résultat net', es: 'Beneficio neto', nl: 'Nettowinst' }), c.big(rev * c.int(1, 15) / 100), c.pct(c.int(-400, 300) / 10)],
      ];
      const heads = c.t({ en: `KPI|${q} actual|YoY`, de: `Kennzahl|${q} Ist|ggü. VJ`, fr: `Indicateur|${q} réel|vs N-1`, es: `KPI|${q} real|vs año ant.`, nl: `KPI|${q} realisatie|t.o.v. vorig jaar` }).split('|');
      const head = c.t({
        en: [`${q} preliminary numbers – before audit committee review`, `Flash results ${q} (not yet published)`],
        de: [`Vorläufige Zahlen ${q} – vor Prüfungsausschuss`, `Flash-Report ${q} (noch nicht veröffentlicht)`],
        fr: [`Chiffres provisoires ${q} – avant comité d'audit`, `Flash résultats ${q} (non publiés)`],
        es: [`Cifras provisionales ${q} – antes de la comisión de auditoría`, `Avance de resultados ${q} (aún no publicados)`],
        nl: [`Voorlopige cijfers ${q} – voor de auditcommissie`, `Flash ${q} (nog niet gepubliceerd)`],
      });
      return `${head}\n${table(c, heads, rows)}\n${c.t({ en: `Guidance: we will miss the range by ~${c.pct(c.int(10, 80) / 10)}.`, de: `Prognose: wir verfehlen die Spanne um ca. ${c.pct(c.int(10, 80) / 10)}.`, fr: `Guidance : on manquera la fourchette d'environ ${c.pct(c.int(10, 80) / 10)}.`, es: `Previsión: nos quedaremos ~${c.pct(c.int(10, 80) / 10)} por debajo del rango.`, nl: `Guidance: we komen ca. ${c.pct(c.int(10, 80) / 10)} onder de bandbreedte uit.` })}`;
    },
    (c) => {
      const q = c.quarter();
      return `${greet(c)}\n\n${c.t({
        en: `ahead of the ${q} release on ${c.date()}: revenue lands at ${c.big(c.amt(5e6, 500e6, 1e5))} (consensus ${c.big(c.amt(5e6, 500e6, 1e5))}), operating margin ${c.pct(c.int(20, 250) / 10)}. We'll also book a ${c.big(c.amt(1e6, 40e6, 1e5))} impairment on ${c.co()}. Please keep this within the disclosure group until the release.`,
        de: `vor der Veröffentlichung am ${c.date()}: Umsatz ${q} bei ${c.big(c.amt(5e6, 500e6, 1e5))} (Konsens ${c.big(c.amt(5e6, 500e6, 1e5))}), EBIT-Marge ${c.pct(c.int(20, 250) / 10)}. Dazu kommt eine Abschreibung von ${c.big(c.amt(1e6, 40e6, 1e5))} auf die Beteiligung ${c.co()}. Bitte bis zur Ad-hoc-Meldung im Insiderkreis halten.`,
        fr: `avant la publication du ${c.date()} : CA ${q} à ${c.big(c.amt(5e6, 500e6, 1e5))} (consensus ${c.big(c.amt(5e6, 500e6, 1e5))}), marge opérationnelle ${c.pct(c.int(20, 250) / 10)}. On passera aussi une dépréciation de ${c.big(c.amt(1e6, 40e6, 1e5))} sur ${c.co()}. Merci de garder ça dans la liste d'initiés jusqu'à la publication.`,
        es: `antes de la publicación del ${c.date()}: ventas del ${q} de ${c.big(c.amt(5e6, 500e6, 1e5))} (consenso ${c.big(c.amt(5e6, 500e6, 1e5))}), margen operativo ${c.pct(c.int(20, 250) / 10)}. Además registraremos un deterioro de ${c.big(c.amt(1e6, 40e6, 1e5))} en ${c.co()}. Que no salga del grupo de iniciados hasta la publicación.`,
        nl: `vooruitlopend op de publicatie van ${c.date()}: omzet ${q} komt uit op ${c.big(c.amt(5e6, 500e6, 1e5))} (consensus ${c.big(c.amt(5e6, 500e6, 1e5))}), operationele marge ${c.pct(c.int(20, 250) / 10)}. Daarnaast boeken we een afwaardering van ${c.big(c.amt(1e6, 40e6, 1e5))} op ${c.co()}. Graag binnen de insiderlijst houden tot de publicatie.`,
      })}\n\n${sign(c)}`;
    },
    (c) => {
      const q = c.quarter();
      return c.t({
        en: `DRAFT v${c.int(2, 7)} – ${q} trading update\n${c.co()} today reported revenue of ${c.big(c.amt(5e6, 500e6, 1e5))}, up ${c.pct(c.int(10, 200) / 10)} on a like-for-like basis, and lowers its full-year EBITDA outlook to ${ebitdaRange(c)}. [CFO quote TBC] [numbers pending final close]`,
        de: `ENTWURF v${c.int(2, 7)} – Quartalsmitteilung ${q}\n${c.co()} erzielte im ${q} einen Umsatz von ${c.big(c.amt(5e6, 500e6, 1e5))} (${c.pct(c.int(-100, 200) / 10)}) und senkt die EBITDA-Prognose für das Gesamtjahr auf ${c.big(c.amt(2e6, 90e6, 1e5))}. [Zitat CFO folgt] [Zahlen vorbehaltlich Abschluss]`,
        fr: `PROJET v${c.int(2, 7)} – information trimestrielle ${q}\n${c.co()} réalise un chiffre d'affaires de ${c.big(c.amt(5e6, 500e6, 1e5))} (${c.pct(c.int(-100, 200) / 10)} à périmètre constant) et abaisse son objectif d'EBITDA annuel à ${c.big(c.amt(2e6, 90e6, 1e5))}. [citation DAF à venir] [chiffres en attente de clôture]`,
        es: `BORRADOR v${c.int(2, 7)} – avance de resultados ${q}\n${c.co()} registra unas ventas de ${c.big(c.amt(5e6, 500e6, 1e5))} (${c.pct(c.int(-100, 200) / 10)}) y rebaja su previsión de EBITDA anual a ${c.big(c.amt(2e6, 90e6, 1e5))}. [cita del CFO pendiente] [cifras pendientes de cierre]`,
        nl: `CONCEPT v${c.int(2, 7)} – trading update ${q}\n${c.co()} boekte een omzet van ${c.big(c.amt(5e6, 500e6, 1e5))} (${c.pct(c.int(-100, 200) / 10)}) en verlaagt de EBITDA-verwachting voor het hele jaar naar ${c.big(c.amt(2e6, 90e6, 1e5))}. [quote CFO volgt] [cijfers onder voorbehoud van afsluiting]`,
      });
    },
  ],
};

const PRODUCTS = ['Basic', 'Pro', 'Enterprise', 'Add-on Analytics', 'Premium Support', 'API 1M calls', 'Onboarding package', 'Starter', 'Team', 'Platinum'];

const pricing: Family = {
  id: 'unreleased-pricing',
  labels: ['financial', 'confidential'],
  docs: [
    (c) => {
      const rows = c.some(PRODUCTS, c.int(3, 6)).map((p) => {
        const list = c.amt(9, 4000, 1);
        return [p, c.n(list, 0), c.n(list * (1 + c.int(3, 15) / 100), 0), c.n(list * (1 - c.int(20, 45) / 100), 0), c.pct(c.int(30, 85), 0)];
      });
      const heads = c.t({ en: 'Product|Current|New list price|Floor price|Margin', de: 'Produkt|Aktuell|Neuer Listenpreis|Preisuntergrenze|Marge', fr: 'Produit|Actuel|Nouveau prix catalogue|Prix plancher|Marge', es: 'Producto|Actual|Nueva tarifa|Precio mínimo|Margen', nl: 'Product|Huidig|Nieuwe lijstprijs|Bodemprijs|Marge' }).split('|');
      return `${c.t({ en: `Price list ${c.year()} – effective ${c.date()}, do not share with customers yet`, de: `Preisliste ${c.year()}, gültig ab ${c.date()} – noch nicht an Kunden kommunizieren`, fr: `Grille tarifaire ${c.year()}, applicable au ${c.date()} – ne pas communiquer aux clients`, es: `Tarifas ${c.year()}, vigentes desde el ${c.date()} – no comunicar aún a clientes`, nl: `Prijslijst ${c.year()} per ${c.date()} – nog niet met klanten delen` })}\n${table(c, heads, rows)}`;
    },
    (c) => c.t({
      en: `Pricing decision (${c.date()}): from ${c.date()} we raise ${c.pick(PRODUCTS)} by ${c.pct(c.int(4, 18), 0)} for new customers and by ${c.pct(c.int(2, 9), 0)} at renewal. Sales may discount up to ${c.pct(c.int(10, 30), 0)} without approval; anything below ${c.mm(20, 900, 1)} per seat needs the CFO. Competitor ${c.co()} is at roughly ${c.mm(20, 900, 1)}.`,
      de: `Preisentscheidung vom ${c.date()}: Ab ${c.date()} erhöhen wir ${c.pick(PRODUCTS)} für Neukunden um ${c.pct(c.int(4, 18), 0)}, bei Verlängerungen um ${c.pct(c.int(2, 9), 0)}. Vertrieb darf bis ${c.pct(c.int(10, 30), 0)} rabattieren, unter ${c.mm(20, 900, 1)} pro Lizenz nur mit Freigabe CFO. Wettbewerber ${c.co()} liegt bei ca. ${c.mm(20, 900, 1)}.`,
      fr: `Décision tarifaire du ${c.date()} : à partir du ${c.date()}, hausse de ${c.pct(c.int(4, 18), 0)} sur ${c.pick(PRODUCTS)} pour les nouveaux clients, ${c.pct(c.int(2, 9), 0)} aux renouvellements. Remise libre jusqu'à ${c.pct(c.int(10, 30), 0)} ; en dessous de ${c.mm(20, 900, 1)} par licence, validation du DAF. Le concurrent ${c.co()} est autour de ${c.mm(20, 900, 1)}.`,
      es: `Decisión de precios (${c.date()}): desde el ${c.date()} subimos ${c.pick(PRODUCTS)} un ${c.pct(c.int(4, 18), 0)} a clientes nuevos y un ${c.pct(c.int(2, 9), 0)} en renovaciones. Ventas puede descontar hasta un ${c.pct(c.int(10, 30), 0)}; por debajo de ${c.mm(20, 900, 1)} por licencia hace falta el OK del CFO. ${c.co()} está en unos ${c.mm(20, 900, 1)}.`,
      nl: `Prijsbesluit ${c.date()}: per ${c.date()} gaat ${c.pick(PRODUCTS)} ${c.pct(c.int(4, 18), 0)} omhoog voor nieuwe klanten en ${c.pct(c.int(2, 9), 0)} bij verlenging. Sales mag tot ${c.pct(c.int(10, 30), 0)} korting geven; onder ${c.mm(20, 900, 1)} per licentie alleen met akkoord CFO. Concurrent ${c.co()} zit rond ${c.mm(20, 900, 1)}.`,
    }),
    (c) => {
      const rows = [
        [`< ${c.n(c.int(10, 50) * 1000, 0)}`, c.pct(c.int(0, 5), 0), c.t({ en: 'Account exec', de: 'Vertriebsmitarbeiter', fr: 'Commercial', es: 'Comercial', nl: 'Accountmanager' })],
        [`< ${c.n(c.int(60, 200) * 1000, 0)}`, c.pct(c.int(6, 15), 0), c.t({ en: 'Sales director', de: 'Vertriebsleitung', fr: 'Directeur commercial', es: 'Director comercial', nl: 'Salesdirecteur' })],
        [`> ${c.n(c.int(200, 900) * 1000, 0)}`, c.pct(c.int(16, 35), 0), 'CFO + CEO'],
      ];
      return `${c.t({ en: 'Discount approval matrix (deal value in ' + c.cur + ')', de: 'Rabattfreigabe-Matrix (Auftragswert in €)', fr: 'Matrice de validation des remises (montant en €)', es: 'Matriz de aprobación de descuentos (importe en €)', nl: 'Kortingsmatrix (dealwaarde in €)' })}\n${table(c, c.t({ en: 'Deal value|Max discount|Approver', de: 'Auftragswert|Max. Rabatt|Freigabe', fr: 'Montant|Remise max.|Validation', es: 'Importe|Descuento máx.|Aprueba', nl: 'Dealwaarde|Max. korting|Akkoord' }).split('|'), rows)}`;
    },
  ],
};

const cashflow: Family = {
  id: 'cash-flow-plan',
  labels: ['financial', 'confidential'],
  docs: [
    (c) => {
      let bal = c.amt(2e5, 8e6, 1000);
      const w = c.int(20, 44);
      const rows = Array.from({ length: c.int(4, 7) }, (_, i) => {
        const inn = c.amt(1e5, 3e6, 1000);
        const out = c.amt(1e5, 3.2e6, 1000);
        bal = bal + inn - out;
        return [c.t({ en: `W${w + i}`, de: `KW ${w + i}`, fr: `S${w + i}`, es: `S${w + i}`, nl: `wk ${w + i}` }), c.n(inn, 0), c.n(-out, 0), c.n(bal, 0)];
      });
      const heads = c.t({ en: 'Week|Receipts|Payments|Closing cash', de: 'Woche|Einzahlungen|Auszahlungen|Liquidität', fr: 'Semaine|Encaissements|Décaissements|Trésorerie fin', es: 'Semana|Cobros|Pagos|Saldo final', nl: 'Week|Ontvangsten|Uitgaven|Eindsaldo' }).split('|');
      return `${c.t({ en: '13-week cash forecast', de: 'Liquiditätsplanung 13 Wochen', fr: 'Plan de trésorerie 13 semaines', es: 'Previsión de tesorería a 13 semanas', nl: 'Liquiditeitsprognose 13 weken' })} – ${c.co()}\n${table(c, heads, rows)}`;
    },
    (c) => c.t({
      en: `Cash update: we dip to about ${c.big(c.amt(5e4, 2e6, 1e4))} in week ${c.int(20, 50)} after payroll and the ${c.co()} payment. Proposal: draw ${c.big(c.amt(5e5, 5e6, 1e5))} on the RCF, delay supplier runs by 10 days, chase the ${c.big(c.amt(2e5, 4e6, 1e5))} overdue from ${c.co()}. Covenant headroom is only ${c.pct(c.int(3, 15), 0)}.`,
      de: `Liquidität: Nach Gehältern und der Zahlung an ${c.co()} fallen wir in KW ${c.int(20, 50)} auf ca. ${c.big(c.amt(5e4, 2e6, 1e4))}. Vorschlag: ${c.big(c.amt(5e5, 5e6, 1e5))} aus der Kreditlinie ziehen, Zahlläufe um 10 Tage schieben, die überfälligen ${c.big(c.amt(2e5, 4e6, 1e5))} von ${c.co()} eintreiben. Covenant-Puffer nur noch ${c.pct(c.int(3, 15), 0)}.`,
      fr: `Point tréso : on descend à environ ${c.big(c.amt(5e4, 2e6, 1e4))} en semaine ${c.int(20, 50)} après la paie et le paiement ${c.co()}. Proposition : tirer ${c.big(c.amt(5e5, 5e6, 1e5))} sur le RCF, décaler les paiements fournisseurs de 10 jours, relancer ${c.co()} pour les ${c.big(c.amt(2e5, 4e6, 1e5))} en retard. Marge sur les covenants : ${c.pct(c.int(3, 15), 0)} seulement.`,
      es: `Tesorería: bajamos a unos ${c.big(c.amt(5e4, 2e6, 1e4))} en la semana ${c.int(20, 50)} tras nóminas y el pago a ${c.co()}. Propuesta: disponer ${c.big(c.amt(5e5, 5e6, 1e5))} de la póliza, retrasar pagos a proveedores 10 días y reclamar los ${c.big(c.amt(2e5, 4e6, 1e5))} vencidos de ${c.co()}. Margen de covenants: solo un ${c.pct(c.int(3, 15), 0)}.`,
      nl: `Cashupdate: na salarissen en de betaling aan ${c.co()} zakken we in week ${c.int(20, 50)} naar ca. ${c.big(c.amt(5e4, 2e6, 1e4))}. Voorstel: ${c.big(c.amt(5e5, 5e6, 1e5))} opnemen uit de kredietfaciliteit, betaalrun 10 dagen uitstellen, de ${c.big(c.amt(2e5, 4e6, 1e5))} achterstand van ${c.co()} innen. Ruimte onder de convenanten nog maar ${c.pct(c.int(3, 15), 0)}.`,
    }),
  ],
};

const exp = (c: Ctx) => `${String(c.int(1, 12)).padStart(2, '0')}/${c.int(26, 31)}`;

const cardPayment: Family = {
  id: 'card-payment-request',
  labels: ['financial'],
  docs: [
    (c) => {
      const n = c.name();
      return `${greet(c)}\n\n${c.t({
        en: `please charge the following card for invoice ${c.ref('INV')} (${c.mm(90, 9000)}):`,
        de: `bitte belasten Sie für die Rechnung ${c.ref('RE')} (${c.mm(90, 9000)}) folgende Kreditkarte:`,
        fr: `merci de débiter la carte suivante pour la facture ${c.ref('FA')} (${c.mm(90, 9000)}) :`,
        es: `por favor, carguen la factura ${c.ref('FRA')} (${c.mm(90, 9000)}) en la siguiente tarjeta:`,
        nl: `graag de volgende creditcard belasten voor factuur ${c.ref('F')} (${c.mm(90, 9000)}):`,
      })}\n${c.t({ en: 'Card number', de: 'Kartennummer', fr: 'N° de carte', es: 'Número de tarjeta', nl: 'Kaartnummer' })}: ${c.card()}\n${c.t({ en: 'Expiry', de: 'Gültig bis', fr: 'Expiration', es: 'Caducidad', nl: 'Geldig tot' })}: ${exp(c)}\nCVV: ${c.int(100, 999)}\n${c.t({ en: 'Cardholder', de: 'Karteninhaber', fr: 'Titulaire', es: 'Titular', nl: 'Kaarthouder' })}: ${n}\n\n${sign(c, n)}`;
    },
    (c) => `${c.t({ en: 'Booking form', de: 'Buchungsformular', fr: 'Bon de réservation', es: 'Formulario de reserva', nl: 'Boekingsformulier' })} – ${c.co()}\n${c.t({ en: 'Guest', de: 'Gast', fr: 'Client', es: 'Huésped', nl: 'Gast' })}: ${c.name()}\n${c.t({ en: 'Deposit', de: 'Anzahlung', fr: 'Acompte', es: 'Depósito', nl: 'Aanbetaling' })}: ${c.mm(100, 3000)}\nVisa/MC: ${c.card()} exp ${exp(c)} CVC ${c.int(100, 999)}`,
  ],
  shorts: [
    (c) => c.t({
      en: `write a polite email to the hotel asking them to charge the ${c.mm(200, 2000)} deposit to card ${c.card()}, exp ${exp(c)}, cvv ${c.int(100, 999)}`,
      de: `schreib dem Hotel, dass sie die Anzahlung von ${c.mm(200, 2000)} von der Karte ${c.card()} abbuchen sollen, gültig bis ${exp(c)}, Prüfziffer ${c.int(100, 999)}`,
      fr: `écris à l'hôtel de débiter l'acompte de ${c.mm(200, 2000)} sur la carte ${c.card()}, exp ${exp(c)}, cryptogramme ${c.int(100, 999)}`,
      es: `escribe al hotel para que carguen la señal de ${c.mm(200, 2000)} en la tarjeta ${c.card()}, cad. ${exp(c)}, CVV ${c.int(100, 999)}`,
      nl: `mail het hotel dat ze de aanbetaling van ${c.mm(200, 2000)} van kaart ${c.card()} mogen afschrijven, geldig tot ${exp(c)}, cvc ${c.int(100, 999)}`,
    }),
    (c) => c.t({
      en: `pls charge ${c.card()} ${exp(c)} ${c.int(100, 999)} for ${c.mm(50, 900)}, thanks`,
      de: `bitte ${c.mm(50, 900)} von ${c.card()} ${exp(c)} ${c.int(100, 999)} abbuchen, danke`,
      fr: `merci de prélever ${c.mm(50, 900)} sur ${c.card()} ${exp(c)} ${c.int(100, 999)}`,
      es: `cobrad ${c.mm(50, 900)} a la tarjeta ${c.card()} ${exp(c)} ${c.int(100, 999)}, gracias`,
      nl: `graag ${c.mm(50, 900)} afschrijven van ${c.card()} ${exp(c)} ${c.int(100, 999)}, dank`,
    }),
  ],
};

const ibanChange: Family = {
  id: 'iban-change',
  labels: ['financial'],
  requests: {
    en: ['Is this a legit bank change request or phishing?', 'write a reply confirming we updated the vendor record'],
    de: ['Ist das eine echte Bankänderung oder Phishing?', 'Schreib eine Antwort, dass wir die Stammdaten geändert haben'],
    fr: ["C'est une vraie demande de changement de RIB ou du phishing ?", 'Réponds que la fiche fournisseur est mise à jour'],
    es: ['¿Este cambio de cuenta es legítimo o es phishing?', 'Responde que ya hemos actualizado la ficha del proveedor'],
    nl: ['Is dit een echte wijziging van bankgegevens of phishing?', 'Schrijf een antwoord dat we de leveranciersgegevens hebben aangepast'],
  },
  docs: [
    (c) => {
      const co = c.co();
      const [b, bic] = bank(c);
      return `${mailHeader(c, email(c, c.name(), co), email(c, c.name(), c.co()), c.t({ en: 'Change of bank details', de: 'Änderung unserer Bankverbindung', fr: 'Changement de coordonnées bancaires', es: 'Cambio de cuenta bancaria', nl: 'Wijziging bankgegevens' }))}\n\n${greet(c)}\n\n${c.t({
        en: `please note that with immediate effect our bank details have changed. All open and future invoices should be paid to:`,
        de: `bitte beachten Sie, dass sich unsere Bankverbindung ab sofort geändert hat. Offene und künftige Rechnungen begleichen Sie bitte ausschließlich auf:`,
        fr: `nous vous informons que nos coordonnées bancaires changent à compter de ce jour. Merci de régler les factures en cours et à venir sur :`,
        es: `les informamos de que, con efecto inmediato, hemos cambiado de cuenta. Les rogamos abonen las facturas pendientes y futuras en:`,
        nl: `graag uw aandacht: per direct zijn onze bankgegevens gewijzigd. Openstaande en toekomstige facturen graag voldoen op:`,
      })}\n${b}\nIBAN: ${c.iban()}\nBIC: ${bic}\n${c.t({ en: `The old account at ${bank(c)[0]} will be closed on ${c.date()}.`, de: `Das alte Konto wird zum ${c.date()} geschlossen.`, fr: `L'ancien compte sera clôturé le ${c.date()}.`, es: `La cuenta anterior se cancelará el ${c.date()}.`, nl: `De oude rekening wordt per ${c.date()} opgeheven.` })}\n\n${sign(c)}\n${co}`;
    },
    (c) => `${c.t({ en: 'Vendor master data change', de: 'Änderungsantrag Kreditorenstammdaten', fr: 'Modification fiche fournisseur', es: 'Modificación datos maestros de proveedor', nl: 'Wijziging crediteurstamgegevens' })}\n${c.t({ en: 'Vendor', de: 'Kreditor', fr: 'Fournisseur', es: 'Proveedor', nl: 'Crediteur' })}: ${c.int(70000, 79999)} ${c.co()}\n${c.t({ en: 'Old IBAN', de: 'Alte IBAN', fr: 'Ancien IBAN', es: 'IBAN anterior', nl: 'Oud IBAN' })}: ${c.iban()}\n${c.t({ en: 'New IBAN', de: 'Neue IBAN', fr: 'Nouvel IBAN', es: 'IBAN nuevo', nl: 'Nieuw IBAN' })}: ${c.iban()}\n${c.t({ en: 'Requested by', de: 'Angefordert von', fr: 'Demandé par', es: 'Solicitado por', nl: 'Aangevraagd door' })}: ${c.name()}, ${c.date()}`,
  ],
  shorts: [
    (c) => c.t({
      en: `${c.co()} just emailed that their IBAN changed to ${c.iban()} and asked us to pay the ${c.mm(5000, 90000)} today. sounds urgent, can you draft a reply?`,
      de: `${c.co()} schreibt, ihre IBAN hat sich auf ${c.iban()} geändert und wir sollen die ${c.mm(5000, 90000)} heute noch zahlen. Kannst du eine Antwort entwerfen?`,
      fr: `${c.co()} nous écrit que leur IBAN devient ${c.iban()} et qu'il faut payer les ${c.mm(5000, 90000)} aujourd'hui. tu peux préparer une réponse ?`,
      es: `${c.co()} dice que su IBAN ahora es ${c.iban()} y que paguemos hoy los ${c.mm(5000, 90000)}. ¿me preparas una respuesta?`,
      nl: `${c.co()} mailt dat hun IBAN is gewijzigd naar ${c.iban()} en we moeten de ${c.mm(5000, 90000)} vandaag nog betalen. kun je een antwoord opstellen?`,
    }),
  ],
};

const purchaseOrder: Family = {
  id: 'purchase-order',
  labels: ['financial'],
  docs: [
    (c) => {
      const ls = lines(c, c.int(2, 5));
      const heads = c.t({ en: 'Item|Qty|Unit price|Total', de: 'Artikel|Menge|Preis|Gesamt', fr: 'Article|Qté|Prix unitaire|Total', es: 'Artículo|Cant.|Precio|Total', nl: 'Artikel|Aantal|Stukprijs|Totaal' }).split('|');
      return [
        `${c.t({ en: 'PURCHASE ORDER', de: 'BESTELLUNG', fr: 'BON DE COMMANDE', es: 'PEDIDO DE COMPRA', nl: 'INKOOPORDER' })} ${c.ref('PO')}`,
        `${c.t({ en: 'Supplier', de: 'Lieferant', fr: 'Fournisseur', es: 'Proveedor', nl: 'Leverancier' })}: ${c.co()}\n${c.t({ en: 'Deliver to', de: 'Lieferadresse', fr: 'Livraison', es: 'Entrega en', nl: 'Afleveradres' })}: ${c.street()}, ${c.city()}\n${c.t({ en: 'Cost centre', de: 'Kostenstelle', fr: 'Centre de coût', es: 'Centro de coste', nl: 'Kostenplaats' })}: ${c.int(1000, 9999)}`,
        table(c, heads, ls.map((l) => [l.desc, String(l.qty), c.n(l.unit), c.n(l.total)])),
        `${c.t({ en: 'Total (net)', de: 'Summe netto', fr: 'Total HT', es: 'Total sin IVA', nl: 'Totaal excl. btw' })}: ${c.m(sum(ls.map((l) => l.total)))}\n${c.t({ en: 'Payment terms: 30 days net', de: 'Zahlungsbedingungen: 30 Tage netto', fr: 'Conditions : 30 jours fin de mois', es: 'Condiciones de pago: 60 días', nl: 'Betalingstermijn: 30 dagen' })}`,
      ].join('\n\n');
    },
    (c) => {
      const q = c.int(2, 60);
      const unit = c.amt(20, 1500);
      const [each, total] = [c.m(unit), c.m(Math.round(q * unit * 100) / 100)];
      return `${greet(c)}\n\n${c.t({
      en: `we'd like to order ${q} x ${c.pick(SERVICES.en as string[])} at the agreed price of ${each} each, total ${total}. Our PO number is ${c.ref('PO')}, please quote it on the invoice.`,
      de: `wir bestellen hiermit ${q} x ${c.pick(SERVICES.de as string[])} zum vereinbarten Preis von ${each} pro Stück, gesamt ${total}. Bestellnummer ${c.ref('BE')}, bitte auf der Rechnung angeben.`,
      fr: `nous souhaitons commander ${q} x ${c.pick(SERVICES.fr as string[])} au prix convenu de ${each} l'unité, soit ${total} HT. Notre n° de commande est ${c.ref('BC')}, merci de le reporter sur la facture.`,
      es: `queremos pedir ${q} x ${c.pick(SERVICES.es as string[])} al precio acordado de ${each} la unidad, total ${total}. Nuestro nº de pedido es ${c.ref('PC')}; indíquenlo en la factura.`,
      nl: `graag bestellen we ${q} x ${c.pick(SERVICES.nl as string[])} tegen de afgesproken prijs van ${each} per stuk, totaal ${total}. Ons ordernummer is ${c.ref('IO')}, graag vermelden op de factuur.`,
    })}\n\n${sign(c)}`;
    },
  ],
};

const auditAdj: Family = {
  id: 'audit-adjustments',
  labels: ['financial', 'confidential'],
  docs: [
    (c) => {
      const pool = ({
        en: ['Accrued bonuses understated|Bonus expense|Accruals', `Revenue recognised early (${c.co()})|Revenue|Deferred income`, 'Inventory obsolescence provision|Cost of sales|Inventory', 'Unrecorded supplier invoice|Operating expenses|Trade creditors'],
        de: ['Tantiemenrückstellung zu niedrig|Personalaufwand|Rückstellungen', `Umsatz ${c.co()} zu früh realisiert|Umsatzerlöse|PRAP`, 'Gängigkeitsabschlag Vorräte|Materialaufwand|Vorräte', 'Nicht erfasste Eingangsrechnung|Sonstiger Aufwand|Verbindlichkeiten'],
        fr: ['Provision pour primes insuffisante|Charges de personnel|Provisions', `CA ${c.co()} reconnu trop tôt|Chiffre d'affaires|PCA`, 'Dépréciation des stocks|Achats consommés|Stocks', 'Facture fournisseur non comptabilisée|Charges externes|Fournisseurs'],
        es: ['Provisión de bonus insuficiente|Gastos de personal|Provisiones', `Ingresos de ${c.co()} anticipados|Ventas|Periodificaciones`, 'Deterioro de existencias|Aprovisionamientos|Existencias', 'Factura de proveedor no registrada|Servicios exteriores|Proveedores'],
        nl: ['Bonusvoorziening te laag|Personeelskosten|Voorzieningen', `Omzet ${c.co()} te vroeg verantwoord|Omzet|Vooruitontvangen`, 'Voorziening incourante voorraad|Kostprijs|Voorraad', 'Niet geboekte inkoopfactuur|Bedrijfskosten|Crediteuren'],
      } as Record<Lang, string[]>)[c.lang];
      let impact = 0;
      const rows = c.some(pool, c.int(2, 4)).map((d, i) => {
        const [txt, dr, cr] = d.split('|') as [string, string, string];
        const a = c.amt(8000, 2e6, 100);
        impact += a;
        return [`AJE ${i + 1}`, txt, `Dr ${dr} / Cr ${cr}`, c.n(a, 0)];
      });
      const heads = c.t({ en: 'No.|Finding|Entry|Amount', de: 'Nr.|Feststellung|Buchung|Betrag', fr: 'N°|Constat|Écriture|Montant', es: 'Nº|Hallazgo|Asiento|Importe', nl: 'Nr.|Bevinding|Boeking|Bedrag' }).split('|');
      return `${c.t({ en: `Summary of proposed audit adjustments FY${c.year()} – ${c.co()}`, de: `Prüfungsdifferenzen JA ${c.year()} – ${c.co()}`, fr: `Ajustements d'audit proposés – exercice ${c.year()} – ${c.co()}`, es: `Ajustes de auditoría propuestos ejercicio ${c.year()} – ${c.co()}`, nl: `Voorgestelde controlecorrecties boekjaar ${c.year()} – ${c.co()}` })}\n${table(c, heads, rows)}\n${c.t({ en: 'Impact on pre-tax profit', de: 'Ergebnisauswirkung vor Steuern', fr: 'Impact sur le résultat avant impôt', es: 'Impacto en el resultado antes de impuestos', nl: 'Effect op resultaat voor belasting' })}: -${c.m(impact, 0)}`;
    },
    (c) => c.t({
      en: `From the auditors' draft management letter: the ${c.big(c.amt(2e5, 9e6, 1e5))} receivable from ${c.co()} is more than 180 days overdue and not provided for; they want a ${c.pct(c.int(30, 100), 0)} provision before they sign. This takes EBIT below the covenant threshold of ${c.big(c.amt(2e6, 20e6, 1e5))}.`,
      de: `Aus dem Entwurf des Prüfungsberichts: Die Forderung gegen ${c.co()} über ${c.big(c.amt(2e5, 9e6, 1e5))} ist seit über 180 Tagen überfällig und nicht wertberichtigt; der Prüfer will ${c.pct(c.int(30, 100), 0)} Einzelwertberichtigung, sonst kein Testat. Damit rutscht das EBIT unter die Covenant-Schwelle von ${c.big(c.amt(2e6, 20e6, 1e5))}.`,
      fr: `Extrait du projet de lettre de recommandations des CAC : la créance de ${c.big(c.amt(2e5, 9e6, 1e5))} sur ${c.co()} a plus de 180 jours de retard sans dépréciation ; ils demandent ${c.pct(c.int(30, 100), 0)} de provision avant de certifier. L'EBIT passerait sous le seuil du covenant (${c.big(c.amt(2e6, 20e6, 1e5))}).`,
      es: `Del borrador de carta de recomendaciones del auditor: el saldo de ${c.big(c.amt(2e5, 9e6, 1e5))} con ${c.co()} lleva más de 180 días vencido sin provisionar; piden una provisión del ${c.pct(c.int(30, 100), 0)} antes de firmar. Eso deja el EBIT por debajo del covenant de ${c.big(c.amt(2e6, 20e6, 1e5))}.`,
      nl: `Uit de concept-managementletter van de accountant: de vordering van ${c.big(c.amt(2e5, 9e6, 1e5))} op ${c.co()} staat al meer dan 180 dagen open zonder voorziening; ze willen ${c.pct(c.int(30, 100), 0)} voorziening voordat ze tekenen. Daarmee komt de EBIT onder de convenantgrens van ${c.big(c.amt(2e6, 20e6, 1e5))}.`,
    }),
  ],
};

export const FINANCIAL_FAMILIES: readonly Family[] = [
  invoice, remittance, payroll, salaryLetter, expenses, bankStatement, ledger, budget, results, pricing, cashflow,
  cardPayment, ibanChange, purchaseOrder, auditAdj,
];

/** `count` financial positives, balanced over languages and families. */
export function generate(rng: Rng, count: number): Example[] {
  return generateFrom(rng, count, FINANCIAL_FAMILIES, 'synthetic/financial');
}
