/**
 * Builds the held-out workplace evaluation set for the local classifier (models/eval/workplace-eval.jsonl).
 *
 * Independent of the training-data generators on purpose: its own templates, phrasing and structures, written for
 * this file only; it shares nothing with scripts/train/data except the Example types, the seeded Rng and the
 * synthetic value helpers (names, companies, money, dates, IBANs, card numbers). Deterministic from EVAL_SEED.
 *
 *   npx tsx scripts/eval/build-eval.ts          regenerates the committed file
 *
 * Never train on this file or choose thresholds with it (see models/eval/README.md).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category } from '../../src/engine/types.ts';
import { Rng } from '../train/data/rng.ts';
import type { Lang } from '../train/data/types.ts';
import * as V from '../train/data/values.ts';

export const EVAL_SEED = 20_240_917;
export const EVAL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../models/eval/workplace-eval.jsonl');

export interface EvalRow {
  readonly id: string;
  readonly text: string;
  readonly labels: readonly Category[];
  readonly lang: Lang;
}

/** What a family produces: the pasted content (or the whole prompt) and its labels. */
interface Piece {
  readonly body: string;
  readonly labels: readonly Category[];
  /** Which request wording may wrap it: document requests, code requests, or none (already a full prompt). */
  readonly wrap: 'doc' | 'code' | 'none';
}
type Family = (r: Rng, lang: Lang) => Piece;
type L5<T = string> = Record<Lang, T>;

const CATEGORY_ORDER: readonly Category[] = ['secret', 'pii', 'financial', 'source_code', 'confidential', 'health'];

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const pv = <T>(r: Rng, lang: Lang, table: L5<readonly T[]>): T => r.pick(table[lang]);

