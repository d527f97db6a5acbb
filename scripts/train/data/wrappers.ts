/**
 * The request layer: makes a corpus chunk (or any pasted content) look like a chat prompt.
 *
 * Every function here is label-blind: the same requests, quoting styles, crops and flattening wrap positives and
 * negatives alike, so the request wording carries no signal about the label. Requests are written to fit any content
 * ("this", "the text", "it"), never "this code" or "this contract".
 */
import { CLASSIFIER_CATEGORIES, type ClassifierCategory, type Example, type Lang } from './types.ts';
import type { Rng } from './rng.ts';
import { firstName } from './values.ts';
import type { CorpusRow } from './corpus.ts';

// ---------------------------------------------------------------------------------------------------------------
// crop

/** A target length: most 100–600, some shorter, some up to max. */
function drawLength(rng: Rng, min: number, max: number): number {
  const r = rng.next();
  const [lo, hi] = r < 0.15 ? [min, 100] : r < 0.85 ? [100, 600] : [600, max];
  return Math.min(max, Math.max(min, rng.int(Math.min(lo, hi), Math.max(lo, hi))));
}

/**
 * A contiguous piece of `text` between min and max characters (the whole text when it is short enough for the drawn
 * length), starting and ending on line or sentence boundaries where possible, else on a word boundary.
 */
export function crop(rng: Rng, text: string, min = 40, max = 1200): string {
  const t = text.trim();
  if (t.length <= min) return t;
  // A text that already has paste length is often taken whole (a short note cut further would lose its point).
  if (t.length <= max && rng.chance(0.5)) return t;
  const target = drawLength(rng, min, max);
  if (t.length <= target * 1.3) return t;
  const starts: number[] = [0];
  const ends: number[] = [t.length];
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '\n') {
      starts.push(i + 1);
      ends.push(i);
    } else if ((ch === '.' || ch === '!' || ch === '?' || ch === ';') && t[i + 1] === ' ') {
      starts.push(i + 2);
      ends.push(i + 1);
    }
  }
  const fits = starts.filter((s) => s <= t.length - target);
  const start = fits.length ? rng.pick(fits) : 0;
  const want = start + target;
  let end = -1;
  let bestGap = Infinity;
  for (const e of ends) {
    if (e - start < min || e - start > max) continue;
    const gap = Math.abs(e - want);
    if (gap < bestGap) {
      bestGap = gap;
      end = e;
    }
  }
  // No boundary within reach, or the nearest one is far from the target: cut at a space near the target.
  if (end < 0 || bestGap > target * 0.5) {
    const space = t.lastIndexOf(' ', want);
    end = space - start >= min ? space : Math.min(t.length, want);
  }
  const piece = t.slice(start, end).trim();
  return piece.length >= min ? piece : t.slice(start, start + Math.max(target, min)).trim();
}

// ---------------------------------------------------------------------------------------------------------------
// flatten

/** With probability p, collapse whitespace as a paste into a single-line box does; otherwise the text unchanged. */
export function flatten(rng: Rng, text: string, p = 0.15): string {
  if (!rng.chance(p)) return text;
  const r = rng.next();
  if (r < 0.6) return text.replace(/\s+/g, ' ').trim();
  if (r < 0.85) return text.replace(/\s*\n\s*/g, ' ').trim();
  return text.replace(/\n[ \t]*\n+/g, '\n').replace(/\t/g, ' ');
}

// ---------------------------------------------------------------------------------------------------------------
// requests

/**
 * One request intent in each language. A string starting with '<' only goes before the content ("the following"),
 * one starting with '>' only after it ("above"); others go either side. {target} is a language name, {name} a
 * first name, {n} a small number.
 */
type Intent = Record<Lang, readonly string[]>;