/** Fills {key} slots; unknown keys are an error so a template typo cannot slip into the data. */
function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (_, key: string) => {
    const v = vars[key];
    if (v === undefined) throw new Error(`template slot {${key}} has no value`);
    return v;
  });
}

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function num(r: Rng, lang: Lang, min: number, max: number, decimals = 0): string {
  const v = (r.int(min * 10 ** decimals, max * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
  const [i, f] = v.split('.') as [string, string | undefined];
  const sep = lang === 'en' ? ',' : lang === 'fr' ? '\u202f' : '.';
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return f === undefined ? grouped : `${grouped}${lang === 'en' ? '.' : ','}${f}`;
}

/** A money amount in thousands / millions as managers write it: '€4.2m', '4,2 Mio. €', '4,2 M€'. */
function bigMoney(r: Rng, lang: Lang, min = 1, max = 90): string {
  const v = num(r, lang, min, max, 1);
  return { en: `${r.pick(['€', '$', '£'])}${v}${r.pick(['m', 'M', ' million'])}`, de: `${v} Mio. €`, fr: `${v} M€`, es: `${v} M€`, nl: `€ ${v} mln` }[lang];
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '');
}

const quarter = (r: Rng): string => `Q${r.int(1, 4)}`;
const year = (r: Rng): string => String(r.int(2024, 2026));
const codename = (r: Rng): string =>
  r.pick(['Falcon', 'Bluebird', 'Atlas', 'Nimbus', 'Juniper', 'Orca', 'Saffron', 'Granite', 'Mistral', 'Polaris', 'Cedar', 'Tango', 'Kite', 'Ember']);

/** A random token of the given alphabet (for live-looking credentials in a few code pastes). */
function token(r: Rng, length: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'): string {
  let out = '';
  while (out.length < length) out += alphabet[r.int(0, alphabet.length - 1)];
  return out;
}

/** Renders a table the way people paste one: tab-separated, pipes, Markdown, CSV or space-aligned. */
function table(r: Rng, lang: Lang, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const style = r.int(0, 4);
  const all = [header, ...rows];
  if (style === 0) return all.map((row) => row.join('\t')).join('\n');
  if (style === 1) return all.map((row) => row.join(' | ')).join('\n');
  if (style === 2) {
    const lines = all.map((row) => `| ${row.join(' | ')} |`);
    lines.splice(1, 0, `|${header.map(() => '---').join('|')}|`);
    return lines.join('\n');
  }
  if (style === 3) {
    const sep = lang === 'en' ? ',' : ';';
    return all.map((row) => row.map((c) => (c.includes(sep) || c.includes(',') ? `"${c}"` : c)).join(sep)).join('\n');
  }
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all.map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

const MAIL_LABELS: L5<readonly [string, string, string, string]> = {
  en: ['From', 'To', 'Subject', 'Sent'],
  de: ['Von', 'An', 'Betreff', 'Gesendet'],
  fr: ['De', 'À', 'Objet', 'Envoyé'],
  es: ['De', 'Para', 'Asunto', 'Enviado'],
  nl: ['Van', 'Aan', 'Onderwerp', 'Verzonden'],
};

/** An e-mail header as Outlook or Gmail copies it (names only, no addresses). */
function mailHeader(r: Rng, lang: Lang, from: string, to: string, subject: string): string {
  const [f, t, s, d] = MAIL_LABELS[lang];
  const lines = [`${f}: ${from}`, `${t}: ${to}`];
  if (r.chance(0.5)) lines.push(`${d}: ${V.date(r, lang)}`);
  lines.push(`${s}: ${subject}`);
  return lines.join('\n');
}

const GREET: L5<readonly string[]> = {
  en: ['Hi {first},', 'Hello {first},', 'Dear {first},', 'Hi all,', 'Hi team,'],
  de: ['Hallo {first},', 'Liebe Kolleginnen und Kollegen,', 'Hi {first},', 'Guten Morgen zusammen,', 'Sehr geehrte Damen und Herren,'],
  fr: ['Bonjour {first},', 'Bonjour à tous,', 'Salut {first},', 'Chère équipe,', 'Madame, Monsieur,'],
  es: ['Hola {first}:', 'Hola a todos:', 'Buenos días, {first}:', 'Estimado equipo:', 'Hola {first},'],
  nl: ['Hoi {first},', 'Beste {first},', 'Hallo allemaal,', 'Beste collega’s,', 'Goedemorgen team,'],
};
const SIGN: L5<readonly string[]> = {
  en: ['Thanks,\n{first}', 'Best,\n{name}', 'Cheers, {first}', 'Kind regards,\n{name}'],
  de: ['Viele Grüße\n{first}', 'Beste Grüße\n{name}', 'VG {first}', 'Mit freundlichen Grüßen\n{name}'],
  fr: ['Merci,\n{first}', 'Cordialement,\n{name}', 'Bonne journée,\n{first}', 'Bien à vous,\n{name}'],
  es: ['Gracias,\n{first}', 'Un saludo,\n{name}', 'Saludos,\n{first}', 'Atentamente,\n{name}'],
  nl: ['Groet,\n{first}', 'Met vriendelijke groet,\n{name}', 'Thanks, {first}', 'Groetjes,\n{first}'],
};
const greet = (r: Rng, lang: Lang): string => fill(pv(r, lang, GREET), { first: V.firstName(r, lang) });
const sign = (r: Rng, lang: Lang): string => {
  const first = V.firstName(r, lang);
  return fill(pv(r, lang, SIGN), { first, name: `${first} ${V.lastName(r, lang)}` });
};

/** A personal e-mail address for a private person (only in texts labelled pii). */
function personalEmail(r: Rng, first: string, last: string): string {
  const domain = r.pick(['gmail.com', 'outlook.com', 'web.de', 'gmx.net', 'orange.fr', 'hotmail.es', 'ziggo.nl', 'yahoo.com', 'icloud.com']);
  return `${slug(first)}${r.pick(['.', '_', ''])}${slug(last)}${r.chance(0.4) ? r.int(10, 99) : ''}@${domain}`;
}

/** A phone number that looks national (only in texts labelled pii). */
function phone(r: Rng, lang: Lang): string {
  const d = (n: number): string => Array.from({ length: n }, () => r.int(0, 9)).join('');
  switch (lang) {
    case 'en': return `+44 7${r.int(400, 999)} ${d(6)}`;
    case 'de': return `+49 15${r.int(1, 9)} ${d(7)}`;
    case 'fr': return `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'es': return `+34 6${d(2)} ${d(3)} ${d(3)}`;
    case 'nl': return `06-${d(8)}`;
  }
}

/** Sometimes put a copied mail header above a pasted e-mail (positives and negatives alike use headers). */
function maybeHeader(r: Rng, lang: Lang, body: string): string {
  if (!r.chance(0.4) || !/^(Hi|Hello|Dear|Hallo|Liebe|Guten|Sehr|Bonjour|Salut|Chère|Madame|Hola|Buenos|Estimado|Hoi|Beste|Goedemorgen)/.test(body)) return body;
  const subject = { en: ['Update', 'Re: next steps', 'FYI', 'Quick note'], de: ['Update', 'AW: nächste Schritte', 'Zur Info', 'Kurze Info'], fr: ['Point rapide', 'RE: suite', 'Pour info', 'Mise à jour'], es: ['Actualización', 'RE: próximos pasos', 'Para tu información', 'Nota rápida'], nl: ['Update', 'RE: vervolg', 'Ter info', 'Kort bericht'] }[lang];
  return `${mailHeader(r, lang, V.personName(r, lang), V.personName(r, lang), r.pick(subject))}\n\n${body}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Request wording. The same requests wrap positives and negatives of every category, so the wording carries no
// signal; only the pasted content decides the labels.

const LANG_NAME: L5<L5> = {
  en: { en: 'English', de: 'German', fr: 'French', es: 'Spanish', nl: 'Dutch' },
  de: { en: 'Englische', de: 'Deutsche', fr: 'Französische', es: 'Spanische', nl: 'Niederländische' },
  fr: { en: 'anglais', de: 'allemand', fr: 'français', es: 'espagnol', nl: 'néerlandais' },
  es: { en: 'inglés', de: 'alemán', fr: 'francés', es: 'español', nl: 'neerlandés' },
  nl: { en: 'Engels', de: 'Duits', fr: 'Frans', es: 'Spaans', nl: 'Nederlands' },
};

const DOC_REQUESTS: L5<readonly string[]> = {
  en: [
    'Can you summarise this in 3 bullet points?', 'summarize pls', 'Translate this into {tl}.', 'Please rewrite this so it sounds more professional.',
    'Help me reply to this. Keep it short and friendly.', 'What are the key points here?', 'turn this into a table', 'Fix the grammar and spelling, don\'t change the meaning.',
    'Can you make this shorter? It\'s for a Teams message.', 'Draft a response to the text below.', 'Extract the action items from this.', 'Is anything missing or unclear in this?',
    'explain this to me like I\'m new to the team', 'Give me a one-paragraph summary for my manager.', 'check this for mistakes before I send it', 'Convert this into a short slide outline.',
    'Rewrite in plain English please', 'what do you make of this?', 'Can you tidy up the formatting?', 'tl;dr?',
  ],
  de: [
    'Kannst du das bitte in 3 Stichpunkten zusammenfassen?', 'fass das mal kurz zusammen', 'Bitte ins {tl} übersetzen.', 'Formulier das bitte professioneller.',
    'Hilf mir, darauf zu antworten – kurz und freundlich.', 'Was sind hier die wichtigsten Punkte?', 'mach daraus eine tabelle', 'Bitte Rechtschreibung und Grammatik korrigieren, Inhalt nicht ändern.',
    'Kürzer bitte, ist für eine Teams-Nachricht.', 'Entwirf eine Antwort auf den folgenden Text.', 'Welche To-dos ergeben sich daraus?', 'Ist da irgendwas unklar oder fehlt was?',
    'Erklär mir das, ich bin neu im Team.', 'Schreib mir eine Zusammenfassung in einem Absatz für meine Chefin.', 'kannst du das nochmal checken bevor ich es abschicke', 'Mach mir daraus eine kurze Folienstruktur.',
    'Bitte in einfacher Sprache umschreiben', 'was hältst du davon?', 'Kannst du die Formatierung aufräumen?',
  ],
  fr: [
    'Tu peux me résumer ça en 3 points ?', 'résume stp', 'Traduis ceci en {tl}.', 'Reformule de façon plus professionnelle, s\'il te plaît.',
    'Aide-moi à répondre à ça, court et cordial.', 'Quels sont les points clés ?', 'mets ça sous forme de tableau', 'Corrige l\'orthographe et la grammaire sans changer le sens.',
    'Plus court svp, c\'est pour un message Teams.', 'Rédige une réponse au texte ci-dessous.', 'Liste les actions à mener.', 'Est-ce qu\'il manque quelque chose ou c\'est pas clair ?',
    'Explique-moi ça simplement, je viens d\'arriver dans l\'équipe.', 'Fais-moi un résumé d\'un paragraphe pour ma responsable.', 'relis ça avant que je l\'envoie', 'Transforme ça en plan de slides.',
    'Réécris en langage simple', 't\'en penses quoi ?', 'Tu peux nettoyer la mise en forme ?',
  ],
  es: [
    '¿Me lo resumes en 3 puntos?', 'resume esto porfa', 'Traduce esto al {tl}.', 'Reescríbelo con un tono más profesional, por favor.',
    'Ayúdame a contestar esto, breve y amable.', '¿Cuáles son los puntos clave?', 'pásalo a una tabla', 'Corrige la ortografía y la gramática sin cambiar el sentido.',
    'Hazlo más corto, es para un mensaje de Teams.', 'Redacta una respuesta al texto de abajo.', 'Sácame las tareas pendientes de esto.', '¿Falta algo o hay algo poco claro?',
    'Explícamelo fácil, soy nuevo en el equipo.', 'Haz un resumen de un párrafo para mi jefa.', 'revísalo antes de que lo envíe', 'Conviértelo en un esquema de diapositivas.',
    'Reescríbelo en lenguaje sencillo', '¿qué opinas de esto?', '¿Puedes arreglar el formato?',
  ],
  nl: [
    'Kun je dit samenvatten in 3 punten?', 'vat even samen aub', 'Vertaal dit naar het {tl}.', 'Herschrijf dit wat professioneler alsjeblieft.',
    'Help me hierop te reageren, kort en vriendelijk.', 'Wat zijn de belangrijkste punten?', 'zet dit in een tabel', 'Verbeter spelling en grammatica, inhoud niet aanpassen.',
    'Korter graag, het is voor een Teams-bericht.', 'Schrijf een antwoord op de tekst hieronder.', 'Haal de actiepunten hieruit.', 'Mist er iets of is iets onduidelijk?',
    'Leg dit simpel uit, ik ben nieuw in het team.', 'Maak een samenvatting van één alinea voor mijn manager.', 'check dit even voordat ik het verstuur', 'Maak hier een korte slide-opzet van.',
    'Herschrijf in eenvoudige taal', 'wat vind jij hiervan?', 'Kun je de opmaak netjes maken?',
  ],
};

const CODE_REQUESTS: L5<readonly string[]> = {
  en: [
    'What does this do?', 'why does this fail?', 'Can you refactor this to be more readable?', 'add comments pls', 'Write unit tests for this.',
    'Convert this to {pl}.', 'find the bug', 'Is there a performance problem here?', 'review this before I open the PR', 'explain line by line',
    'Any security issues in this?', 'getting an error with this, any idea?', 'Make this work with the new API version.', 'How can I simplify this?',
  ],
  de: [
    'Was macht das hier?', 'warum schlägt das fehl?', 'Kannst du das lesbarer umbauen?', 'bitte kommentare ergänzen', 'Schreib Unit-Tests dafür.',
    'Übersetz das nach {pl}.', 'wo ist der Fehler?', 'Gibt es hier ein Performance-Problem?', 'Review bitte, bevor ich den PR aufmache', 'Erklär das Zeile für Zeile',
    'Siehst du Sicherheitsprobleme?', 'bekomme damit einen Fehler, eine Idee?', 'Wie kann ich das vereinfachen?',
  ],
  fr: [
    'Ça fait quoi ce truc ?', 'pourquoi ça plante ?', 'Tu peux refactorer pour que ce soit plus lisible ?', 'ajoute des commentaires stp', 'Écris des tests unitaires pour ça.',
    'Convertis ça en {pl}.', 'trouve le bug', 'Il y a un problème de perf ici ?', 'relis avant que j\'ouvre la PR', 'explique ligne par ligne',
    'Tu vois des failles de sécurité ?', 'j\'ai une erreur avec ça, une idée ?', 'Comment je peux simplifier ça ?',
  ],
  es: [
    '¿Qué hace esto?', '¿por qué falla?', '¿Puedes refactorizarlo para que sea más legible?', 'añade comentarios porfa', 'Escribe tests unitarios para esto.',
    'Pásalo a {pl}.', 'encuentra el bug', '¿Hay algún problema de rendimiento?', 'revísalo antes de abrir el PR', 'explícalo línea por línea',
    '¿Ves algún problema de seguridad?', 'me da un error con esto, ¿alguna idea?', '¿Cómo lo simplifico?',
  ],
  nl: [
    'Wat doet dit?', 'waarom faalt dit?', 'Kun je dit leesbaarder maken?', 'voeg comments toe aub', 'Schrijf unit tests hiervoor.',
    'Zet dit om naar {pl}.', 'waar zit de bug?', 'Is hier een performanceprobleem?', 'review dit even voor ik de PR open', 'leg regel voor regel uit',
    'Zie je beveiligingsproblemen?', 'krijg hier een foutmelding mee, idee?', 'Hoe kan ik dit simpeler maken?',
  ],
};
const PROG_LANGS = ['Python', 'TypeScript', 'Go', 'Java', 'C#', 'Rust', 'Kotlin'];

/** A typo or two and casual punctuation, the way requests get typed. */
function roughen(r: Rng, s: string): string {
  let out = s;
  if (r.chance(0.3)) out = lowerFirst(out);
  if (r.chance(0.25)) out = out.replace(/[.?!:]+$/, '');
  if (r.chance(0.25)) {
    const words = out.split(' ');
    const i = r.int(0, words.length - 1);
    const w = words[i]!;
    if (w.length > 4) {
      const j = r.int(1, w.length - 3);
      words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      out = words.join(' ');
    }
  }
  return out;
}

function request(r: Rng, lang: Lang, kind: 'doc' | 'code'): string {
  const base = kind === 'doc' ? pv(r, lang, DOC_REQUESTS) : pv(r, lang, CODE_REQUESTS);
  const others = (['en', 'de', 'fr', 'es', 'nl'] as const).filter((l) => l !== lang);
  return roughen(r, fill(base, { tl: LANG_NAME[lang][r.pick(others)], pl: r.pick(PROG_LANGS) }));
}

/** Wraps a paste in a request: before, after, quoted inline, or not at all (a bare paste). */
function wrap(r: Rng, lang: Lang, piece: Piece): string {
  if (piece.wrap === 'none') return piece.body;
  // Sometimes the request is typed in another language than the paste (mostly English).
  const reqLang: Lang = r.chance(0.08) ? (lang === 'en' ? r.pick(['de', 'nl', 'fr', 'es'] as const) : 'en') : lang;
  const req = request(r, reqLang, piece.wrap);
  const mode = r.next();
  if (mode < 0.14) return piece.body;
  if (mode < 0.58) return `${req}${r.pick(['\n\n', '\n', '\n\n---\n', ' '])}${piece.body}`;
  if (mode < 0.8) return `${piece.body}${r.pick(['\n\n', '\n\n---\n', '\n'])}${req}`;
  if (piece.body.length < 350 && !piece.body.includes('\n')) return `${req} "${piece.body}"`;
  return `${req}\n\`\`\`\n${piece.body}\n\`\`\``;
}

// ---------------------------------------------------------------------------------------------------------------
// source_code: snippets written for this file, identifiers drawn from a small business vocabulary

const ENTITY = ['invoice', 'order', 'customer', 'shipment', 'ticket', 'booking', 'product', 'employee', 'device', 'reading', 'claim', 'contract', 'visit', 'parcel'];
const FIELD = ['amount', 'status', 'region', 'priority', 'weight', 'score', 'quantity', 'duration', 'created_at', 'due_date', 'owner', 'channel'];
const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string): string => upperFirst(camel(s));

const COMMENT: L5<readonly string[]> = {
  en: ['skip inactive entries', 'TODO: handle timezone properly', 'retry a few times before giving up', 'cache the result for the next call', 'this is slow for big files', 'legacy format, remove after migration'],
  de: ['inaktive Einträge überspringen', 'TODO: Zeitzone sauber behandeln', 'ein paar Mal wiederholen, dann aufgeben', 'Ergebnis für den nächsten Aufruf cachen', 'bei großen Dateien langsam', 'altes Format, nach Migration entfernen'],
  fr: ['ignorer les entrées inactives', 'TODO : gérer le fuseau horaire', 'réessayer quelques fois avant d\'abandonner', 'mettre le résultat en cache', 'lent sur les gros fichiers', 'ancien format, à supprimer après la migration'],
  es: ['saltar entradas inactivas', 'TODO: gestionar bien la zona horaria', 'reintentar varias veces antes de rendirse', 'guardar el resultado en caché', 'lento con ficheros grandes', 'formato antiguo, quitar tras la migración'],
  nl: ['inactieve items overslaan', 'TODO: tijdzone goed afhandelen', 'een paar keer opnieuw proberen', 'resultaat cachen voor de volgende aanroep', 'traag bij grote bestanden', 'oud formaat, weghalen na migratie'],
};

interface CodeVars { e: string; es: string; f: string; f2: string; n: string; c: string; c2: string; tbl: string; host: string }
function codeVars(r: Rng, lang: Lang): CodeVars {
  const e = r.pick(ENTITY);
  const [f, f2] = r.shuffle(FIELD) as [string, string];
  return {
    e, es: `${e}s`, f, f2, n: String(r.pick([3, 5, 10, 30, 50, 100, 250, 1000])),
    c: r.pick(COMMENT[lang]), c2: r.pick(COMMENT[lang]), tbl: r.pick(['dbo.', 'public.', 'app.', '', 'sales.']) + `${e}s`,
    host: r.pick(['api', 'internal-api', 'backend', 'svc']) + '.' + slug(r.pick(['Northwind', 'Helios', 'Corvan', 'Lumetra', 'Astrix'])) + r.pick(['.local', '.io', '.net', '.de', '.nl']),
  };
}

const SNIPPETS: readonly ((v: CodeVars, r: Rng) => string)[] = [
  (v) => `def filter_${v.es}(${v.es}, min_${v.f}=${v.n}):
    result = []
    for item in ${v.es}:
        if not item.get("active", True):
            continue  # ${v.c}
        if item.get("${v.f}", 0) >= min_${v.f}:
            result.append(item["id"])
    return sorted(result)`,
  (v) => `import pandas as pd

df = pd.read_csv("${v.es}_export.csv", sep=";", decimal=",")
df["${v.f2}"] = pd.to_datetime(df["${v.f2}"], dayfirst=True, errors="coerce")
monthly = (
    df.dropna(subset=["${v.f2}"])
      .groupby(df["${v.f2}"].dt.to_period("M"))["${v.f}"]
      .agg(["count", "sum", "mean"])
)
# ${v.c}
monthly.to_excel("${v.es}_monthly.xlsx")`,
  (v) => `from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ${pascal(v.e)}:
    id: int
    ${v.f}: float
    tags: list[str] = field(default_factory=list)
    updated: datetime | None = None

    def is_stale(self, days: int = ${v.n}) -> bool:
        if self.updated is None:
            return True
        return (datetime.now() - self.updated).days > days`,
  (v) => `@app.route("/api/${v.es}/<int:${v.e}_id>", methods=["GET"])
def get_${v.e}(${v.e}_id):
    row = db.session.get(${pascal(v.e)}, ${v.e}_id)
    if row is None:
        abort(404)
    # ${v.c}
    return jsonify({"id": row.id, "${v.f}": row.${v.f}, "${v.f2}": str(row.${v.f2})})`,
  (v) => `import pytest
from ${v.es}.service import compute_${v.f}


@pytest.mark.parametrize("raw, expected", [
    ({"${v.f}": ${v.n}}, ${v.n}),
    ({"${v.f}": None}, 0),
    ({}, 0),
])
def test_compute_${v.f}(raw, expected):
    assert compute_${v.f}(raw) == expected`,
  (v) => `router.get('/${v.es}/:id', async (req, res, next) => {
  try {
    const ${v.e} = await ${pascal(v.e)}.findByPk(req.params.id, { include: ['${camel(v.f2)}'] });
    if (!${v.e}) return res.status(404).json({ error: 'not found' });
    // ${v.c}
    res.json(${v.e});
  } catch (err) {
    next(err);
  }
});`,
  (v) => `export function ${pascal(v.e)}List({ items, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const visible = useMemo(
    () => items.filter((i) => i.${camel(v.f)}.toString().includes(query)).slice(0, ${v.n}),
    [items, query],
  );
  return (
    <div className="${v.e}-list">
      <input value={query} onChange={(e) => setQuery(e.target.value)} />
      {visible.map((i) => <Row key={i.id} item={i} onClick={() => onSelect(i)} />)}
    </div>
  );
}`,
  (v) => `type ${pascal(v.e)}Summary = { total: number; by${pascal(v.f2)}: Record<string, number> };

export function summarise(${v.es}: ${pascal(v.e)}[]): ${pascal(v.e)}Summary {
  const by${pascal(v.f2)}: Record<string, number> = {};
  let total = 0;
  for (const x of ${v.es}) {
    total += x.${camel(v.f)} ?? 0;
    const key = String(x.${camel(v.f2)});
    by${pascal(v.f2)}[key] = (by${pascal(v.f2)}[key] ?? 0) + 1;
  }
  return { total, by${pascal(v.f2)} };
}`,
  (v) => `async function fetchWithRetry(url, attempts = ${Math.min(Number(v.n), 5)}) {
  for (let i = 0; i < attempts; i++) {
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    if (res.ok) return res.json();
    // ${v.c}
    await new Promise((r) => setTimeout(r, 2 ** i * 250));
  }
  throw new Error(\`giving up on \${url}\`);
}

const ${v.es} = await fetchWithRetry('https://${v.host}/v2/${v.es}?limit=${v.n}');`,
  (v) => `public List<${pascal(v.e)}> findOverdue(List<${pascal(v.e)}> ${v.es}, LocalDate today) {
    // ${v.c}
    return ${v.es}.stream()
        .filter(x -> x.get${pascal(v.f2)}() != null)
        .filter(x -> x.get${pascal(v.f2)}().isBefore(today.minusDays(${v.n})))
        .sorted(Comparator.comparing(${pascal(v.e)}::get${pascal(v.f)}).reversed())
        .collect(Collectors.toList());
}`,
  (v) => `@RestController
@RequestMapping("/api/${v.es}")
public class ${pascal(v.e)}Controller {

    private final ${pascal(v.e)}Service service;

    public ${pascal(v.e)}Controller(${pascal(v.e)}Service service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<${pascal(v.e)}Dto> create(@Valid @RequestBody ${pascal(v.e)}Request request) {
        ${pascal(v.e)}Dto created = service.create(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }
}`,
  (v) => `func (s *Server) handle${pascal(v.e)}(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	// ${v.c}
	item, err := s.store.Get${pascal(v.e)}(r.Context(), id)
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(item)
}`,
  (v) => `func worker(ctx context.Context, jobs <-chan ${pascal(v.e)}, results chan<- error) {
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- process(j)
		}
	}
}

for i := 0; i < ${Math.min(Number(v.n), 8)}; i++ {
	go worker(ctx, jobs, results)
}`,
  (v) => `SELECT c.region,
       COUNT(DISTINCT o.id)        AS ${v.es},
       SUM(o.${v.f === 'amount' ? 'amount' : 'total'}) AS revenue
FROM ${v.tbl} o
JOIN customers c ON c.id = o.customer_id
WHERE o.${v.f2 === 'created_at' ? 'created_at' : 'created_at'} >= DATEADD(month, -${Math.min(Number(v.n), 12)}, GETDATE())
  AND o.status <> 'cancelled'
GROUP BY c.region
HAVING COUNT(*) > ${v.n}
ORDER BY revenue DESC;`,
  (v) => `CREATE TABLE ${v.tbl} (
    id           BIGSERIAL PRIMARY KEY,
    ${v.f.padEnd(12)} NUMERIC(12,2) NOT NULL,
    ${v.f2.padEnd(12)} VARCHAR(64),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted      BOOLEAN NOT NULL DEFAULT false
);

CREATE INDEX idx_${v.es}_${v.f2} ON ${v.tbl} (${v.f2}) WHERE NOT deleted;
-- ${v.c}`,
  (v) => `WITH ranked AS (
  SELECT ${v.e}_id,
         ${v.f},
         ROW_NUMBER() OVER (PARTITION BY ${v.e}_id ORDER BY updated_at DESC) AS rn
  FROM ${v.tbl}_history
)
SELECT ${v.e}_id, ${v.f}
FROM ranked
WHERE rn = 1
  AND ${v.f} IS NOT NULL;`,
  (v) => `UPDATE t
SET    t.${v.f2} = s.${v.f2},
       t.updated_at = SYSUTCDATETIME()
FROM   ${v.tbl} AS t
INNER JOIN staging.${v.es}_import AS s ON s.external_id = t.external_id
WHERE  t.${v.f2} IS NULL OR t.${v.f2} <> s.${v.f2};

SELECT @@ROWCOUNT AS updated_rows;`,
  (v) => `#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/var/backups/${v.es}
KEEP_DAYS=${Math.min(Number(v.n), 30)}

mkdir -p "$BACKUP_DIR"
pg_dump -Fc -d ${v.es} > "$BACKUP_DIR/${v.es}_$(date +%F).dump"
# ${v.c}
find "$BACKUP_DIR" -name '*.dump' -mtime +"$KEEP_DAYS" -delete
echo "backup done: $(ls "$BACKUP_DIR" | wc -l) files"`,
  (v) => `for svc in ${v.es} billing notifications; do
  echo "deploying $svc"
  docker build -t registry.local/$svc:$GIT_SHA ./services/$svc
  docker push registry.local/$svc:$GIT_SHA
  if ! kubectl set image deployment/$svc $svc=registry.local/$svc:$GIT_SHA -n prod; then
    echo "rollout of $svc failed" >&2
    exit 1
  fi
done`,
  (v) => `resource "aws_s3_bucket" "${v.es}" {
  bucket = "${v.es}-exports-\${var.env}"
  tags = {
    team = "data"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "${v.es}" {
  bucket = aws_s3_bucket.${v.es}.id
  rule {
    id     = "expire-old"
    status = "Enabled"
    expiration {
      days = ${v.n}
    }
  }
}`,
  (v) => `module "${v.e}_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.0"

  identifier        = "${v.e}-db-\${var.env}"
  engine            = "postgres"
  instance_class    = var.env == "prod" ? "db.r6g.large" : "db.t4g.micro"
  allocated_storage = ${v.n === '1000' ? 200 : 50}
  multi_az          = var.env == "prod"
}

output "${v.e}_db_endpoint" {
  value = module.${v.e}_db.db_instance_endpoint
}`,
  (v) => `public async Task<IReadOnlyList<${pascal(v.e)}Dto>> GetTopAsync(int take = ${v.n})
{
    // ${v.c}
    return await _db.${pascal(v.es)}
        .AsNoTracking()
        .Where(x => x.${pascal(v.f2)} != null)
        .OrderByDescending(x => x.${pascal(v.f)})
        .Take(take)
        .Select(x => new ${pascal(v.e)}Dto(x.Id, x.${pascal(v.f)}))
        .ToListAsync();
}`,
  (v) => `fn parse_line(line: &str) -> Result<${pascal(v.e)}, ParseError> {
    let mut parts = line.split(';');
    let id = parts.next().ok_or(ParseError::Missing("id"))?.parse::<u64>()?;
    let ${v.f} = parts
        .next()
        .ok_or(ParseError::Missing("${v.f}"))?
        .trim()
        .parse::<f64>()?;
    Ok(${pascal(v.e)} { id, ${v.f} })
}`,
  (v) => `<?php
function ${camel(v.f)}Total(array $${v.es}): float
{
    $total = 0.0;
    foreach ($${v.es} as $row) {
        if (($row['status'] ?? '') === 'void') {
            continue; // ${v.c}
        }
        $total += (float) $row['${v.f}'];
    }
    return round($total, 2);
}`,
  (v) => `data class ${pascal(v.e)}(val id: Long, val ${camel(v.f)}: Double, val ${camel(v.f2)}: String?)

fun List<${pascal(v.e)}>.groupTotals(): Map<String, Double> =
    this.filter { it.${camel(v.f2)} != null }
        .groupBy { it.${camel(v.f2)}!! }
        .mapValues { (_, xs) -> xs.sumOf { it.${camel(v.f)} } }`,
  (v) => `class ${pascal(v.e)} < ApplicationRecord
  belongs_to :customer
  has_many :line_items, dependent: :destroy

  validates :${v.f}, numericality: { greater_than_or_equal_to: 0 }
  scope :recent, -> { where("created_at > ?", ${v.n}.days.ago) }

  def overdue?
    due_date.present? && due_date < Date.today && status != "paid"
  end
end`,
  (v) => `$cutoff = (Get-Date).AddDays(-${Math.min(Number(v.n), 90)})
Get-ChildItem -Path "D:\\Exports\\${pascal(v.es)}" -Filter *.csv |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    ForEach-Object {
        Compress-Archive -Path $_.FullName -DestinationPath "$($_.FullName).zip" -Force
        Remove-Item $_.FullName
    }
Write-Host "archived old ${v.es} exports"`,
  (v) => `int count_${v.es}(const struct ${v.e} *items, size_t n, int min_${v.f}) {
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        /* ${v.c} */
        if (items[i].${v.f} >= min_${v.f})
            count++;
    }
    return count;
}`,
  (v) => `const schema = z.object({
  id: z.string().uuid(),
  ${camel(v.f)}: z.number().nonnegative(),
  ${camel(v.f2)}: z.string().min(1).optional(),
});

export async function POST(req: Request) {
  const parsed = schema.safeParse(await req.json());
  if (!parsed.success) return Response.json(parsed.error.flatten(), { status: 400 });
  await db.insert(${v.es}).values(parsed.data);
  return Response.json({ ok: true }, { status: 201 });
}`,
  (v) => `import csv, sys
from collections import Counter

counts = Counter()
with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh, delimiter=";"):
        counts[row["${v.f2}"]] += 1

for key, n in counts.most_common(${Math.min(Number(v.n), 20)}):
    print(f"{key:<20} {n:>6}")`,
];

const ERROR_TAILS = [
  'TypeError: Cannot read properties of undefined (reading \'map\')',
  'KeyError: \'id\'',
  'NullPointerException at line 6',
  'panic: runtime error: invalid memory address or nil pointer dereference',
  'ERROR: column "region" does not exist',
  'error[E0277]: the `?` operator can only be used on `Result`s',
];

/** Code that carries a live-looking credential (secret + source_code). */
function codeWithSecret(r: Rng, v: CodeVars): string {
  const pw = token(r, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%');
  const variant = r.int(0, 2);
  if (variant === 0) {
    return `import psycopg2

conn = psycopg2.connect("postgresql://svc_${v.e}:${pw}@db-prod-01.${v.host.split('.').slice(1).join('.')}:5432/${v.es}")
cur = conn.cursor()
cur.execute("SELECT id, ${v.f} FROM ${v.es} WHERE ${v.f2} IS NULL LIMIT ${v.n}")
for row in cur.fetchall():
    print(row)`;
  }
  if (variant === 1) {
    return `const stripe = require('stripe')('sk_live_${token(r, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}');

async function refund(chargeId, amount) {
  const refund = await stripe.refunds.create({ charge: chargeId, amount });
  console.log('refunded', refund.id);
  return refund;
}`;
  }
  return `String url = "jdbc:mysql://mysql-prod.${v.host.split('.').slice(1).join('.')}:3306/${v.es}";
Connection conn = DriverManager.getConnection(url, "report_${v.e}", "${pw}");
PreparedStatement ps = conn.prepareStatement("SELECT * FROM ${v.es} WHERE ${v.f2} = ?");
ps.setString(1, region);
ResultSet rs = ps.executeQuery();`;
}

const CODE_CONTEXT: L5<readonly string[]> = {
  en: ['this is from our internal billing service', 'works locally but not on the server', 'my colleague wrote this, no idea how it works', 'legacy code, please be gentle'],
  de: ['das ist aus unserem internen Abrechnungsdienst', 'lokal läuft es, auf dem Server nicht', 'hat ein Kollege geschrieben, keine Ahnung wie das funktioniert', 'Altcode, bitte nicht erschrecken'],
  fr: ['ça vient de notre service de facturation interne', 'ça marche en local mais pas sur le serveur', 'c\'est un collègue qui l\'a écrit, aucune idée de comment ça marche', 'vieux code, soyez indulgents'],
  es: ['es de nuestro servicio interno de facturación', 'en local funciona pero en el servidor no', 'lo escribió un compañero, ni idea de cómo funciona', 'código heredado, ten paciencia'],
  nl: ['dit komt uit onze interne facturatieservice', 'lokaal werkt het, op de server niet', 'heeft een collega geschreven, geen idee hoe het werkt', 'legacy code, wees lief'],
};

const codeFamily: Family = (r, lang) => {
  const v = codeVars(r, lang);
  let body = r.pick(SNIPPETS)(v, r);
  if (r.chance(0.12)) body += `\n\n${r.pick(ERROR_TAILS)}`;
  if (r.chance(0.2)) body = `${r.pick(CODE_CONTEXT[lang])}:\n\n${body}`;
  return { body, labels: ['source_code'], wrap: 'code' };
};
const codeSecretFamily: Family = (r, lang) => ({ body: codeWithSecret(r, codeVars(r, lang)), labels: ['secret', 'source_code'], wrap: 'code' });

/** Two short snippets compared, or a diff-like before/after: still pasted code. */
const codeCompareFamily: Family = (r, lang) => {
  const v = codeVars(r, lang);
  const [a, b] = r.shuffle(SNIPPETS.slice(0, 13)) as [(v: CodeVars, r: Rng) => string, (v: CodeVars, r: Rng) => string];
  const ask = {
    en: 'Which of these two is better style, and why?', de: 'Welche der beiden Varianten ist besserer Stil und warum?',
    fr: 'Laquelle de ces deux versions est la plus propre, et pourquoi ?', es: '¿Cuál de las dos versiones es mejor estilo y por qué?',
    nl: 'Welke van deze twee is netter, en waarom?',
  }[lang];
  const lines = (s: string): string => s.split('\n').slice(0, 7).join('\n');
  return { body: `${ask}\n\n(1)\n${lines(a(v, r))}\n\n(2)\n${lines(b(v, r))}`, labels: ['source_code'], wrap: 'none' };
};

// ---------------------------------------------------------------------------------------------------------------
// financial

const bic = (r: Rng, lang: Lang): string =>
  `${token(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${{ en: 'GB', de: 'DE', fr: 'FR', es: 'ES', nl: 'NL' }[lang]}${token(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`;
const expiry = (r: Rng): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`;

/** Someone pastes their own or a traveller's card to get something booked or a form filled. */
const cardFamily: Family = (r, lang) => {
  const first = V.firstName(r, lang);
  const last = V.lastName(r, lang);
  const vars = { name: `${first} ${last}`, card: V.cardNumber(r), exp: expiry(r), cvc: String(r.int(100, 999)), city: V.city(r, lang), amount: V.money(r, lang, 80, 2400), date: V.date(r, lang, 2025, 2026) };
  const t: L5<readonly string[]> = {
    en: [
      'Can you fill in the hotel booking form for me? Guest {name}, arriving {date}, pay with card {card} exp {exp} cvc {cvc}.',
      'write a short email to the travel agency asking them to charge the {city} trip ({amount}) to this card instead:\nCardholder: {name}\nCard no: {card}\nValid thru: {exp}',
      'card for the conference fee is {card}, {exp}, {cvc} (name on card {name}) - please draft the registration email',
    ],
    de: [
      'Kannst du das Buchungsformular für mich ausfüllen? Gast {name}, Anreise {date}, Zahlung per Karte {card}, gültig bis {exp}, Prüfziffer {cvc}.',
      'Schreib bitte eine kurze Mail ans Reisebüro, sie sollen die Reise nach {city} ({amount}) auf diese Karte buchen:\nKarteninhaber: {name}\nKartennummer: {card}\nGültig bis: {exp}',
    ],
    fr: [
      'Tu peux remplir le formulaire de réservation ? Client {name}, arrivée le {date}, paiement par carte {card}, exp. {exp}, cryptogramme {cvc}.',
      'Écris un mail à l\'agence pour qu\'ils débitent le séjour à {city} ({amount}) sur cette carte :\nTitulaire : {name}\nN° carte : {card}\nExpire fin : {exp}',
    ],
    es: [
      '¿Me rellenas el formulario del hotel? Huésped {name}, llegada el {date}, pago con tarjeta {card}, caduca {exp}, CVV {cvc}.',
      'Escribe un correo a la agencia para que carguen el viaje a {city} ({amount}) en esta tarjeta:\nTitular: {name}\nNúmero: {card}\nCaducidad: {exp}',
    ],
    nl: [
      'Kun je het boekingsformulier invullen? Gast {name}, aankomst {date}, betalen met creditcard {card}, geldig tot {exp}, CVC {cvc}.',
      'schrijf een mailtje naar het reisbureau dat ze de reis naar {city} ({amount}) op deze kaart moeten zetten:\nKaarthouder: {name}\nKaartnummer: {card}\nGeldig t/m: {exp}',
    ],
  };
  return { body: fill(pv(r, lang, t), vars), labels: ['pii', 'financial'], wrap: 'none' };
};

/** Supplier asks to change bank details / invoice with bank details (company to company). */
const invoiceFamily: Family = (r, lang) => {
  const seller = V.company(r, lang);
  const buyer = V.company(r, lang);
  const n = r.int(2, 5);
  const items = {
    en: ['Consulting days', 'Licence renewal', 'Hosting (monthly)', 'Support package', 'Travel expenses', 'Workshop', 'Hardware'],
    de: ['Beratungstage', 'Lizenzverlängerung', 'Hosting (monatlich)', 'Supportpaket', 'Reisekosten', 'Workshop', 'Hardware'],
    fr: ['Jours de conseil', 'Renouvellement licence', 'Hébergement (mensuel)', 'Forfait support', 'Frais de déplacement', 'Atelier', 'Matériel'],
    es: ['Días de consultoría', 'Renovación de licencia', 'Hosting (mensual)', 'Paquete de soporte', 'Gastos de viaje', 'Taller', 'Hardware'],
    nl: ['Consultancydagen', 'Licentieverlenging', 'Hosting (maandelijks)', 'Supportpakket', 'Reiskosten', 'Workshop', 'Hardware'],
  }[lang];
  const head = {
    en: ['Item', 'Qty', 'Amount'], de: ['Position', 'Menge', 'Betrag'], fr: ['Désignation', 'Qté', 'Montant'], es: ['Concepto', 'Cant.', 'Importe'], nl: ['Omschrijving', 'Aantal', 'Bedrag'],
  }[lang];
  const rows = r.shuffle(items).slice(0, n).map((it) => [it, String(r.int(1, 12)), V.money(r, lang, 90, 18000)]);
  const lab = {
    en: { inv: 'INVOICE', no: 'Invoice no.', due: 'Payment due', pay: 'Please pay to', total: 'Total incl. VAT' },
    de: { inv: 'RECHNUNG', no: 'Rechnungsnr.', due: 'Zahlbar bis', pay: 'Bankverbindung', total: 'Gesamt inkl. MwSt.' },
    fr: { inv: 'FACTURE', no: 'Facture n°', due: 'Échéance', pay: 'Coordonnées bancaires', total: 'Total TTC' },
    es: { inv: 'FACTURA', no: 'N.º factura', due: 'Vencimiento', pay: 'Datos bancarios', total: 'Total IVA incl.' },
    nl: { inv: 'FACTUUR', no: 'Factuurnr.', due: 'Te betalen vóór', pay: 'Bankgegevens', total: 'Totaal incl. btw' },
  }[lang];
  const body = [
    `${seller} — ${lab.inv}`,
    `${lab.no} ${r.int(2024, 2026)}-${r.int(100, 9999)}   → ${buyer}`,
    '',
    table(r, lang, head, rows),
    `${lab.total}: ${V.money(r, lang, 1000, 60000)}`,
    `${lab.due}: ${V.date(r, lang, 2025, 2026)}`,
    `${lab.pay}: IBAN ${V.iban(r, lang)}  BIC ${bic(r, lang)}`,
  ].join('\n');
  return { body, labels: ['financial'], wrap: 'doc' };
};

const bankChangeFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['{greet}\n\nPlease note that our bank details have changed with effect from {date}. Kindly update your records and use the new account for all outstanding invoices:\n\nAccount name: {company}\nIBAN: {iban}\nBIC/SWIFT: {bic}\n\nThe old account will be closed at the end of the month.\n\n{sign}'],
    de: ['{greet}\n\nbitte beachten Sie, dass sich unsere Bankverbindung zum {date} geändert hat. Bitte überweisen Sie offene Rechnungen ab sofort auf folgendes Konto:\n\nKontoinhaber: {company}\nIBAN: {iban}\nBIC: {bic}\n\nDas alte Konto wird zum Monatsende aufgelöst.\n\n{sign}'],
    fr: ['{greet}\n\nNous vous informons que nos coordonnées bancaires changent à compter du {date}. Merci de mettre à jour vos fichiers et de régler les factures en cours sur le compte suivant :\n\nTitulaire : {company}\nIBAN : {iban}\nBIC : {bic}\n\n{sign}'],
    es: ['{greet}\n\nLe informamos de que nuestros datos bancarios cambian a partir del {date}. Por favor, actualice sus registros y abone las facturas pendientes en la nueva cuenta:\n\nTitular: {company}\nIBAN: {iban}\nBIC: {bic}\n\n{sign}'],
    nl: ['{greet}\n\nPer {date} zijn onze bankgegevens gewijzigd. Wilt u openstaande facturen voortaan overmaken naar:\n\nTen name van: {company}\nIBAN: {iban}\nBIC: {bic}\n\nDe oude rekening wordt eind deze maand opgeheven.\n\n{sign}'],
  };
  const co = V.company(r, lang);
  let body = fill(pv(r, lang, t), { greet: greet(r, lang), sign: sign(r, lang), date: V.date(r, lang, 2025, 2026), company: co, iban: V.iban(r, lang), bic: bic(r, lang) });
  if (r.chance(0.5)) {
    const subject = { en: 'Updated bank details', de: 'Neue Bankverbindung', fr: 'Changement de coordonnées bancaires', es: 'Cambio de datos bancarios', nl: 'Gewijzigde bankgegevens' }[lang];
    body = `${mailHeader(r, lang, `${co} Accounts`, V.company(r, lang), subject)}\n\n${body}`;
  }
  return { body, labels: ['financial'], wrap: 'doc' };
};

/** Payroll extract with names, salaries and bank accounts: financial, confidential (internal HR), pii. */
const payrollFamily: Family = (r, lang) => {
  const head = {
    en: ['Employee', 'Dept', 'Gross', 'Net', 'IBAN'], de: ['Mitarbeiter', 'Abt.', 'Brutto', 'Netto', 'IBAN'], fr: ['Salarié', 'Service', 'Brut', 'Net', 'IBAN'],
    es: ['Empleado', 'Dpto.', 'Bruto', 'Neto', 'IBAN'], nl: ['Medewerker', 'Afd.', 'Bruto', 'Netto', 'IBAN'],
  }[lang];
  const withIban = r.chance(0.6);
  const rows = Array.from({ length: r.int(3, 6) }, () => {
    const row = [V.personName(r, lang), r.pick(['FIN', 'OPS', 'IT', 'HR', 'SALES', 'R&D']), V.money(r, lang, 2800, 9500), V.money(r, lang, 1900, 6000)];
    if (withIban) row.push(V.iban(r, lang));
    return row;
  });
  const title = { en: 'Payroll run', de: 'Gehaltslauf', fr: 'Paie', es: 'Nómina', nl: 'Salarisrun' }[lang];
  const body = `${title} ${V.month(r, lang)} ${year(r)}\n${table(r, lang, withIban ? head : head.slice(0, 4), rows)}`;
  return { body, labels: withIban ? ['pii', 'financial', 'confidential'] : ['financial', 'confidential'], wrap: 'doc' };
};

/** Salary review proposal for named staff (unreleased pay decisions). */
const salaryReviewFamily: Family = (r, lang) => {
  const head = {
    en: ['Name', 'Role', 'Current', 'Proposed', 'Change'], de: ['Name', 'Rolle', 'Aktuell', 'Vorschlag', 'Änderung'], fr: ['Nom', 'Poste', 'Actuel', 'Proposé', 'Évol.'],
    es: ['Nombre', 'Puesto', 'Actual', 'Propuesto', 'Cambio'], nl: ['Naam', 'Functie', 'Huidig', 'Voorstel', 'Wijziging'],
  }[lang];
  const roles = ['Analyst', 'Engineer', 'Team Lead', 'Account Manager', 'Designer', 'Controller'];
  const rows = Array.from({ length: r.int(3, 5) }, () => {
    const cur = r.int(42, 98) * 1000;
    const pct = r.int(0, 9);
    const fmt = (x: number): string => num(r, lang, x, x);
    return [V.personName(r, lang), r.pick(roles), fmt(cur), fmt(Math.round(cur * (1 + pct / 100))), `+${pct}%`];
  });
  const intro = {
    en: 'Merit increase proposal – not yet approved, do not share with the team',
    de: 'Vorschlag Gehaltsanpassung – noch nicht freigegeben, bitte nicht ans Team weitergeben',
    fr: 'Proposition d\'augmentations – pas encore validée, ne pas diffuser à l\'équipe',
    es: 'Propuesta de subidas salariales – pendiente de aprobación, no compartir con el equipo',
    nl: 'Voorstel salarisverhoging – nog niet goedgekeurd, niet delen met het team',
  }[lang];
  return { body: `${intro}\n\n${table(r, lang, head, rows)}`, labels: ['financial', 'confidential'], wrap: 'doc' };
};

/** Someone's own payslip or salary letter with their bank account. */
const payslipFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Is the tax on my payslip right? Looks too high.\n\nEmployee: {name}\nPeriod: {month} {year}\nGross salary {gross}\nIncome tax -{tax}\nNational Insurance -{ni}\nPension -{pen}\nNet pay {net}\nPaid to {iban}'],
    de: ['Stimmt die Abrechnung so? Mir kommt die Steuer zu hoch vor.\n\nName: {name}\nAbrechnungsmonat: {month} {year}\nBrutto {gross}\nLohnsteuer -{tax}\nSozialversicherung -{ni}\nBAV -{pen}\nAuszahlung {net}\nÜberweisung an {iban}'],
    fr: ['Est-ce que mon bulletin de paie est correct ? Le prélèvement me paraît élevé.\n\nSalarié : {name}\nPériode : {month} {year}\nSalaire brut {gross}\nCotisations -{ni}\nPrélèvement à la source -{tax}\nNet à payer {net}\nVirement sur {iban}'],
    es: ['¿Está bien mi nómina? El IRPF me parece alto.\n\nTrabajador: {name}\nPeriodo: {month} {year}\nSalario bruto {gross}\nIRPF -{tax}\nSeguridad Social -{ni}\nLíquido a percibir {net}\nTransferencia a {iban}'],
    nl: ['Klopt mijn loonstrook? De loonheffing lijkt me te hoog.\n\nNaam: {name}\nPeriode: {month} {year}\nBrutoloon {gross}\nLoonheffing -{tax}\nPensioenpremie -{pen}\nNetto {net}\nUitbetaald op {iban}'],
  };
  const vars = {
    name: V.personName(r, lang), month: V.month(r, lang), year: year(r), gross: V.money(r, lang, 3000, 8000), tax: V.money(r, lang, 400, 1900),
    ni: V.money(r, lang, 200, 900), pen: V.money(r, lang, 60, 400), net: V.money(r, lang, 1900, 5200), iban: V.iban(r, lang),
  };
  return { body: fill(pv(r, lang, t), vars), labels: ['pii', 'financial'], wrap: 'none' };
};

/** Bank statement lines (account holder shown or not). */
const statementFamily: Family = (r, lang) => {
  const desc = {
    en: ['CARD PAYMENT TESCO', 'DIRECT DEBIT COUNCIL TAX', 'SALARY', 'TRANSFER TO SAVINGS', 'AMAZON MKTPLACE', 'RENT', 'ATM WITHDRAWAL'],
    de: ['Kartenzahlung REWE', 'Lastschrift Stadtwerke', 'Gehalt', 'Dauerauftrag Miete', 'Überweisung Sparkonto', 'Amazon Payments', 'Bargeldauszahlung'],
    fr: ['CB CARREFOUR', 'PRLV EDF', 'VIR SALAIRE', 'LOYER', 'VIR LIVRET A', 'PAIEMENT AMAZON', 'RETRAIT DAB'],
    es: ['PAGO TARJETA MERCADONA', 'RECIBO IBERDROLA', 'NÓMINA', 'ALQUILER', 'TRANSFERENCIA AHORRO', 'AMAZON EU', 'REINTEGRO CAJERO'],
    nl: ['Betaalautomaat Albert Heijn', 'Incasso Eneco', 'Salaris', 'Huur', 'Naar spaarrekening', 'Bol.com', 'Geldautomaat'],
  }[lang];
  const head = { en: ['Date', 'Description', 'Amount', 'Balance'], de: ['Datum', 'Buchungstext', 'Betrag', 'Saldo'], fr: ['Date', 'Libellé', 'Montant', 'Solde'], es: ['Fecha', 'Concepto', 'Importe', 'Saldo'], nl: ['Datum', 'Omschrijving', 'Bedrag', 'Saldo'] }[lang];
  const rows = Array.from({ length: r.int(4, 8) }, () => [V.date(r, lang, 2025, 2025), r.pick(desc), (r.chance(0.7) ? '-' : '+') + V.money(r, lang, 3, 2500), V.money(r, lang, 100, 9000)]);
  const holder = r.chance(0.5);
  const acct = holder ? `${V.personName(r, lang)} · ${V.iban(r, lang)}\n` : `IBAN ${V.iban(r, lang)}\n`;
  const ask = {
    en: 'Categorise these transactions from my statement into groceries, bills, other:', de: 'Ordne die Buchungen von meinem Kontoauszug Kategorien zu:',
    fr: 'Classe ces opérations de mon relevé par catégorie :', es: 'Clasifica estos movimientos de mi extracto por categoría:', nl: 'Deel deze transacties van mijn afschrift in categorieën in:',
  }[lang];
  return { body: `${ask}\n${acct}${table(r, lang, head, rows)}`, labels: holder ? ['pii', 'financial'] : ['financial'], wrap: 'none' };
};

/** General ledger / journal lines from the company's books. */
const ledgerFamily: Family = (r, lang) => {
  const head = { en: ['Date', 'Account', 'Description', 'Debit', 'Credit'], de: ['Datum', 'Konto', 'Buchungstext', 'Soll', 'Haben'], fr: ['Date', 'Compte', 'Libellé', 'Débit', 'Crédit'], es: ['Fecha', 'Cuenta', 'Concepto', 'Debe', 'Haber'], nl: ['Datum', 'Rekening', 'Omschrijving', 'Debet', 'Credit'] }[lang];
  const acc = {
    en: ['4000 Revenue', '6100 Rent', '2100 Accounts payable', '1200 Accounts receivable', '6500 Travel', '7200 Bank charges', '5000 COGS'],
    de: ['8400 Erlöse 19%', '4210 Miete', '1600 Verbindlichkeiten', '1400 Forderungen', '4660 Reisekosten', '4970 Nebenkosten Geldverkehr', '3400 Wareneingang'],
    fr: ['706 Prestations', '613 Locations', '401 Fournisseurs', '411 Clients', '625 Déplacements', '627 Frais bancaires', '607 Achats'],
    es: ['705 Prestación servicios', '621 Arrendamientos', '400 Proveedores', '430 Clientes', '629 Viajes', '626 Servicios bancarios', '600 Compras'],
    nl: ['8000 Omzet', '4100 Huur', '1600 Crediteuren', '1300 Debiteuren', '4500 Reiskosten', '4900 Bankkosten', '7000 Inkoopwaarde'],
  }[lang];
  const rows = Array.from({ length: r.int(4, 7) }, () => {
    const a = V.money(r, lang, 40, 48000);
    const debit = r.chance(0.5);
    return [V.date(r, lang, 2025, 2025), r.pick(acc), `${r.pick(['INV', 'JE', 'BNK', 'AP'])}-${r.int(1000, 9999)}`, debit ? a : '', debit ? '' : a];
  });
  const body = `${V.company(r, lang)} – ${{ en: 'General ledger extract', de: 'Auszug Hauptbuch', fr: 'Extrait du grand livre', es: 'Extracto del libro mayor', nl: 'Uittreksel grootboek' }[lang]} ${quarter(r)} ${year(r)}\n${table(r, lang, head, rows)}`;
  return { body, labels: ['financial'], wrap: 'doc' };
};

/** Department budget / forecast, sometimes marked internal (then also confidential). */
const budgetFamily: Family = (r, lang) => {
  const lines = {
    en: ['Headcount', 'Contractors', 'Software', 'Travel', 'Marketing', 'Training', 'Cloud'],
    de: ['Personal', 'Freelancer', 'Software', 'Reisen', 'Marketing', 'Weiterbildung', 'Cloud'],
    fr: ['Effectifs', 'Prestataires', 'Logiciels', 'Déplacements', 'Marketing', 'Formation', 'Cloud'],
    es: ['Plantilla', 'Externos', 'Software', 'Viajes', 'Marketing', 'Formación', 'Cloud'],
    nl: ['Personeel', 'Inhuur', 'Software', 'Reizen', 'Marketing', 'Opleiding', 'Cloud'],
  }[lang];
  const cols = r.chance(0.5) ? ['Q1', 'Q2', 'Q3', 'Q4'] : [{ en: 'Budget', de: 'Plan', fr: 'Budget', es: 'Presupuesto', nl: 'Begroting' }[lang], 'Forecast', { en: 'Var.', de: 'Abw.', fr: 'Écart', es: 'Desv.', nl: 'Afw.' }[lang]];
  const rows = r.shuffle(lines).slice(0, r.int(3, 6)).map((l) => [l, ...cols.map((c) => (c.startsWith('Var') || c === 'Abw.' || c === 'Écart' || c === 'Desv.' || c === 'Afw.' ? V.percent(r, lang, 25) : num(r, lang, 5, 900) + 'k'))]);
  const internal = r.chance(0.45);
  const title = {
    en: `Budget ${year(r)} – ${r.pick(['IT', 'Marketing', 'Operations', 'Customer Success'])}`, de: `Budget ${year(r)} – ${r.pick(['IT', 'Marketing', 'Betrieb', 'Vertrieb'])}`,
    fr: `Budget ${year(r)} – ${r.pick(['DSI', 'Marketing', 'Opérations', 'Ventes'])}`, es: `Presupuesto ${year(r)} – ${r.pick(['IT', 'Marketing', 'Operaciones', 'Ventas'])}`, nl: `Begroting ${year(r)} – ${r.pick(['IT', 'Marketing', 'Operations', 'Sales'])}`,
  }[lang];
  const banner = { en: 'INTERNAL – draft for the leadership meeting', de: 'INTERN – Entwurf für die GF-Runde', fr: 'INTERNE – projet pour le comité de direction', es: 'INTERNO – borrador para el comité de dirección', nl: 'INTERN – concept voor het MT' }[lang];
  const body = `${internal ? banner + '\n' : ''}${title}\n${table(r, lang, ['', ...cols], rows)}`;
  return { body, labels: internal ? ['financial', 'confidential'] : ['financial'], wrap: 'doc' };
};

/** Unreleased quarterly numbers in a message before publication. */
const unreleasedFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: [
      'Before the earnings call on {date}: {q} revenue came in at {rev}, {pct} vs. last year, EBITDA margin {m}. Guidance for the full year will be cut to {rev2}. Please keep this to the deal team until the release.',
      'flash numbers {q} (not published yet!!)\nrevenue {rev}\ngross margin {m}\nnet cash {rev2}\norder intake {pct} yoy\n-> board gets them Thursday, market on the {date}',
    ],
    de: [
      'Vor der Veröffentlichung am {date}: Umsatz {q} bei {rev}, {pct} zum Vorjahr, EBITDA-Marge {m}. Die Jahresprognose wird auf {rev2} gesenkt. Bitte bis zur Ad-hoc-Meldung nur im Projektteam teilen.',
      'Vorläufige Zahlen {q} (noch nicht veröffentlicht)\nUmsatz {rev}\nRohertragsmarge {m}\nNettoliquidität {rev2}\nAuftragseingang {pct} ggü. VJ\nAufsichtsrat bekommt sie Donnerstag.',
    ],
    fr: [
      'Avant la publication du {date} : chiffre d\'affaires {q} à {rev}, {pct} sur un an, marge d\'EBITDA {m}. L\'objectif annuel sera abaissé à {rev2}. Merci de ne rien diffuser avant le communiqué.',
      'Chiffres provisoires {q} – non publiés\nCA {rev}\nmarge brute {m}\ntrésorerie nette {rev2}\nprises de commandes {pct}',
    ],
    es: [
      'Antes de la publicación del {date}: ingresos del {q} de {rev}, {pct} interanual, margen EBITDA {m}. Se rebajará la previsión anual a {rev2}. No compartir fuera del equipo hasta el comunicado.',
      'Cifras provisionales {q} (sin publicar)\nventas {rev}\nmargen bruto {m}\ncaja neta {rev2}\ncartera de pedidos {pct}',
    ],
    nl: [
      'Vóór de publicatie op {date}: omzet {q} komt uit op {rev}, {pct} t.o.v. vorig jaar, EBITDA-marge {m}. De jaarprognose gaat omlaag naar {rev2}. Graag binnen het dealteam houden tot het persbericht.',
      'voorlopige cijfers {q} (nog niet gepubliceerd)\nomzet {rev}\nbrutomarge {m}\nnetto kaspositie {rev2}\norderintake {pct}',
    ],
  };
  const vars = { date: V.date(r, lang, 2025, 2026), q: `${quarter(r)} ${year(r)}`, rev: bigMoney(r, lang, 20, 900), rev2: bigMoney(r, lang, 50, 3000), pct: V.percent(r, lang, 30), m: `${num(r, lang, 4, 35, 1)}${lang === 'en' ? '%' : ' %'}` };
  return { body: fill(pv(r, lang, t), vars), labels: ['financial', 'confidential'], wrap: 'doc' };
};

/** Expense claim with card digits and amounts. */
const expenseFamily: Family = (r, lang) => {
  const head = { en: ['Date', 'Merchant', 'Category', 'Amount'], de: ['Datum', 'Händler', 'Kategorie', 'Betrag'], fr: ['Date', 'Marchand', 'Catégorie', 'Montant'], es: ['Fecha', 'Comercio', 'Categoría', 'Importe'], nl: ['Datum', 'Winkel', 'Categorie', 'Bedrag'] }[lang];
  const cat = { en: ['Taxi', 'Hotel', 'Dinner (client)', 'Train', 'Parking'], de: ['Taxi', 'Hotel', 'Bewirtung', 'Bahn', 'Parken'], fr: ['Taxi', 'Hôtel', 'Repas client', 'Train', 'Parking'], es: ['Taxi', 'Hotel', 'Comida cliente', 'Tren', 'Parking'], nl: ['Taxi', 'Hotel', 'Diner klant', 'Trein', 'Parkeren'] }[lang];
  const rows = Array.from({ length: r.int(3, 6) }, () => [V.date(r, lang, 2025, 2025), r.pick(['Uber', 'NH Hotels', 'Le Petit Zinc', 'DB Fernverkehr', 'Renfe', 'NS', 'Q-Park', 'Ibis', 'Pret']), r.pick(cat), V.money(r, lang, 8, 480)]);
  const card = V.cardNumber(r);
  const intro = {
    en: `Expense claim – corporate card ending ${card.slice(-4)}, cost centre ${r.int(1000, 9999)}`, de: `Reisekostenabrechnung – Firmenkarte Endziffern ${card.slice(-4)}, Kostenstelle ${r.int(1000, 9999)}`,
    fr: `Note de frais – carte affaires se terminant par ${card.slice(-4)}, centre de coût ${r.int(1000, 9999)}`, es: `Liquidación de gastos – tarjeta corporativa acabada en ${card.slice(-4)}, centro de coste ${r.int(1000, 9999)}`,
    nl: `Declaratie – zakelijke creditcard eindigend op ${card.slice(-4)}, kostenplaats ${r.int(1000, 9999)}`,
  }[lang];
  return { body: `${intro}\n${table(r, lang, head, rows)}`, labels: ['financial'], wrap: 'doc' };
};

/** A short chat message with own bank data. */
const shortBankFamily: Family = (r, lang) => {
  const first = V.firstName(r, lang);
  const last = V.lastName(r, lang);
  const t: L5<readonly string[]> = {
    en: ['write a polite reminder to my landlord that the deposit ({amount}) should go back to {iban}, account name {name}', 'my IBAN {iban} ({name}) – can you put it into a nice signature for invoices?'],
    de: ['Schreib meinem Vermieter eine freundliche Erinnerung, dass die Kaution ({amount}) auf {iban} zurück soll, Kontoinhaber {name}', 'Meine IBAN {iban}, Inhaber {name} – bau mir daraus eine Signatur für Rechnungen'],
    fr: ['écris un rappel poli à mon propriétaire pour qu\'il rembourse la caution ({amount}) sur {iban}, au nom de {name}', 'Mon IBAN {iban} ({name}), tu peux me faire un bloc coordonnées pour mes factures ?'],
    es: ['escribe un recordatorio educado al casero para que devuelva la fianza ({amount}) a {iban}, titular {name}', 'Mi IBAN es {iban} ({name}), hazme un pie de factura con él'],
    nl: ['schrijf een vriendelijke herinnering aan mijn verhuurder dat de borg ({amount}) terug moet naar {iban} t.n.v. {name}', 'Mijn IBAN {iban} t.n.v. {name} – maak er een nette factuurvoettekst van'],
  };
  return { body: fill(pv(r, lang, t), { amount: V.money(r, lang, 500, 3000), iban: V.iban(r, lang), name: `${first} ${last}` }), labels: ['pii', 'financial'], wrap: 'none' };
};

/** New-starter form for payroll: contact details and bank account of a private person. */
const newStarterFamily: Family = (r, lang) => {
  const first = V.firstName(r, lang);
  const last = V.lastName(r, lang);
  const L = {
    en: ['New starter – payroll details', 'Name', 'Address', 'Mobile', 'Private email', 'Start date', 'Annual salary', 'Bank account'],
    de: ['Neueintritt – Daten für die Lohnabrechnung', 'Name', 'Anschrift', 'Mobil', 'Private E-Mail', 'Eintritt', 'Jahresgehalt', 'Bankverbindung'],
    fr: ['Nouvel arrivant – éléments de paie', 'Nom', 'Adresse', 'Portable', 'E-mail perso', 'Date d\'entrée', 'Salaire annuel', 'RIB'],
    es: ['Nueva incorporación – datos para nómina', 'Nombre', 'Dirección', 'Móvil', 'Correo personal', 'Fecha de alta', 'Salario anual', 'Cuenta bancaria'],
    nl: ['Nieuwe medewerker – gegevens salarisadministratie', 'Naam', 'Adres', 'Mobiel', 'Privé-e-mail', 'Datum in dienst', 'Jaarsalaris', 'Rekeningnummer'],
  }[lang];
  const vals = [`${first} ${last}`, `${V.street(r, lang)}, ${V.city(r, lang)}`, phone(r, lang), personalEmail(r, first, last), V.date(r, lang, 2025, 2026), V.money(r, lang, 38000, 95000), V.iban(r, lang)];
  const body = `${L[0]}\n${vals.map((v, i) => `${L[i + 1]}: ${v}`).join('\n')}`;
  return { body, labels: ['pii', 'financial', 'confidential'], wrap: 'doc' };
};

/** Cash-flow forecast table (internal planning, marked or not). */
const cashflowFamily: Family = (r, lang) => {
  const months = r.int(0, 8);
  const mm = { en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'], fr: ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'], es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'], nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] }[lang].slice(months, months + 4);
  const rowsL = { en: ['Opening cash', 'Receipts', 'Payroll', 'Suppliers', 'Loan repayment', 'Closing cash'], de: ['Anfangsbestand', 'Einzahlungen', 'Löhne', 'Lieferanten', 'Tilgung', 'Endbestand'], fr: ['Trésorerie début', 'Encaissements', 'Salaires', 'Fournisseurs', 'Remboursement prêt', 'Trésorerie fin'], es: ['Caja inicial', 'Cobros', 'Nóminas', 'Proveedores', 'Amortización préstamo', 'Caja final'], nl: ['Beginsaldo', 'Ontvangsten', 'Salarissen', 'Leveranciers', 'Aflossing lening', 'Eindsaldo'] }[lang];
  const rows = rowsL.map((l) => [l, ...mm.map(() => num(r, lang, 10, 2400) + 'k')]);
  const title = { en: '13-week cash forecast (rolling)', de: 'Liquiditätsvorschau', fr: 'Prévisionnel de trésorerie', es: 'Previsión de tesorería', nl: 'Liquiditeitsprognose' }[lang];
  return { body: `${title} – ${V.company(r, lang)}\n${table(r, lang, ['', ...mm], rows)}`, labels: ['financial'], wrap: 'doc' };
};

// ---------------------------------------------------------------------------------------------------------------
// confidential

function docVars(r: Rng, lang: Lang): Record<string, string> {
  return {
    name: V.personName(r, lang), name2: V.personName(r, lang), name3: V.personName(r, lang), first: V.firstName(r, lang),
    company: V.company(r, lang), company2: V.company(r, lang), city: V.city(r, lang), date: V.date(r, lang, 2025, 2026), date2: V.date(r, lang, 2025, 2026),
    q: `${quarter(r)} ${year(r)}`, code: codename(r), n: String(r.int(3, 60)), pct: V.percent(r, lang, 30).replace('-', ''), big: bigMoney(r, lang, 1, 80), month: V.month(r, lang),
  };
}

const minutesFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: [
      'Minutes – Leadership team, {date}\nPresent: {name}, {name2}, {name3}\n\n1. Project {code}: go decision postponed to {month}; legal review of the {company2} agreement still open.\n2. Restructuring: merge support teams in {city}, {n} roles affected. HR to prepare the consultation plan; no communication to staff before the works council meeting.\n3. AOB: pricing for the renewal with {company2} stays below list, floor {pct} discount.\n\nActions: {name2} – draft comms plan; {name3} – update board paper.',
      'Steering committee {code} – notes ({date})\n- Attendees: {name}, {name2}\n- Vendor shortlist narrowed to {company} and {company2}; {company} preferred, but do not tell them yet\n- Go-live moves from {month} to next quarter (data migration issues)\n- Budget overrun {pct}, to be raised with the CFO\n- Next meeting {date2}',
    ],
    de: [
      'Protokoll Geschäftsleitung, {date}\nTeilnehmende: {name}, {name2}, {name3}\n\nTOP 1 Projekt {code}: Entscheidung auf {month} vertagt, Prüfung des Vertrags mit {company2} durch die Rechtsabteilung läuft.\nTOP 2 Umstrukturierung: Zusammenlegung des Supports in {city}, {n} Stellen betroffen. Keine Kommunikation an die Belegschaft vor der Betriebsratssitzung.\nTOP 3 Verschiedenes: Verlängerung mit {company2} unter Listenpreis, maximal {pct} Rabatt.\n\nAufgaben: {name2} – Kommunikationsplan; {name3} – Vorlage Aufsichtsrat.',
      'Lenkungsausschuss {code} – Notizen vom {date}\n- Anwesend: {name}, {name2}\n- Shortlist: {company} und {company2}, Favorit {company} (noch nicht mitteilen!)\n- Go-live verschiebt sich von {month} ins nächste Quartal\n- Budgetüberschreitung {pct}, Thema für den CFO\n- Nächster Termin {date2}',
    ],
    fr: [
      'Compte rendu – Comité de direction du {date}\nPrésents : {name}, {name2}, {name3}\n\n1. Projet {code} : décision reportée à {month}, revue juridique du contrat {company2} en cours.\n2. Réorganisation : regroupement du support à {city}, {n} postes concernés. Aucune communication aux équipes avant le CSE.\n3. Divers : renouvellement {company2} sous le prix catalogue, remise plancher {pct}.\n\nActions : {name2} – plan de communication ; {name3} – note pour le conseil.',
      'Copil {code} – notes du {date}\n- Présents : {name}, {name2}\n- Short-list : {company} et {company2}, on part sur {company} (ne pas leur dire pour l\'instant)\n- Mise en prod décalée de {month} au trimestre prochain\n- Dépassement budgétaire {pct}, à remonter au DAF',
    ],
    es: [
      'Acta – Comité de dirección, {date}\nAsistentes: {name}, {name2}, {name3}\n\n1. Proyecto {code}: decisión aplazada a {month}; revisión legal del contrato con {company2} pendiente.\n2. Reestructuración: unificar soporte en {city}, {n} puestos afectados. No comunicar a la plantilla antes de la reunión con el comité de empresa.\n3. Varios: renovación con {company2} por debajo de tarifa, descuento mínimo {pct}.\n\nAcciones: {name2} – plan de comunicación; {name3} – documento para el consejo.',
      'Comité de seguimiento {code} – notas {date}\n- Asistentes: {name}, {name2}\n- Lista corta: {company} y {company2}; preferimos {company} (no decírselo aún)\n- El arranque pasa de {month} al próximo trimestre\n- Desviación de presupuesto {pct}, escalar al CFO',
    ],
    nl: [
      'Notulen MT-overleg {date}\nAanwezig: {name}, {name2}, {name3}\n\n1. Project {code}: besluit uitgesteld naar {month}, juridische check van het contract met {company2} loopt nog.\n2. Reorganisatie: support samenvoegen in {city}, {n} functies geraakt. Niets communiceren naar medewerkers vóór het OR-overleg.\n3. Rondvraag: verlenging {company2} onder lijstprijs, minimaal {pct} korting.\n\nActies: {name2} – communicatieplan; {name3} – RvC-notitie bijwerken.',
      'Stuurgroep {code} – aantekeningen {date}\n- Aanwezig: {name}, {name2}\n- Shortlist {company} en {company2}, voorkeur {company} (nog niet laten weten)\n- Livegang schuift van {month} naar volgend kwartaal\n- Budgetoverschrijding {pct}, bespreken met CFO',
    ],
  };
  return { body: fill(pv(r, lang, t), docVars(r, lang)), labels: ['confidential'], wrap: 'doc' };
};

const memoFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: [
      'INTERNAL ONLY – do not forward\n\nTo: Sales leadership\nRe: {code}\n\nWe will stop selling the legacy tier from {date}. Existing customers get a forced migration with a {pct} discount for the first year. Do not mention the end-of-life to customers until marketing has the FAQ ready.',
      '{greet}\n\nquick heads-up before tomorrow, this is not public yet: {company2} has approached us about an acquisition. Only {name} and {name2} know. Please do not put anything in writing beyond this mail.\n\n{sign}',
    ],
    de: [
      'NUR FÜR DEN INTERNEN GEBRAUCH\n\nAn: Vertriebsleitung\nBetreff: {code}\n\nAb {date} wird das alte Paket nicht mehr verkauft. Bestandskunden werden migriert und erhalten im ersten Jahr {pct} Rabatt. Gegenüber Kunden das Produktende erst erwähnen, wenn das FAQ vom Marketing fertig ist.',
      '{greet}\n\nkurze Vorwarnung vor morgen, das ist noch nicht offiziell: {company2} ist wegen einer Übernahme auf uns zugekommen. Bisher wissen nur {name} und {name2} Bescheid. Bitte nichts weiter schriftlich festhalten.\n\n{sign}',
    ],
    fr: [
      'USAGE INTERNE UNIQUEMENT\n\nÀ : Direction commerciale\nObjet : {code}\n\nÀ partir du {date}, l\'ancienne offre ne sera plus commercialisée. Les clients existants seront migrés avec {pct} de remise la première année. Ne pas parler de la fin de vie aux clients avant que la FAQ marketing soit prête.',
      '{greet}\n\npetit point avant demain, ce n\'est pas encore officiel : {company2} nous a approchés pour un rachat. Seuls {name} et {name2} sont au courant. Merci de ne rien mettre par écrit en dehors de ce mail.\n\n{sign}',
    ],
    es: [
      'SOLO USO INTERNO\n\nPara: Dirección comercial\nAsunto: {code}\n\nA partir del {date} dejamos de vender la tarifa antigua. Los clientes actuales se migrarán con un {pct} de descuento el primer año. No mencionar el fin de vida a clientes hasta que marketing tenga listas las FAQ.',
      '{greet}\n\nun aviso antes de mañana, aún no es público: {company2} nos ha propuesto una adquisición. Solo lo saben {name} y {name2}. Por favor, no dejéis nada más por escrito.\n\n{sign}',
    ],
    nl: [
      'ALLEEN INTERN – niet doorsturen\n\nAan: Salesleiding\nBetreft: {code}\n\nVanaf {date} verkopen we het oude pakket niet meer. Bestaande klanten worden gemigreerd met {pct} korting in het eerste jaar. Niets over end-of-life naar klanten zeggen tot marketing de FAQ klaar heeft.',
      '{greet}\n\nvast een seintje voor morgen, dit is nog niet openbaar: {company2} heeft ons benaderd voor een overname. Alleen {name} en {name2} weten ervan. Zet verder niets op papier.\n\n{sign}',
    ],
  };
  const vars = { ...docVars(r, lang), greet: greet(r, lang), sign: sign(r, lang) };
  return { body: maybeHeader(r, lang, fill(pv(r, lang, t), vars)), labels: ['confidential'], wrap: 'doc' };
};

const contractFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: [
      '7. CONFIDENTIALITY\n7.1 Each party shall keep the terms of this Agreement and all information received from the other party in confidence for {n} months after termination.\n7.2 {company} may disclose Confidential Information to its auditors under the same obligations.\n\n9. FEES\nThe Customer ({company2}) pays a fixed annual fee; the volume discount of {pct} applies only while the minimum commitment is met.',
      'Side letter to the Master Services Agreement between {company} and {company2} dated {date}\n\nNotwithstanding clause 12, the Supplier waives the early-termination fee if the migration is not completed by {date2}. This side letter shall not be disclosed to third parties.',
    ],
    de: [
      '§ 7 Vertraulichkeit\n(1) Die Parteien verpflichten sich, den Inhalt dieses Vertrags sowie alle erhaltenen Informationen für {n} Monate nach Vertragsende geheim zu halten.\n(2) {company} darf vertrauliche Informationen seinen Abschlussprüfern offenlegen.\n\n§ 9 Vergütung\nDer Auftraggeber ({company2}) zahlt eine jährliche Pauschale; der Mengenrabatt von {pct} gilt nur bei Erreichen der Mindestabnahme.',
      'Nebenabrede zum Rahmenvertrag zwischen {company} und {company2} vom {date}\n\nAbweichend von § 12 verzichtet der Auftragnehmer auf die Gebühr für vorzeitige Kündigung, falls die Migration nicht bis {date2} abgeschlossen ist. Diese Nebenabrede ist Dritten gegenüber vertraulich zu behandeln.',
    ],
    fr: [
      'Article 7 – Confidentialité\n7.1 Chaque partie s\'engage à garder confidentiels les termes du présent contrat pendant {n} mois après son terme.\n7.2 {company} peut communiquer ces informations à ses commissaires aux comptes.\n\nArticle 9 – Prix\nLe Client ({company2}) verse un forfait annuel ; la remise de {pct} ne s\'applique que si l\'engagement minimal est atteint.',
      'Avenant confidentiel au contrat-cadre entre {company} et {company2} du {date}\n\nPar dérogation à l\'article 12, le Prestataire renonce à l\'indemnité de résiliation anticipée si la migration n\'est pas terminée le {date2}. Le présent avenant ne peut être communiqué à des tiers.',
    ],
    es: [
      'Cláusula 7 – Confidencialidad\n7.1 Las partes mantendrán en secreto los términos de este contrato durante {n} meses tras su finalización.\n7.2 {company} podrá revelar la información a sus auditores.\n\nCláusula 9 – Precio\nEl Cliente ({company2}) abonará una cuota anual; el descuento del {pct} solo aplica si se cumple el compromiso mínimo.',
      'Adenda al contrato marco entre {company} y {company2} de {date}\n\nNo obstante la cláusula 12, el Proveedor renuncia a la penalización por resolución anticipada si la migración no ha concluido el {date2}. Esta adenda no podrá revelarse a terceros.',
    ],
    nl: [
      'Artikel 7 Geheimhouding\n7.1 Partijen houden de inhoud van deze overeenkomst tot {n} maanden na beëindiging geheim.\n7.2 {company} mag vertrouwelijke informatie delen met haar accountant.\n\nArtikel 9 Vergoeding\nOpdrachtgever ({company2}) betaalt een vaste jaarvergoeding; de staffelkorting van {pct} geldt alleen bij de minimale afname.',
      'Aanvullende afspraak bij de raamovereenkomst tussen {company} en {company2} van {date}\n\nIn afwijking van artikel 12 ziet Leverancier af van de vergoeding voor vroegtijdige opzegging als de migratie niet vóór {date2} klaar is. Deze afspraak wordt niet met derden gedeeld.',
    ],
  };
  return { body: fill(pv(r, lang, t), docVars(r, lang)), labels: ['confidential'], wrap: 'doc' };
};

const termSheetFamily: Family = (r, lang) => {
  const L = {
    en: ['TERM SHEET (non-binding, confidential)', 'Issuer', 'Investor', 'Pre-money valuation', 'Investment', 'Liquidation preference', '1x non-participating', 'Board', 'one investor seat', 'Exclusivity', 'days'],
    de: ['TERM SHEET (unverbindlich, vertraulich)', 'Gesellschaft', 'Investor', 'Pre-Money-Bewertung', 'Investition', 'Liquidationspräferenz', '1x, nicht partizipierend', 'Beirat', 'ein Sitz für den Investor', 'Exklusivität', 'Tage'],
    fr: ['TERM SHEET (non engageant, confidentiel)', 'Société', 'Investisseur', 'Valorisation pré-money', 'Montant investi', 'Préférence de liquidation', '1x non participative', 'Conseil', 'un siège investisseur', 'Exclusivité', 'jours'],
    es: ['TERM SHEET (no vinculante, confidencial)', 'Sociedad', 'Inversor', 'Valoración pre-money', 'Inversión', 'Preferencia de liquidación', '1x no participativa', 'Consejo', 'un puesto para el inversor', 'Exclusividad', 'días'],
    nl: ['TERM SHEET (niet-bindend, vertrouwelijk)', 'Vennootschap', 'Investeerder', 'Pre-money waardering', 'Investering', 'Liquidatievoorkeur', '1x, niet-participerend', 'Raad van commissarissen', 'één zetel voor de investeerder', 'Exclusiviteit', 'dagen'],
  }[lang];
  const pairs: [string, string][] = [[L[1]!, V.company(r, lang)], [L[2]!, `${codename(r)} Capital`], [L[3]!, bigMoney(r, lang, 8, 120)], [L[4]!, bigMoney(r, lang, 2, 30)], [L[5]!, L[6]!], [L[7]!, L[8]!], [L[9]!, `${r.pick([30, 45, 60])} ${L[10]}`]];
  const w = Math.max(...pairs.map((p) => p[0].length));
  return { body: `${L[0]}\n\n${pairs.map(([k, v]) => (r.chance(0.5) ? `${k.padEnd(w)}  ${v}` : `${k}: ${v}`)).join('\n')}`, labels: ['financial', 'confidential'], wrap: 'doc' };
};

const roadmapFamily: Family = (r, lang) => {
  const items = {
    en: ['launch {code} (unannounced) in DACH', 'sunset the on-prem edition', 'price increase of {pct} for SMB plans', 'SSO for all tiers', 'enter the US market via partner {company2}', 'AI assistant beta (codename {code})'],
    de: ['Start von {code} (unangekündigt) in DACH', 'On-Prem-Version abkündigen', 'Preiserhöhung {pct} für KMU-Tarife', 'SSO für alle Pakete', 'Markteintritt USA über Partner {company2}', 'KI-Assistent Beta (Codename {code})'],
    fr: ['lancement de {code} (non annoncé) en France', 'fin de la version on-premise', 'hausse de prix de {pct} sur les offres PME', 'SSO pour toutes les offres', 'entrée aux États-Unis via {company2}', 'bêta assistant IA (nom de code {code})'],
    es: ['lanzamiento de {code} (sin anunciar) en Iberia', 'retirar la versión on-premise', 'subida de precios del {pct} en planes pyme', 'SSO en todos los planes', 'entrada en EE. UU. con el socio {company2}', 'beta del asistente IA (nombre en clave {code})'],
    nl: ['lancering {code} (nog niet aangekondigd) in Benelux', 'on-prem versie uitfaseren', 'prijsverhoging {pct} voor mkb-abonnementen', 'SSO voor alle pakketten', 'VS-markt via partner {company2}', 'AI-assistent bèta (codenaam {code})'],
  }[lang];
  const vars = docVars(r, lang);
  const title = { en: 'Product roadmap – internal, not for customers', de: 'Produkt-Roadmap – intern, nicht für Kunden', fr: 'Roadmap produit – interne, pas pour les clients', es: 'Hoja de ruta de producto – interna, no para clientes', nl: 'Productroadmap – intern, niet voor klanten' }[lang];
  const y = year(r);
  const quarters = ['Q1', 'Q2', 'Q3', 'Q4'];
  const picked = r.shuffle(items).slice(0, r.int(3, 5));
  const lines = r.chance(0.5)
    ? picked.map((it, i) => `${quarters[i % 4]} ${y}: ${fill(it, vars)}`).join('\n')
    : table(r, lang, [{ en: 'Quarter', de: 'Quartal', fr: 'Trimestre', es: 'Trimestre', nl: 'Kwartaal' }[lang], { en: 'Initiative', de: 'Initiative', fr: 'Initiative', es: 'Iniciativa', nl: 'Initiatief' }[lang]], picked.map((it, i) => [`${quarters[i % 4]} ${y}`, fill(it, vars)]));
  return { body: `${title}\n${lines}`, labels: ['confidential'], wrap: 'doc' };
};

const incidentFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: [
      'Incident report INC-{n}{n} (internal)\nSeverity: SEV-{sev}\nStart: {date} 02:14 UTC, duration 3h40\nImpact: {n} enterprise customers could not log in; {company2} escalated to their CEO.\nRoot cause: expired certificate on the auth gateway, monitoring alert was muted.\nCustomer comms: do not mention the muted alert.\nFollow-ups: rotate certs automatically (owner {name}), review on-call muting policy.',
    ],
    de: [
      'Störungsbericht INC-{n}{n} (intern)\nSchweregrad: {sev}\nBeginn: {date} 02:14 Uhr, Dauer 3 h 40 min\nAuswirkung: {n} Großkunden konnten sich nicht anmelden, {company2} hat eskaliert.\nUrsache: abgelaufenes Zertifikat am Auth-Gateway, Alarm war stummgeschaltet.\nKundenkommunikation: den stummgeschalteten Alarm nicht erwähnen.\nMaßnahmen: automatische Zertifikatsrotation ({name}), Regeln für Rufbereitschaft prüfen.',
    ],
    fr: [
      'Rapport d\'incident INC-{n}{n} (interne)\nGravité : {sev}\nDébut : {date} 02h14, durée 3h40\nImpact : {n} grands comptes n\'ont pas pu se connecter ; {company2} a escaladé.\nCause : certificat expiré sur la passerelle d\'authentification, alerte mise en sourdine.\nCommunication client : ne pas mentionner l\'alerte désactivée.\nActions : rotation automatique des certificats ({name}).',
    ],
    es: [
      'Informe de incidente INC-{n}{n} (interno)\nSeveridad: {sev}\nInicio: {date} 02:14, duración 3h40\nImpacto: {n} clientes enterprise sin acceso; {company2} lo escaló a dirección.\nCausa raíz: certificado caducado en la pasarela de autenticación, la alerta estaba silenciada.\nComunicación: no mencionar la alerta silenciada.\nAcciones: rotación automática de certificados ({name}).',
    ],
    nl: [
      'Incidentrapport INC-{n}{n} (intern)\nErnst: {sev}\nStart: {date} 02:14, duur 3u40\nImpact: {n} enterprise-klanten konden niet inloggen; {company2} heeft geëscaleerd.\nOorzaak: verlopen certificaat op de auth-gateway, alert stond op stil.\nKlantcommunicatie: het stilgezette alert niet noemen.\nActies: certificaten automatisch roteren ({name}).',
    ],
  };
  return { body: fill(pv(r, lang, t), { ...docVars(r, lang), sev: String(r.int(1, 3)) }), labels: ['confidential'], wrap: 'doc' };
};

const auditFamily: Family = (r, lang) => {
  const findings = {
    en: ['Segregation of duties: the same user can create and approve vendors in the ERP.', 'Access reviews for production were not performed in {q}.', 'Backups of the HR system were never restore-tested.', '{n} terminated employees still had active VPN accounts.', 'Manual journal entries above threshold lacked second approval.'],
    de: ['Funktionstrennung: derselbe Nutzer kann Kreditoren im ERP anlegen und freigeben.', 'Berechtigungsprüfungen für Produktion wurden in {q} nicht durchgeführt.', 'Backups des HR-Systems wurden nie auf Wiederherstellbarkeit getestet.', '{n} ausgeschiedene Mitarbeitende hatten noch aktive VPN-Konten.', 'Manuelle Buchungen über Schwellenwert ohne Vier-Augen-Freigabe.'],
    fr: ['Séparation des tâches : un même utilisateur peut créer et valider des fournisseurs dans l\'ERP.', 'Revues d\'accès production non réalisées en {q}.', 'Sauvegardes du SIRH jamais testées en restauration.', '{n} anciens salariés avaient encore un accès VPN actif.', 'Écritures manuelles au-dessus du seuil sans double validation.'],
    es: ['Segregación de funciones: el mismo usuario puede crear y aprobar proveedores en el ERP.', 'No se hicieron revisiones de accesos a producción en {q}.', 'Nunca se probó la restauración de copias del sistema de RR. HH.', '{n} bajas seguían con cuenta VPN activa.', 'Asientos manuales por encima del umbral sin doble aprobación.'],
    nl: ['Functiescheiding: dezelfde gebruiker kan crediteuren aanmaken én goedkeuren in het ERP.', 'Toegangsreviews productie niet uitgevoerd in {q}.', 'Back-ups van het HR-systeem nooit op herstel getest.', '{n} vertrokken medewerkers hadden nog een actief VPN-account.', 'Handmatige boekingen boven de drempel zonder tweede goedkeuring.'],
  }[lang];
  const vars = docVars(r, lang);
  const title = { en: 'Internal audit – draft findings (restricted distribution)', de: 'Interne Revision – Entwurf Feststellungen (eingeschränkter Verteiler)', fr: 'Audit interne – constats provisoires (diffusion restreinte)', es: 'Auditoría interna – hallazgos preliminares (difusión restringida)', nl: 'Interne audit – conceptbevindingen (beperkte verspreiding)' }[lang];
  const list = r.shuffle(findings).slice(0, r.int(2, 4)).map((f, i) => `${r.chance(0.5) ? `${i + 1}.` : '-'} [${r.pick(['High', 'Medium', 'Low'])}] ${fill(f, vars)}`);
  return { body: `${title}\n${vars.company}, ${vars.date}\n\n${list.join('\n')}`, labels: ['confidential'], wrap: 'doc' };
};

const legalAdviceFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION\n\n{greet}\n\nregarding the claim by {company2}: in our view the limitation of liability in clause 14 is likely enforceable, but the missed SLA credits weaken our position. We recommend settling below {big} before the hearing on {date}. Please do not forward this advice internally beyond the legal team.\n\n{sign}'],
    de: ['VERTRAULICH – ANWALTLICHE BERATUNG\n\n{greet}\n\nzur Forderung von {company2}: Die Haftungsbegrenzung in Ziffer 14 dürfte wirksam sein, die nicht gewährten SLA-Gutschriften schwächen aber unsere Position. Wir empfehlen einen Vergleich unter {big} vor dem Termin am {date}. Bitte diese Einschätzung nicht über die Rechtsabteilung hinaus weiterleiten.\n\n{sign}'],
    fr: ['CONFIDENTIEL – COUVERT PAR LE SECRET PROFESSIONNEL\n\n{greet}\n\nConcernant la réclamation de {company2} : la limitation de responsabilité de l\'article 14 devrait tenir, mais les pénalités SLA non versées nous affaiblissent. Nous recommandons une transaction sous {big} avant l\'audience du {date}. Merci de ne pas diffuser cet avis hors de la direction juridique.\n\n{sign}'],
    es: ['CONFIDENCIAL – ASESORAMIENTO JURÍDICO\n\n{greet}\n\nsobre la reclamación de {company2}: la limitación de responsabilidad de la cláusula 14 probablemente es válida, pero las penalizaciones de SLA no abonadas debilitan nuestra posición. Recomendamos un acuerdo por debajo de {big} antes de la vista del {date}. No reenviar fuera del equipo legal.\n\n{sign}'],
    nl: ['VERTROUWELIJK – JURIDISCH ADVIES\n\n{greet}\n\nOver de claim van {company2}: de aansprakelijkheidsbeperking in artikel 14 houdt waarschijnlijk stand, maar de niet uitgekeerde SLA-credits verzwakken onze positie. Wij adviseren te schikken onder {big} vóór de zitting op {date}. Dit advies niet buiten de juridische afdeling delen.\n\n{sign}'],
  };
  return { body: maybeHeader(r, lang, fill(pv(r, lang, t), { ...docVars(r, lang), greet: greet(r, lang), sign: sign(r, lang) })), labels: ['confidential'], wrap: 'doc' };
};

const embargoFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['EMBARGOED – NOT FOR RELEASE UNTIL {date}, 07:00 CET\n\n{company} to acquire {company2}\n\n{city} – {company} today announced a definitive agreement to acquire {company2} for {big}. The transaction is expected to close in {q}, subject to regulatory approval.'],
    de: ['SPERRFRIST: {date}, 07:00 Uhr – nicht vorher veröffentlichen\n\n{company} übernimmt {company2}\n\n{city} – {company} hat eine Vereinbarung zur Übernahme von {company2} für {big} unterzeichnet. Der Abschluss wird für {q} erwartet, vorbehaltlich behördlicher Genehmigungen.'],
    fr: ['SOUS EMBARGO JUSQU\'AU {date}, 7h00\n\n{company} va acquérir {company2}\n\n{city} – {company} annonce un accord définitif pour l\'acquisition de {company2} pour {big}. La finalisation est attendue au {q}, sous réserve des autorisations réglementaires.'],
    es: ['EMBARGADO HASTA EL {date}, 07:00 h\n\n{company} adquiere {company2}\n\n{city} – {company} ha firmado un acuerdo para adquirir {company2} por {big}. Se espera cerrar la operación en el {q}, sujeta a aprobación regulatoria.'],
    nl: ['EMBARGO TOT {date}, 07:00 uur\n\n{company} neemt {company2} over\n\n{city} – {company} heeft een overeenkomst getekend om {company2} over te nemen voor {big}. De afronding wordt verwacht in {q}, onder voorbehoud van goedkeuring door toezichthouders.'],
  };
  return { body: fill(pv(r, lang, t), docVars(r, lang)), labels: ['confidential'], wrap: 'doc' };
};

const perfReviewFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Performance review {year} – {name}\nManager: {name2}\nRating: {rating}/5 (below expectations)\n\nMissed two of four objectives; client feedback from {company2} was negative. Put on a 60-day improvement plan starting {date}. If no improvement, we will move to a formal process.', 'notes for my 1:1 with {first} tomorrow:\n- attendance issues since {month}\n- not eligible for bonus this year\n- PIP discussion, HR ({name2}) joins\n- keep it calm, they don\'t know about the reorg yet'],
    de: ['Leistungsbeurteilung {year} – {name}\nFührungskraft: {name2}\nBewertung: {rating}/5 (unter Erwartung)\n\nZwei von vier Zielen verfehlt; Feedback von {company2} negativ. Ab {date} 60-tägiger Entwicklungsplan. Ohne Verbesserung folgt ein formales Verfahren.', 'Notizen fürs Mitarbeitergespräch mit {first} morgen:\n- Pünktlichkeit seit {month}\n- kein Bonus dieses Jahr\n- Leistungsplan besprechen, HR ({name2}) ist dabei\n- ruhig bleiben, von der Umstrukturierung weiß {first} noch nichts'],
    fr: ['Entretien annuel {year} – {name}\nManager : {name2}\nNote : {rating}/5 (en dessous des attentes)\n\nDeux objectifs sur quatre non atteints ; retours négatifs de {company2}. Plan d\'amélioration de 60 jours à partir du {date}. Sans progrès, procédure formelle.', 'notes pour mon point avec {first} demain :\n- retards répétés depuis {month}\n- pas de prime cette année\n- plan d\'amélioration, les RH ({name2}) seront là\n- rester calme, pas encore au courant de la réorg'],
    es: ['Evaluación de desempeño {year} – {name}\nResponsable: {name2}\nValoración: {rating}/5 (por debajo de lo esperado)\n\nNo cumplió dos de cuatro objetivos; feedback negativo de {company2}. Plan de mejora de 60 días desde el {date}. Si no mejora, se iniciará un proceso formal.', 'notas para el 1:1 con {first} mañana:\n- problemas de puntualidad desde {month}\n- sin bonus este año\n- hablar del plan de mejora, viene RR. HH. ({name2})\n- con calma, aún no sabe nada de la reorganización'],
    nl: ['Beoordeling {year} – {name}\nLeidinggevende: {name2}\nScore: {rating}/5 (onder verwachting)\n\nTwee van de vier doelen niet gehaald; negatieve feedback van {company2}. Verbetertraject van 60 dagen vanaf {date}. Zonder verbetering volgt een formeel traject.', 'aantekeningen voor mijn 1-op-1 met {first} morgen:\n- te laat sinds {month}\n- geen bonus dit jaar\n- verbeterplan bespreken, HR ({name2}) schuift aan\n- rustig blijven, weet nog niks van de reorganisatie'],
  };
  return { body: fill(pv(r, lang, t), { ...docVars(r, lang), year: year(r), rating: String(r.int(1, 2)) }), labels: ['confidential'], wrap: 'doc' };
};

const priceListFamily: Family = (r, lang) => {
  const head = { en: ['Customer', 'List price', 'Net price', 'Discount', 'Approved by'], de: ['Kunde', 'Listenpreis', 'Nettopreis', 'Rabatt', 'Freigabe'], fr: ['Client', 'Prix catalogue', 'Prix net', 'Remise', 'Validé par'], es: ['Cliente', 'Tarifa', 'Precio neto', 'Descuento', 'Aprobado por'], nl: ['Klant', 'Lijstprijs', 'Nettoprijs', 'Korting', 'Akkoord'] }[lang];
  const rows = Array.from({ length: r.int(3, 6) }, () => {
    const list = r.int(20, 90);
    const disc = r.int(10, 55);
    const net = Math.round(list * (100 - disc)) / 100;
    return [V.company(r, lang), `${num(r, lang, list, list)} €`, `${num(r, lang, net, net, 2)} €`, `${disc}%`, V.lastName(r, lang)];
  });
  const title = { en: 'Key account pricing – internal, never send to customers', de: 'Konditionen Key Accounts – intern, nie an Kunden senden', fr: 'Conditions grands comptes – interne, ne jamais envoyer aux clients', es: 'Condiciones grandes cuentas – interno, no enviar nunca a clientes', nl: 'Prijsafspraken key accounts – intern, nooit naar klanten sturen' }[lang];
  return { body: `${title}\n${table(r, lang, head, rows)}`, labels: ['confidential'], wrap: 'doc' };
};

const decisionChatFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['FYI, decided in today\'s exec meeting (not announced): we\'re closing the {city} office end of {month}, {n} people. Announcement planned for {date}. Please help me write talking points for the managers.', 'heads up – don\'t share outside the team. we\'re dropping {company2} as supplier next quarter and moving everything to {company}. they don\'t know yet. can you draft how I tell my team?', 'hiring freeze from {date} for all non-revenue roles, decided by the board yesterday. Only directors know. Draft an email to my two open-role candidates without giving the real reason.'],
    de: ['Zur Info, heute in der GF entschieden (noch nicht kommuniziert): Standort {city} wird Ende {month} geschlossen, {n} Personen. Ankündigung am {date}. Hilf mir bitte mit Sprechpunkten für die Führungskräfte.', 'nicht weitersagen: wir lösen {company2} als Lieferanten nächstes Quartal ab und gehen komplett zu {company}. Die wissen es noch nicht. Wie sag ich das meinem Team?', 'Einstellungsstopp ab {date} für alle Rollen ohne Umsatzverantwortung, gestern im Aufsichtsrat beschlossen. Schreib eine Mail an meine zwei Kandidaten, ohne den wahren Grund zu nennen.'],
    fr: ['Pour info, décidé au comex aujourd\'hui (pas encore annoncé) : on ferme le site de {city} fin {month}, {n} personnes. Annonce prévue le {date}. Aide-moi à préparer les éléments de langage pour les managers.', 'entre nous – on remplace {company2} par {company} le trimestre prochain, ils ne sont pas encore au courant. Comment je l\'annonce à mon équipe ?', 'gel des embauches à partir du {date} sur les postes hors vente, décidé hier par le conseil. Rédige un mail à mes deux candidats sans donner la vraie raison.'],
    es: ['Para que lo sepas, decidido hoy en el comité (sin anunciar): cerramos la oficina de {city} a finales de {month}, {n} personas. Se anunciará el {date}. Ayúdame con los mensajes clave para los mandos.', 'no lo compartas: el próximo trimestre dejamos a {company2} como proveedor y pasamos todo a {company}. Aún no lo saben. ¿Cómo se lo cuento a mi equipo?', 'congelación de contrataciones desde el {date} para puestos no comerciales, lo decidió ayer el consejo. Escribe un correo a mis dos candidatos sin dar el motivo real.'],
    nl: ['Ter info, vandaag in het MT besloten (nog niet bekend): vestiging {city} gaat eind {month} dicht, {n} mensen. Aankondiging op {date}. Help me met gesprekspunten voor de leidinggevenden.', 'niet doorvertellen: we stappen volgend kwartaal af van {company2} en gaan volledig naar {company}. Zij weten het nog niet. Hoe breng ik dit aan mijn team?', 'vacaturestop vanaf {date} voor alle niet-commerciële functies, gisteren door de RvB besloten. Schrijf een mail aan mijn twee kandidaten zonder de echte reden te noemen.'],
  };
  return { body: fill(pv(r, lang, t), docVars(r, lang)), labels: ['confidential'], wrap: 'none' };
};

const strategyFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Strategy {year}–{year2} (board draft v{n})\n\n• Grow enterprise share from {pct} to 30% by cutting the SMB sales team\n• Explore acquisition targets: {company}, {company2} (approach via advisers in {month})\n• Exit the {city} market quietly, no press\n• Target: EBIT {big} by {year2}'],
    de: ['Strategie {year}–{year2} (Entwurf Aufsichtsrat v{n})\n\n• Enterprise-Anteil von {pct} auf 30 % steigern, KMU-Vertrieb verkleinern\n• Mögliche Übernahmeziele: {company}, {company2} (Ansprache über Berater im {month})\n• Rückzug aus {city} ohne Pressearbeit\n• Ziel: EBIT {big} bis {year2}'],
    fr: ['Stratégie {year}–{year2} (projet conseil v{n})\n\n• Passer la part grands comptes de {pct} à 30 % en réduisant l\'équipe PME\n• Cibles d\'acquisition : {company}, {company2} (approche via banquiers en {month})\n• Sortie discrète du marché de {city}\n• Objectif : EBIT {big} en {year2}'],
    es: ['Estrategia {year}–{year2} (borrador consejo v{n})\n\n• Subir la cuota enterprise del {pct} al 30 % recortando el equipo pyme\n• Posibles adquisiciones: {company}, {company2} (contacto vía asesores en {month})\n• Salir de {city} sin comunicado\n• Objetivo: EBIT de {big} en {year2}'],
    nl: ['Strategie {year}–{year2} (concept RvC v{n})\n\n• Enterprise-aandeel van {pct} naar 30% door het mkb-salesteam te verkleinen\n• Overnamekandidaten: {company}, {company2} (benadering via adviseurs in {month})\n• Stil uit de markt in {city}\n• Doel: EBIT {big} in {year2}'],
  };
  const y = r.int(2025, 2026);
  return { body: fill(pv(r, lang, t), { ...docVars(r, lang), year: String(y), year2: String(y + 3) }), labels: ['confidential'], wrap: 'doc' };
};

/** Layoff list with names: confidential (internal decision), pii not claimed (no contact/ID data). */
const layoffFamily: Family = (r, lang) => {
  const head = { en: ['Name', 'Team', 'Start date', 'Decision'], de: ['Name', 'Team', 'Eintritt', 'Entscheidung'], fr: ['Nom', 'Équipe', 'Entrée', 'Décision'], es: ['Nombre', 'Equipo', 'Alta', 'Decisión'], nl: ['Naam', 'Team', 'In dienst', 'Besluit'] }[lang];
  const dec = { en: ['exit', 'keep', 'redeploy'], de: ['Austritt', 'bleibt', 'Versetzung'], fr: ['départ', 'maintien', 'reclassement'], es: ['salida', 'se queda', 'reubicación'], nl: ['vertrek', 'blijft', 'herplaatsing'] }[lang];
  const rows = Array.from({ length: r.int(3, 6) }, () => [V.personName(r, lang), r.pick(['Support', 'Ops', 'Sales', 'QA', 'Marketing']), String(r.int(2012, 2023)), r.pick(dec)]);
  const title = { en: 'Restructuring wave 2 – selection (HR + legal only)', de: 'Restrukturierung Welle 2 – Auswahl (nur HR + Recht)', fr: 'Réorganisation vague 2 – sélection (RH + juridique uniquement)', es: 'Reestructuración fase 2 – selección (solo RR. HH. y legal)', nl: 'Reorganisatie fase 2 – selectie (alleen HR + juridisch)' }[lang];
  return { body: `${title}\n${table(r, lang, head, rows)}`, labels: ['confidential'], wrap: 'doc' };
};

// ---------------------------------------------------------------------------------------------------------------
// health: an individual's clinical information. With a name beside it, also pii (a sensitive attribute).

const sexAge = (r: Rng, lang: Lang): string => {
  const a = r.int(19, 88);
  const m = r.chance(0.5);
  return { en: `${a}${m ? 'M' : 'F'}`, de: `${a} J., ${m ? 'm' : 'w'}`, fr: `${m ? 'H' : 'F'} ${a} ans`, es: `${m ? 'varón' : 'mujer'} de ${a} años`, nl: `${m ? 'man' : 'vrouw'}, ${a} jr` }[lang];
};
const DRUGS = ['metformin 500 mg 1-0-1', 'ramipril 5 mg 1-0-0', 'atorvastatin 20 mg 0-0-1', 'sertraline 50 mg', 'levothyroxine 75 µg', 'apixaban 5 mg bid', 'pantoprazole 40 mg', 'amoxicillin 875 mg tid x7d', 'bisoprolol 2.5 mg', 'prednisolone 20 mg taper', 'insulin glargine 18 IU'];

function healthVars(r: Rng, lang: Lang): Record<string, string> {
  const [d1, d2] = r.shuffle(DRUGS).slice(0, 2) as [string, string];
  return {
    pt: sexAge(r, lang), name: V.personName(r, lang), first: V.firstName(r, lang), date: V.date(r, lang, 2025, 2026), drug: d1, drug2: d2,
    bp: `${r.int(105, 175)}/${r.int(65, 105)}`, hr: String(r.int(52, 118)), t: lang === 'en' ? `${r.int(365, 395) / 10}` : `${String(r.int(365, 395) / 10).replace('.', ',')}`,
    hba1c: `${r.int(55, 112) / 10}`, crp: String(r.int(2, 180)), n: String(r.int(2, 14)), weeks: String(r.int(2, 12)),
    dob: V.date(r, lang, 1950, 2000), company: V.company(r, lang),
  };
}

const soapFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['S: {pt}, 3 days of productive cough, fever up to {t}, smoker 20 py.\nO: BP {bp}, HR {hr}, SpO2 93% RA, crackles R base.\nA: community-acquired pneumonia, CURB-65 1.\nP: {drug}, CXR, review in 48h, safety-netting given.', 'pt {pt} c/o chest tightness on exertion x2 wks. PMH T2DM, HTN. meds {drug}, {drug2}. ECG: ST depression V4-V6. trop pending. plan: refer rapid access chest pain clinic'],
    de: ['Anamnese: {pt}, seit 3 Tagen Husten mit Auswurf, Fieber bis {t} °C, Raucher.\nBefund: RR {bp}, HF {hr}, SpO2 93 %, RG rechts basal.\nBeurteilung: ambulant erworbene Pneumonie.\nProcedere: {drug}, Röntgen-Thorax, Kontrolle in 48 h.', 'Pat. {pt}, Belastungsdyspnoe seit 2 Wo., Vorerkrankungen DM Typ 2, art. Hypertonie. Medikation: {drug}, {drug2}. EKG: ST-Senkungen V4–V6, Troponin ausstehend. Überweisung Kardiologie.'],
    fr: ['Motif : {pt}, toux productive depuis 3 jours, fièvre à {t} °C, tabagique.\nExamen : TA {bp}, FC {hr}, SpO2 93 %, crépitants base droite.\nConclusion : pneumopathie communautaire.\nConduite : {drug}, radio thoracique, réévaluation à 48 h.', 'Pat. {pt}, oppression thoracique à l\'effort depuis 2 sem. ATCD : diabète type 2, HTA. Traitement : {drug}, {drug2}. ECG : sous-décalage ST V4-V6, troponine en attente. Adressé en cardiologie.'],
    es: ['Motivo: {pt}, tos productiva de 3 días, fiebre hasta {t} °C, fumador.\nExploración: TA {bp}, FC {hr}, SatO2 93 %, crepitantes en base derecha.\nJuicio clínico: neumonía adquirida en la comunidad.\nPlan: {drug}, Rx tórax, control en 48 h.', 'Paciente {pt}, opresión torácica con esfuerzo desde hace 2 semanas. AP: DM2, HTA. Tratamiento: {drug}, {drug2}. ECG: descenso ST V4-V6, troponina pendiente. Derivado a cardiología.'],
    nl: ['S: {pt}, 3 dagen productieve hoest, koorts tot {t} °C, rookt.\nO: RR {bp}, pols {hr}, SpO2 93%, crepitaties rechts basaal.\nE: pneumonie.\nP: {drug}, X-thorax, controle over 48 uur.', 'Pt {pt}, drukkend gevoel op de borst bij inspanning sinds 2 wk. VG: DM2, hypertensie. Medicatie: {drug}, {drug2}. ECG: ST-depressie V4-V6, troponine volgt. Verwezen naar cardiologie.'],
  };
  return { body: fill(pv(r, lang, t), healthVars(r, lang)), labels: ['health'], wrap: 'doc' };
};

const labFamily: Family = (r, lang) => {
  const tests: [string, () => string, string, string][] = [
    ['Hb', () => (r.int(85, 165) / 10).toFixed(1), 'g/dL', '12.0–16.0'], ['WBC', () => (r.int(30, 180) / 10).toFixed(1), '10^9/L', '4.0–10.0'],
    ['CRP', () => String(r.int(1, 160)), 'mg/L', '<5'], ['HbA1c', () => (r.int(50, 110) / 10).toFixed(1), '%', '<5.7'], ['TSH', () => (r.int(2, 120) / 10).toFixed(1), 'mU/L', '0.4–4.0'],
    ['Creatinine', () => String(r.int(55, 260)), 'µmol/L', '60–110'], ['ALT', () => String(r.int(12, 240)), 'U/L', '<45'], ['LDL', () => (r.int(15, 60) / 10).toFixed(1), 'mmol/L', '<3.0'],
    ['Ferritin', () => String(r.int(4, 400)), 'µg/L', '30–300'], ['eGFR', () => String(r.int(22, 110)), 'mL/min', '>60'],
  ];
  const head = { en: ['Test', 'Result', 'Unit', 'Ref. range'], de: ['Parameter', 'Ergebnis', 'Einheit', 'Referenz'], fr: ['Analyse', 'Résultat', 'Unité', 'Valeurs réf.'], es: ['Prueba', 'Resultado', 'Unidad', 'Rango ref.'], nl: ['Bepaling', 'Uitslag', 'Eenheid', 'Referentie'] }[lang];
  const dec = (s: string): string => (lang === 'en' ? s : s.replace(/(\d)\.(\d)/g, '$1,$2'));
  const rows = r.shuffle(tests).slice(0, r.int(4, 7)).map(([n, v, u, ref]) => [n, dec(v()), u, dec(ref)]);
  const named = r.chance(0.4);
  const who = named
    ? { en: `Patient: ${V.personName(r, lang)}, DOB ${V.date(r, lang, 1950, 2000)}`, de: `Patient/in: ${V.personName(r, lang)}, geb. ${V.date(r, lang, 1950, 2000)}`, fr: `Patient : ${V.personName(r, lang)}, né(e) le ${V.date(r, lang, 1950, 2000)}`, es: `Paciente: ${V.personName(r, lang)}, f. nac. ${V.date(r, lang, 1950, 2000)}`, nl: `Patiënt: ${V.personName(r, lang)}, geb. ${V.date(r, lang, 1950, 2000)}` }[lang]
    : { en: 'my blood test results from last week', de: 'meine Blutwerte von letzter Woche', fr: 'mes résultats de prise de sang de la semaine dernière', es: 'mis resultados de la analítica de la semana pasada', nl: 'mijn bloeduitslagen van vorige week' }[lang];
  return { body: `${who}\n${table(r, lang, head, rows)}`, labels: named ? ['pii', 'health'] : ['health'], wrap: 'doc' };
};

const dischargeFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Discharge summary\nAdmitted {date} with acute pancreatitis (alcohol-related). Managed with IV fluids and analgesia; CT showed no necrosis. Discharged day {n}. Medication on discharge: {drug}, {drug2}. Advised complete alcohol abstinence; GP to check LFTs in 2 weeks.'],
    de: ['Entlassbrief\nAufnahme am {date} wegen akuter Pankreatitis (äthyltoxisch). Therapie mit Infusionen und Analgesie, im CT keine Nekrosen. Entlassung an Tag {n}. Entlassmedikation: {drug}, {drug2}. Strikte Alkoholkarenz empfohlen; Kontrolle der Leberwerte beim Hausarzt in 2 Wochen.'],
    fr: ['Compte rendu d\'hospitalisation\nEntrée le {date} pour pancréatite aiguë d\'origine alcoolique. Traitement par hydratation IV et antalgiques ; scanner sans nécrose. Sortie à J{n}. Traitement de sortie : {drug}, {drug2}. Sevrage alcoolique conseillé ; bilan hépatique chez le médecin traitant à 2 semaines.'],
    es: ['Informe de alta\nIngreso el {date} por pancreatitis aguda de origen enólico. Tratado con sueroterapia y analgesia; TC sin necrosis. Alta al día {n}. Tratamiento al alta: {drug}, {drug2}. Abstinencia alcohólica; control de perfil hepático en 2 semanas por su médico de cabecera.'],
    nl: ['Ontslagbrief\nOpgenomen op {date} met acute pancreatitis (alcoholgerelateerd). Behandeld met infuus en pijnstilling; CT zonder necrose. Ontslag op dag {n}. Medicatie bij ontslag: {drug}, {drug2}. Advies: volledig stoppen met alcohol; leverwaarden na 2 weken bij de huisarts.'],
  };
  return { body: fill(pv(r, lang, t), healthVars(r, lang)), labels: ['health'], wrap: 'doc' };
};

const sickNoteFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['{greet}\n\n{name} will be off sick for at least {weeks} weeks – she had a miscarriage on Monday and is being treated for heavy bleeding. Please cover her clients and don\'t ask her about it when she\'s back.\n\n{sign}', 'HR note: {name} (payroll {n}{n}{n}) – fit note received, diagnosis: major depressive episode, signed off until {date}. Phased return to be discussed with occupational health.'],
    de: ['{greet}\n\n{name} fällt mindestens {weeks} Wochen aus – Bandscheibenvorfall, OP am {date}, danach Reha. Bitte übernehmt seine Kunden und sprecht ihn nicht darauf an.\n\n{sign}', 'Notiz HR: {name} (PNr. {n}{n}{n}) – AU-Bescheinigung liegt vor, Diagnose F32.1 mittelgradige depressive Episode, krankgeschrieben bis {date}. Wiedereingliederung mit dem Betriebsarzt klären.'],
    fr: ['{greet}\n\n{name} sera absent au moins {weeks} semaines – hernie discale, opéré le {date}, rééducation ensuite. Merci de reprendre ses dossiers et de ne pas lui en parler.\n\n{sign}', 'Note RH : {name} (matricule {n}{n}{n}) – arrêt de travail reçu, burn-out avec épisode dépressif, arrêté jusqu\'au {date}. Reprise en mi-temps thérapeutique à voir avec la médecine du travail.'],
    es: ['{greet}\n\n{name} estará de baja al menos {weeks} semanas – hernia discal, operado el {date}, después rehabilitación. Cubrid sus clientes y no le preguntéis por el tema.\n\n{sign}', 'Nota RR. HH.: {name} (n.º empleado {n}{n}{n}) – parte de baja recibido, diagnóstico trastorno de ansiedad generalizada, baja hasta el {date}. Reincorporación progresiva a valorar con el servicio de prevención.'],
    nl: ['{greet}\n\n{name} is minstens {weeks} weken uit de roulatie – hernia, geopereerd op {date}, daarna revalidatie. Willen jullie zijn klanten overnemen en hem er niet naar vragen?\n\n{sign}', 'HR-notitie: {name} (personeelsnr. {n}{n}{n}) – ziekmelding, diagnose burn-out met depressieve klachten volgens de bedrijfsarts, ziek tot {date}. Re-integratieplan opstellen met de arbodienst.'],
  };
  return { body: maybeHeader(r, lang, fill(pv(r, lang, t), { ...healthVars(r, lang), greet: greet(r, lang), sign: sign(r, lang) })), labels: ['pii', 'health'], wrap: 'doc' };
};

const occHealthFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Occupational health report – {name}\nAssessment {date}. Employee has epilepsy, last seizure {n} weeks ago, on {drug}. Fit for office work; not fit to drive company vehicles or work at heights until seizure-free for 12 months.'],
    de: ['Betriebsärztliche Stellungnahme – {name}\nUntersuchung am {date}. Bekannte Epilepsie, letzter Anfall vor {n} Wochen, Medikation {drug}. Bürotätigkeit möglich; kein Führen von Dienstfahrzeugen und keine Arbeiten mit Absturzgefahr bis 12 Monate anfallsfrei.'],
    fr: ['Avis de la médecine du travail – {name}\nVisite du {date}. Épilepsie connue, dernière crise il y a {n} semaines, sous {drug}. Apte au travail de bureau ; inapte à la conduite de véhicules de service et au travail en hauteur jusqu\'à 12 mois sans crise.'],
    es: ['Informe de salud laboral – {name}\nReconocimiento del {date}. Epilepsia conocida, última crisis hace {n} semanas, en tratamiento con {drug}. Apto para oficina; no apto para conducir vehículos de empresa ni trabajos en altura hasta 12 meses sin crisis.'],
    nl: ['Advies bedrijfsarts – {name}\nSpreekuur {date}. Bekend met epilepsie, laatste aanval {n} weken geleden, gebruikt {drug}. Geschikt voor kantoorwerk; niet voor rijden in bedrijfsauto\'s of werken op hoogte tot 12 maanden aanvalsvrij.'],
  };
  return { body: fill(pv(r, lang, t), healthVars(r, lang)), labels: ['pii', 'health'], wrap: 'doc' };
};

const ownConditionFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['I was diagnosed with type 2 diabetes last month, HbA1c {hba1c}%, BMI 33. I\'m on {drug}. Can you make me a meal plan that fits my meds?', 'my dermatologist\'s letter says: "biopsy left shoulder {date}: superficial spreading melanoma, Breslow 0.6 mm, re-excision with 1 cm margin planned". what does this mean for me?', 'I take {drug} and {drug2} since my heart attack in {year}. My cardiologist just added clopidogrel. write down questions I should ask at my next appointment'],
    de: ['Bei mir wurde letzten Monat Diabetes Typ 2 festgestellt, HbA1c {hba1c} %, BMI 33. Ich nehme {drug}. Kannst du mir einen Essensplan machen, der zu den Medikamenten passt?', 'im Befund von meiner Hautärztin steht: "Biopsie Schulter links vom {date}: superfiziell spreitendes Melanom, Tumordicke 0,6 mm, Nachexzision geplant". Was heißt das für mich?', 'Ich nehme seit meinem Herzinfarkt {year} {drug} und {drug2}, jetzt kam noch Clopidogrel dazu. Welche Fragen sollte ich beim nächsten Termin stellen?'],
    fr: ['On m\'a diagnostiqué un diabète de type 2 le mois dernier, HbA1c {hba1c} %, IMC 33. Je prends {drug}. Tu peux me faire un plan de repas adapté ?', 'le courrier de ma dermato dit : « biopsie épaule gauche du {date} : mélanome superficiel extensif, Breslow 0,6 mm, reprise chirurgicale prévue ». Ça veut dire quoi pour moi ?', 'Je prends {drug} et {drug2} depuis mon infarctus en {year}, le cardiologue vient d\'ajouter du clopidogrel. Quelles questions poser au prochain rendez-vous ?'],
    es: ['El mes pasado me diagnosticaron diabetes tipo 2, HbA1c {hba1c} %, IMC 33. Tomo {drug}. ¿Me haces un plan de comidas compatible con la medicación?', 'el informe de mi dermatóloga pone: "biopsia hombro izquierdo {date}: melanoma de extensión superficial, Breslow 0,6 mm, ampliación de márgenes programada". ¿Qué significa para mí?', 'Tomo {drug} y {drug2} desde el infarto de {year}, y el cardiólogo me ha añadido clopidogrel. ¿Qué preguntas debería hacerle en la próxima cita?'],
    nl: ['Vorige maand kreeg ik de diagnose diabetes type 2, HbA1c {hba1c}%, BMI 33. Ik gebruik {drug}. Kun je een eetschema maken dat past bij mijn medicatie?', 'in de brief van mijn dermatoloog staat: "biopt linkerschouder {date}: oppervlakkig spreidend melanoom, Breslow 0,6 mm, re-excisie gepland". Wat betekent dat voor mij?', 'Ik slik {drug} en {drug2} sinds mijn hartinfarct in {year}, nu is er clopidogrel bij gekomen. Welke vragen moet ik stellen bij de volgende afspraak?'],
  };
  return { body: fill(pv(r, lang, t), { ...healthVars(r, lang), year: String(r.int(2015, 2024)) }), labels: ['health'], wrap: 'none' };
};

const radiologyFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['MRI lumbar spine ({date})\nFindings: broad-based disc protrusion L4/5 with compression of the left L5 nerve root. Mild facet arthropathy L5/S1. No spinal canal stenosis.\nImpression: L4/5 disc herniation, correlates with left-sided sciatica.'],
    de: ['MRT LWS vom {date}\nBefund: breitbasige Bandscheibenprotrusion L4/5 mit Kompression der Wurzel L5 links. Leichte Facettenarthrose L5/S1. Keine Spinalkanalstenose.\nBeurteilung: Bandscheibenvorfall L4/5, passend zur linksseitigen Ischialgie.'],
    fr: ['IRM du rachis lombaire ({date})\nRésultats : protrusion discale L4-L5 comprimant la racine L5 gauche. Arthrose articulaire postérieure L5-S1 modérée. Pas de sténose canalaire.\nConclusion : hernie discale L4-L5 concordante avec la sciatique gauche.'],
    es: ['RM columna lumbar ({date})\nHallazgos: protrusión discal L4-L5 que comprime la raíz L5 izquierda. Artrosis facetaria leve L5-S1. Sin estenosis de canal.\nConclusión: hernia discal L4-L5 compatible con ciática izquierda.'],
    nl: ['MRI lumbale wervelkolom ({date})\nBevindingen: discusprotrusie L4-L5 met compressie van de linker L5-wortel. Lichte facetartrose L5-S1. Geen kanaalstenose.\nConclusie: HNP L4-L5, passend bij ischias links.'],
  };
  return { body: fill(pv(r, lang, t), healthVars(r, lang)), labels: ['health'], wrap: 'doc' };
};

const medListFamily: Family = (r, lang) => {
  const head = { en: ['Medication', 'Dose', 'Since', 'Note'], de: ['Medikament', 'Dosierung', 'Seit', 'Hinweis'], fr: ['Médicament', 'Posologie', 'Depuis', 'Remarque'], es: ['Fármaco', 'Pauta', 'Desde', 'Nota'], nl: ['Medicijn', 'Dosering', 'Sinds', 'Opmerking'] }[lang];
  const notes = { en: ['with food', 'check INR', 'stop before surgery', 'as needed', ''], de: ['zum Essen', 'INR kontrollieren', 'vor OP pausieren', 'bei Bedarf', ''], fr: ['pendant le repas', 'contrôle INR', 'arrêter avant chirurgie', 'si besoin', ''], es: ['con comida', 'control INR', 'suspender antes de cirugía', 'a demanda', ''], nl: ['bij het eten', 'INR controleren', 'stoppen voor operatie', 'zo nodig', ''] }[lang];
  const rows = r.shuffle(['Metformin', 'Ramipril', 'Warfarin', 'Sertraline', 'Levothyroxine', 'Salbutamol', 'Omeprazole', 'Quetiapine', 'Methotrexate']).slice(0, r.int(3, 6)).map((d) => [d, `${r.pick([2.5, 5, 10, 20, 25, 50, 100, 500])} mg ${r.pick(['1-0-0', '1-0-1', '0-0-1', 'weekly', 'prn'])}`, String(r.int(2012, 2025)), r.pick(notes)]);
  const who = r.chance(0.5)
    ? { en: `Medication list for my dad (${r.int(68, 91)}), he has heart failure and early dementia`, de: `Medikamentenplan von meinem Vater (${r.int(68, 91)}), Herzinsuffizienz und beginnende Demenz`, fr: `Liste des médicaments de mon père (${r.int(68, 91)} ans), insuffisance cardiaque et début de démence`, es: `Medicación de mi padre (${r.int(68, 91)} años), insuficiencia cardiaca y demencia incipiente`, nl: `Medicijnlijst van mijn vader (${r.int(68, 91)}), hartfalen en beginnende dementie` }[lang]
    : { en: 'Current meds (patient in bed 4, post-op day 2, known bipolar disorder):', de: 'Aktuelle Medikation (Patientin Zimmer 4, 2. post-op Tag, bekannte bipolare Störung):', fr: 'Traitement actuel (patiente chambre 4, J2 post-op, trouble bipolaire connu) :', es: 'Medicación actual (paciente cama 4, 2.º día postoperatorio, trastorno bipolar conocido):', nl: 'Huidige medicatie (patiënt bed 4, dag 2 post-op, bekend met bipolaire stoornis):' }[lang];
  return { body: `${who}\n${table(r, lang, head, rows)}`, labels: ['health'], wrap: 'doc' };
};

const therapyFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Session {n} – client {pt}\nPresenting: panic attacks 3–4x/week, avoids public transport. PHQ-9 = 14, GAD-7 = 16. Disclosed childhood trauma today. Plan: continue CBT, exposure hierarchy, GP to review {drug}.'],
    de: ['Sitzung {n} – Klient/in {pt}\nPanikattacken 3–4x/Woche, vermeidet ÖPNV. PHQ-9 = 14, GAD-7 = 16. Heute Kindheitstrauma angesprochen. Plan: KVT fortsetzen, Expositionshierarchie, Hausarzt soll {drug} überprüfen.'],
    fr: ['Séance {n} – patient(e) {pt}\nAttaques de panique 3-4 fois/semaine, évite les transports. PHQ-9 = 14, GAD-7 = 16. A évoqué un traumatisme d\'enfance. Plan : poursuivre la TCC, exposition progressive, réévaluer {drug} avec le généraliste.'],
    es: ['Sesión {n} – paciente {pt}\nCrisis de pánico 3-4 veces/semana, evita el transporte público. PHQ-9 = 14, GAD-7 = 16. Hoy relató un trauma infantil. Plan: seguir con TCC, jerarquía de exposición, revisar {drug} con su médico.'],
    nl: ['Sessie {n} – cliënt {pt}\nPaniekaanvallen 3-4x/week, vermijdt het OV. PHQ-9 = 14, GAD-7 = 16. Vandaag jeugdtrauma besproken. Plan: CGT voortzetten, exposurehiërarchie, huisarts {drug} laten evalueren.'],
  };
  return { body: fill(pv(r, lang, t), healthVars(r, lang)), labels: ['health'], wrap: 'doc' };
};

const colleagueHealthChatFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['how do I word a message to the team that {name} is back from chemo next week but only 20h and shouldn\'t be around anyone sick', 'my colleague {name} has type 1 diabetes and had a hypo in the meeting today, I gave her juice. write a short note to our manager about what happened and what we should keep in the office', '{name} told me in confidence she is HIV positive and worried about the company health check on {date}. how can I support her?'],
    de: ['wie formuliere ich ans Team, dass {name} nächste Woche nach der Chemo zurückkommt, aber nur 20 h und keinen Kontakt zu Erkälteten haben soll', 'Meine Kollegin {name} hat Typ-1-Diabetes und hatte heute im Meeting eine Unterzuckerung. Schreib eine kurze Notiz an unsere Chefin, was passiert ist und was wir im Büro vorrätig haben sollten', '{name} hat mir anvertraut, dass sie HIV-positiv ist und Angst vor dem Betriebs-Check-up am {date} hat. Wie kann ich sie unterstützen?'],
    fr: ['comment annoncer à l\'équipe que {name} revient de chimio la semaine prochaine, mais à mi-temps et sans contact avec des personnes malades', 'Ma collègue {name} est diabétique de type 1 et a fait une hypo en réunion aujourd\'hui. Écris un petit mot à notre manager pour expliquer et dire ce qu\'il faudrait avoir au bureau', '{name} m\'a confié être séropositive et elle stresse pour la visite médicale du {date}. Comment la soutenir ?'],
    es: ['cómo le digo al equipo que {name} vuelve de la quimio la semana que viene pero a media jornada y sin contacto con gente enferma', 'Mi compañera {name} tiene diabetes tipo 1 y hoy tuvo una hipoglucemia en la reunión. Escribe una nota breve a nuestra jefa contando lo que pasó y qué deberíamos tener en la oficina', '{name} me ha contado en confianza que es VIH positivo y le preocupa el reconocimiento médico del {date}. ¿Cómo puedo apoyarle?'],
    nl: ['hoe vertel ik het team dat {name} volgende week terugkomt na de chemo, maar maar 20 uur en niet in de buurt van zieke mensen', 'Mijn collega {name} heeft diabetes type 1 en had vandaag een hypo tijdens het overleg. Schrijf een kort bericht aan onze manager wat er gebeurde en wat we op kantoor moeten hebben', '{name} heeft me in vertrouwen verteld dat ze hiv-positief is en ze ziet op tegen de bedrijfskeuring op {date}. Hoe kan ik haar steunen?'],
  };
  return { body: fill(pv(r, lang, t), healthVars(r, lang)), labels: ['pii', 'health'], wrap: 'none' };
};

const prescriptionFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Rx – {name}, DOB {dob}\n{drug}\n{drug2}\nDx: hypertension, hypothyroidism\nRepeat x3. Dr. {doc}'],
    de: ['Rezept – {name}, geb. {dob}\n{drug}\n{drug2}\nDiagnosen: I10.90, E03.9\nDauermedikation. Dr. {doc}'],
    fr: ['Ordonnance – {name}, né(e) le {dob}\n{drug}\n{drug2}\nÀ renouveler 3 fois. HTA, hypothyroïdie. Dr {doc}'],
    es: ['Receta – {name}, f. nac. {dob}\n{drug}\n{drug2}\nDiagnósticos: HTA, hipotiroidismo. Tratamiento crónico. Dr. {doc}'],
    nl: ['Recept – {name}, geb. {dob}\n{drug}\n{drug2}\nHypertensie, hypothyreoïdie. Herhaalrecept. Dr. {doc}'],
  };
  return { body: fill(pv(r, lang, t), { ...healthVars(r, lang), doc: V.lastName(r, lang) }), labels: ['pii', 'health'], wrap: 'doc' };
};

const triageFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Patient message (portal): "since starting {drug} I\'ve had swollen ankles and I\'m short of breath at night, BP at home {bp}. should I stop it?" – draft a reply for the nurse to review'],
    de: ['Nachricht im Patientenportal: „Seit ich {drug} nehme, sind meine Knöchel geschwollen und nachts bekomme ich schlecht Luft, Blutdruck zu Hause {bp}. Soll ich absetzen?" – entwirf eine Antwort, die die Pflege prüft'],
    fr: ['Message patient (portail) : « depuis que je prends {drug}, j\'ai les chevilles gonflées et je m\'essouffle la nuit, tension à la maison {bp}. Je dois arrêter ? » – rédige une réponse à faire valider par l\'infirmière'],
    es: ['Mensaje del paciente (portal): «desde que tomo {drug} tengo los tobillos hinchados y me ahogo por la noche, tensión en casa {bp}. ¿Lo dejo?» – redacta una respuesta para que la revise enfermería'],
    nl: ['Bericht via het patiëntenportaal: "sinds ik {drug} gebruik heb ik dikke enkels en ben ik \'s nachts kortademig, bloeddruk thuis {bp}. Moet ik stoppen?" – stel een antwoord op dat de verpleegkundige controleert'],
  };
  return { body: fill(pv(r, lang, t), healthVars(r, lang)), labels: ['health'], wrap: 'none' };
};

// ---------------------------------------------------------------------------------------------------------------
// benign: ordinary workplace requests and the hard negatives (same document types, nothing sensitive)

/** Prompts written as a whole (no paste). */
function whole(t: L5<readonly string[]>, vars: (r: Rng, lang: Lang) => Record<string, string> = () => ({})): Family {
  return (r, lang) => ({ body: fill(pv(r, lang, t), vars(r, lang)), labels: [], wrap: 'none' });
}

const financeHomework = whole({
  en: ['A bond pays a {c}% coupon annually for 5 years, face value 1,000, yield {y}%. What is the price? Show the steps.', 'Homework: ABC Ltd buys a machine for 48,000, useful life 6 years, residual 6,000. Straight-line depreciation journal entries for year 1 please', 'explain the difference between EBITDA and operating cash flow with a simple example', 'Calculate the NPV of a project: initial outlay 100k, cash flows 30k, 40k, 50k, discount rate {y}%.', 'What is working capital and why do banks care about it?', 'In my accounting class we have: sales 200, COGS 120, opex 50, tax 25%. What\'s net income?'],
  de: ['Eine Anleihe zahlt {c} % Kupon jährlich, Laufzeit 5 Jahre, Nennwert 1.000, Rendite {y} %. Wie hoch ist der Kurs? Bitte mit Rechenweg.', 'Hausaufgabe: Die Muster GmbH kauft eine Maschine für 48.000 €, Nutzungsdauer 6 Jahre. Wie lauten die Buchungssätze für die lineare AfA im ersten Jahr?', 'Erklär mir den Unterschied zwischen EBITDA und operativem Cashflow an einem einfachen Beispiel', 'Berechne den Kapitalwert: Anfangsinvestition 100.000, Rückflüsse 30.000, 40.000, 50.000, Zins {y} %.', 'Was ist der Unterschied zwischen Bilanz und GuV? Für meine BWL-Klausur'],
  fr: ['Une obligation verse un coupon de {c} % par an pendant 5 ans, nominal 1 000, taux {y} %. Quel est son prix ? Détaille le calcul.', 'Exercice : la société X achète une machine 48 000 €, durée 6 ans. Quelles écritures pour l\'amortissement linéaire la première année ?', 'explique la différence entre EBITDA et flux de trésorerie opérationnel avec un exemple simple', 'Calcule la VAN : investissement 100 000, flux 30 000, 40 000, 50 000, taux {y} %.', 'C\'est quoi le BFR et pourquoi les banques regardent ça ? (pour mon cours de gestion)'],
  es: ['Un bono paga un cupón anual del {c} % durante 5 años, nominal 1.000, TIR {y} %. ¿Cuál es su precio? Explica los pasos.', 'Ejercicio: la empresa X compra una máquina por 48.000 €, vida útil 6 años. ¿Asientos de la amortización lineal del primer año?', 'explícame la diferencia entre EBITDA y flujo de caja operativo con un ejemplo sencillo', 'Calcula el VAN: inversión inicial 100.000, flujos 30.000, 40.000, 50.000, tasa {y} %.', '¿Qué es el fondo de maniobra? Lo necesito para el examen de contabilidad'],
  nl: ['Een obligatie betaalt {c}% coupon per jaar, looptijd 5 jaar, nominaal 1.000, rendement {y}%. Wat is de koers? Met berekening graag.', 'Huiswerk: bedrijf X koopt een machine voor € 48.000, levensduur 6 jaar. Wat zijn de journaalposten voor lineaire afschrijving in jaar 1?', 'leg het verschil uit tussen EBITDA en operationele kasstroom met een simpel voorbeeld', 'Bereken de NCW: investering 100.000, kasstromen 30.000, 40.000, 50.000, rente {y}%.', 'Wat is werkkapitaal en waarom kijkt de bank daarnaar? Voor mijn tentamen bedrijfseconomie'],
}, (r) => ({ c: String(r.int(2, 7)), y: String(r.int(3, 9)) }));

const publicEarnings = whole({
  en: ['{co} published its annual report last week: revenue up {p}, margin down slightly. Is that a good result for a retailer?', 'Summarise what analysts usually look at in a quarterly earnings release of a listed bank.', 'The press release on {co}\'s investor relations page says net profit rose {p}. Explain what "adjusted" means there.', 'Should I buy index funds or individual stocks at 30? general advice please', 'what happened to European bank stocks in 2023?'],
  de: ['{co} hat letzte Woche den Geschäftsbericht veröffentlicht: Umsatz +{p}, Marge leicht gesunken. Ist das für einen Händler gut?', 'Worauf achten Analysten bei den Quartalszahlen einer börsennotierten Bank?', 'In der Pressemitteilung auf der IR-Seite von {co} steht, der Gewinn sei um {p} gestiegen. Was bedeutet „bereinigt" da?', 'ETF oder Einzelaktien mit 30? Allgemeiner Rat bitte', 'Wie hat sich der DAX 2023 entwickelt?'],
  fr: ['{co} a publié son rapport annuel la semaine dernière : CA en hausse de {p}, marge en léger recul. Bon résultat pour un distributeur ?', 'Qu\'est-ce que les analystes regardent dans la publication trimestrielle d\'une banque cotée ?', 'Le communiqué sur le site investisseurs de {co} dit que le bénéfice a progressé de {p}. Que veut dire « ajusté » ?', 'ETF ou actions en direct à 30 ans ? conseil général', 'comment a évolué le CAC 40 en 2023 ?'],
  es: ['{co} publicó su informe anual la semana pasada: ventas +{p}, margen algo más bajo. ¿Es un buen resultado para un minorista?', '¿Qué miran los analistas en los resultados trimestrales de un banco cotizado?', 'La nota de prensa en la web de inversores de {co} dice que el beneficio subió un {p}. ¿Qué significa "ajustado"?', '¿Fondos indexados o acciones sueltas a los 30? consejo general', '¿cómo le fue al IBEX 35 en 2023?'],
  nl: ['{co} publiceerde vorige week het jaarverslag: omzet +{p}, marge iets lager. Is dat goed voor een retailer?', 'Waar letten analisten op bij de kwartaalcijfers van een beursgenoteerde bank?', 'In het persbericht op de IR-site van {co} staat dat de winst met {p} steeg. Wat betekent "aangepast" daar?', 'Indexfondsen of losse aandelen op je 30e? algemeen advies graag', 'hoe deed de AEX het in 2023?'],
}, (r, lang) => ({ co: V.company(r, lang), p: V.percent(r, lang, 20).replace('-', '') }));

const examVignette = whole({
  en: ['Practice question: A 58-year-old man presents with crushing chest pain radiating to the left arm for 40 minutes. ECG shows ST elevation in II, III, aVF. Which artery is most likely occluded?\nA) LAD B) RCA C) LCx D) Left main', 'USMLE style: A 24-year-old woman has fatigue, weight loss and a TSH of 0.01. What is the next best step? Explain each option.', 'For my nursing exam: list the signs of hypoglycaemia and the first-line treatment in a conscious adult'],
  de: ['Übungsfrage Staatsexamen: Ein 58-jähriger Mann stellt sich mit retrosternalem Druck und Ausstrahlung in den linken Arm vor. EKG: ST-Hebungen in II, III, aVF. Welches Gefäß ist am ehesten verschlossen?\nA) RIVA B) RCA C) RCX D) Hauptstamm', 'Für meine Pflegeprüfung: Was sind typische Zeichen einer Hypoglykämie und die Erstmaßnahme bei einem wachen Erwachsenen?'],
  fr: ['Cas clinique ECN (entraînement) : homme de 58 ans, douleur thoracique constrictive irradiant au bras gauche depuis 40 min. ECG : sus-décalage ST en DII, DIII, aVF. Quelle artère est probablement occluse ?\nA) IVA B) coronaire droite C) circonflexe', 'Pour mon partiel IFSI : quels sont les signes d\'une hypoglycémie et la conduite à tenir chez un adulte conscient ?'],
  es: ['Pregunta tipo MIR: varón de 58 años con dolor torácico opresivo irradiado al brazo izquierdo de 40 minutos. ECG: elevación del ST en II, III y aVF. ¿Qué arteria está ocluida con más probabilidad?\nA) DA B) CD C) Cx D) TCI', 'Para el examen de enfermería: signos de hipoglucemia y actuación inicial en un adulto consciente'],
  nl: ['Oefenvraag co-schap: man van 58 met drukkende pijn op de borst uitstralend naar de linkerarm, 40 minuten. ECG: ST-elevatie in II, III, aVF. Welke kransslagader is waarschijnlijk afgesloten?\nA) LAD B) RCA C) RCx', 'Voor mijn verpleegkunde-tentamen: wat zijn de signalen van een hypo en de eerste behandeling bij een wakkere volwassene?'],
});

const consumerHealth = whole({
  en: ['Is it safe to take ibuprofen and paracetamol together?', 'how many hours of sleep does an adult actually need', 'What are early symptoms of burnout and when should someone see a doctor?', 'what\'s a normal resting heart rate for a 40 year old?', 'Can you suggest a 20-minute desk stretching routine for back pain?', 'What does an HbA1c value measure?'],
  de: ['Kann man Ibuprofen und Paracetamol zusammen nehmen?', 'wie viel Schlaf braucht ein Erwachsener wirklich', 'Was sind frühe Anzeichen von Burnout und wann sollte man zum Arzt?', 'Welcher Ruhepuls ist mit 40 normal?', 'Hast du eine 20-Minuten-Dehnroutine für Rückenschmerzen am Schreibtisch?', 'Was misst der HbA1c-Wert?'],
  fr: ['Peut-on prendre de l\'ibuprofène et du paracétamol en même temps ?', 'combien d\'heures de sommeil faut-il à un adulte', 'Quels sont les premiers signes du burn-out et quand consulter ?', 'Quelle fréquence cardiaque au repos est normale à 40 ans ?', 'Tu as une routine d\'étirements de 20 minutes au bureau pour le mal de dos ?', 'Que mesure l\'HbA1c ?'],
  es: ['¿Se puede tomar ibuprofeno y paracetamol a la vez?', 'cuántas horas de sueño necesita un adulto', '¿Cuáles son los primeros síntomas del burnout y cuándo ir al médico?', '¿Qué frecuencia cardiaca en reposo es normal a los 40?', '¿Me sugieres una rutina de estiramientos de 20 minutos para el dolor de espalda en la oficina?', '¿Qué mide la HbA1c?'],
  nl: ['Mag je ibuprofen en paracetamol tegelijk nemen?', 'hoeveel uur slaap heeft een volwassene echt nodig', 'Wat zijn vroege signalen van een burn-out en wanneer ga je naar de huisarts?', 'Wat is een normale rusthartslag op je 40e?', 'Heb je een stretchroutine van 20 minuten tegen rugpijn voor achter het bureau?', 'Wat meet de HbA1c-waarde?'],
});

/** Public-facing text pasted for editing: careers page, blog post, public press release. */
const publicTextFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['We\'re hiring! {co} is looking for a Senior Data Engineer to join our team in {city}. You\'ll build pipelines that help thousands of customers. What we offer: hybrid working, 30 days holiday, learning budget. Apply via our careers page.', 'FOR IMMEDIATE RELEASE\n{co} opens new office in {city}\n{city}, {date} – {co} today opened its new office, creating space for 120 employees. "We are proud to grow in the region," said the CEO.', 'Blog: 5 lessons from migrating to the cloud\n1. Start small.\n2. Automate everything.\n3. Measure costs from day one.\n4. Train your people.\n5. Celebrate the wins.'],
    de: ['Wir stellen ein! {co} sucht eine/n Senior Data Engineer (m/w/d) in {city}. Du baust Datenpipelines für tausende Kund:innen. Wir bieten: hybrides Arbeiten, 30 Tage Urlaub, Weiterbildungsbudget. Bewirb dich über unsere Karriereseite.', 'PRESSEMITTEILUNG\n{co} eröffnet neuen Standort in {city}\n{city}, {date} – {co} hat heute seinen neuen Standort mit Platz für 120 Mitarbeitende eröffnet. „Wir freuen uns, in der Region zu wachsen", so die Geschäftsführung.', 'Blogartikel: 5 Learnings aus unserer Cloud-Migration\n1. Klein anfangen.\n2. Alles automatisieren.\n3. Kosten von Tag eins messen.\n4. Das Team schulen.\n5. Erfolge feiern.'],
    fr: ['On recrute ! {co} cherche un(e) Data Engineer senior à {city}. Tu construiras des pipelines utilisés par des milliers de clients. Télétravail partiel, 30 jours de congés, budget formation. Postule sur notre page carrières.', 'COMMUNIQUÉ DE PRESSE\n{co} ouvre un nouveau bureau à {city}\n{city}, le {date} – {co} a inauguré aujourd\'hui ses nouveaux locaux pouvant accueillir 120 collaborateurs.', 'Article de blog : 5 leçons de notre migration vers le cloud\n1. Commencer petit.\n2. Tout automatiser.\n3. Suivre les coûts dès le premier jour.\n4. Former les équipes.\n5. Célébrer les réussites.'],
    es: ['¡Estamos contratando! {co} busca Data Engineer senior en {city}. Construirás pipelines que usan miles de clientes. Ofrecemos: teletrabajo parcial, 30 días de vacaciones, presupuesto de formación. Inscríbete en nuestra web de empleo.', 'NOTA DE PRENSA\n{co} abre nueva oficina en {city}\n{city}, {date} – {co} ha inaugurado hoy su nueva oficina con capacidad para 120 empleados.', 'Blog: 5 lecciones de nuestra migración a la nube\n1. Empezar poco a poco.\n2. Automatizarlo todo.\n3. Medir costes desde el primer día.\n4. Formar al equipo.\n5. Celebrar los logros.'],
    nl: ['Wij zoeken versterking! {co} zoekt een Senior Data Engineer in {city}. Je bouwt datapijplijnen voor duizenden klanten. Wij bieden: hybride werken, 30 vakantiedagen, opleidingsbudget. Solliciteer via onze vacaturepagina.', 'PERSBERICHT\n{co} opent nieuw kantoor in {city}\n{city}, {date} – {co} heeft vandaag een nieuw kantoor geopend met plek voor 120 medewerkers.', 'Blog: 5 lessen uit onze cloudmigratie\n1. Begin klein.\n2. Automatiseer alles.\n3. Meet kosten vanaf dag één.\n4. Train je mensen.\n5. Vier de successen.'],
  };
  return { body: fill(pv(r, lang, t), { co: V.company(r, lang), city: V.city(r, lang), date: V.date(r, lang, 2024, 2026) }), labels: [], wrap: 'doc' };
};

const confidentialQuestion = whole({
  en: ['How do I mark an email as confidential in Outlook?', 'What\'s the difference between "confidential" and "strictly confidential" in an information classification policy?', 'Write a generic NDA template with placeholders for both parties.', 'Is it ok to paste confidential documents into ChatGPT? What do companies usually allow?', 'how should I label a document that is internal but not confidential?', 'Give me a checklist for handling confidential client data when working from a café.'],
  de: ['Wie markiere ich eine Mail in Outlook als vertraulich?', 'Was ist der Unterschied zwischen „vertraulich" und „streng vertraulich" in einer Klassifizierungsrichtlinie?', 'Schreib eine allgemeine Vorlage für eine Geheimhaltungsvereinbarung mit Platzhaltern.', 'Darf man vertrauliche Dokumente in einen KI-Chatbot kopieren? Was erlauben Firmen normalerweise?', 'Checkliste bitte: Umgang mit vertraulichen Kundendaten im Homeoffice'],
  fr: ['Comment marquer un e-mail comme confidentiel dans Outlook ?', 'Quelle différence entre « confidentiel » et « strictement confidentiel » dans une politique de classification ?', 'Rédige un modèle d\'accord de confidentialité générique avec des champs à compléter.', 'Est-ce qu\'on a le droit de coller des documents confidentiels dans un chatbot ? Que permettent les entreprises en général ?', 'Donne-moi une checklist pour gérer des données clients confidentielles en télétravail'],
  es: ['¿Cómo marco un correo como confidencial en Outlook?', '¿Qué diferencia hay entre "confidencial" y "estrictamente confidencial" en una política de clasificación?', 'Escribe una plantilla genérica de acuerdo de confidencialidad con huecos para las partes.', '¿Se pueden pegar documentos confidenciales en un chatbot? ¿Qué suelen permitir las empresas?', 'Dame una lista de buenas prácticas con datos confidenciales de clientes en teletrabajo'],
  nl: ['Hoe markeer ik een e-mail als vertrouwelijk in Outlook?', 'Wat is het verschil tussen "vertrouwelijk" en "strikt vertrouwelijk" in een classificatiebeleid?', 'Schrijf een algemeen model-geheimhoudingsovereenkomst met invulvelden.', 'Mag je vertrouwelijke documenten in een chatbot plakken? Wat staan bedrijven meestal toe?', 'Geef een checklist voor het omgaan met vertrouwelijke klantgegevens bij thuiswerken'],
});

/** Config data: Kubernetes / CI YAML, JSON, INI, .env.example, docker-compose (no secrets). */
const configFamily: Family = (r) => {
  const app = r.pick(['api', 'web', 'worker', 'gateway', 'billing-ui', 'reports']);
  const variants = [
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n  labels:\n    app: ${app}\nspec:\n  replicas: ${r.int(1, 6)}\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    spec:\n      containers:\n        - name: ${app}\n          image: ghcr.io/acme/${app}:${r.int(1, 3)}.${r.int(0, 20)}.${r.int(0, 9)}\n          ports:\n            - containerPort: ${r.pick([3000, 8080, 8000])}\n          resources:\n            limits:\n              memory: ${r.pick(['256Mi', '512Mi', '1Gi'])}`,
    `name: CI\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ${r.pick([18, 20, 22])}\n      - run: npm ci\n      - run: npm test`,
    `{\n  "name": "${app}",\n  "version": "${r.int(0, 4)}.${r.int(0, 12)}.0",\n  "private": true,\n  "scripts": {\n    "dev": "vite",\n    "build": "vite build",\n    "test": "vitest run"\n  },\n  "dependencies": {\n    "react": "^18.3.1"\n  }\n}`,
    `[server]\nport = ${r.pick([8080, 9000, 5000])}\nworkers = ${r.int(2, 16)}\n\n[logging]\nlevel = ${r.pick(['info', 'warn', 'debug'])}\nformat = json\n\n[cache]\nttl_seconds = ${r.pick([60, 300, 3600])}`,
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: ${app.replace('-', '_')}\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  ${app}:\n    build: .\n    ports:\n      - "${r.pick([3000, 8080])}:${r.pick([3000, 8080])}"\n    depends_on: [db]\nvolumes:\n  pgdata:`,
    `# .env.example\nDATABASE_URL=postgres://user:password@localhost:5432/${app.replace('-', '_')}\nLOG_LEVEL=info\nFEATURE_NEW_CHECKOUT=false\nAPI_KEY=<your-api-key>`,
    `{\n  "compilerOptions": {\n    "target": "ES2022",\n    "module": "ESNext",\n    "strict": true,\n    "outDir": "dist"\n  },\n  "include": ["src"]\n}`,
  ];
  return { body: r.pick(variants), labels: [], wrap: 'code' };
};

const oneLiner = whole({
  en: ['what does `git rebase -i HEAD~{n}` do exactly?', 'is `docker run -p 8080:80 -d nginx` the right way to expose the port?', 'kubectl rollout restart deployment/{svc} -n prod — does this cause downtime?', 'Why does `find . -name "*.log" -mtime +7 -delete` not delete anything?', 'difference between `npm ci` and `npm install`?', 'SELECT COUNT(*) FROM orders; returns 0 but the table has rows in the UI, why?'],
  de: ['Was macht `git rebase -i HEAD~{n}` genau?', 'ist `docker run -p 8080:80 -d nginx` richtig, um den Port freizugeben?', 'kubectl rollout restart deployment/{svc} -n prod – gibt das Downtime?', 'Warum löscht `find . -name "*.log" -mtime +7 -delete` nichts?', 'Unterschied zwischen `npm ci` und `npm install`?'],
  fr: ['Ça fait quoi exactement `git rebase -i HEAD~{n}` ?', '`docker run -p 8080:80 -d nginx` c\'est bon pour exposer le port ?', 'kubectl rollout restart deployment/{svc} -n prod – ça provoque une coupure ?', 'Pourquoi `find . -name "*.log" -mtime +7 -delete` ne supprime rien ?', 'différence entre `npm ci` et `npm install` ?'],
  es: ['¿Qué hace exactamente `git rebase -i HEAD~{n}`?', '¿`docker run -p 8080:80 -d nginx` es la forma correcta de exponer el puerto?', 'kubectl rollout restart deployment/{svc} -n prod – ¿provoca caída del servicio?', '¿Por qué `find . -name "*.log" -mtime +7 -delete` no borra nada?', '¿diferencia entre `npm ci` y `npm install`?'],
  nl: ['Wat doet `git rebase -i HEAD~{n}` precies?', 'is `docker run -p 8080:80 -d nginx` de juiste manier om de poort open te zetten?', 'kubectl rollout restart deployment/{svc} -n prod – geeft dat downtime?', 'Waarom verwijdert `find . -name "*.log" -mtime +7 -delete` niks?', 'verschil tussen `npm ci` en `npm install`?'],
}, (r) => ({ n: String(r.int(2, 6)), svc: r.pick(['api', 'web', 'checkout', 'search']) }));

/** Stack traces and log excerpts. */
const traceFamily: Family = (r) => {
  const cls = r.pick(['OrderService', 'InvoiceMapper', 'ReportJob', 'SyncWorker']);
  const line = (): number => r.int(12, 480);
  const variants = [
    `Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.trim()" because "name" is null\n\tat com.acme.${cls.toLowerCase()}.${cls}.normalize(${cls}.java:${line()})\n\tat com.acme.${cls.toLowerCase()}.${cls}.process(${cls}.java:${line()})\n\tat com.acme.App.main(App.java:${line()})`,
    `Traceback (most recent call last):\n  File "/app/jobs/${cls.toLowerCase()}.py", line ${line()}, in run\n    rows = fetch_rows(cursor)\n  File "/app/db.py", line ${line()}, in fetch_rows\n    return cursor.fetchall()\npsycopg2.OperationalError: server closed the connection unexpectedly`,
    `Unhandled Runtime Error\nTypeError: Cannot read properties of undefined (reading 'length')\n    at ${cls}List (webpack-internal:///./src/components/${cls}List.tsx:${line()}:31)\n    at renderWithHooks (react-dom.development.js:${line()}:18)`,
    `2025-03-${String(r.int(10, 28))}T08:${r.int(10, 59)}:01Z INFO  starting ${cls}\n2025-03-${String(r.int(10, 28))}T08:${r.int(10, 59)}:03Z WARN  retrying request (attempt 2/5)\n2025-03-${String(r.int(10, 28))}T08:${r.int(10, 59)}:09Z ERROR upstream timed out after 30000ms\n2025-03-${String(r.int(10, 28))}T08:${r.int(10, 59)}:09Z INFO  shutting down`,
    `System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Acme.${cls}.GetLatest() in C:\\src\\Acme\\${cls}.cs:line ${line()}\n   at Acme.Program.Main(String[] args)`,
    `10.0.${r.int(0, 9)}.${r.int(2, 250)} - - [12/Mar/2025:10:${r.int(10, 59)}:22 +0000] "GET /api/health HTTP/1.1" 200 17 "-" "kube-probe/1.29"\n10.0.${r.int(0, 9)}.${r.int(2, 250)} - - [12/Mar/2025:10:${r.int(10, 59)}:25 +0000] "POST /api/export HTTP/1.1" 504 0 "-" "Mozilla/5.0"`,
  ];
  return { body: r.pick(variants), labels: [], wrap: 'code' };
};

const mailMerge = (r: Rng, lang: Lang): Piece => {
  const t: L5<readonly string[]> = {
    en: ['Dear {{first_name}},\n\nthank you for your order {{order_id}}. Your invoice of {{amount}} is attached. If you have questions, reply to this email.\n\nBest regards,\n{{sender_name}}', 'Hi {{FirstName}}, your subscription renews on {{renewal_date}}. Manage your plan here: {{account_url}}'],
    de: ['Hallo {{vorname}},\n\nvielen Dank für Ihre Bestellung {{bestellnummer}}. Die Rechnung über {{betrag}} finden Sie im Anhang.\n\nFreundliche Grüße\n{{absender}}', 'Liebe/r {{Anrede}} {{Nachname}}, Ihr Abo verlängert sich am {{datum}}.'],
    fr: ['Bonjour {{prenom}},\n\nmerci pour votre commande {{num_commande}}. Vous trouverez la facture de {{montant}} en pièce jointe.\n\nCordialement,\n{{expediteur}}', 'Bonjour {{Prenom}}, votre abonnement sera renouvelé le {{date_renouvellement}}.'],
    es: ['Hola {{nombre}}:\n\ngracias por tu pedido {{n_pedido}}. Adjuntamos la factura de {{importe}}.\n\nUn saludo,\n{{remitente}}', 'Hola {{Nombre}}, tu suscripción se renueva el {{fecha}}.'],
    nl: ['Beste {{voornaam}},\n\nbedankt voor je bestelling {{ordernummer}}. De factuur van {{bedrag}} zit in de bijlage.\n\nMet vriendelijke groet,\n{{afzender}}', 'Hoi {{Voornaam}}, je abonnement wordt verlengd op {{datum}}.'],
  };
  return { body: pv(r, lang, t), labels: [], wrap: 'doc' };
};

const everyday = whole({
  en: ['Write a short email to my team moving our weekly sync from Tuesday to Thursday at 10.', 'give me 10 ideas for a team offsite in {city} in spring, budget friendly', 'Improve this LinkedIn post: "Excited to share that I finished my AWS certification!"', 'Excel: how do I do a VLOOKUP that ignores case?', 'Draft a polite out-of-office message, back on the {d}th', 'How do I structure a 30-minute onboarding session for a new hire?', 'rewrite "pls send the deck asap" so it sounds less rude', 'Create an agenda template for a quarterly business review', 'Suggest a name for our internal newsletter', 'What\'s a good way to run a retrospective with a remote team?', 'what is the average salary of a data engineer in {city}?', 'Explain Kubernetes to my non-technical manager in 5 sentences.', 'how do I reverse a list in python without modifying it?', 'Write a job ad for a junior accountant, friendly tone, no salary info'],
  de: ['Schreib eine kurze Mail ans Team: das Weekly wird von Dienstag auf Donnerstag 10 Uhr verschoben.', 'gib mir 10 Ideen für einen Teamausflug in {city} im Frühling, nicht zu teuer', 'Verbessere diesen LinkedIn-Post: „Freue mich, meine AWS-Zertifizierung geschafft zu haben!"', 'Excel: Wie mache ich einen SVERWEIS, der Groß-/Kleinschreibung ignoriert?', 'Formuliere eine Abwesenheitsnotiz, zurück am {d}.', 'Wie strukturiere ich eine 30-minütige Einarbeitung für neue Kolleg:innen?', 'formuliere "schick mir bitte asap die Folien" freundlicher', 'Erstelle eine Agenda-Vorlage für ein Quartalsgespräch', 'Wie verdient ein Data Engineer in {city} im Schnitt?', 'Erklär meinem nicht-technischen Chef Kubernetes in 5 Sätzen.', 'Wie drehe ich in Python eine Liste um, ohne sie zu verändern?'],
  fr: ['Écris un court mail à l\'équipe : le point hebdo passe du mardi au jeudi 10h.', 'donne-moi 10 idées de séminaire d\'équipe à {city} au printemps, pas trop cher', 'Améliore ce post LinkedIn : « Ravi d\'avoir obtenu ma certification AWS ! »', 'Excel : comment faire une RECHERCHEV insensible à la casse ?', 'Rédige un message d\'absence, retour le {d}.', 'Comment organiser une session d\'intégration de 30 minutes pour un nouvel arrivant ?', 'reformule « envoie-moi le deck asap » de façon plus polie', 'Crée un modèle d\'ordre du jour pour une revue trimestrielle', 'Quel est le salaire moyen d\'un data engineer à {city} ?', 'Explique Kubernetes à mon manager non technique en 5 phrases.'],
  es: ['Escribe un correo breve al equipo: la reunión semanal pasa del martes al jueves a las 10.', 'dame 10 ideas para una salida de equipo en {city} en primavera, baratas', 'Mejora este post de LinkedIn: "¡Contento de haber sacado la certificación de AWS!"', 'Excel: ¿cómo hago un BUSCARV que no distinga mayúsculas?', 'Redacta un mensaje de fuera de la oficina, vuelvo el {d}.', '¿Cómo organizo una sesión de acogida de 30 minutos para una nueva incorporación?', 'reformula "mándame la presentación ya" para que suene menos borde', 'Crea una plantilla de orden del día para una revisión trimestral', '¿Cuál es el sueldo medio de un data engineer en {city}?', 'Explica Kubernetes a mi jefe no técnico en 5 frases.'],
  nl: ['Schrijf een korte mail aan het team: het weekoverleg gaat van dinsdag naar donderdag 10 uur.', 'geef me 10 ideeën voor een teamuitje in {city} in het voorjaar, niet te duur', 'Verbeter deze LinkedIn-post: "Trots dat ik mijn AWS-certificering heb gehaald!"', 'Excel: hoe doe ik een VERT.ZOEKEN die niet hoofdlettergevoelig is?', 'Schrijf een afwezigheidsmelding, terug op de {d}e.', 'Hoe richt ik een onboardingsessie van 30 minuten in voor een nieuwe collega?', 'herschrijf "stuur de slides asap" zodat het minder bot klinkt', 'Maak een agenda-sjabloon voor een kwartaalreview', 'Wat verdient een data engineer in {city} gemiddeld?', 'Leg Kubernetes uit aan mijn niet-technische manager in 5 zinnen.'],
}, (r, lang) => ({ city: V.city(r, lang), d: String(r.int(2, 28)) }));

/** Harmless pasted text of a workplace kind: a public policy excerpt, a generic process description, a team lunch poll. */
const harmlessPasteFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Office update: the kitchen on floor 3 will be cleaned on Friday, please take your stuff out of the fridge by Thursday evening. The coffee machine is fixed!', 'How to request holiday:\n1. Open the HR portal\n2. Click "Time off"\n3. Pick the dates and submit\n4. Your manager gets a notification\nQuestions? Ask in #ask-hr.', 'Team lunch poll for next Friday:\n- pizza\n- sushi\n- the Greek place\nVote by Wednesday!', 'Our privacy policy (public website): We collect only the data needed to provide the service. You can request deletion at any time via the contact form.'],
    de: ['Büro-Info: Die Küche im 3. OG wird am Freitag gereinigt, bitte den Kühlschrank bis Donnerstagabend leeren. Die Kaffeemaschine geht wieder!', 'So beantragst du Urlaub:\n1. HR-Portal öffnen\n2. „Abwesenheit" anklicken\n3. Zeitraum wählen und absenden\n4. Deine Führungskraft bekommt eine Benachrichtigung', 'Umfrage Teamessen nächsten Freitag:\n- Pizza\n- Sushi\n- der Grieche um die Ecke\nAbstimmen bis Mittwoch!', 'Unsere Datenschutzerklärung (öffentliche Website): Wir erheben nur die Daten, die für den Dienst nötig sind. Löschung kann jederzeit über das Kontaktformular beantragt werden.'],
    fr: ['Info bureau : la cuisine du 3e sera nettoyée vendredi, merci de vider le frigo d\'ici jeudi soir. La machine à café remarche !', 'Comment poser des congés :\n1. Ouvrir le portail RH\n2. Cliquer sur « Absences »\n3. Choisir les dates et valider\n4. Ton manager reçoit une notification', 'Sondage déjeuner d\'équipe vendredi prochain :\n- pizza\n- sushi\n- le grec d\'à côté\nVotez avant mercredi !', 'Notre politique de confidentialité (site public) : nous ne collectons que les données nécessaires au service. Vous pouvez demander leur suppression via le formulaire de contact.'],
    es: ['Aviso oficina: el viernes limpian la cocina de la 3.ª planta, vaciad la nevera antes del jueves por la tarde. ¡La cafetera ya funciona!', 'Cómo pedir vacaciones:\n1. Abre el portal de RR. HH.\n2. Pulsa "Ausencias"\n3. Elige las fechas y envía\n4. Tu responsable recibe un aviso', 'Encuesta comida de equipo el viernes:\n- pizza\n- sushi\n- el griego de la esquina\n¡Votad antes del miércoles!', 'Nuestra política de privacidad (web pública): solo recogemos los datos necesarios para prestar el servicio. Puedes pedir su borrado en el formulario de contacto.'],
    nl: ['Kantoorupdate: de keuken op de 3e verdieping wordt vrijdag schoongemaakt, haal je spullen uiterlijk donderdagavond uit de koelkast. De koffieautomaat doet het weer!', 'Zo vraag je verlof aan:\n1. Open het HR-portaal\n2. Klik op "Verlof"\n3. Kies de data en verstuur\n4. Je leidinggevende krijgt een melding', 'Poll teamlunch volgende vrijdag:\n- pizza\n- sushi\n- de Griek op de hoek\nStemmen vóór woensdag!', 'Onze privacyverklaring (openbare website): we verzamelen alleen gegevens die nodig zijn voor de dienst. Verwijdering kun je altijd aanvragen via het contactformulier.'],
  };
  return { body: pv(r, lang, t), labels: [], wrap: 'doc' };
};

/** Public or made-up-for-practice tables: exercise data, public statistics, a sports league. */
const harmlessTableFamily: Family = (r, lang) => {
  const kind = r.int(0, 2);
  if (kind === 0) {
    const head = { en: ['Country', 'Population (m)', 'Capital'], de: ['Land', 'Einwohner (Mio.)', 'Hauptstadt'], fr: ['Pays', 'Population (M)', 'Capitale'], es: ['País', 'Población (M)', 'Capital'], nl: ['Land', 'Inwoners (mln)', 'Hoofdstad'] }[lang];
    const rows = [['Germany', '84', 'Berlin'], ['France', '68', 'Paris'], ['Spain', '48', 'Madrid'], ['Netherlands', '18', 'Amsterdam'], ['Belgium', '12', 'Brussels']];
    return { body: table(r, lang, head, r.shuffle(rows).slice(0, 4)), labels: [], wrap: 'doc' };
  }
  if (kind === 1) {
    const head = { en: ['Task', 'Owner', 'Status'], de: ['Aufgabe', 'Verantwortlich', 'Status'], fr: ['Tâche', 'Responsable', 'Statut'], es: ['Tarea', 'Responsable', 'Estado'], nl: ['Taak', 'Eigenaar', 'Status'] }[lang];
    const tasks = { en: ['Book venue', 'Order t-shirts', 'Send invites', 'Plan games', 'Buy snacks'], de: ['Location buchen', 'T-Shirts bestellen', 'Einladungen senden', 'Spiele planen', 'Snacks kaufen'], fr: ['Réserver la salle', 'Commander les t-shirts', 'Envoyer les invitations', 'Prévoir les jeux', 'Acheter à grignoter'], es: ['Reservar sala', 'Pedir camisetas', 'Enviar invitaciones', 'Planear juegos', 'Comprar picoteo'], nl: ['Locatie boeken', 'T-shirts bestellen', 'Uitnodigingen sturen', 'Spellen plannen', 'Snacks kopen'] }[lang];
    const st = { en: ['done', 'open', 'in progress'], de: ['erledigt', 'offen', 'läuft'], fr: ['fait', 'à faire', 'en cours'], es: ['hecho', 'pendiente', 'en curso'], nl: ['klaar', 'open', 'bezig'] }[lang];
    const title = { en: 'Summer party planning', de: 'Planung Sommerfest', fr: 'Organisation fête d\'été', es: 'Organización fiesta de verano', nl: 'Planning zomerfeest' }[lang];
    return { body: `${title}\n${table(r, lang, head, r.shuffle(tasks).slice(0, 4).map((x) => [x, V.firstName(r, lang), r.pick(st)]))}`, labels: [], wrap: 'doc' };
  }
  const head = { en: ['Sprint', 'Story points', 'Bugs closed'], de: ['Sprint', 'Story Points', 'Bugs geschlossen'], fr: ['Sprint', 'Points', 'Bugs corrigés'], es: ['Sprint', 'Puntos', 'Bugs cerrados'], nl: ['Sprint', 'Storypoints', 'Bugs opgelost'] }[lang];
  const rows = Array.from({ length: 4 }, (_, i) => [`S${r.int(10, 40) + i}`, String(r.int(18, 60)), String(r.int(0, 15))]);
  return { body: table(r, lang, head, rows), labels: [], wrap: 'doc' };
};