const INTENTS: readonly Intent[] = [
  {
    en: ['Summarise this.', 'Can you summarize this for me?', '<Summarise the following:'],
    de: ['Fasse das zusammen.', 'Kannst du mir das kurz zusammenfassen?', '<Fasse bitte Folgendes zusammen:'],
    fr: ['Résume ça.', 'Tu peux me faire un résumé ?', '<Résume le texte suivant :'],
    es: ['Resume esto.', '¿Me puedes hacer un resumen?', '<Resume lo siguiente:'],
    nl: ['Vat dit samen.', 'Kun je dit voor me samenvatten?', '<Vat het volgende samen:'],
  },
  {
    en: ['Summarise this in {n} sentences.', 'Give me a {n}-line summary.'],
    de: ['Fasse das in {n} Sätzen zusammen.', 'Bitte eine Zusammenfassung in {n} Zeilen.'],
    fr: ['Résume en {n} phrases.', 'Fais-moi un résumé en {n} lignes.'],
    es: ['Resúmelo en {n} frases.', 'Hazme un resumen de {n} líneas.'],
    nl: ['Vat het samen in {n} zinnen.', 'Geef me een samenvatting van {n} regels.'],
  },
  {
    en: ['tl;dr?', 'TL;DR please'],
    de: ['tl;dr?', 'Kurzfassung bitte'],
    fr: ['tl;dr ?', 'En bref ?'],
    es: ['¿tl;dr?', 'En resumen, ¿qué dice?'],
    nl: ['tl;dr?', 'Kort samengevat?'],
  },
  {
    en: ['Translate this into {target}.', 'Can you translate it to {target}?', '<Translate to {target}:'],
    de: ['Übersetze das auf {target}.', 'Kannst du das ins {target}e übersetzen?', '<Bitte auf {target} übersetzen:'],
    fr: ['Traduis ça en {target}.', 'Tu peux traduire en {target} ?', '<Traduction en {target} svp :'],
    es: ['Tradúcelo al {target}.', '¿Puedes traducir esto al {target}?', '<Traduce al {target}:'],
    nl: ['Vertaal dit naar het {target}.', 'Kun je dit in het {target} vertalen?', '<Vertaal naar het {target}:'],
  },
  {
    en: ['Translate into {target} but keep the formatting exactly as it is.'],
    de: ['Übersetze das auf {target}, aber lass die Formatierung genau so.'],
    fr: ['Traduis en {target} en gardant exactement la mise en forme.'],
    es: ['Traduce al {target} manteniendo el formato tal cual.'],
    nl: ['Vertaal naar het {target} maar laat de opmaak precies zo.'],
  },
  {
    en: ['Draft a reply to this.', 'How should I reply to this?', 'Write a response to this for me.'],
    de: ['Schreib mir eine Antwort darauf.', 'Wie soll ich darauf antworten?', 'Entwirf eine Antwort darauf.'],
    fr: ['Rédige une réponse à ça.', 'Comment je réponds à ça ?', 'Écris-moi une réponse.'],
    es: ['Redacta una respuesta a esto.', '¿Cómo respondo a esto?', 'Escríbeme una respuesta.'],
    nl: ['Schrijf een antwoord hierop.', 'Hoe moet ik hierop reageren?', 'Maak een conceptantwoord hierop.'],
  },
  {
    en: ['Draft a short reply to {name}: we need until Friday to look at it.'],
    de: ['Kurze Antwort an {name}: wir brauchen bis Freitag, um uns das anzusehen.'],
    fr: ['Réponse courte à {name} : il nous faut jusqu\'à vendredi pour regarder.'],
    es: ['Respuesta corta a {name}: necesitamos hasta el viernes para revisarlo.'],
    nl: ['Kort antwoord aan {name}: we hebben tot vrijdag nodig om ernaar te kijken.'],
  },
  {
    en: ['Rewrite this more politely.', 'Can you make this sound less harsh?'],
    de: ['Formuliere das höflicher.', 'Kannst du das freundlicher formulieren?'],
    fr: ['Reformule ça plus poliment.', 'Tu peux rendre ça moins sec ?'],
    es: ['Reescríbelo de forma más educada.', '¿Puedes hacer que suene menos brusco?'],
    nl: ['Herschrijf dit wat beleefder.', 'Kun je dit minder bot laten klinken?'],
  },
  {
    en: ['Make this more formal.', 'Rewrite it in a professional tone.'],
    de: ['Mach das formeller.', 'Bitte in einem professionellen Ton umschreiben.'],
    fr: ['Rends ça plus formel.', 'Réécris sur un ton professionnel.'],
    es: ['Hazlo más formal.', 'Reescríbelo con un tono profesional.'],
    nl: ['Maak dit formeler.', 'Herschrijf het in een zakelijke toon.'],
  },
  {
    en: ['Shorten this.', 'Make it shorter, half the length.', 'Cut this down please.'],
    de: ['Kürze das.', 'Mach es kürzer, halbe Länge.', 'Bitte kürzen.'],
    fr: ['Raccourcis ça.', 'Fais plus court, moitié moins long.', 'Tu peux condenser ?'],
    es: ['Acórtalo.', 'Hazlo más corto, la mitad.', '¿Puedes condensarlo?'],
    nl: ['Maak dit korter.', 'Halveer de lengte.', 'Inkorten graag.'],
  },
  {
    en: ['Explain what this means.', 'What does this actually say?', 'Can you explain this to me?'],
    de: ['Erklär mir, was das bedeutet.', 'Was steht da eigentlich?', 'Kannst du mir das erklären?'],
    fr: ['Explique-moi ce que ça veut dire.', 'Ça dit quoi exactement ?', 'Tu peux m\'expliquer ça ?'],
    es: ['Explícame qué significa esto.', '¿Qué dice esto exactamente?', '¿Me lo puedes explicar?'],
    nl: ['Leg uit wat dit betekent.', 'Wat staat hier eigenlijk?', 'Kun je me dit uitleggen?'],
  },
  {
    en: ['Explain this like I am not an expert.', 'Explain it in plain words for someone outside the team.'],
    de: ['Erklär das für Laien.', 'Erklär es in einfachen Worten für jemanden außerhalb des Teams.'],
    fr: ['Explique ça pour un non-spécialiste.', 'Explique simplement, pour quelqu\'un hors de l\'équipe.'],
    es: ['Explícalo para alguien que no es experto.', 'Explícalo con palabras sencillas para alguien de fuera del equipo.'],
    nl: ['Leg dit uit voor een leek.', 'Leg het in simpele woorden uit voor iemand buiten het team.'],
  },
  {
    en: ['Find the errors in this.', 'Are there any mistakes here?', 'Spot anything wrong?'],
    de: ['Finde die Fehler darin.', 'Sind da Fehler drin?', 'Siehst du was Falsches?'],
    fr: ['Trouve les erreurs.', 'Il y a des erreurs là-dedans ?', 'Tu vois un problème ?'],
    es: ['Encuentra los errores.', '¿Hay algún error aquí?', '¿Ves algo mal?'],
    nl: ['Zoek de fouten hierin.', 'Staan hier fouten in?', 'Zie je iets wat niet klopt?'],
  },
  {
    en: ['Proofread this.', 'Check spelling and grammar.'],
    de: ['Bitte Korrektur lesen.', 'Prüf Rechtschreibung und Grammatik.'],
    fr: ['Relis et corrige.', 'Vérifie l\'orthographe et la grammaire.'],
    es: ['Revísalo y corrígelo.', 'Revisa ortografía y gramática.'],
    nl: ['Lees dit even na.', 'Check spelling en grammatica.'],
  },
  {
    en: ['Turn this into bullet points.', 'Bullet points please.'],
    de: ['Mach Stichpunkte daraus.', 'Als Aufzählung bitte.'],
    fr: ['Transforme ça en liste à puces.', 'En points, stp.'],
    es: ['Pásalo a viñetas.', 'En puntos, por favor.'],
    nl: ['Zet dit om in bullets.', 'Opsommingstekens graag.'],
  },
  {
    en: ['Extract the action items.', 'What are the to-dos from this?', 'List the next steps in here.'],
    de: ['Zieh die Action Items raus.', 'Was sind die To-dos daraus?', 'Liste die nächsten Schritte auf.'],
    fr: ['Extrais les actions à faire.', 'Quelles sont les prochaines étapes ?', 'Liste les to-do.'],
    es: ['Saca las tareas pendientes.', '¿Cuáles son los próximos pasos?', 'Haz una lista de acciones.'],
    nl: ['Haal de actiepunten eruit.', 'Wat zijn de to-do\'s hieruit?', 'Zet de vervolgstappen op een rij.'],
  },
  {
    en: ['Fix this.', 'Can you fix it?', 'This is broken somewhere, fix it pls'],
    de: ['Korrigier das.', 'Kannst du das reparieren?', 'Irgendwo ist da ein Fehler, bitte fixen'],
    fr: ['Corrige ça.', 'Tu peux corriger ?', 'Il y a un souci quelque part, corrige stp'],
    es: ['Arréglalo.', '¿Puedes corregirlo?', 'Algo falla aquí, arréglalo porfa'],
    nl: ['Fix dit.', 'Kun je het repareren?', 'Ergens zit een fout, graag fixen'],
  },
  {
    en: ['Review this and give me feedback.', 'Please review.', 'Give me honest feedback on this.'],
    de: ['Schau drüber und gib mir Feedback.', 'Bitte reviewen.', 'Ehrliches Feedback dazu?'],
    fr: ['Relis et donne-moi ton avis.', 'Une relecture stp.', 'Ton avis honnête là-dessus ?'],
    es: ['Revísalo y dame tu opinión.', 'Revísalo, por favor.', 'Dame feedback sincero sobre esto.'],
    nl: ['Review dit en geef feedback.', 'Graag een review.', 'Eerlijke feedback hierop?'],
  },
  {
    en: ['Make a table of this.', 'Put this into a table.', 'Can you turn it into a table with columns?'],
    de: ['Mach eine Tabelle daraus.', 'Bitte in eine Tabelle packen.', 'Kannst du das als Tabelle mit Spalten darstellen?'],
    fr: ['Fais un tableau avec ça.', 'Mets ça dans un tableau.', 'Tu peux en faire un tableau avec des colonnes ?'],
    es: ['Haz una tabla con esto.', 'Ponlo en una tabla.', '¿Lo puedes pasar a una tabla con columnas?'],
    nl: ['Maak hier een tabel van.', 'Zet dit in een tabel.', 'Kun je er een tabel met kolommen van maken?'],
  },
  {
    en: ['What do you think of this?', 'Thoughts?', 'Is this OK?'],
    de: ['Was hältst du davon?', 'Meinung?', 'Passt das so?'],
    fr: ['Tu en penses quoi ?', 'Des remarques ?', 'Ça te va comme ça ?'],
    es: ['¿Qué te parece?', '¿Opiniones?', '¿Está bien así?'],
    nl: ['Wat vind je hiervan?', 'Gedachten?', 'Is dit zo oké?'],
  },
  {
    en: ['What are the key points?', 'Pull out the main points.'],
    de: ['Was sind die Kernpunkte?', 'Nenn mir die wichtigsten Punkte.'],
    fr: ['Quels sont les points clés ?', 'Donne-moi les points principaux.'],
    es: ['¿Cuáles son los puntos clave?', 'Sácame los puntos principales.'],
    nl: ['Wat zijn de kernpunten?', 'Haal de belangrijkste punten eruit.'],
  },
  {
    en: ['What is missing here?', 'Anything important left out?'],
    de: ['Was fehlt hier?', 'Fehlt da was Wichtiges?'],
    fr: ['Qu\'est-ce qui manque ?', 'Il manque quelque chose d\'important ?'],
    es: ['¿Qué falta aquí?', '¿Falta algo importante?'],
    nl: ['Wat ontbreekt hier?', 'Mist er iets belangrijks?'],
  },
  {
    en: ['Simplify this.', 'Make it simpler and clearer.'],
    de: ['Vereinfache das.', 'Mach es einfacher und klarer.'],
    fr: ['Simplifie ça.', 'Rends ça plus simple et plus clair.'],
    es: ['Simplifícalo.', 'Hazlo más simple y claro.'],
    nl: ['Vereenvoudig dit.', 'Maak het eenvoudiger en duidelijker.'],
  },
  {
    en: ['Improve the wording.', 'Can you polish this a bit?'],
    de: ['Verbessere die Formulierungen.', 'Kannst du das etwas aufpolieren?'],
    fr: ['Améliore la formulation.', 'Tu peux peaufiner un peu ?'],
    es: ['Mejora la redacción.', '¿Puedes pulirlo un poco?'],
    nl: ['Verbeter de formulering.', 'Kun je dit wat oppoetsen?'],
  },
  {
    en: ['Check this for consistency.', 'Is this consistent throughout?'],
    de: ['Prüf das auf Konsistenz.', 'Ist das durchgehend stimmig?'],
    fr: ['Vérifie la cohérence.', 'C\'est cohérent du début à la fin ?'],
    es: ['Revisa la coherencia.', '¿Es coherente de principio a fin?'],
    nl: ['Check dit op consistentie.', 'Is dit overal consistent?'],
  },
  {
    en: ['Write a short cover note so I can forward this to {name}.'],
    de: ['Schreib eine kurze Begleitnachricht, damit ich das an {name} weiterleiten kann.'],
    fr: ['Écris un petit mot d\'accompagnement pour transférer ça à {name}.'],
    es: ['Escribe una nota breve para reenviarle esto a {name}.'],
    nl: ['Schrijf een kort begeleidend berichtje zodat ik dit naar {name} kan doorsturen.'],
  },
  {
    en: ['Convert this to Markdown.', 'Format this as Markdown.'],
    de: ['Wandle das in Markdown um.', 'Formatier das als Markdown.'],
    fr: ['Convertis ça en Markdown.', 'Mets ça en forme en Markdown.'],
    es: ['Conviértelo a Markdown.', 'Dale formato Markdown.'],
    nl: ['Zet dit om naar Markdown.', 'Formatteer dit als Markdown.'],
  },
  {
    en: ['Give me {n} questions I should ask about this.'],
    de: ['Nenn mir {n} Fragen, die ich dazu stellen sollte.'],
    fr: ['Donne-moi {n} questions à poser là-dessus.'],
    es: ['Dame {n} preguntas que debería hacer sobre esto.'],
    nl: ['Geef me {n} vragen die ik hierover moet stellen.'],
  },
  {
    en: ['Is anything off here?', 'Does anything look suspicious to you?'],
    de: ['Ist hier irgendwas komisch?', 'Kommt dir da was verdächtig vor?'],
    fr: ['Quelque chose cloche ?', 'Tu vois quelque chose de suspect ?'],
    es: ['¿Hay algo raro aquí?', '¿Ves algo sospechoso?'],
    nl: ['Klopt hier iets niet?', 'Zie je iets verdachts?'],
  },
  {
    en: ['Turn this into {n} bullets for a slide.', 'Make one slide out of this.'],
    de: ['Mach daraus {n} Bullets für eine Folie.', 'Mach eine Folie daraus.'],
    fr: ['Fais-en {n} puces pour une slide.', 'Fais une diapo avec ça.'],
    es: ['Conviértelo en {n} viñetas para una diapositiva.', 'Haz una diapositiva con esto.'],
    nl: ['Maak er {n} bullets voor een slide van.', 'Maak hier één slide van.'],
  },
  {
    en: ['Turn this into an email to {name}.', 'Write an email to {name} based on this.'],
    de: ['Mach eine E-Mail an {name} daraus.', 'Schreib auf dieser Basis eine Mail an {name}.'],
    fr: ['Fais-en un e-mail pour {name}.', 'Écris un mail à {name} à partir de ça.'],
    es: ['Conviértelo en un correo para {name}.', 'Escribe un email a {name} a partir de esto.'],
    nl: ['Maak hier een mail aan {name} van.', 'Schrijf op basis hiervan een e-mail aan {name}.'],
  },
  {
    en: ['Rephrase this in plain language.'],
    de: ['Formulier das in einfacher Sprache.'],
    fr: ['Reformule en langage courant.'],
    es: ['Reformúlalo en lenguaje sencillo.'],
    nl: ['Herformuleer dit in gewone taal.'],
  },
  {
    en: ['Clean this up.', 'Can you tidy this up and format it properly?'],
    de: ['Räum das mal auf.', 'Kannst du das ordentlich formatieren?'],
    fr: ['Nettoie-moi ça.', 'Tu peux remettre ça au propre ?'],
    es: ['Ordena esto.', '¿Puedes limpiarlo y darle un formato decente?'],
    nl: ['Ruim dit even op.', 'Kun je dit netjes opmaken?'],
  },
  {
    en: ['What are the risks here?', 'Any red flags?'],
    de: ['Welche Risiken siehst du hier?', 'Irgendwelche Warnsignale?'],
    fr: ['Quels sont les risques ?', 'Des signaux d\'alerte ?'],
    es: ['¿Qué riesgos ves aquí?', '¿Alguna señal de alarma?'],
    nl: ['Wat zijn hier de risico\'s?', 'Rode vlaggen?'],
  },
  {
    en: ['Structure this better.', 'Organise this into sections with headings.'],
    de: ['Strukturier das besser.', 'Gliedere das in Abschnitte mit Überschriften.'],
    fr: ['Structure mieux ça.', 'Organise en sections avec des titres.'],
    es: ['Estructúralo mejor.', 'Organízalo en secciones con títulos.'],
    nl: ['Structureer dit beter.', 'Deel dit in secties met kopjes in.'],
  },
  {
    en: ['Suggest a title for this.', 'Write a subject line for this.'],
    de: ['Schlag einen Titel dafür vor.', 'Schreib eine Betreffzeile dafür.'],
    fr: ['Propose un titre.', 'Écris un objet de mail pour ça.'],
    es: ['Sugiere un título.', 'Escribe un asunto para esto.'],
    nl: ['Stel een titel voor.', 'Schrijf hier een onderwerpregel voor.'],
  },
  {
    en: ['Help me understand this.', 'I don\'t get this, help?'],
    de: ['Hilf mir, das zu verstehen.', 'Ich versteh das nicht, Hilfe?'],
    fr: ['Aide-moi à comprendre.', 'Je comprends pas, tu m\'aides ?'],
    es: ['Ayúdame a entender esto.', 'No lo entiendo, ¿me ayudas?'],
    nl: ['Help me dit te begrijpen.', 'Ik snap dit niet, help?'],
  },
  {
    en: ['What should I do next with this?', 'What would you do with this?'],
    de: ['Was soll ich jetzt damit machen?', 'Was würdest du damit machen?'],
    fr: ['Je fais quoi maintenant avec ça ?', 'Tu ferais quoi avec ça ?'],
    es: ['¿Qué hago ahora con esto?', '¿Qué harías tú con esto?'],
    nl: ['Wat moet ik hier nu mee?', 'Wat zou jij hiermee doen?'],
  },
  {
    en: ['Pull out the important details.', 'List the names, numbers and dates in this.'],
    de: ['Zieh die wichtigen Details raus.', 'Liste Namen, Zahlen und Daten daraus auf.'],
    fr: ['Sors les détails importants.', 'Liste les noms, chiffres et dates.'],
    es: ['Saca los detalles importantes.', 'Lista los nombres, cifras y fechas.'],
    nl: ['Haal de belangrijke details eruit.', 'Zet de namen, getallen en datums op een rij.'],
  },
  {
    en: ['{name} is new on the team, rewrite this so they can follow it.'],
    de: ['{name} ist neu im Team, schreib das so um, dass es verständlich ist.'],
    fr: ['{name} est nouveau dans l\'équipe, réécris pour qu\'il puisse suivre.'],
    es: ['{name} es nuevo en el equipo, reescríbelo para que lo entienda.'],
    nl: ['{name} is nieuw in het team, herschrijf dit zodat die het kan volgen.'],
  },
  {
    en: ['Add short notes where something is unclear.'],
    de: ['Füg kurze Anmerkungen ein, wo etwas unklar ist.'],
    fr: ['Ajoute des petites notes là où c\'est pas clair.'],
    es: ['Añade notas breves donde algo no esté claro.'],
    nl: ['Zet korte opmerkingen waar iets onduidelijk is.'],
  },
  {
    en: ['Does this make sense?', 'Does this hold together?'],
    de: ['Ergibt das Sinn?', 'Ist das schlüssig?'],
    fr: ['Ça a du sens ?', 'C\'est logique ?'],
    es: ['¿Tiene sentido?', '¿Esto se sostiene?'],
    nl: ['Slaat dit ergens op?', 'Klopt dit zo?'],
  },
  {
    en: ['Can you double-check this before I send it?', 'Quick sanity check before this goes out?'],
    de: ['Kannst du das checken, bevor ich es rausschicke?', 'Kurzer Check, bevor das rausgeht?'],
    fr: ['Tu peux vérifier avant que je l\'envoie ?', 'Petite vérif avant envoi ?'],
    es: ['¿Lo revisas antes de que lo envíe?', '¿Un repaso rápido antes de enviarlo?'],
    nl: ['Kun je dit checken voordat ik het verstuur?', 'Even snel checken voor het eruit gaat?'],
  },
  {
    en: ['Give me a one-line summary I can post in Slack.', 'One sentence for the team chat, please.'],
    de: ['Gib mir eine Zeile für Slack.', 'Ein Satz für den Teamchat, bitte.'],
    fr: ['Un résumé d\'une ligne pour Slack.', 'Une phrase pour le chat de l\'équipe stp.'],
    es: ['Dame un resumen de una línea para Slack.', 'Una frase para el chat del equipo, porfa.'],
    nl: ['Geef me één regel voor Slack.', 'Eén zin voor de teamchat graag.'],
  },
  {
    en: ['Translate and summarise in {target}.'],
    de: ['Übersetze und fasse auf {target} zusammen.'],
    fr: ['Traduis et résume en {target}.'],
    es: ['Traduce y resume en {target}.'],
    nl: ['Vertaal en vat samen in het {target}.'],
  },
  {
    en: ['>Rewrite the above so it reads better.', '>See above. Can you help?'],
    de: ['>Schreib das oben besser lesbar um.', '>Siehe oben. Kannst du helfen?'],
    fr: ['>Réécris le texte ci-dessus pour qu\'il se lise mieux.', '>Voir ci-dessus. Tu peux aider ?'],
    es: ['>Reescribe lo de arriba para que se lea mejor.', '>Ver arriba. ¿Me ayudas?'],
    nl: ['>Herschrijf het bovenstaande zodat het beter leest.', '>Zie hierboven. Kun je helpen?'],
  },
  {
    en: ['<Can you help me with the following?', '<I need help with this one:'],
    de: ['<Kannst du mir hierbei helfen?', '<Brauche Hilfe hiermit:'],
    fr: ['<Tu peux m\'aider avec ça ?', '<J\'ai besoin d\'aide avec ceci :'],
    es: ['<¿Me ayudas con lo siguiente?', '<Necesito ayuda con esto:'],
    nl: ['<Kun je me hiermee helpen?', '<Ik heb hulp nodig met het volgende:'],
  },
  {
    en: ['Make this sound more confident.', 'Make it more persuasive.'],
    de: ['Lass das selbstbewusster klingen.', 'Mach es überzeugender.'],
    fr: ['Rends ça plus assuré.', 'Rends-le plus convaincant.'],
    es: ['Haz que suene más seguro.', 'Hazlo más convincente.'],
    nl: ['Laat dit zelfverzekerder klinken.', 'Maak het overtuigender.'],
  },
];