/** Generic, non-sensitive meeting note: a public event or a plain process meeting. */
const harmlessNotesFamily: Family = (r, lang) => {
  const t: L5<readonly string[]> = {
    en: ['Notes from the webinar "Intro to data visualisation":\n- use colour sparingly\n- start the y-axis at zero for bar charts\n- label directly instead of legends\n- tools mentioned: Datawrapper, Flourish', 'Book club notes: we read "The Phoenix Project". Main takeaways: limit work in progress, make work visible, fix the bottleneck first. Next month: "Team Topologies".'],
    de: ['Notizen zum Webinar „Einführung Datenvisualisierung":\n- Farben sparsam einsetzen\n- Balkendiagramme bei null beginnen\n- direkt beschriften statt Legende\n- Tools: Datawrapper, Flourish', 'Buchclub: Wir haben „The Phoenix Project" gelesen. Erkenntnisse: WIP begrenzen, Arbeit sichtbar machen, Engpass zuerst. Nächsten Monat: „Team Topologies".'],
    fr: ['Notes du webinaire « Introduction à la dataviz » :\n- utiliser peu de couleurs\n- axe des ordonnées à zéro pour les barres\n- étiqueter directement plutôt qu\'une légende\n- outils : Datawrapper, Flourish', 'Club lecture : on a lu « The Phoenix Project ». À retenir : limiter le travail en cours, rendre le travail visible, traiter le goulot d\'abord.'],
    es: ['Notas del webinar "Introducción a la visualización de datos":\n- usar pocos colores\n- eje Y desde cero en gráficos de barras\n- etiquetar directamente en vez de leyenda\n- herramientas: Datawrapper, Flourish', 'Club de lectura: leímos "The Phoenix Project". Ideas clave: limitar el trabajo en curso, hacer visible el trabajo, atacar primero el cuello de botella.'],
    nl: ['Aantekeningen webinar "Introductie datavisualisatie":\n- kleur spaarzaam gebruiken\n- y-as bij staafdiagrammen op nul\n- direct labelen in plaats van een legenda\n- tools: Datawrapper, Flourish', 'Leesclub: we lazen "The Phoenix Project". Lessen: beperk onderhanden werk, maak werk zichtbaar, los eerst de bottleneck op.'],
  };
  return { body: pv(r, lang, t), labels: [], wrap: 'doc' };
};

/** An ordinary, harmless e-mail pasted with its header (the header is no signal either way). */
const harmlessMailFamily: Family = (r, lang) => {
  const t: L5<readonly [string, string][]> = {
    en: [['Friday lunch', '{greet}\n\nwe\'re doing team lunch on Friday at 12:30 at the Italian place near the station. Let me know by Wednesday if you\'re in, and any dietary needs.\n\n{sign}'], ['Room booking', '{greet}\n\nthe big meeting room is booked for the training on Monday 9–12. Please bring your laptop and charger.\n\n{sign}']],
    de: [['Mittagessen Freitag', '{greet}\n\nam Freitag gehen wir um 12:30 zum Italiener am Bahnhof. Sagt bis Mittwoch Bescheid, ob ihr dabei seid und ob ihr etwas nicht essen könnt.\n\n{sign}'], ['Raumbuchung', '{greet}\n\nder große Besprechungsraum ist für die Schulung am Montag von 9 bis 12 Uhr gebucht. Bitte Laptop und Ladekabel mitbringen.\n\n{sign}']],
    fr: [['Déjeuner vendredi', '{greet}\n\nvendredi on déjeune ensemble à 12h30 chez l\'italien près de la gare. Dites-moi avant mercredi si vous venez et si vous avez des restrictions alimentaires.\n\n{sign}'], ['Réservation salle', '{greet}\n\nla grande salle est réservée pour la formation lundi de 9h à 12h. Pensez à apporter votre ordinateur et le chargeur.\n\n{sign}']],
    es: [['Comida del viernes', '{greet}\n\nel viernes comemos juntos a las 12:30 en el italiano de la estación. Decidme antes del miércoles si venís y si tenéis alguna alergia.\n\n{sign}'], ['Reserva de sala', '{greet}\n\nla sala grande está reservada para la formación del lunes de 9 a 12. Traed el portátil y el cargador.\n\n{sign}']],
    nl: [['Lunch vrijdag', '{greet}\n\nvrijdag gaan we om 12:30 lunchen bij de Italiaan bij het station. Laat voor woensdag weten of je meegaat en of je dieetwensen hebt.\n\n{sign}'], ['Zaalreservering', '{greet}\n\nde grote vergaderzaal is maandag van 9 tot 12 geboekt voor de training. Neem je laptop en oplader mee.\n\n{sign}']],
  };
  const [subject, text] = pv(r, lang, t);
  const body = fill(text, { greet: greet(r, lang), sign: sign(r, lang) });
  return { body: r.chance(0.6) ? `${mailHeader(r, lang, V.personName(r, lang), V.personName(r, lang), subject)}\n\n${body}` : body, labels: [], wrap: 'doc' };
};