/** Language names as the request language writes them after its "translate into" phrasing. */
const TARGETS: Record<Lang, readonly string[]> = {
  en: ['German', 'French', 'Spanish', 'Dutch', 'English', 'Italian', 'Polish'],
  de: ['Englisch', 'Französisch', 'Spanisch', 'Niederländisch', 'Deutsch'],
  fr: ['anglais', 'allemand', 'espagnol', 'néerlandais', 'français'],
  es: ['inglés', 'alemán', 'francés', 'neerlandés', 'español'],
  nl: ['Engels', 'Duits', 'Frans', 'Spaans', 'Nederlands'],
};
const GREETINGS: Record<Lang, readonly string[]> = {
  en: ['Hi,', 'Hey,', 'Hello,', 'hi!', 'Morning,'],
  de: ['Hallo,', 'Hi,', 'Moin,', 'Servus,', 'Hey,'],
  fr: ['Bonjour,', 'Salut,', 'Coucou,', 'Hello,'],
  es: ['Hola,', 'Buenas,', '¡Hola!', 'Hey,'],
  nl: ['Hoi,', 'Hallo,', 'Hey,', 'Goedemorgen,'],
};
const THANKS: Record<Lang, readonly string[]> = {
  en: ['Thanks!', 'thx', 'Thank you.', 'ty', 'Cheers.'],
  de: ['Danke!', 'Danke dir.', 'thx', 'Vielen Dank.', 'Merci!'],
  fr: ['Merci !', 'Merci d\'avance.', 'merci', 'Merci beaucoup.'],
  es: ['¡Gracias!', 'Gracias de antemano.', 'gracias', 'Mil gracias.'],
  nl: ['Dank je!', 'Alvast bedankt.', 'thx', 'Bedankt!', 'Dankjewel.'],
};
/** "Here is ...:" lines that introduce the content. */
const INTROS: Record<Lang, readonly string[]> = {
  en: ['Here is the text:', 'Here it is:', "Here's what I have:", 'See below:', 'Text:', 'Pasting it below.', 'This is what I got:', 'Input:'],
  de: ['Hier der Text:', 'Hier ist es:', 'Siehe unten:', 'Text:', 'Das hier:', 'Folgendes:', 'Hier, was ich habe:', 'Ich kopier es unten rein.'],
  fr: ['Voici le texte :', 'Voilà :', 'Ci-dessous :', 'Texte :', 'Voici ce que j\'ai :', 'Le voici :', 'Je colle ça en dessous.'],
  es: ['Aquí está el texto:', 'Aquí va:', 'Abajo:', 'Texto:', 'Esto es lo que tengo:', 'Te lo pego aquí:', 'Lo pego debajo.'],
  nl: ['Hier is de tekst:', 'Hier:', 'Zie hieronder:', 'Tekst:', 'Dit is wat ik heb:', 'Ik plak het hieronder:', 'Zie onder.'],
};
/** English fillers that non-English writers mix in. */
const EN_FILLERS = ['Quick question:', 'FYI', 'asap', 'pls', 'quick one:', 'urgent:', 'btw'];

/** The '<' templates: phrasings that lead into content, used before it when a second request follows. */
const LEADS = Object.fromEntries(
  (['en', 'de', 'fr', 'es', 'nl'] as const).map((l) => [l, INTENTS.flatMap((i) => i[l].filter((t) => t.startsWith('<')).map((t) => t.slice(1)))]),
) as Record<Lang, string[]>;

/** Number of request intents; every language has a phrasing for each (see the tests). */
export const REQUEST_INTENTS = INTENTS.length;

/** Every request template of a language, with its placeholders, e.g. for coverage checks. */
export function requestTemplates(lang: Lang): string[] {
  return INTENTS.flatMap((i) => i[lang].map((s) => s.replace(/^[<>]/, '')));
}

function fill(rng: Rng, template: string, lang: Lang): string {
  return template
    .replace(/\{target\}/g, () => rng.pick(TARGETS[lang]))
    .replace(/\{name\}/g, () => firstName(rng, lang))
    .replace(/\{n\}/g, () => String(rng.int(2, 5)));
}

/** Swap two adjacent letters in one longer word: a typo. */
function typo(rng: Rng, s: string): string {
  const words = [...s.matchAll(/\p{L}{5,}/gu)];
  if (!words.length) return s;
  const w = rng.pick(words);
  const i = (w.index ?? 0) + rng.int(1, w[0].length - 2);
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

/** Casual variation of a request: lower case, no final punctuation, greeting, thanks, a typo, an English filler. */
function casual(rng: Rng, s: string, lang: Lang): string {
  let out = s;
  if (rng.chance(0.2)) out = out.charAt(0).toLowerCase() + out.slice(1);
  if (rng.chance(0.2)) out = out.replace(/\s*[.!?:]+$/u, '');
  if (rng.chance(0.08)) out = typo(rng, out);
  if (rng.chance(0.1)) out = `${rng.pick(GREETINGS[lang])} ${out}`;
  if (rng.chance(0.1)) out = `${out} ${rng.pick(THANKS[lang])}`;
  if (lang !== 'en' && rng.chance(0.05)) out = rng.chance(0.5) ? `${rng.pick(EN_FILLERS)} ${out}` : `${out} ${rng.pick(EN_FILLERS)}`;
  return out;
}

/** A request for the given side of the content ('before' excludes the '>' templates, 'after' the '<' ones). */
function request(rng: Rng, lang: Lang, side: 'before' | 'after'): string {
  for (;;) {
    const t = rng.pick(rng.pick(INTENTS)[lang]);
    if ((side === 'before' && t.startsWith('>')) || (side === 'after' && t.startsWith('<'))) continue;
    return casual(rng, fill(rng, t.replace(/^[<>]/, ''), lang), lang);
  }
}

/** The content as pasted: plain, fenced, quoted with "> ", in triple quotes, or between separators. */
function quote(rng: Rng, content: string): string {
  const r = rng.next();
  if (r < 0.12) return `\`\`\`${rng.chance(0.2) ? 'text' : ''}\n${content}\n\`\`\``;
  if (r < 0.17) return content.split('\n').map((l) => `> ${l}`).join('\n');
  if (r < 0.22) return `"""\n${content}\n"""`;
  if (r < 0.26) return `---\n${content}\n---`;
  if (r < 0.28) return `<text>\n${content}\n</text>`;
  if (r < 0.32 && !content.includes('\n')) return `"${content}"`;
  return content;
}

const sep = (rng: Rng): string => rng.pick(['\n\n', '\n\n', '\n', '\n\n\n', ' ']);

/**
 * The content wrapped in a chat request in `lang`: a request before and/or after, sometimes a "Here is ...:" line,
 * sometimes nothing at all; the content sometimes fenced or quoted. Label-blind (see the file comment).
 */
export function wrap(rng: Rng, content: string, lang: Lang): string {
  const body = quote(rng, content);
  const r = rng.next();
  if (r < 0.08) return body; // a bare paste
  if (r < 0.45) {
    const req = request(rng, lang, 'before');
    return `${req}${/[:.?!¿¡]/.test(req) || !rng.chance(0.5) ? '' : ':'}${sep(rng)}${body}`;
  }
  if (r < 0.72) return `${body}${sep(rng)}${request(rng, lang, 'after')}`;
  if (r < 0.87) return `${rng.pick(INTROS[lang])}\n${body}\n\n${request(rng, lang, 'after')}`;
  // A request on both sides: a lead-in ("can you help me with the following?") and the actual instruction.
  const lead = casual(rng, fill(rng, rng.pick(LEADS[lang]), lang), lang);
  return `${lead}${sep(rng)}${body}${sep(rng)}${request(rng, lang, 'after')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// pair

const PAIR_JOINS: Record<Lang, readonly string[]> = {
  en: ['and also this:', 'second one:', 'also:', 'plus this part:'],
  de: ['und das hier:', 'außerdem:', 'zweitens:', 'dazu noch:'],
  fr: ['et aussi ça :', 'deuxième :', 'en plus :', 'et ceci :'],
  es: ['y también esto:', 'segundo:', 'además:', 'y esto:'],
  nl: ['en ook dit:', 'tweede:', 'verder:', 'en dit nog:'],
};

const unionLabels = (a: readonly ClassifierCategory[], b: readonly ClassifierCategory[]): ClassifierCategory[] =>
  CLASSIFIER_CATEGORIES.filter((c) => a.includes(c) || b.includes(c));

/** Two chunks pasted together, in either order; labels are the union, lang and origin follow the first argument. */
export function pair(rng: Rng, a: Example, b: Example): Example {
  const [first, second] = rng.chance(0.5) ? [a, b] : [b, a];
  const r = rng.next();
  const join =
    r < 0.4 ? '\n\n' : r < 0.6 ? '\n\n---\n\n' : r < 0.7 ? '\n' : `\n\n${rng.pick(PAIR_JOINS[a.lang])}\n`;
  return {
    text: `${first.text.trim()}${join}${second.text.trim()}`,
    labels: unionLabels(a.labels, b.labels),
    lang: a.lang,
    origin: `pair:${a.origin}+${b.origin}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// convenience

/** A corpus row as a chat prompt: cropped, sometimes flattened, wrapped in a request in `lang`. */
export function corpusExample(rng: Rng, row: CorpusRow, lang: Lang, min = 40, max = 1200): Example {
  return { text: wrap(rng, flatten(rng, crop(rng, row.text, min, max)), lang), labels: row.labels, lang, origin: row.origin };
}