const howToCode = whole({
  en: ['How do I read a CSV file in pandas when the separator is a semicolon?', 'What\'s the difference between let and const in JavaScript?', 'Which is better for a small REST API, FastAPI or Flask?', 'explain what a SQL LEFT JOIN does with an example of two small tables', 'how do goroutines differ from threads'],
  de: ['Wie lese ich eine CSV mit Semikolon als Trenner in pandas ein?', 'Was ist der Unterschied zwischen let und const in JavaScript?', 'FastAPI oder Flask für eine kleine REST-API?', 'erklär einen SQL LEFT JOIN an einem Beispiel mit zwei kleinen Tabellen'],
  fr: ['Comment lire un CSV avec point-virgule comme séparateur dans pandas ?', 'Quelle différence entre let et const en JavaScript ?', 'FastAPI ou Flask pour une petite API REST ?', 'explique un LEFT JOIN SQL avec un exemple de deux petites tables'],
  es: ['¿Cómo leo un CSV separado por punto y coma con pandas?', '¿Qué diferencia hay entre let y const en JavaScript?', '¿FastAPI o Flask para una API REST pequeña?', 'explica un LEFT JOIN de SQL con un ejemplo de dos tablas pequeñas'],
  nl: ['Hoe lees ik een CSV met puntkomma als scheidingsteken in pandas?', 'Wat is het verschil tussen let en const in JavaScript?', 'FastAPI of Flask voor een kleine REST-API?', 'leg een SQL LEFT JOIN uit met een voorbeeld van twee kleine tabellen'],
});

// ---------------------------------------------------------------------------------------------------------------
// Assembly

const OPENER: L5<readonly string[]> = {
  en: ['hey, ', 'quick question: ', 'Hi! ', 'ok so ', 'Morning – ', 'sorry to bother, '],
  de: ['hey, ', 'kurze Frage: ', 'Hallo! ', 'also ', 'Moin, ', 'sorry, nochmal: '],
  fr: ['salut, ', 'petite question : ', 'Bonjour ! ', 'alors ', 'hello, ', 'désolé de déranger, '],
  es: ['hola, ', 'una pregunta: ', '¡Buenas! ', 'a ver, ', 'oye, ', 'perdona, '],
  nl: ['hoi, ', 'snelle vraag: ', 'Hallo! ', 'oké dus ', 'goedemorgen, ', 'sorry dat ik stoor, '],
};
const CLOSER: L5<readonly string[]> = {
  en: [' thanks!', ' thx', ' 🙏', ' (urgent pls)', ' Thank you.'],
  de: [' danke!', ' thx', ' 🙏', ' (eilt!)', ' Vielen Dank.'],
  fr: [' merci !', ' merci d\'avance', ' 🙏', ' (urgent stp)', ' Merci beaucoup.'],
  es: [' ¡gracias!', ' gracias', ' 🙏', ' (urgente porfa)', ' Muchas gracias.'],
  nl: [' dankje!', ' thx', ' 🙏', ' (spoed aub)', ' Alvast bedankt.'],
};

/** Casual openers, closers and typos for prompts written as a whole (positives and negatives alike). */
function decorate(r: Rng, lang: Lang, text: string): string {
  let out = r.chance(0.35) ? roughen(r, text) : text;
  if (r.chance(0.4)) out = pv(r, lang, OPENER) + (r.chance(0.7) ? lowerFirst(out) : out);
  if (r.chance(0.3)) out += pv(r, lang, CLOSER);
  return out;
}

const PLAN: readonly (readonly [string, Family, number])[] = [
  // source_code
  ['code', codeFamily, 178], ['code-secret', codeSecretFamily, 12], ['code-compare', codeCompareFamily, 15],
  // financial
  ['fin-card', cardFamily, 18], ['fin-invoice', invoiceFamily, 22], ['fin-bank-change', bankChangeFamily, 16], ['fin-payroll', payrollFamily, 18],
  ['fin-salary-review', salaryReviewFamily, 14], ['fin-payslip', payslipFamily, 14], ['fin-statement', statementFamily, 18], ['fin-ledger', ledgerFamily, 18],
  ['fin-budget', budgetFamily, 20], ['fin-unreleased', unreleasedFamily, 16], ['fin-expense', expenseFamily, 14], ['fin-short-bank', shortBankFamily, 12],
  ['fin-cashflow', cashflowFamily, 12], ['fin-new-starter', newStarterFamily, 12],
  // confidential
  ['conf-minutes', minutesFamily, 24], ['conf-memo', memoFamily, 20], ['conf-contract', contractFamily, 18], ['conf-term-sheet', termSheetFamily, 12],
  ['conf-roadmap', roadmapFamily, 16], ['conf-incident', incidentFamily, 14], ['conf-audit', auditFamily, 14], ['conf-legal', legalAdviceFamily, 14],
  ['conf-embargo', embargoFamily, 12], ['conf-review', perfReviewFamily, 16], ['conf-prices', priceListFamily, 14], ['conf-decision', decisionChatFamily, 18],
  ['conf-strategy', strategyFamily, 12], ['conf-layoffs', layoffFamily, 10],
  // health
  ['health-soap', soapFamily, 24], ['health-lab', labFamily, 22], ['health-discharge', dischargeFamily, 14], ['health-sick-note', sickNoteFamily, 20],
  ['health-occupational', occHealthFamily, 14], ['health-own', ownConditionFamily, 20], ['health-radiology', radiologyFamily, 14], ['health-meds', medListFamily, 16],
  ['health-therapy', therapyFamily, 12], ['health-colleague', colleagueHealthChatFamily, 18], ['health-prescription', prescriptionFamily, 12], ['health-triage', triageFamily, 12],
  // benign and hard negatives
  ['neg-finance-homework', financeHomework, 45], ['neg-public-earnings', publicEarnings, 40], ['neg-exam-vignette', examVignette, 30],
  ['neg-consumer-health', consumerHealth, 40], ['neg-public-text', publicTextFamily, 40], ['neg-confidential-question', confidentialQuestion, 35],
  ['neg-config', configFamily, 50], ['neg-one-liner', oneLiner, 35], ['neg-trace', traceFamily, 45], ['neg-mail-merge', mailMerge, 25],
  ['neg-everyday', everyday, 95], ['neg-harmless-paste', harmlessPasteFamily, 35], ['neg-harmless-table', harmlessTableFamily, 25],
  ['neg-harmless-notes', harmlessNotesFamily, 20], ['neg-how-to-code', howToCode, 30], ['neg-mail', harmlessMailFamily, 30],
];

/** Languages in rotation: English a third, each other language about a sixth. */
const ROTATION: readonly Lang[] = ['en', 'de', 'fr', 'en', 'es', 'nl'];

const sortLabels = (labels: readonly Category[]): Category[] => CATEGORY_ORDER.filter((c) => labels.includes(c));

/** The evaluation set, in a fixed shuffled order, ids eval-1 … eval-N. */
export function buildEvalSet(seed = EVAL_SEED): EvalRow[] {
  const root = new Rng(seed);
  const seen = new Set<string>();
  const rows: Omit<EvalRow, 'id'>[] = [];
  PLAN.forEach(([, family, count], f) => {
    const r = root.fork();
    for (let i = 0; i < count; i++) {
      const lang = ROTATION[(i + f) % ROTATION.length]!;
      for (let attempt = 0; attempt < 30; attempt++) {
        const piece = family(r, lang);
        const text = piece.wrap === 'none' ? decorate(r, lang, piece.body) : wrap(r, lang, piece);
        if (text.length < 40 || text.length > 1200 || seen.has(text)) continue;
        seen.add(text);
        rows.push({ text, labels: sortLabels(piece.labels), lang });
        break;
      }
    }
  });
  return root.shuffle(rows).map((row, i) => ({ id: `eval-${i + 1}`, ...row }));
}

export const serialize = (rows: readonly EvalRow[]): string =>
  rows.map((r) => JSON.stringify({ id: r.id, text: r.text, labels: r.labels, lang: r.lang })).join('\n') + '\n';

/** Counts per category (and 'benign' for []) × language. */
export function countTable(rows: readonly EvalRow[]): Record<string, Record<Lang | 'total', number>> {
  const out: Record<string, Record<Lang | 'total', number>> = {};
  const add = (key: string, lang: Lang): void => {
    out[key] ??= { en: 0, de: 0, fr: 0, es: 0, nl: 0, total: 0 };
    out[key]![lang]++;
    out[key]!.total++;
  };
  for (const row of rows) {
    if (!row.labels.length) add('benign', row.lang);
    for (const l of row.labels) add(l, row.lang);
    add('all', row.lang);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = buildEvalSet();
  writeFileSync(EVAL_PATH, serialize(rows));
  const counts = countTable(rows);
  console.log(`wrote ${rows.length} rows to ${EVAL_PATH}`);
  console.log('| category | en | de | fr | es | nl | total |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const key of [...CATEGORY_ORDER, 'benign', 'all']) {
    const c = counts[key];
    if (c) console.log(`| ${key} | ${c.en} | ${c.de} | ${c.fr} | ${c.es} | ${c.nl} | ${c.total} |`);
  }
}
