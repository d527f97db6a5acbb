/**
 * Synthetic workplace positives for the `confidential` category: pasted internal documents (minutes, memos,
 * roadmaps, term sheets, contract drafts, legal advice, post-mortems, audit findings, reorganisation plans,
 * reviews, hiring debriefs, escalations, negotiation notes) wrapped in the requests employees type, in five
 * languages. Confidentiality markers appear on a minority only. Every value is synthetic; deterministic.
 */
import { LANGS, type Example, type Lang } from './types.ts';
import type { Rng } from './rng.ts';
import { bullets, casual, Ctx, email, type Family, greet, mailHeader, makeExample, type Phr, sign, table, wrap } from './synthetic-financial.ts';

const CODENAMES = ['Falcon', 'Atlas', 'Nordlicht', 'Bluebird', 'Orion', 'Kiwi', 'Granite', 'Tulip', 'Mistral', 'Sierra', 'Juniper', 'Polaris', 'Castor', 'Lynx', 'Cobalt'];
const code = (c: Ctx) => c.t({ en: `Project ${c.pick(CODENAMES)}`, de: `Projekt ${c.pick(CODENAMES)}`, fr: `projet ${c.pick(CODENAMES)}`, es: `proyecto ${c.pick(CODENAMES)}`, nl: `project ${c.pick(CODENAMES)}` });
const cn = (c: Ctx) => c.pick(CODENAMES);

const ROLE: Phr = {
  en: ['CEO', 'CFO', 'COO', 'CTO', 'VP Sales', 'Head of HR', 'General Counsel', 'Head of Product'],
  de: ['CEO', 'CFO', 'Geschäftsführer', 'CTO', 'Vertriebsleiter', 'Personalleiterin', 'Leiter Recht', 'Head of Product'],
  fr: ['PDG', 'DAF', 'DG', 'DSI', 'Directeur commercial', 'DRH', 'Directrice juridique', 'Head of Product'],
  es: ['CEO', 'director financiero', 'director general', 'CTO', 'directora comercial', 'directora de RR. HH.', 'asesor jurídico', 'Head of Product'],
  nl: ['CEO', 'CFO', 'algemeen directeur', 'CTO', 'salesdirecteur', 'HR-directeur', 'bedrijfsjurist', 'Head of Product'],
};
const who = (c: Ctx) => `${c.name()} (${c.t(ROLE)})`;
const initials = (c: Ctx) => `${c.first()[0]}${c.last().replace(/^(de |van den |van )/, '')[0]}`.toUpperCase();

const minutes: Family = {
  id: 'board-minutes',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `turn into action items: board agreed to close ${c.city()} by Q${c.int(1, 4)}, ${c.int(20, 120)} roles, staff not told yet, works council on ${c.date()}`,
      de: `mach To-dos draus: GL hat beschlossen, ${c.city()} bis Q${c.int(1, 4)} zu schließen, ${c.int(20, 120)} Stellen, Belegschaft weiß noch nichts, Betriebsrat am ${c.date()}`,
      fr: `fais-en une liste d'actions : le CODIR a acté la fermeture de ${c.city()} d'ici T${c.int(1, 4)}, ${c.int(20, 120)} postes, salariés pas encore informés, CSE le ${c.date()}`,
      es: `sácame las acciones: el comité ha decidido cerrar ${c.city()} en el T${c.int(1, 4)}, ${c.int(20, 120)} puestos, la plantilla aún no lo sabe, comité de empresa el ${c.date()}`,
      nl: `maak er actiepunten van: directie besloot ${c.city()} te sluiten in Q${c.int(1, 4)}, ${c.int(20, 120)} fte, personeel weet nog van niks, OR op ${c.date()}`,
    }),
  ],
  docs: [
    (c) => {
      const L = c.t({
        en: 'Minutes – Management Board|Date|Present|Decisions|Actions',
        de: 'Protokoll Geschäftsleitungssitzung|Datum|Teilnehmer|Beschlüsse|To-dos',
        fr: 'Compte rendu – Comité de direction|Date|Présents|Décisions|Actions',
        es: 'Acta – Comité de Dirección|Fecha|Asistentes|Acuerdos|Acciones',
        nl: 'Notulen directieoverleg|Datum|Aanwezig|Besluiten|Actiepunten',
      }).split('|');
      const pool = DECISIONS(c);
      const acts = Array.from({ length: c.int(1, 3) }, () => `${initials(c)}: ${c.pick(ACTIONS(c))} – ${c.date()}`);
      return `${L[0]}\n${L[1]}: ${c.date()}\n${L[2]}: ${Array.from({ length: c.int(3, 6) }, () => initials(c)).join(', ')}\n\n${L[3]}:\n${bullets(c, c.some(pool, c.int(2, 4)))}\n\n${L[4]}:\n${bullets(c, acts)}`;
    },
    (c) => `${c.t({
      en: ['notes from today\'s leadership sync', 'rough notes ELT offsite', 'my notes from the board call'],
      de: ['Notizen aus dem GL-Jour-fixe heute', 'meine Mitschrift aus der Vorstandssitzung', 'Stichpunkte Klausur Führungskreis'],
      fr: ['mes notes du CODIR de ce matin', 'notes en vrac du séminaire de direction', 'notes du conseil d\'administration'],
      es: ['mis notas del comité de dirección de hoy', 'notas rápidas del offsite de dirección', 'apuntes de la reunión del consejo'],
      nl: ['aantekeningen MT-overleg vandaag', 'ruwe notities directie-heidag', 'mijn notities van de RvC-vergadering'],
    })}:\n${bullets(c, [...c.some(DECISIONS(c), c.int(2, 3)), ...c.some(ACTIONS(c), c.int(1, 2))])}`,
  ],
};

function DECISIONS(c: Ctx): string[] {
  const q = c.int(1, 4);
  return ({
    en: [`Close the ${c.city()} office by end of Q${q}; staff offered relocation or severance`, `Approve ${code(c)} to move to due diligence`, `Freeze all external hiring until the ${c.month()} forecast`, `Do not renew the ${c.co()} contract – tell them only after the new supplier signs`, `Delay the ${cn(c)} launch by two months because of the quality issues`, `${c.name()} to step down as ${c.t(ROLE)}; announcement after the AGM`, `Board unhappy with the ${c.co()} deal, wants a second valuation`],
    de: [`Standort ${c.city()} wird bis Ende Q${q} geschlossen, Angebot Versetzung oder Abfindung`, `${code(c)} geht in die Due Diligence`, `Einstellungsstopp bis zur Hochrechnung im ${c.month()}`, `Vertrag mit ${c.co()} wird nicht verlängert – Info erst nach Unterschrift des neuen Lieferanten`, `Launch ${cn(c)} wegen Qualitätsproblemen um zwei Monate verschoben`, `${c.name()} legt das Amt nieder, Kommunikation nach der HV`, `Aufsichtsrat skeptisch beim Deal mit ${c.co()}, will zweites Bewertungsgutachten`],
    fr: [`Fermeture du site de ${c.city()} d'ici fin T${q} ; mobilité ou départ proposés`, `Le ${code(c)} passe en due diligence`, `Gel des recrutements externes jusqu'au reforecast de ${c.month()}`, `Non-renouvellement du contrat ${c.co()} – les prévenir après signature du nouveau fournisseur`, `Lancement ${cn(c)} repoussé de deux mois (qualité)`, `Départ de ${c.name()} ; annonce après l'AG`, `Le conseil n'est pas convaincu par l'opération ${c.co()}, demande une contre-valorisation`],
    es: [`Cerrar la oficina de ${c.city()} antes de fin del T${q}; se ofrece traslado o indemnización`, `El ${code(c)} pasa a due diligence`, `Congelar contrataciones externas hasta la previsión de ${c.month()}`, `No renovar con ${c.co()}; avisarles cuando firme el nuevo proveedor`, `Retrasar dos meses el lanzamiento de ${cn(c)} por calidad`, `${c.name()} deja el cargo; se comunicará tras la junta`, `El consejo no ve clara la operación con ${c.co()}, pide segunda valoración`],
    nl: [`Vestiging ${c.city()} sluit eind Q${q}; herplaatsing of vertrekregeling aanbieden`, `${code(c)} door naar due diligence`, `Vacaturestop extern tot de forecast van ${c.month()}`, `Contract ${c.co()} niet verlengen – pas melden na ondertekening nieuwe leverancier`, `Lancering ${cn(c)} twee maanden later i.v.m. kwaliteitsproblemen`, `${c.name()} treedt af; bekendmaking na de AVA`, `RvC niet overtuigd van de deal met ${c.co()}, wil een tweede waardering`],
  } as const)[c.lang].slice();
}
function ACTIONS(c: Ctx): string[] {
  return ({
    en: ['prepare the works council briefing', 'draft the customer comms, hold until sign-off', `get legal view on the ${c.co()} exit clause`, 'update the headcount plan', 'brief the top 20 customers personally'],
    de: ['Unterrichtung Betriebsrat vorbereiten', 'Kundenkommunikation entwerfen, erst nach Freigabe raus', `Rechtliche Einschätzung zur Kündigungsklausel ${c.co()}`, 'Stellenplan aktualisieren', 'Top-20-Kunden persönlich informieren'],
    fr: ['préparer l\'information-consultation du CSE', 'rédiger la com clients, à bloquer jusqu\'à validation', `avis juridique sur la clause de sortie ${c.co()}`, 'mettre à jour le plan d\'effectifs', 'appeler personnellement les 20 premiers clients'],
    es: ['preparar la reunión con el comité de empresa', 'redactar la comunicación a clientes, sin enviar hasta aprobación', `pedir opinión legal sobre la cláusula de salida de ${c.co()}`, 'actualizar el plan de plantilla', 'llamar personalmente a los 20 principales clientes'],
    nl: ['OR-adviesaanvraag voorbereiden', 'klantcommunicatie opstellen, pas versturen na akkoord', `juridisch advies over de exitclausule ${c.co()}`, 'formatieplan bijwerken', 'top-20 klanten persoonlijk bellen'],
  } as const)[c.lang].slice();
}

const strategyMemo: Family = {
  id: 'strategy-memo',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `make this sound better for the exec deck: we quietly stop investing in ${cn(c)} and sell it to ${c.co()} next year, customers won't be told until the deal closes`,
      de: `formulier das schöner für die Vorstandsfolien: wir investieren still nicht mehr in ${cn(c)} und verkaufen es nächstes Jahr an ${c.co()}, Kunden erfahren es erst nach Abschluss`,
      fr: `reformule pour la présentation au comex : on arrête discrètement d'investir dans ${cn(c)} et on le cède à ${c.co()} l'an prochain, les clients ne seront prévenus qu'au closing`,
      es: `pónmelo bonito para la presentación al comité: dejamos de invertir en ${cn(c)} sin decir nada y lo vendemos a ${c.co()} el año que viene; los clientes se enteran al cerrar`,
      nl: `maak dit mooier voor de directieslides: we stoppen stilletjes met investeren in ${cn(c)} en verkopen het volgend jaar aan ${c.co()}, klanten horen het pas na de closing`,
    }),
  ],
  docs: [
    (c) => {
      const L = c.t({ en: 'MEMO|To|From|Re', de: 'MEMO|An|Von|Betreff', fr: 'NOTE|À|De|Objet', es: 'MEMORÁNDUM|Para|De|Asunto', nl: 'MEMO|Aan|Van|Betreft' }).split('|');
      const body = c.t({
        en: [`Our ${c.pick(['DACH', 'Benelux', 'Nordics', 'US mid-market'])} business has lost money for three years. I propose we exit by selling the customer base to ${c.co()} and move the remaining team into ${cn(c)}. Alternatives considered: partner model (too slow), price increase (churn risk). We should decide before the ${c.month()} board so it isn't in the annual report narrative.`, `${c.co()} is preparing a price war in our core segment (source: two customers). Recommendation: pre-empt with a loyalty bundle and quietly approach their two largest resellers. Do not discuss this with the channel team yet.`],
        de: [`Unser Geschäft in ${c.pick(['Österreich', 'der Schweiz', 'Osteuropa', 'den Benelux-Ländern'])} schreibt seit drei Jahren Verluste. Ich schlage den Ausstieg vor: Kundenstamm an ${c.co()} verkaufen, das restliche Team in ${code(c)} überführen. Geprüfte Alternativen: Partnermodell (zu langsam), Preiserhöhung (Abwanderungsrisiko). Entscheidung bitte vor der Aufsichtsratssitzung im ${c.month()}.`, `${c.co()} bereitet nach Aussage zweier Kunden einen Preiskampf in unserem Kernsegment vor. Empfehlung: mit einem Treuepaket zuvorkommen und diskret deren zwei größte Händler ansprechen. Bitte noch nicht mit dem Vertriebsteam besprechen.`],
        fr: [`Notre activité ${c.pick(['en Belgique', 'en Suisse', 'en Italie', 'grands comptes'])} est déficitaire depuis trois ans. Je propose d'en sortir en cédant le portefeuille clients à ${c.co()} et de rattacher l'équipe restante au ${code(c)}. Alternatives étudiées : partenariat (trop lent), hausse de prix (risque d'attrition). Il faut trancher avant le conseil de ${c.month()}.`, `D'après deux clients, ${c.co()} prépare une guerre des prix sur notre cœur de marché. Recommandation : prendre les devants avec une offre fidélité et approcher discrètement leurs deux plus gros revendeurs. Ne pas en parler à l'équipe channel pour l'instant.`],
        es: [`Nuestro negocio en ${c.pick(['Portugal', 'Latinoamérica', 'Italia', 'el segmento pymes'])} lleva tres años en pérdidas. Propongo salir vendiendo la cartera a ${c.co()} e integrar al equipo restante en el ${code(c)}. Alternativas analizadas: modelo de partners (demasiado lento) y subida de precios (riesgo de bajas). Hay que decidirlo antes del consejo de ${c.month()}.`, `Según dos clientes, ${c.co()} prepara una guerra de precios en nuestro segmento principal. Recomendación: adelantarnos con un paquete de fidelización y contactar discretamente con sus dos mayores distribuidores. De momento no comentarlo con el equipo de canal.`],
        nl: [`Onze activiteiten in ${c.pick(['België', 'Duitsland', 'Scandinavië', 'het mkb-segment'])} draaien al drie jaar verlies. Voorstel: uitstappen door de klantenportefeuille aan ${c.co()} te verkopen en het resterende team onder te brengen in ${code(c)}. Overwogen alternatieven: partnermodel (te traag), prijsverhoging (churnrisico). Besluit graag voor de RvC in ${c.month()}.`, `Volgens twee klanten bereidt ${c.co()} een prijzenoorlog voor in ons kernsegment. Advies: voor zijn met een loyaliteitsbundel en stilletjes hun twee grootste resellers benaderen. Nog niet bespreken met het channelteam.`],
      });
      return `${L[0]}\n${L[1]}: ${c.t({ en: 'Executive Committee', de: 'Vorstand', fr: 'Comité exécutif', es: 'Comité de Dirección', nl: 'Directie' })}\n${L[2]}: ${who(c)}\n${L[3]}: ${c.t({ en: ['Strategic options', 'Market exit proposal', 'Competitive response'], de: ['Strategische Optionen', 'Vorschlag Marktaustritt', 'Reaktion auf Wettbewerb'], fr: ['Options stratégiques', 'Proposition de sortie de marché', 'Réponse concurrentielle'], es: ['Opciones estratégicas', 'Propuesta de salida de mercado', 'Respuesta a la competencia'], nl: ['Strategische opties', 'Voorstel marktexit', 'Reactie op concurrent'] })}\n\n${body}`;
    },
    (c) => c.t({
      en: `Between us: the plan for next year is to merge Support into ${cn(c)} and move ${c.int(20, 80)} roles to ${c.pick(['Lisbon', 'Krakow', 'Manila', 'Cape Town'])}. ${c.first()} doesn't know yet. We announce in ${c.month()} after the bonus payout.`,
      de: `Unter uns: Plan fürs nächste Jahr ist, den Support in ${cn(c)} einzugliedern und ${c.int(20, 80)} Stellen nach ${c.pick(['Lissabon', 'Krakau', 'Sofia', 'Porto'])} zu verlagern. ${c.first()} weiß noch nichts. Verkündet wird im ${c.month()}, nach der Bonuszahlung.`,
      fr: `Entre nous : l'an prochain on fusionne le support dans ${cn(c)} et on délocalise ${c.int(20, 80)} postes à ${c.pick(['Lisbonne', 'Casablanca', 'Cracovie', 'Porto'])}. ${c.first()} n'est pas encore au courant. Annonce en ${c.month()}, après le versement des primes.`,
      es: `Entre nosotros: el plan para el año que viene es integrar Soporte en ${cn(c)} y llevar ${c.int(20, 80)} puestos a ${c.pick(['Lisboa', 'Cracovia', 'Bogotá', 'Oporto'])}. ${c.first()} aún no lo sabe. Se anuncia en ${c.month()}, después del pago del bonus.`,
      nl: `Onder ons: plan voor volgend jaar is Support op te laten gaan in ${cn(c)} en ${c.int(20, 80)} functies naar ${c.pick(['Lissabon', 'Krakau', 'Porto', 'Sofia'])} te verplaatsen. ${c.first()} weet het nog niet. Aankondiging in ${c.month()}, na de bonusuitkering.`,
    }),
  ],
};

const roadmap: Family = {
  id: 'roadmap',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `write a teaser tweet for ${cn(c)} without revealing it launches ${c.date()} or that it replaces the current app`,
      de: `schreib einen Teaser-Post für ${cn(c)}, ohne zu verraten, dass es am ${c.date()} startet und die jetzige App ablöst`,
      fr: `écris un post teaser pour ${cn(c)} sans dire qu'il sort le ${c.date()} ni qu'il remplace l'appli actuelle`,
      es: `escribe un post teaser de ${cn(c)} sin decir que sale el ${c.date()} ni que sustituye a la app actual`,
      nl: `schrijf een teaserpost voor ${cn(c)} zonder te verklappen dat het op ${c.date()} live gaat en de huidige app vervangt`,
    }),
  ],
  docs: [
    (c) => {
      const y = c.year();
      const feats = c.t({
        en: 'Offline mode|AI assistant (beta)|SSO for SMB tier|EU data residency|New pricing tiers|Mobile app 3.0|Partner API|Sunset legacy reports',
        de: 'Offline-Modus|KI-Assistent (Beta)|SSO für KMU-Tarif|Datenhaltung in der EU|Neue Preisstufen|Mobile App 3.0|Partner-API|Abschaltung Alt-Reports',
        fr: 'Mode hors ligne|Assistant IA (bêta)|SSO offre PME|Hébergement UE|Nouvelle grille tarifaire|Appli mobile 3.0|API partenaires|Fin des anciens rapports',
        es: 'Modo sin conexión|Asistente IA (beta)|SSO para pymes|Datos alojados en la UE|Nuevos planes de precios|App móvil 3.0|API de partners|Retirada de informes antiguos',
        nl: 'Offline modus|AI-assistent (bèta)|SSO voor mkb-bundel|Dataopslag in de EU|Nieuwe prijsniveaus|Mobiele app 3.0|Partner-API|Uitfaseren oude rapportages',
      }).split('|');
      const status = c.t({ en: 'on track|at risk|not started|slipping', de: 'im Plan|gefährdet|nicht gestartet|verzögert', fr: 'dans les temps|à risque|pas commencé|en retard', es: 'en plazo|en riesgo|sin empezar|con retraso', nl: 'op schema|risico|niet gestart|loopt uit' }).split('|');
      const rows = c.some(feats, c.int(3, 6)).map((f) => [`Q${c.int(1, 4)} ${y}`, f, `${cn(c)}`, c.pick(status)]);
      const heads = c.t({ en: 'Quarter|Feature|Codename|Status', de: 'Quartal|Feature|Codename|Status', fr: 'Trimestre|Fonctionnalité|Nom de code|Statut', es: 'Trimestre|Funcionalidad|Nombre en clave|Estado', nl: 'Kwartaal|Feature|Codenaam|Status' }).split('|');
      return `${c.t({ en: `Product roadmap ${y} (not announced)`, de: `Produkt-Roadmap ${y} – noch nicht angekündigt`, fr: `Roadmap produit ${y} – non annoncée`, es: `Roadmap de producto ${y} – sin anunciar`, nl: `Productroadmap ${y} – nog niet aangekondigd` })}\n${table(c, heads, rows)}`;
    },
    (c) => c.t({
      en: `Roadmap update for the sales kickoff (don't show customers the dates): ${cn(c)} ships in ${c.month()}, the ${c.co()} integration slips to next year, and we're quietly dropping the on-prem edition – existing customers get told at renewal.`,
      de: `Roadmap-Stand für das Sales-Kickoff (Termine nicht Kunden zeigen): ${cn(c)} kommt im ${c.month()}, die ${c.co()}-Integration rutscht ins nächste Jahr, und die On-Prem-Version wird still eingestellt – Bestandskunden erfahren es bei der Verlängerung.`,
      fr: `Point roadmap pour le kick-off commercial (ne pas montrer les dates aux clients) : ${cn(c)} sort en ${c.month()}, l'intégration ${c.co()} glisse à l'an prochain et on abandonne discrètement la version on-premise – les clients l'apprendront au renouvellement.`,
      es: `Actualización del roadmap para el kickoff comercial (no enseñar fechas a clientes): ${cn(c)} sale en ${c.month()}, la integración con ${c.co()} se va al año que viene y dejamos de vender la versión on-premise sin anunciarlo – a los clientes se les dirá en la renovación.`,
      nl: `Roadmapupdate voor de sales kick-off (data niet aan klanten laten zien): ${cn(c)} komt in ${c.month()}, de ${c.co()}-integratie schuift naar volgend jaar en de on-premversie stoppen we stilletjes – bestaande klanten horen het bij verlenging.`,
    }),
  ],
};

const termSheet: Family = {
  id: 'term-sheet',
  labels: ['confidential', 'financial'],
  shorts: [
    (c) => c.t({
      en: `is ${c.n(c.int(60, 140) / 10, 1)}x EBITDA a good price? ${c.co()} offered ${c.big(c.int(20, 400) * 1e6)} for our ${cn(c)} unit, board floor is ${c.big(c.int(20, 400) * 1e6)}`,
      de: `ist ${c.n(c.int(60, 140) / 10, 1)}x EBITDA ein guter Preis? ${c.co()} bietet ${c.big(c.int(20, 400) * 1e6)} für unsere Sparte ${cn(c)}, Untergrenze des Vorstands ${c.big(c.int(20, 400) * 1e6)}`,
      fr: `${c.n(c.int(60, 140) / 10, 1)}x l'EBITDA c'est un bon prix ? ${c.co()} propose ${c.big(c.int(20, 400) * 1e6)} pour notre activité ${cn(c)}, le plancher du conseil est à ${c.big(c.int(20, 400) * 1e6)}`,
      es: `¿${c.n(c.int(60, 140) / 10, 1)}x EBITDA es buen precio? ${c.co()} ofrece ${c.big(c.int(20, 400) * 1e6)} por nuestra unidad ${cn(c)}, el mínimo del consejo es ${c.big(c.int(20, 400) * 1e6)}`,
      nl: `is ${c.n(c.int(60, 140) / 10, 1)}x EBITDA een goede prijs? ${c.co()} biedt ${c.big(c.int(20, 400) * 1e6)} voor onze divisie ${cn(c)}, ondergrens RvB is ${c.big(c.int(20, 400) * 1e6)}`,
    }),
  ],
  docs: [
    (c) => {
      const ev = c.int(12, 900);
      const L = c.t({
        en: 'Indicative term sheet|Target|Buyer|Enterprise value|Consideration|Earn-out|Exclusivity|Conditions',
        de: 'Indikatives Term Sheet|Zielgesellschaft|Käufer|Unternehmenswert|Gegenleistung|Earn-out|Exklusivität|Bedingungen',
        fr: 'Term sheet indicative|Cible|Acquéreur|Valeur d\'entreprise|Prix|Complément de prix|Exclusivité|Conditions',
        es: 'Term sheet indicativo|Sociedad objetivo|Comprador|Valor empresa|Contraprestación|Earn-out|Exclusividad|Condiciones',
        nl: 'Indicatieve term sheet|Doelvennootschap|Koper|Ondernemingswaarde|Koopprijs|Earn-out|Exclusiviteit|Voorwaarden',
      }).split('|');
      const vals = c.t({
        en: `${c.int(60, 100)}% cash at closing, balance in buyer shares|up to ${c.big(c.int(2, 40) * 1e6)} on FY+1 EBITDA|${c.int(4, 12)} weeks|due diligence, works council, merger control`,
        de: `${c.int(60, 100)} % bar bei Closing, Rest in Aktien des Käufers|bis ${c.big(c.int(2, 40) * 1e6)} abhängig vom EBITDA im Folgejahr|${c.int(4, 12)} Wochen|Due Diligence, Betriebsrat, Fusionskontrolle`,
        fr: `${c.int(60, 100)} % en numéraire au closing, solde en actions|jusqu'à ${c.big(c.int(2, 40) * 1e6)} selon l'EBITDA N+1|${c.int(4, 12)} semaines|due diligence, CSE, contrôle des concentrations`,
        es: `${c.int(60, 100)} % en efectivo al cierre, resto en acciones|hasta ${c.big(c.int(2, 40) * 1e6)} según EBITDA del año siguiente|${c.int(4, 12)} semanas|due diligence, representantes de los trabajadores, competencia`,
        nl: `${c.int(60, 100)}% cash bij closing, rest in aandelen koper|tot ${c.big(c.int(2, 40) * 1e6)} op basis van EBITDA jaar +1|${c.int(4, 12)} weken|due diligence, OR-advies, mededinging`,
      }).split('|');
      return `${L[0]} – ${code(c)}\n\n${L[1]}: ${c.co()}\n${L[2]}: ${c.co()}\n${L[3]}: ${c.big(ev * 1e6)} (${c.n(c.int(60, 140) / 10, 1)}x EBITDA)\n${L[4]}: ${vals[0]}\n${L[5]}: ${vals[1]}\n${L[6]}: ${vals[2]}\n${L[7]}: ${vals[3]}`;
    },
    (c) => `${greet(c)}\n\n${c.t({
      en: `${c.co()} came back this morning at ${c.big(c.int(20, 400) * 1e6)} for 100% of ${code(c)}, up from ${c.big(c.int(15, 300) * 1e6)}, but they want the founders locked in for 3 years and a ${c.pct(c.int(10, 25), 0)} escrow. Our floor agreed with the board is ${c.big(c.int(20, 400) * 1e6)}. Counter-proposal call on ${c.date()}.`,
      de: `${c.co()} hat heute früh ${c.big(c.int(20, 400) * 1e6)} für 100 % an ${code(c)} geboten (vorher ${c.big(c.int(15, 300) * 1e6)}), will aber die Gründer 3 Jahre binden und ${c.pct(c.int(10, 25), 0)} Treuhandeinbehalt. Unsere mit dem Aufsichtsrat abgestimmte Untergrenze liegt bei ${c.big(c.int(20, 400) * 1e6)}. Call zum Gegenangebot am ${c.date()}.`,
      fr: `${c.co()} est revenu ce matin à ${c.big(c.int(20, 400) * 1e6)} pour 100 % du ${code(c)}, contre ${c.big(c.int(15, 300) * 1e6)} avant, mais veut bloquer les fondateurs 3 ans et un séquestre de ${c.pct(c.int(10, 25), 0)}. Notre plancher validé par le conseil est de ${c.big(c.int(20, 400) * 1e6)}. Call de contre-proposition le ${c.date()}.`,
      es: `${c.co()} ha vuelto esta mañana con ${c.big(c.int(20, 400) * 1e6)} por el 100 % del ${code(c)} (antes ${c.big(c.int(15, 300) * 1e6)}), pero exige permanencia de los fundadores 3 años y un escrow del ${c.pct(c.int(10, 25), 0)}. Nuestro mínimo acordado con el consejo es ${c.big(c.int(20, 400) * 1e6)}. Llamada para la contraoferta el ${c.date()}.`,
      nl: `${c.co()} kwam vanochtend terug met ${c.big(c.int(20, 400) * 1e6)} voor 100% van ${code(c)} (eerst ${c.big(c.int(15, 300) * 1e6)}), maar wil de oprichters 3 jaar vastleggen en ${c.pct(c.int(10, 25), 0)} escrow. Onze ondergrens volgens de RvC is ${c.big(c.int(20, 400) * 1e6)}. Call over het tegenbod op ${c.date()}.`,
    })}\n\n${sign(c)}`,
  ],
};

const contractDraft: Family = {
  id: 'contract-negotiation',
  labels: ['confidential'],
  requests: {
    en: ['Can you make this clause more favourable to us?', 'What are the risks in this clause?', 'Rewrite our counter-proposal'],
    de: ['Kannst du die Klausel zu unseren Gunsten umformulieren?', 'Welche Risiken siehst du in der Klausel?', 'Formulier unseren Gegenvorschlag'],
    fr: ['Tu peux reformuler la clause à notre avantage ?', 'Quels risques dans cette clause ?', 'Rédige notre contre-proposition'],
    es: ['¿Puedes redactar la cláusula más a nuestro favor?', '¿Qué riesgos ves en esta cláusula?', 'Redacta nuestra contrapropuesta'],
    nl: ['Kun je deze clausule gunstiger voor ons maken?', 'Welke risico\'s zie je in deze bepaling?', 'Herschrijf ons tegenvoorstel'],
  },
  docs: [
    (c) => {
      const x = c.int(1, 3);
      return c.t({
        en: `Draft v${c.int(2, 9)} – Master Services Agreement ${c.co()} / ${c.co()}\n\n12.${x} Limitation of liability. Supplier's aggregate liability shall not exceed [${x}x] [the fees paid in the preceding 12 months].\n[Comment ${initials(c)}: they want unlimited liability for data breaches – our insurer only covers ${c.big(c.int(2, 10) * 1e6)}. Fallback: 3x fees, but do not offer before they move on the SLA credits.]\n\n14.2 Termination for convenience: either party with ${c.int(3, 12)} months' notice. [Comment: must NOT accept – this is our largest account.]`,
        de: `Entwurf v${c.int(2, 9)} – Rahmenvertrag ${c.co()} / ${c.co()}\n\n§ 12 Haftung\n(${x}) Die Haftung des Auftragnehmers ist auf [das ${x}-fache] [die in den letzten 12 Monaten gezahlte Vergütung] begrenzt.\n[Kommentar ${initials(c)}: Kunde will unbegrenzte Haftung bei Datenschutzverstößen – unsere Versicherung deckt nur ${c.big(c.int(2, 10) * 1e6)}. Rückfallposition: 3-fache Vergütung, aber erst anbieten, wenn sie bei den SLA-Gutschriften nachgeben.]\n\n§ 14 Abs. 2 Ordentliche Kündigung mit ${c.int(3, 12)} Monaten Frist. [Kommentar: NICHT akzeptieren – größter Kunde.]`,
        fr: `Projet v${c.int(2, 9)} – Contrat-cadre de prestations ${c.co()} / ${c.co()}\n\nArticle 12.${x} – Limitation de responsabilité. La responsabilité totale du Prestataire est plafonnée à [${x} fois] [les sommes versées au cours des 12 derniers mois].\n[Commentaire ${initials(c)} : le client veut une responsabilité illimitée en cas de violation de données ; notre assurance ne couvre que ${c.big(c.int(2, 10) * 1e6)}. Position de repli : 3 fois le montant, à ne proposer que s'ils bougent sur les pénalités SLA.]\n\nArticle 14.2 – Résiliation sans motif avec préavis de ${c.int(3, 12)} mois. [Commentaire : à REFUSER – c'est notre plus gros client.]`,
        es: `Borrador v${c.int(2, 9)} – Contrato marco de servicios ${c.co()} / ${c.co()}\n\nCláusula 12.${x}. Limitación de responsabilidad. La responsabilidad total del Proveedor no excederá [${x} veces] [los importes abonados en los 12 meses anteriores].\n[Comentario ${initials(c)}: quieren responsabilidad ilimitada por brechas de datos; el seguro solo cubre ${c.big(c.int(2, 10) * 1e6)}. Posición de repliegue: 3 veces, pero no ofrecerlo hasta que cedan en las penalizaciones del SLA.]\n\nCláusula 14.2. Resolución sin causa con ${c.int(3, 12)} meses de preaviso. [Comentario: NO aceptar, es nuestra mayor cuenta.]`,
        nl: `Concept v${c.int(2, 9)} – Raamovereenkomst ${c.co()} / ${c.co()}\n\nArtikel 12.${x} Aansprakelijkheid. De totale aansprakelijkheid van Leverancier is beperkt tot [${x} maal] [de vergoedingen van de afgelopen 12 maanden].\n[Opmerking ${initials(c)}: zij willen onbeperkte aansprakelijkheid bij datalekken – onze verzekering dekt maar ${c.big(c.int(2, 10) * 1e6)}. Terugvalpositie: 3x, maar pas aanbieden als ze toegeven op de SLA-boetes.]\n\nArtikel 14.2 Opzegging zonder reden met ${c.int(3, 12)} maanden termijn. [Opmerking: NIET accepteren – grootste klant.]`,
      });
    },
    (c) => {
      const p = c.co();
      return c.t({
        en: `MUTUAL NON-DISCLOSURE AGREEMENT (draft – under negotiation)\nbetween ${c.co()} and ${p}\nPurpose: evaluation of a possible ${c.pick(['acquisition of', 'joint venture with', 'exclusive distribution deal with'])} ${p}.\n3. Term: ${c.int(2, 5)} years [${p} asks for 10 – push back]\n5. Non-solicitation of employees for ${c.int(6, 24)} months [we need this, they are poaching our engineers]\n7. Governing law: [England] [Delaware] – open`,
        de: `GEHEIMHALTUNGSVEREINBARUNG (Entwurf, in Verhandlung)\nzwischen ${c.co()} und ${p}\nZweck: Prüfung einer möglichen ${c.pick(['Übernahme der', 'Kooperation mit der', 'exklusiven Vertriebspartnerschaft mit der'])} ${p}\n§ 3 Laufzeit: ${c.int(2, 5)} Jahre [${p} will 10 – ablehnen]\n§ 5 Abwerbeverbot für ${c.int(6, 24)} Monate [brauchen wir unbedingt, die werben gerade unsere Entwickler ab]\n§ 7 Gerichtsstand: [München] [Zürich] – offen`,
        fr: `ACCORD DE CONFIDENTIALITÉ MUTUEL (projet en cours de négociation)\nentre ${c.co()} et ${p}\nObjet : étude d'un éventuel ${c.pick(['rachat de', 'partenariat avec', 'accord de distribution exclusive avec'])} ${p}\nArt. 3 Durée : ${c.int(2, 5)} ans [${p} demande 10 ans – refuser]\nArt. 5 Non-sollicitation du personnel pendant ${c.int(6, 24)} mois [indispensable, ils débauchent nos ingénieurs]\nArt. 7 Droit applicable : [français] [suisse] – à trancher`,
        es: `ACUERDO DE CONFIDENCIALIDAD MUTUO (borrador en negociación)\nentre ${c.co()} y ${p}\nObjeto: estudio de una posible ${c.pick(['adquisición de', 'alianza con', 'distribución exclusiva con'])} ${p}\n3. Duración: ${c.int(2, 5)} años [${p} pide 10, no aceptar]\n5. No captación de empleados durante ${c.int(6, 24)} meses [imprescindible, nos están quitando ingenieros]\n7. Ley aplicable: [española] [inglesa] – pendiente`,
        nl: `WEDERZIJDSE GEHEIMHOUDINGSOVEREENKOMST (concept – in onderhandeling)\ntussen ${c.co()} en ${p}\nDoel: onderzoek naar een mogelijke ${c.pick(['overname van', 'samenwerking met', 'exclusieve distributiedeal met'])} ${p}\n3. Looptijd: ${c.int(2, 5)} jaar [${p} wil 10 – afwijzen]\n5. Relatiebeding personeel ${c.int(6, 24)} maanden [moeten we hebben, ze werven onze developers weg]\n7. Toepasselijk recht: [Nederlands] [Engels] – open`,
      });
    },
  ],
};

const legalAdvice: Family = {
  id: 'legal-advice',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `our lawyer says settle the ${c.co()} case for up to ${c.big(c.int(2, 30) * 1e5)}, chances in court ${c.int(20, 50)}%. summarise that for the CEO in 3 lines`,
      de: `Unser Anwalt rät, den Fall ${c.co()} bis ${c.big(c.int(2, 30) * 1e5)} zu vergleichen, Chancen vor Gericht ${c.int(20, 50)} %. Fass das in 3 Zeilen für den CEO zusammen`,
      fr: `notre avocat conseille de transiger avec ${c.co()} jusqu'à ${c.big(c.int(2, 30) * 1e5)}, chances au contentieux ${c.int(20, 50)} %. résume ça en 3 lignes pour le PDG`,
      es: `nuestro abogado aconseja llegar a un acuerdo con ${c.co()} hasta ${c.big(c.int(2, 30) * 1e5)}, probabilidad en juicio ${c.int(20, 50)} %. resúmelo en 3 líneas para el CEO`,
      nl: `onze advocaat adviseert te schikken met ${c.co()} tot ${c.big(c.int(2, 30) * 1e5)}, kans bij de rechter ${c.int(20, 50)}%. vat dat in 3 regels samen voor de CEO`,
    }),
  ],
  markerRate: 0.08,
  docs: [
    (c) => `${mailHeader(c, email(c, c.name(), `${c.pick(['Hartley', 'Brandt', 'Lefort', 'Olmedo', 'Verbeek'])} Legal`), email(c, c.name(), c.co()), c.t({ en: `RE: ${c.co()} claim – our assessment`, de: `AW: Klage ${c.co()} – unsere Einschätzung`, fr: `RE : Contentieux ${c.co()} – notre analyse`, es: `RE: Reclamación ${c.co()} – nuestra valoración`, nl: `RE: Claim ${c.co()} – onze inschatting` }))}\n\n${greet(c)}\n\n${c.t({
      en: `as discussed, we think the claim for ${c.big(c.int(1, 30) * 1e6)} is partly justified: the delivery emails from ${c.month()} show your team knew about the defect. Chances in court roughly ${c.int(30, 60)}%. We recommend a settlement in the range of ${c.big(c.int(3, 15) * 1e5)}–${c.big(c.int(16, 40) * 1e5)} and strongly advise against deleting any of the related mailboxes. Please do not forward this advice outside the legal team, otherwise privilege may be lost.`,
      de: `wie besprochen halten wir die Forderung über ${c.big(c.int(1, 30) * 1e6)} für teilweise begründet: Aus den E-Mails vom ${c.month()} geht hervor, dass Ihr Team den Mangel kannte. Die Erfolgsaussichten vor Gericht schätzen wir auf etwa ${c.int(30, 60)} %. Wir empfehlen einen Vergleich zwischen ${c.big(c.int(3, 15) * 1e5)} und ${c.big(c.int(16, 40) * 1e5)} und raten dringend davon ab, betroffene Postfächer zu löschen.`,
      fr: `comme évoqué, la demande de ${c.big(c.int(1, 30) * 1e6)} nous paraît en partie fondée : les mails de ${c.month()} montrent que vos équipes connaissaient le défaut. Chances de succès au contentieux : environ ${c.int(30, 60)} %. Nous recommandons une transaction entre ${c.big(c.int(3, 15) * 1e5)} et ${c.big(c.int(16, 40) * 1e5)} et déconseillons fortement toute suppression des boîtes mail concernées.`,
      es: `como comentamos, la reclamación de ${c.big(c.int(1, 30) * 1e6)} nos parece en parte fundada: los correos de ${c.month()} demuestran que vuestro equipo conocía el defecto. Probabilidad de éxito en juicio: un ${c.int(30, 60)} % aprox. Recomendamos un acuerdo entre ${c.big(c.int(3, 15) * 1e5)} y ${c.big(c.int(16, 40) * 1e5)} y desaconsejamos totalmente borrar los buzones afectados.`,
      nl: `zoals besproken achten wij de claim van ${c.big(c.int(1, 30) * 1e6)} deels terecht: uit de e-mails van ${c.month()} blijkt dat uw team het gebrek kende. Kans van slagen bij de rechter ca. ${c.int(30, 60)}%. Wij adviseren een schikking tussen ${c.big(c.int(3, 15) * 1e5)} en ${c.big(c.int(16, 40) * 1e5)} en raden sterk af de betrokken mailboxen te verwijderen.`,
    })}\n\n${sign(c)}`,
    (c) => c.t({
      en: `Legal memo – dismissal of ${c.name()}\nFacts: repeated absence, two written warnings, but the second warning was never signed.\nAssessment: a dismissal now carries a high risk of an unfair-dismissal finding. Options: (a) settlement agreement with ${c.int(3, 9)} months' pay, (b) one more documented warning and review in ${c.int(4, 12)} weeks. We recommend (a).`,
      de: `Rechtliche Einschätzung – Kündigung ${c.name()}\nSachverhalt: wiederholte Fehlzeiten, zwei Abmahnungen, die zweite wurde nicht zugestellt.\nBewertung: Eine Kündigung jetzt hätte vor dem Arbeitsgericht geringe Chancen. Optionen: (a) Aufhebungsvertrag mit ${c.int(3, 9)} Monatsgehältern Abfindung, (b) weitere dokumentierte Abmahnung und Neubewertung in ${c.int(4, 12)} Wochen. Empfehlung: (a).`,
      fr: `Note juridique – licenciement de ${c.name()}\nFaits : absences répétées, deux avertissements dont le second n'a pas été notifié.\nAnalyse : un licenciement aujourd'hui présente un risque élevé devant les prud'hommes. Options : (a) rupture conventionnelle avec ${c.int(3, 9)} mois de salaire, (b) nouvel avertissement documenté et point dans ${c.int(4, 12)} semaines. Nous recommandons (a).`,
      es: `Informe jurídico – despido de ${c.name()}\nHechos: ausencias reiteradas, dos amonestaciones, la segunda sin firmar.\nValoración: un despido ahora tiene alto riesgo de ser declarado improcedente. Opciones: (a) acuerdo de salida con ${c.int(3, 9)} mensualidades, (b) nueva amonestación documentada y revisión en ${c.int(4, 12)} semanas. Recomendamos (a).`,
      nl: `Juridisch advies – ontslag ${c.name()}\nFeiten: herhaald verzuim, twee waarschuwingen, de tweede is nooit ondertekend.\nBeoordeling: ontslag nu heeft weinig kans bij de kantonrechter. Opties: (a) vaststellingsovereenkomst met ${c.int(3, 9)} maandsalarissen, (b) nog een gedocumenteerde waarschuwing en evaluatie over ${c.int(4, 12)} weken. Advies: (a).`,
    }),
  ],
};

const postmortem: Family = {
  id: 'incident-postmortem',
  labels: ['confidential'],
  docs: [
    (c) => {
      const h = c.int(0, 20);
      const L = c.t({
        en: 'Incident report|Severity|Summary|Timeline|Root cause|Impact|Actions',
        de: 'Incident-Bericht|Schweregrad|Zusammenfassung|Zeitlinie|Ursache|Auswirkung|Maßnahmen',
        fr: "Rapport d'incident|Gravité|Résumé|Chronologie|Cause racine|Impact|Actions",
        es: 'Informe de incidente|Severidad|Resumen|Cronología|Causa raíz|Impacto|Acciones',
        nl: 'Incidentrapport|Ernst|Samenvatting|Tijdlijn|Oorzaak|Impact|Acties',
      }).split('|');
      const t = (x: number) => `${String((h + x) % 24).padStart(2, '0')}:${String(c.int(0, 59)).padStart(2, '0')}`;
      const body = c.t({
        en: [`An S3 bucket with ${c.n(c.int(2, 900) * 1000, 0)} customer records was publicly readable for ${c.int(2, 40)} days.`, `Attacker used a leaked service-account token to access the ${cn(c)} admin API.`],
        de: [`Ein S3-Bucket mit ${c.n(c.int(2, 900) * 1000, 0)} Kundendatensätzen war ${c.int(2, 40)} Tage öffentlich lesbar.`, `Angreifer nutzte ein geleaktes Service-Account-Token für die Admin-API von ${cn(c)}.`],
        fr: [`Un bucket S3 contenant ${c.n(c.int(2, 900) * 1000, 0)} fiches clients était lisible publiquement pendant ${c.int(2, 40)} jours.`, `L'attaquant a utilisé un jeton de compte de service divulgué pour accéder à l'API d'admin de ${cn(c)}.`],
        es: [`Un bucket S3 con ${c.n(c.int(2, 900) * 1000, 0)} registros de clientes estuvo accesible públicamente durante ${c.int(2, 40)} días.`, `El atacante usó un token filtrado de una cuenta de servicio para entrar en la API de administración de ${cn(c)}.`],
        nl: [`Een S3-bucket met ${c.n(c.int(2, 900) * 1000, 0)} klantrecords was ${c.int(2, 40)} dagen publiek leesbaar.`, `Aanvaller gebruikte een gelekt service-account-token om de admin-API van ${cn(c)} te benaderen.`],
      });
      const tlines = ({
        en: [`${t(0)} alert fired, dismissed as noise`, `${t(1)} on-call paged`, `${t(3)} access revoked`, `${t(5)} CISO informed; regulator notification still under discussion`],
        de: [`${t(0)} Alarm ausgelöst, als Fehlalarm abgetan`, `${t(1)} Rufbereitschaft alarmiert`, `${t(3)} Zugriff gesperrt`, `${t(5)} CISO informiert; Meldung an die Aufsichtsbehörde noch offen`],
        fr: [`${t(0)} alerte déclenchée, classée sans suite`, `${t(1)} astreinte appelée`, `${t(3)} accès révoqué`, `${t(5)} RSSI informé ; notification CNIL en discussion`],
        es: [`${t(0)} salta la alerta, se descarta como ruido`, `${t(1)} se avisa a la guardia`, `${t(3)} acceso revocado`, `${t(5)} se informa al CISO; notificación a la AEPD pendiente`],
        nl: [`${t(0)} alert afgegaan, als ruis afgedaan`, `${t(1)} piketdienst opgeroepen`, `${t(3)} toegang ingetrokken`, `${t(5)} CISO geïnformeerd; melding bij de AP nog in bespreking`],
      } as const)[c.lang];
      const rc = c.t({
        en: ['Terraform change merged without review', 'token committed to a public repo by a contractor', 'monitoring disabled during the migration'],
        de: ['Terraform-Änderung ohne Review gemergt', 'Token von einem Dienstleister in ein öffentliches Repo committet', 'Monitoring während der Migration deaktiviert'],
        fr: ['changement Terraform mergé sans revue', 'jeton commité par un prestataire dans un dépôt public', 'supervision désactivée pendant la migration'],
        es: ['cambio de Terraform fusionado sin revisión', 'un proveedor subió el token a un repositorio público', 'monitorización desactivada durante la migración'],
        nl: ['Terraform-wijziging zonder review gemerged', 'token door een externe in een publieke repo gezet', 'monitoring uitgeschakeld tijdens de migratie'],
      });
      return `${L[0]} INC-${c.int(1000, 9999)} – ${L[1]}: ${c.pick(['SEV1', 'SEV2', 'P1', 'P2'])}\n\n${L[2]}: ${body}\n\n${L[3]}:\n${bullets(c, tlines)}\n\n${L[4]}: ${rc}\n${L[5]}: ${c.int(3, 400)} ${c.t({ en: 'enterprise customers, incl. ' + c.co(), de: 'Firmenkunden, u. a. ' + c.co(), fr: 'clients entreprises dont ' + c.co(), es: 'clientes empresa, entre ellos ' + c.co(), nl: 'zakelijke klanten, o.a. ' + c.co() })}`;
    },
    (c) => c.t({
      en: `Post-mortem draft, ${c.date()}: the ${c.int(2, 9)}-hour outage of ${cn(c)} was caused by us, not the cloud provider as we told customers. A config push by ${c.first()} disabled the failover. ${c.int(10, 90)} SLA credits are due; finance estimates ${c.big(c.int(1, 20) * 1e5)}. Keep the customer-facing RCA vague.`,
      de: `Post-Mortem-Entwurf vom ${c.date()}: Der ${c.int(2, 9)}-stündige Ausfall von ${cn(c)} lag an uns, nicht am Cloud-Anbieter, wie wir den Kunden gesagt haben. Ein Konfigurations-Push von ${c.first()} hat das Failover deaktiviert. ${c.int(10, 90)} Kunden haben Anspruch auf SLA-Gutschriften. In der Kunden-RCA bitte vage bleiben.`,
      fr: `Brouillon de post-mortem, ${c.date()} : la panne de ${c.int(2, 9)} h de ${cn(c)} vient de chez nous et non de l'hébergeur comme annoncé aux clients. Un déploiement de config par ${c.first()} a désactivé le failover. ${c.int(10, 90)} clients ont droit à des pénalités SLA. Rester vague dans le RCA client.`,
      es: `Borrador de post-mortem, ${c.date()}: la caída de ${c.int(2, 9)} horas de ${cn(c)} fue culpa nuestra, no del proveedor cloud como dijimos a los clientes. Un cambio de configuración de ${c.first()} desactivó el failover. ${c.int(10, 90)} clientes tienen derecho a compensación por SLA. En el RCA para clientes, ser poco concretos.`,
      nl: `Concept post-mortem ${c.date()}: de storing van ${c.int(2, 9)} uur bij ${cn(c)} kwam door ons, niet door de cloudprovider zoals we klanten vertelden. Een configuratiewijziging van ${c.first()} zette de failover uit. ${c.int(10, 90)} klanten hebben recht op SLA-creditering. De RCA voor klanten vaag houden.`,
    }),
  ],
};

const auditFindings: Family = {
  id: 'audit-findings',
  labels: ['confidential'],
  docs: [
    (c) => {
      const f = ({
        en: ['Segregation of duties: 4 users can create and approve payments', 'Leavers keep VPN access for up to 60 days', 'No review of supplier bank-detail changes', 'Privileged accounts without MFA', 'Gifts register not maintained in sales'],
        de: ['Funktionstrennung: 4 Nutzer können Zahlungen anlegen und freigeben', 'Ausgeschiedene behalten bis zu 60 Tage VPN-Zugang', 'Keine Kontrolle von Bankdatenänderungen bei Lieferanten', 'Privilegierte Konten ohne MFA', 'Geschenkeregister im Vertrieb wird nicht geführt'],
        fr: ['Séparation des tâches : 4 utilisateurs peuvent créer et valider des paiements', 'Les sortants gardent l\'accès VPN jusqu\'à 60 jours', 'Aucun contrôle des changements de RIB fournisseurs', 'Comptes à privilèges sans MFA', 'Registre des cadeaux non tenu au commercial'],
        es: ['Segregación de funciones: 4 usuarios pueden crear y aprobar pagos', 'Las bajas conservan acceso VPN hasta 60 días', 'Sin control de cambios de cuenta bancaria de proveedores', 'Cuentas privilegiadas sin MFA', 'Registro de regalos no actualizado en ventas'],
        nl: ['Functiescheiding: 4 gebruikers kunnen betalingen aanmaken én goedkeuren', 'Uitdiensttreders houden tot 60 dagen VPN-toegang', 'Geen controle op wijzigingen van bankgegevens leveranciers', 'Beheeraccounts zonder MFA', 'Relatiegeschenkenregister sales niet bijgehouden'],
      } as const)[c.lang];
      const rating = c.t({ en: 'High|Medium|Low', de: 'Hoch|Mittel|Niedrig', fr: 'Élevé|Moyen|Faible', es: 'Alto|Medio|Bajo', nl: 'Hoog|Middel|Laag' }).split('|');
      const rows = c.some(f, c.int(2, 4)).map((x, i) => [`F${i + 1}`, x, c.pick(rating), initials(c), c.numDate()]);
      const heads = c.t({ en: 'ID|Finding|Risk|Owner|Due', de: 'Nr.|Feststellung|Risiko|Verantw.|Frist', fr: 'N°|Constat|Risque|Resp.|Échéance', es: 'Nº|Hallazgo|Riesgo|Resp.|Plazo', nl: 'Nr.|Bevinding|Risico|Eigenaar|Deadline' }).split('|');
      return `${c.t({ en: `Internal audit report IA-${c.year()}-${c.int(1, 40)} – ${c.t(DEPT2)}`, de: `Revisionsbericht IR-${c.year()}-${c.int(1, 40)} – ${c.t(DEPT2)}`, fr: `Rapport d'audit interne AI-${c.year()}-${c.int(1, 40)} – ${c.t(DEPT2)}`, es: `Informe de auditoría interna AI-${c.year()}-${c.int(1, 40)} – ${c.t(DEPT2)}`, nl: `Interne auditrapport IA-${c.year()}-${c.int(1, 40)} – ${c.t(DEPT2)}` })}\n${c.t({ en: 'Overall rating: unsatisfactory', de: 'Gesamturteil: nicht angemessen', fr: 'Opinion globale : insatisfaisant', es: 'Valoración global: deficiente', nl: 'Totaaloordeel: onvoldoende' })}\n\n${table(c, heads, rows)}`;
    },
    (c) => c.t({
      en: `Audit finding (draft, not yet discussed with management): in the ${c.city()} subsidiary, ${c.int(3, 30)} payments to ${c.co()} were approved by the same person who set up the vendor. ${c.name()} is a shareholder of ${c.co()}. Referred to compliance; do not alert the local team until the investigation starts.`,
      de: `Prüfungsfeststellung (Entwurf, noch nicht mit dem Management besprochen): In der Niederlassung ${c.city()} wurden ${c.int(3, 30)} Zahlungen an ${c.co()} von derselben Person freigegeben, die den Lieferanten angelegt hat. ${c.name()} ist Gesellschafter von ${c.co()}. An Compliance übergeben; lokales Team bis zum Start der Untersuchung nicht informieren.`,
      fr: `Constat d'audit (projet, pas encore partagé avec la direction) : dans la filiale de ${c.city()}, ${c.int(3, 30)} paiements à ${c.co()} ont été validés par la personne qui a créé le fournisseur. ${c.name()} est associé de ${c.co()}. Transmis à la conformité ; ne pas prévenir l'équipe locale avant l'ouverture de l'enquête.`,
      es: `Hallazgo de auditoría (borrador, sin comentar aún con dirección): en la filial de ${c.city()}, ${c.int(3, 30)} pagos a ${c.co()} los aprobó la misma persona que dio de alta al proveedor. ${c.name()} tiene participación en ${c.co()}. Derivado a cumplimiento; no avisar al equipo local hasta que empiece la investigación.`,
      nl: `Auditbevinding (concept, nog niet met management besproken): bij de vestiging ${c.city()} zijn ${c.int(3, 30)} betalingen aan ${c.co()} goedgekeurd door dezelfde persoon die de leverancier heeft aangemaakt. ${c.name()} is aandeelhouder van ${c.co()}. Doorgezet naar compliance; lokaal team niet inlichten voordat het onderzoek start.`,
    }),
  ],
};
const DEPT2: Phr = {
  en: ['Procurement', 'Payroll', 'IT access management', 'Treasury', 'Sales Spain'],
  de: ['Einkauf', 'Entgeltabrechnung', 'IT-Berechtigungen', 'Treasury', 'Vertrieb Süd'],
  fr: ['Achats', 'Paie', 'Gestion des accès SI', 'Trésorerie', 'Ventes Sud-Ouest'],
  es: ['Compras', 'Nóminas', 'Gestión de accesos TI', 'Tesorería', 'Ventas Levante'],
  nl: ['Inkoop', 'Salarisadministratie', 'IT-toegangsbeheer', 'Treasury', 'Sales Zuid'],
};

const internalAnnouncement: Family = {
  id: 'internal-announcement',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `polish this slack msg: heads up, ${c.co()} is buying us, signing ${c.date()}, keep it to yourselves until then 🙏`,
      de: `poliere die Teams-Nachricht: Vorabinfo, ${c.co()} kauft uns, Signing am ${c.date()}, bis dahin bitte für euch behalten`,
      fr: `améliore ce message Teams : pour info, ${c.co()} nous rachète, signature le ${c.date()}, gardez-le pour vous d'ici là`,
      es: `mejora este mensaje de Slack: aviso, ${c.co()} nos compra, firma el ${c.date()}, que no salga de aquí hasta entonces`,
      nl: `maak dit slackbericht beter: heads-up, ${c.co()} neemt ons over, ondertekening ${c.date()}, tot die tijd onder ons houden`,
    }),
  ],
  docs: [
    (c) => `${greet(c, c.t({ en: 'team', de: 'Team', fr: 'l\'équipe', es: 'equipo', nl: 'team' }))}\n\n${c.t({
      en: `heads-up before Monday: ${c.co()} will become our majority shareholder, signing is on ${c.date()}. Nothing changes for your day-to-day work. Please don't talk about this with customers, suppliers or on LinkedIn until the official announcement.`,
      de: `kurze Vorabinfo: ${c.co()} wird unser Mehrheitsgesellschafter, Signing ist am ${c.date()}. Für eure tägliche Arbeit ändert sich nichts. Bitte bis zur offiziellen Mitteilung weder mit Kunden noch mit Lieferanten oder auf LinkedIn darüber sprechen.`,
      fr: `petite info en avant-première : ${c.co()} va devenir notre actionnaire majoritaire, signature le ${c.date()}. Rien ne change dans votre quotidien. Merci de ne pas en parler aux clients, fournisseurs ou sur LinkedIn avant l'annonce officielle.`,
      es: `un aviso antes del lunes: ${c.co()} pasará a ser nuestro accionista mayoritario, la firma es el ${c.date()}. En vuestro día a día no cambia nada. Por favor, no lo comentéis con clientes, proveedores ni en LinkedIn hasta el anuncio oficial.`,
      nl: `even een vooraankondiging: ${c.co()} wordt onze meerderheidsaandeelhouder, ondertekening is op ${c.date()}. Voor jullie dagelijkse werk verandert er niets. Graag niet delen met klanten, leveranciers of op LinkedIn tot de officiële aankondiging.`,
    })}\n\n${sign(c)}`,
    (c) => c.t({
      en: `Leadership update (managers only): ${c.name()} is leaving on ${c.date()}; ${c.name()} takes over ${c.t(DEPT2)} ad interim. The reason is not to be discussed with teams – say "personal reasons" if asked.`,
      de: `Info nur für Führungskräfte: ${c.name()} verlässt uns zum ${c.date()}; ${c.name()} übernimmt ${c.t(DEPT2)} kommissarisch. Über die Gründe bitte nicht mit den Teams sprechen – bei Nachfragen „persönliche Gründe“.`,
      fr: `Info managers uniquement : ${c.name()} quitte l'entreprise le ${c.date()} ; ${c.name()} reprend ${c.t(DEPT2)} par intérim. Ne pas évoquer les raisons avec les équipes – si on vous demande, « raisons personnelles ».`,
      es: `Solo para mánagers: ${c.name()} deja la empresa el ${c.date()}; ${c.name()} asume ${c.t(DEPT2)} de forma interina. No comentéis los motivos con los equipos: si preguntan, "motivos personales".`,
      nl: `Alleen voor leidinggevenden: ${c.name()} vertrekt per ${c.date()}; ${c.name()} neemt ${c.t(DEPT2)} ad interim over. De reden niet met teams bespreken – bij vragen "persoonlijke redenen".`,
    }),
  ],
};

const embargoed: Family = {
  id: 'embargoed-press-release',
  labels: ['confidential'],
  markerRate: 0.05,
  docs: [
    (c) => {
      const d = c.date();
      const head = c.chance(0.35)
        ? c.t({ en: `EMBARGOED UNTIL ${d}, 07:00 CET`, de: `SPERRFRIST: ${d}, 07:00 Uhr`, fr: `SOUS EMBARGO JUSQU'AU ${d}, 7h00`, es: `EMBARGO HASTA EL ${d}, 07:00 h`, nl: `EMBARGO TOT ${d}, 07:00 uur` })
        : c.t({ en: `DRAFT press release v${c.int(2, 6)} – for release on ${d}`, de: `ENTWURF Pressemitteilung v${c.int(2, 6)} – Veröffentlichung am ${d}`, fr: `PROJET de communiqué v${c.int(2, 6)} – diffusion prévue le ${d}`, es: `BORRADOR nota de prensa v${c.int(2, 6)} – publicación prevista el ${d}`, nl: `CONCEPT persbericht v${c.int(2, 6)} – publicatie op ${d}` });
      const a = c.co();
      const b = c.co();
      return `${head}\n\n${c.t({
        en: `${a} to acquire ${b} in ${c.big(c.int(20, 900) * 1e6)} deal\n\n${c.city()} – ${a} today announced an agreement to acquire ${b}. The transaction is expected to close in Q${c.int(1, 4)} subject to regulatory approval. "[quote ${c.t(ROLE)} – TBD]"`,
        de: `${a} übernimmt ${b} für ${c.big(c.int(20, 900) * 1e6)}\n\n${c.city()} – ${a} hat heute eine Vereinbarung zur Übernahme von ${b} unterzeichnet. Der Abschluss wird vorbehaltlich behördlicher Genehmigungen im Q${c.int(1, 4)} erwartet. „[Zitat ${c.t(ROLE)} folgt]“`,
        fr: `${a} va acquérir ${b} pour ${c.big(c.int(20, 900) * 1e6)}\n\n${c.city()} – ${a} annonce ce jour la signature d'un accord en vue de l'acquisition de ${b}. La finalisation est attendue au T${c.int(1, 4)}, sous réserve des autorisations réglementaires. « [citation ${c.t(ROLE)} à venir] »`,
        es: `${a} adquirirá ${b} por ${c.big(c.int(20, 900) * 1e6)}\n\n${c.city()} – ${a} ha anunciado hoy un acuerdo para adquirir ${b}. Se prevé cerrar la operación en el T${c.int(1, 4)}, sujeta a autorizaciones regulatorias. «[cita ${c.t(ROLE)} pendiente]»`,
        nl: `${a} neemt ${b} over voor ${c.big(c.int(20, 900) * 1e6)}\n\n${c.city()} – ${a} heeft vandaag een overeenkomst gesloten voor de overname van ${b}. De afronding wordt verwacht in Q${c.int(1, 4)}, onder voorbehoud van goedkeuring door toezichthouders. "[quote ${c.t(ROLE)} volgt]"`,
      })}`;
    },
    (c) => c.t({
      en: `Press release – to go out ${c.date()} after market close, NOT before\n${c.co()} launches ${cn(c)}, its first ${c.pick(['AI-powered', 'fully electric', 'subscription-based'])} product line, and will cut prices on its existing range by up to ${c.pct(c.int(10, 30), 0)}. Availability from ${c.month()} in ${c.int(4, 20)} countries.`,
      de: `Pressemitteilung – Versand am ${c.date()} nach Börsenschluss, NICHT vorher\n${c.co()} bringt mit ${cn(c)} seine erste ${c.pick(['KI-gestützte', 'vollelektrische', 'abobasierte'])} Produktlinie auf den Markt und senkt die Preise der bestehenden Modelle um bis zu ${c.pct(c.int(10, 30), 0)}. Verfügbar ab ${c.month()} in ${c.int(4, 20)} Ländern.`,
      fr: `Communiqué – à diffuser le ${c.date()} après la clôture, PAS avant\n${c.co()} lance ${cn(c)}, sa première gamme ${c.pick(['dopée à l\'IA', '100 % électrique', 'sur abonnement'])}, et baisse jusqu'à ${c.pct(c.int(10, 30), 0)} les prix de sa gamme actuelle. Disponible dès ${c.month()} dans ${c.int(4, 20)} pays.`,
      es: `Nota de prensa – enviar el ${c.date()} tras el cierre del mercado, NO antes\n${c.co()} lanza ${cn(c)}, su primera gama ${c.pick(['con IA', '100 % eléctrica', 'por suscripción'])}, y rebaja hasta un ${c.pct(c.int(10, 30), 0)} los precios de la gama actual. Disponible desde ${c.month()} en ${c.int(4, 20)} países.`,
      nl: `Persbericht – versturen op ${c.date()} na beurssluiting, NIET eerder\n${c.co()} lanceert ${cn(c)}, de eerste ${c.pick(['AI-gedreven', 'volledig elektrische', 'abonnementsgebaseerde'])} productlijn, en verlaagt de prijzen van het huidige assortiment met tot ${c.pct(c.int(10, 30), 0)}. Beschikbaar vanaf ${c.month()} in ${c.int(4, 20)} landen.`,
    }),
  ],
};

const reorg: Family = {
  id: 'reorg-layoffs',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `need talking points for telling ${c.name()} on Thursday that their role is gone in the reorg. nobody else knows yet`,
      de: `brauche Gesprächsleitfaden: ${c.name()} am Donnerstag sagen, dass die Stelle in der Umstrukturierung wegfällt. Sonst weiß es noch keiner`,
      fr: `j'ai besoin d'éléments de langage pour annoncer jeudi à ${c.name()} que son poste est supprimé dans la réorg. personne d'autre n'est au courant`,
      es: `necesito un guion para decirle el jueves a ${c.name()} que su puesto desaparece con la reorganización. nadie más lo sabe todavía`,
      nl: `heb gesprekspunten nodig om ${c.name()} donderdag te vertellen dat de functie vervalt in de reorganisatie. verder weet nog niemand het`,
    }),
  ],
  docs: [
    (c) => {
      const depts = c.some(({ en: ['Customer Support', 'Marketing', 'Engineering', 'Sales Ops', 'Finance', 'Warehouse'], de: ['Kundenservice', 'Marketing', 'Entwicklung', 'Vertriebsinnendienst', 'Finanzen', 'Lager'], fr: ['Service client', 'Marketing', 'R&D', 'ADV', 'Finance', 'Entrepôt'], es: ['Atención al cliente', 'Marketing', 'Ingeniería', 'Soporte comercial', 'Finanzas', 'Almacén'], nl: ['Klantenservice', 'Marketing', 'Engineering', 'Sales support', 'Finance', 'Magazijn'] } as const)[c.lang], c.int(3, 5));
      const rows = depts.map((d) => {
        const now = c.int(8, 120);
        return [d, String(now), String(now - c.int(1, Math.max(2, Math.floor(now / 3)))), c.pick(['Q1', 'Q2', 'Q3', 'Q4'])];
      });
      const heads = c.t({ en: 'Department|FTE today|FTE target|Wave', de: 'Bereich|FTE heute|FTE Ziel|Welle', fr: 'Service|ETP actuels|ETP cible|Vague', es: 'Área|FTE actual|FTE objetivo|Fase', nl: 'Afdeling|Fte nu|Fte doel|Fase' }).split('|');
      return `${c.t({ en: `${code(c)} – headcount reduction plan (draft)`, de: `${code(c)} – Personalabbauplan (Entwurf)`, fr: `${code(c)} – plan de réduction des effectifs (projet)`, es: `${code(c)} – plan de reducción de plantilla (borrador)`, nl: `${code(c)} – reorganisatieplan formatie (concept)` })}\n${table(c, heads, rows)}\n${c.t({ en: `Works council to be informed ${c.date()}; affected staff told individually the week after.`, de: `Betriebsrat wird am ${c.date()} informiert, Betroffene in der Woche danach in Einzelgesprächen.`, fr: `Information du CSE le ${c.date()} ; entretiens individuels la semaine suivante.`, es: `Comunicación al comité de empresa el ${c.date()}; reuniones individuales la semana siguiente.`, nl: `OR wordt ${c.date()} ingelicht; betrokkenen de week erna individueel.` })}`;
    },
    (c) => {
      const names = Array.from({ length: c.int(3, 6) }, () => c.name());
      return `${c.t({ en: 'List for the 1:1s on Thursday (role eliminated):', de: 'Liste für die Einzelgespräche am Donnerstag (Stelle entfällt):', fr: 'Liste pour les entretiens de jeudi (poste supprimé) :', es: 'Lista para las reuniones del jueves (puesto amortizado):', nl: 'Lijst voor de gesprekken donderdag (functie vervalt):' })}\n${bullets(c, names.map((n) => `${n} – ${c.t(DEPT2)}${c.chance(0.4) ? c.t({ en: ' (on parental leave – check with legal)', de: ' (in Elternzeit – mit Recht klären)', fr: ' (en congé parental – voir avec le juridique)', es: ' (de baja por paternidad – consultar con legal)', nl: ' (met ouderschapsverlof – check met legal)' }) : ''}`))}\n${c.t({ en: `Script: thank them, explain the business reasons, hand over the settlement letter. No discussion of who else is affected.`, de: `Leitfaden: Dank, wirtschaftliche Gründe erklären, Aufhebungsangebot übergeben. Keine Aussagen dazu, wer sonst betroffen ist.`, fr: `Trame : remercier, expliquer le contexte économique, remettre la proposition de départ. Ne pas dire qui d'autre est concerné.`, es: `Guion: agradecer, explicar los motivos económicos y entregar la carta. No comentar quién más está afectado.`, nl: `Script: bedanken, bedrijfsredenen uitleggen, vaststellingsovereenkomst overhandigen. Niet zeggen wie er nog meer geraakt wordt.` })}`;
    },
  ],
};

const perfReview: Family = {
  id: 'performance-review',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `rewrite nicer: ${c.name()} rated 2/5, no raise, PIP from ${c.month()}, HR thinks we should exit by Q${c.int(1, 4)}`,
      de: `bitte netter formulieren: ${c.name()} Bewertung 2/5, keine Erhöhung, PIP ab ${c.month()}, HR will bis Q${c.int(1, 4)} die Trennung`,
      fr: `reformule gentiment : ${c.name()} noté 2/5, pas d'augmentation, PIP à partir de ${c.month()}, les RH veulent une sortie d'ici T${c.int(1, 4)}`,
      es: `redáctalo más suave: ${c.name()} evaluado con 2/5, sin subida, plan de mejora desde ${c.month()}, RR. HH. quiere la salida antes del T${c.int(1, 4)}`,
      nl: `herschrijf vriendelijker: ${c.name()} score 2/5, geen verhoging, verbetertraject vanaf ${c.month()}, HR wil afscheid voor Q${c.int(1, 4)}`,
    }),
  ],
  requests: {
    en: ['Make this review sound more constructive', 'Write the PIP letter based on these notes'],
    de: ['Formulier die Beurteilung konstruktiver', 'Schreib aus den Notizen ein Schreiben für den Leistungsverbesserungsplan'],
    fr: ["Rends cette évaluation plus constructive", 'Rédige le plan d\'amélioration à partir de ces notes'],
    es: ['Haz que esta evaluación suene más constructiva', 'Redacta el plan de mejora a partir de estas notas'],
    nl: ['Maak deze beoordeling constructiever', 'Schrijf het verbeterplan op basis van deze notities'],
  },
  docs: [
    (c) => {
      const n = c.name();
      const L = c.t({ en: 'Annual review|Employee|Manager|Rating|Strengths|Concerns|Next steps', de: 'Jahresgespräch|Mitarbeiter/in|Führungskraft|Bewertung|Stärken|Entwicklungsfelder|Nächste Schritte', fr: 'Entretien annuel|Collaborateur|Manager|Évaluation|Points forts|Axes d\'amélioration|Suite', es: 'Evaluación anual|Empleado/a|Responsable|Calificación|Fortalezas|Áreas de mejora|Próximos pasos', nl: 'Beoordelingsgesprek|Medewerker|Leidinggevende|Score|Sterke punten|Aandachtspunten|Vervolg' }).split('|');
      const c2 = c.t({
        en: ['missed 3 of 5 deadlines; two customer complaints about tone', 'strong technically but dismissive in code reviews', 'quota attainment 54%'],
        de: ['3 von 5 Deadlines verpasst; zwei Kundenbeschwerden über den Ton', 'fachlich stark, aber herablassend in Reviews', 'Zielerreichung 54 %'],
        fr: ['3 échéances sur 5 manquées ; deux plaintes clients sur le ton', 'très bon techniquement mais condescendant en revue de code', 'atteinte du quota : 54 %'],
        es: ['ha incumplido 3 de 5 plazos; dos quejas de clientes por el tono', 'muy bueno técnicamente pero despectivo en las revisiones', 'cumplimiento de cuota del 54 %'],
        nl: ['3 van 5 deadlines gemist; twee klachten van klanten over de toon', 'technisch sterk maar denigrerend in code reviews', 'targetrealisatie 54%'],
      });
      const nx = c.t({
        en: ['60-day performance improvement plan; no merit increase this cycle', 'not eligible for promotion; revisit in 6 months', 'PIP starting next week, HR aware'],
        de: ['60-tägiger Leistungsverbesserungsplan; keine Gehaltserhöhung in dieser Runde', 'keine Beförderung; Neubewertung in 6 Monaten', 'PIP ab nächster Woche, HR ist informiert'],
        fr: ['plan d\'amélioration de 60 jours ; pas d\'augmentation cette année', 'pas de promotion ; point dans 6 mois', 'PIP dès la semaine prochaine, RH au courant'],
        es: ['plan de mejora de 60 días; sin subida este ciclo', 'no promociona; revisar en 6 meses', 'PIP desde la semana que viene, RR. HH. informado'],
        nl: ['verbeterplan van 60 dagen; geen salarisverhoging deze ronde', 'geen promotie; over 6 maanden opnieuw bekijken', 'verbetertraject vanaf volgende week, HR is op de hoogte'],
      });
      return `${L[0]} ${c.year()}\n${L[1]}: ${n}\n${L[2]}: ${c.name()}\n${L[3]}: ${c.pick(['2/5', '1/5', 'C', 'Below expectations', 'Partially meets'])}\n${L[4]}: ${c.t({ en: 'reliable, good with juniors', de: 'zuverlässig, gut im Onboarding', fr: 'fiable, bon avec les juniors', es: 'fiable, ayuda a los juniors', nl: 'betrouwbaar, goed met junioren' })}\n${L[5]}: ${c2}\n${L[6]}: ${nx}`;
    },
    (c) => c.t({
      en: `${c.first()} has been late on every sprint since ${c.month()} and I think they're interviewing elsewhere. I want to start a PIP but HR says I need better documentation. Things so far: missed the ${c.co()} demo, ignored two escalations, told a customer our product "is a mess".`,
      de: `${c.first()} liefert seit ${c.month()} in jedem Sprint zu spät und ich glaube, da laufen Bewerbungen woanders. Ich will einen PIP aufsetzen, HR sagt aber, ich brauche bessere Dokumentation. Bisher: Demo bei ${c.co()} verpasst, zwei Eskalationen ignoriert, einem Kunden gesagt, unser Produkt sei „Chaos“.`,
      fr: `${c.first()} est en retard à chaque sprint depuis ${c.month()} et j'ai l'impression qu'il y a des entretiens en cours ailleurs. Je veux lancer un PIP mais les RH disent qu'il faut mieux documenter. Pour l'instant : démo ${c.co()} ratée, deux escalades ignorées, a dit à un client que notre produit était « un bazar ».`,
      es: `${c.first()} va tarde en todos los sprints desde ${c.month()} y creo que está haciendo entrevistas fuera. Quiero ponerle un plan de mejora pero RR. HH. dice que necesito documentarlo mejor. Hasta ahora: faltó a la demo de ${c.co()}, ignoró dos escalados y le dijo a un cliente que nuestro producto "es un desastre".`,
      nl: `${c.first()} levert sinds ${c.month()} elke sprint te laat en ik vermoed dat er elders gesolliciteerd wordt. Ik wil een verbetertraject starten maar HR zegt dat ik het beter moet documenteren. Tot nu toe: demo bij ${c.co()} gemist, twee escalaties genegeerd, tegen een klant gezegd dat ons product "een puinhoop" is.`,
    }),
  ],
};

const hiring: Family = {
  id: 'hiring-decision',
  labels: ['confidential'],
  docs: [
    (c) => {
      const rows = Array.from({ length: c.int(2, 5) }, () => [c.name(), `${c.int(2, 5)}/5`, `${c.int(1, 5)}/5`, `${c.int(1, 5)}/5`, c.t({ en: ['hire', 'no hire', 'strong hire', 'maybe – check references'], de: ['einstellen', 'absagen', 'unbedingt einstellen', 'evtl. – Referenzen prüfen'], fr: ['à recruter', 'refus', 'coup de cœur', 'à voir – vérifier références'], es: ['contratar', 'descartar', 'contratar sí o sí', 'dudoso – pedir referencias'], nl: ['aannemen', 'afwijzen', 'zeker aannemen', 'twijfel – referenties checken'] })]);
      const heads = c.t({ en: 'Candidate|Technical|Culture|Communication|Decision', de: 'Kandidat/in|Fachlich|Kultur|Kommunikation|Entscheidung', fr: 'Candidat|Technique|Culture|Communication|Décision', es: 'Candidato/a|Técnica|Cultura|Comunicación|Decisión', nl: 'Kandidaat|Vakinhoud|Cultuur|Communicatie|Besluit' }).split('|');
      return `${c.t({ en: `Hiring panel debrief – ${c.pick(['Senior Data Engineer', 'Head of Marketing', 'Account Executive', 'Product Designer'])}`, de: `Auswahlgespräche Auswertung – ${c.pick(['Senior Data Engineer', 'Leitung Marketing', 'Key Account Manager', 'Controller'])}`, fr: `Débrief jury de recrutement – ${c.pick(['Data engineer senior', 'Responsable marketing', 'Commercial grands comptes', 'Contrôleur de gestion'])}`, es: `Resumen del panel de selección – ${c.pick(['Data engineer sénior', 'Responsable de marketing', 'Comercial de cuentas clave', 'Controller'])}`, nl: `Terugkoppeling selectiecommissie – ${c.pick(['Senior data engineer', 'Hoofd marketing', 'Accountmanager', 'Business controller'])}` })}\n${table(c, heads, rows)}\n${c.t({ en: `Offer to ${rows[0]![0]} at ${c.mm(60000, 140000, 1000)} base; if declined, go back to ${c.first()}.`, de: `Angebot an ${rows[0]![0]} mit ${c.mm(55000, 120000, 1000)} Fixum; bei Absage zurück zu ${c.first()}.`, fr: `Offre à ${rows[0]![0]} à ${c.mm(45000, 95000, 1000)} fixe ; en cas de refus, revenir vers ${c.first()}.`, es: `Oferta a ${rows[0]![0]} con ${c.mm(35000, 80000, 1000)} de fijo; si la rechaza, volver a ${c.first()}.`, nl: `Aanbod aan ${rows[0]![0]} op ${c.mm(50000, 100000, 1000)} vast; bij afwijzing terug naar ${c.first()}.` })}`;
    },
    (c) => c.t({
      en: `Interview notes ${c.name()}: strong on SQL, weak on stakeholder mgmt. Currently at ${c.co()}, wants out because of the restructuring there. Salary expectation ${c.mm(70000, 130000, 1000)}. My vote: hire, but below the ask.`,
      de: `Notizen Gespräch ${c.name()}: stark in SQL, schwach im Stakeholder-Management. Aktuell bei ${c.co()}, will wegen der Umstrukturierung dort weg. Gehaltsvorstellung ${c.mm(60000, 110000, 1000)}. Mein Votum: einstellen, aber unter der Forderung.`,
      fr: `Notes d'entretien ${c.name()} : solide en SQL, faible en gestion des parties prenantes. Actuellement chez ${c.co()}, veut partir à cause de la restructuration. Prétentions ${c.mm(45000, 85000, 1000)}. Mon avis : à recruter, mais en dessous de sa demande.`,
      es: `Notas de la entrevista con ${c.name()}: muy buena en SQL, floja en gestión de stakeholders. Ahora en ${c.co()}, quiere salir por la reestructuración. Pide ${c.mm(38000, 70000, 1000)}. Mi voto: contratar, pero por debajo de lo que pide.`,
      nl: `Gespreksnotities ${c.name()}: sterk in SQL, zwak in stakeholdermanagement. Werkt nu bij ${c.co()}, wil weg vanwege de reorganisatie daar. Salarisindicatie ${c.mm(50000, 90000, 1000)}. Mijn stem: aannemen, maar onder de gevraagde indicatie.`,
    }),
  ],
};

const escalation: Family = {
  id: 'customer-escalation',
  labels: ['confidential'],
  shorts: [
    (c) => c.t({
      en: `reply to ${c.co()} re the outage. internally we know it was our bad deploy but don't say that, offer ${c.int(5, 20)}% credit max`,
      de: `Antwort an ${c.co()} wegen des Ausfalls. Intern wissen wir, dass es unser Deployment war, das aber nicht sagen, max. ${c.int(5, 20)} % Gutschrift anbieten`,
      fr: `réponds à ${c.co()} sur la panne. en interne on sait que c'est notre mise en prod, mais ne pas le dire ; proposer ${c.int(5, 20)} % d'avoir max`,
      es: `responde a ${c.co()} por la caída. internamente sabemos que fue nuestro despliegue, pero no lo digas; ofrece como mucho un ${c.int(5, 20)} % de abono`,
      nl: `antwoord ${c.co()} over de storing. intern weten we dat het onze deploy was maar dat niet zeggen, max ${c.int(5, 20)}% creditering aanbieden`,
    }),
  ],
  docs: [
    (c) => {
      const cust = c.co();
      const cm = c.t({
        en: `Customer wrote: "This is the third outage this month. If it happens again we will terminate and go public with our experience."`,
        de: `Kunde schreibt: „Das ist der dritte Ausfall in diesem Monat. Beim nächsten Mal kündigen wir und machen unsere Erfahrungen öffentlich.“`,
        fr: `Le client écrit : « C'est la troisième panne ce mois-ci. Si ça se reproduit, nous résilions et nous le ferons savoir publiquement. »`,
        es: `El cliente escribe: «Es la tercera caída este mes. Si vuelve a pasar, rescindimos y lo contaremos públicamente.»`,
        nl: `Klant schrijft: "Dit is de derde storing deze maand. Als het nog eens gebeurt, zeggen we op en maken we onze ervaringen openbaar."`,
      });
      const note = c.t({
        en: `Internal note (${initials(c)}): ${cust} is ${c.pct(c.int(5, 20), 0)} of our ARR and on the churn watchlist. Root cause is known and not fixed before ${c.month()}. Offer max ${c.int(1, 3)} months free; do NOT admit the database issue in writing.`,
        de: `Interne Notiz (${initials(c)}): ${cust} macht ${c.pct(c.int(5, 20), 0)} unseres Jahresumsatzes aus und steht auf der Churn-Liste. Ursache ist bekannt, Fix erst im ${c.month()}. Maximal ${c.int(1, 3)} Monate gratis anbieten; das Datenbankproblem NICHT schriftlich zugeben.`,
        fr: `Note interne (${initials(c)}) : ${cust} pèse ${c.pct(c.int(5, 20), 0)} de notre ARR et est sur la liste à risque. La cause est connue, pas de correctif avant ${c.month()}. Proposer au maximum ${c.int(1, 3)} mois offerts ; NE PAS reconnaître le problème de base de données par écrit.`,
        es: `Nota interna (${initials(c)}): ${cust} es el ${c.pct(c.int(5, 20), 0)} de nuestro ARR y está en la lista de riesgo de baja. La causa se conoce y no estará arreglada antes de ${c.month()}. Ofrecer como máximo ${c.int(1, 3)} meses gratis; NO reconocer por escrito el problema de la base de datos.`,
        nl: `Interne notitie (${initials(c)}): ${cust} is ${c.pct(c.int(5, 20), 0)} van onze ARR en staat op de churnlijst. Oorzaak is bekend, fix pas in ${c.month()}. Maximaal ${c.int(1, 3)} maanden gratis aanbieden; het databaseprobleem NIET schriftelijk toegeven.`,
      });
      return `${c.t({ en: 'Ticket', de: 'Ticket', fr: 'Ticket', es: 'Ticket', nl: 'Ticket' })} #${c.int(10000, 99999)} – ${cust} – ${c.pick(['P1', 'Escalation', 'VIP'])}\n\n${cm}\n\n${note}`;
    },
    (c) => c.t({
      en: `help me reply to ${c.co()}'s CIO, they're furious about the data export bug. context (internal): legal says we might have exposed some of their records to another tenant, not confirmed yet, so don't mention that. we can offer a service credit and a call with our CTO.`,
      de: `hilf mir bei der Antwort an den CIO von ${c.co()}, die sind stinksauer wegen des Export-Bugs. Intern: Laut Rechtsabteilung könnten Datensätze von ihnen bei einem anderen Mandanten gelandet sein, noch nicht bestätigt, also nicht erwähnen. Wir können eine Gutschrift und einen Call mit unserem CTO anbieten.`,
      fr: `aide-moi à répondre au DSI de ${c.co()}, ils sont furieux à cause du bug d'export. en interne : le juridique pense que certaines de leurs données ont pu être visibles par un autre client, pas confirmé, donc ne pas en parler. on peut proposer un avoir et un call avec notre CTO.`,
      es: `ayúdame a contestar al CIO de ${c.co()}, están furiosos por el fallo de exportación. contexto interno: legal dice que puede que otro cliente haya visto parte de sus datos, sin confirmar, así que no lo menciones. podemos ofrecer un abono y una llamada con nuestro CTO.`,
      nl: `help me met een antwoord aan de CIO van ${c.co()}, ze zijn woest over de exportbug. intern: legal denkt dat een andere klant mogelijk een deel van hun gegevens heeft gezien, nog niet bevestigd, dus niet noemen. we kunnen een creditering en een call met onze CTO aanbieden.`,
    }),
  ],
};

const negotiation: Family = {
  id: 'pricing-negotiation',
  labels: ['confidential', 'financial'],
  docs: [
    (c) => {
      const list = c.int(80, 900) * 1000;
      return c.t({
        en: `Negotiation prep – ${c.co()} renewal\n- Current contract: ${c.m(list, 0)}/yr\n- Our opening: +${c.int(5, 12)}%\n- Walk-away: ${c.m(list * 0.85, 0)} (approved by ${c.t(ROLE)})\n- Their budget (from their procurement lead, off the record): ~${c.m(list * 1.05, 0)}\n- Give: 3-year term, free onboarding. Never give: usage caps.`,
        de: `Verhandlungsvorbereitung Verlängerung ${c.co()}\n- Aktueller Vertrag: ${c.m(list, 0)}/Jahr\n- Einstieg: +${c.int(5, 12)} %\n- Schmerzgrenze: ${c.m(list * 0.85, 0)} (freigegeben durch ${c.t(ROLE)})\n- Deren Budget (inoffiziell vom Einkaufsleiter): ca. ${c.m(list * 1.05, 0)}\n- Zugeständnisse: 3 Jahre Laufzeit, kostenloses Onboarding. Niemals: Nutzungsobergrenzen.`,
        fr: `Préparation négo – renouvellement ${c.co()}\n- Contrat actuel : ${c.m(list, 0)}/an\n- Ouverture : +${c.int(5, 12)} %\n- Prix plancher : ${c.m(list * 0.85, 0)} (validé : ${c.t(ROLE)})\n- Leur budget (confié off par leur acheteur) : env. ${c.m(list * 1.05, 0)}\n- Contreparties : engagement 3 ans, onboarding offert. Jamais : plafonds d'usage.`,
        es: `Preparación negociación – renovación ${c.co()}\n- Contrato actual: ${c.m(list, 0)}/año\n- Apertura: +${c.int(5, 12)} %\n- Precio mínimo: ${c.m(list * 0.85, 0)} (visto bueno: ${c.t(ROLE)})\n- Su presupuesto (nos lo dijo su jefe de compras, off the record): ~${c.m(list * 1.05, 0)}\n- Podemos ceder: permanencia 3 años, onboarding gratis. Nunca: límites de uso.`,
        nl: `Voorbereiding onderhandeling verlenging ${c.co()}\n- Huidig contract: ${c.m(list, 0)}/jaar\n- Openingsbod: +${c.int(5, 12)}%\n- Walk-away: ${c.m(list * 0.85, 0)} (akkoord ${c.t(ROLE)})\n- Hun budget (informeel van hun inkoper): ca. ${c.m(list * 1.05, 0)}\n- Weggeven: 3 jaar looptijd, gratis onboarding. Nooit: gebruikslimieten.`,
      });
    },
    (c) => `${greet(c)}\n\n${c.t({
      en: `${c.co()} asked for ${c.pct(c.int(15, 35), 0)} off. Our cost per unit is ${c.mm(5, 200)} and we need at least ${c.pct(c.int(25, 45), 0)} gross margin, so the lowest I can go is ${c.mm(20, 400)} per unit. ${c.co()} is quoting them ${c.mm(15, 350)}. Can we approve?`,
      de: `${c.co()} will ${c.pct(c.int(15, 35), 0)} Rabatt. Unsere Stückkosten liegen bei ${c.mm(5, 200)}, wir brauchen mindestens ${c.pct(c.int(25, 45), 0)} Marge, also kann ich höchstens auf ${c.mm(20, 400)} pro Stück runter. ${c.co()} bietet ihnen ${c.mm(15, 350)} an. Können wir das freigeben?`,
      fr: `${c.co()} demande ${c.pct(c.int(15, 35), 0)} de remise. Notre coût unitaire est de ${c.mm(5, 200)} et il nous faut au moins ${c.pct(c.int(25, 45), 0)} de marge brute, donc je ne peux pas descendre sous ${c.mm(20, 400)} l'unité. ${c.co()} leur propose ${c.mm(15, 350)}. On valide ?`,
      es: `${c.co()} pide un ${c.pct(c.int(15, 35), 0)} de descuento. Nuestro coste unitario es ${c.mm(5, 200)} y necesitamos al menos un ${c.pct(c.int(25, 45), 0)} de margen, así que lo mínimo es ${c.mm(20, 400)} por unidad. ${c.co()} les ofrece ${c.mm(15, 350)}. ¿Lo aprobamos?`,
      nl: `${c.co()} vraagt ${c.pct(c.int(15, 35), 0)} korting. Onze kostprijs is ${c.mm(5, 200)} per stuk en we hebben minimaal ${c.pct(c.int(25, 45), 0)} brutomarge nodig, dus lager dan ${c.mm(20, 400)} per stuk kan ik niet. ${c.co()} biedt ze ${c.mm(15, 350)}. Mogen we akkoord geven?`,
    })}\n\n${sign(c)}`,
  ],
};

/** Short chat messages about internal decisions not yet announced, side letters, internal incidents (60–400 chars). */
const decisionMsgs: ((c: Ctx) => string)[] = [
  (c) => c.t({
    en: `decided at the exec meeting today, not announced yet: we close the ${c.city()} site end of ${c.month()}, ${c.int(12, 140)} people. help me draft talking points for the managers`,
    de: `heute in der GL entschieden, noch nicht kommuniziert: Standort ${c.city()} wird Ende ${c.month()} geschlossen, ${c.int(12, 140)} Leute betroffen. Hilf mir mit Sprechpunkten für die Führungskräfte`,
    fr: `acté en CODIR ce matin, pas encore annoncé : on ferme le site de ${c.city()} fin ${c.month()}, ${c.int(12, 140)} personnes. aide-moi à préparer les éléments de langage pour les managers`,
    es: `decidido hoy en el comité, aún sin anunciar: cerramos el centro de ${c.city()} a finales de ${c.month()}, ${c.int(12, 140)} personas. ayúdame con los mensajes clave para los mandos`,
    nl: `vandaag in het MT besloten, nog niet bekend: vestiging ${c.city()} gaat eind ${c.month()} dicht, ${c.int(12, 140)} mensen. help me met kernboodschappen voor de leidinggevenden`,
  }),
  (c) => c.t({
    en: `FYI hiring freeze from Monday for all of ${c.pick(['Sales', 'Ops', 'Marketing', 'R&D'])}, only ${c.t(ROLE)} can approve exceptions. Don't share with candidates yet. Can you write this as a short note to recruiters?`,
    de: `Info: ab Montag Einstellungsstopp im ${c.pick(['Vertrieb', 'Marketing', 'Einkauf', 'F&E'])}, Ausnahmen nur über ${c.t(ROLE)}. Bitte noch nicht an Bewerber weitergeben. Formulier das kurz für die Recruiter.`,
    fr: `Pour info : gel des embauches dès lundi pour ${c.pick(['les ventes', 'le marketing', 'la R&D'])}, exceptions validées par ${c.t(ROLE)} uniquement. Ne rien dire aux candidats. Tu peux en faire un mot court pour les recruteurs ?`,
    es: `Para que lo sepas: congelación de contrataciones desde el lunes en ${c.pick(['ventas', 'marketing', 'I+D'])}, excepciones solo con el ${c.t(ROLE)}. No decir nada a los candidatos. ¿Me lo redactas para los recruiters?`,
    nl: `Ter info: vanaf maandag vacaturestop bij ${c.pick(['Sales', 'Marketing', 'R&D'])}, uitzonderingen alleen via ${c.t(ROLE)}. Nog niet delen met kandidaten. Kun je dit kort voor de recruiters opschrijven?`,
  }),
  (c) => c.t({
    en: `board signed off on buying ${c.co()} yesterday, closing planned ${c.quarter()}. only 6 people know. rewrite this so I can brief my two leads tomorrow without the price`,
    de: `Der Aufsichtsrat hat gestern die Übernahme von ${c.co()} freigegeben, Closing im ${c.quarter()}. Wissen nur 6 Leute. Formulier mir das so, dass ich morgen meine zwei Teamleads ohne Kaufpreis briefen kann`,
    fr: `le conseil a validé hier le rachat de ${c.co()}, closing prévu au ${c.quarter().replace('Q', 'T')}. seules 6 personnes sont au courant. reformule pour que je briefe mes deux leads demain sans le prix`,
    es: `el consejo aprobó ayer la compra de ${c.co()}, cierre previsto en el ${c.quarter().replace('Q', 'T')}. solo lo saben 6 personas. reescríbelo para informar mañana a mis dos responsables sin dar el precio`,
    nl: `de RvC heeft gisteren de overname van ${c.co()} goedgekeurd, closing in ${c.quarter()}. slechts 6 mensen weten het. herschrijf zodat ik morgen mijn twee leads kan briefen zonder de prijs`,
  }),
  (c) => c.t({
    en: `side letter to the ${c.co()} contract: they get ${c.int(2, 6)} months free and an exit right if ${code(c)} slips past ${c.month()}. not in the main agreement, sales doesn't know. summarise the risk for legal`,
    de: `Side Letter zum Vertrag mit ${c.co()}: ${c.int(2, 6)} Freimonate und Sonderkündigungsrecht, falls ${code(c)} sich über ${c.month()} hinaus verzögert. Steht nicht im Hauptvertrag, Vertrieb weiß nichts. Fass das Risiko für die Rechtsabteilung zusammen`,
    fr: `side letter au contrat ${c.co()} : ${c.int(2, 6)} mois offerts et droit de sortie si le ${code(c)} glisse après ${c.month()}. pas dans le contrat principal, les commerciaux ne sont pas au courant. résume le risque pour le juridique`,
    es: `carta paralela al contrato con ${c.co()}: ${c.int(2, 6)} meses gratis y derecho de salida si el ${code(c)} se retrasa más allá de ${c.month()}. no está en el contrato principal, ventas no lo sabe. resume el riesgo para legal`,
    nl: `side letter bij het contract met ${c.co()}: ${c.int(2, 6)} maanden gratis en een exitrecht als ${code(c)} na ${c.month()} uitloopt. staat niet in de hoofdovereenkomst, sales weet het niet. vat het risico samen voor legal`,
  }),
  (c) => c.t({
    en: `internal incident report INC-${c.int(1000, 9999)}: on ${c.date()} a misconfigured bucket exposed ${c.int(200, 9000)} customer exports for ${c.int(2, 30)} hours. root cause: manual change, no review. not disclosed to customers yet. make this into a 5-line summary for the CISO`,
    de: `interner Vorfallbericht INC-${c.int(1000, 9999)}: am ${c.date()} waren durch eine Fehlkonfiguration ${c.int(200, 9000)} Kundenexporte ${c.int(2, 30)} Stunden öffentlich. Ursache: manuelle Änderung ohne Review. Kunden noch nicht informiert. Bitte 5-Zeilen-Zusammenfassung für den CISO`,
    fr: `rapport d'incident interne INC-${c.int(1000, 9999)} : le ${c.date()}, un bucket mal configuré a exposé ${c.int(200, 9000)} exports clients pendant ${c.int(2, 30)} h. cause : changement manuel sans revue. clients pas encore prévenus. résumé en 5 lignes pour le RSSI stp`,
    es: `informe interno de incidente INC-${c.int(1000, 9999)}: el ${c.date()} un bucket mal configurado expuso ${c.int(200, 9000)} exportaciones de clientes durante ${c.int(2, 30)} h. causa: cambio manual sin revisión. aún no se ha informado a los clientes. resumen de 5 líneas para el CISO`,
    nl: `intern incidentrapport INC-${c.int(1000, 9999)}: op ${c.date()} stonden door een verkeerd ingestelde bucket ${c.int(200, 9000)} klantexports ${c.int(2, 30)} uur open. oorzaak: handmatige wijziging zonder review. klanten nog niet ingelicht. graag samenvatting in 5 regels voor de CISO`,
  }),
  (c) => c.t({
    en: `${c.first()} from the ELT just told us: ${code(c)} is cancelled, team moves to ${cn(c)} in ${c.month()}. announcement only after the all-hands. how do I tell my team without leaking it early?`,
    de: `${c.first()} aus der GL hat uns gerade gesagt: ${code(c)} wird eingestellt, das Team wechselt im ${c.month()} zu ${cn(c)}. Offiziell erst nach der Betriebsversammlung. Wie bereite ich mein Team vor, ohne es vorher durchsickern zu lassen?`,
    fr: `${c.first()} du comité de direction vient de nous dire : le ${code(c)} est arrêté, l'équipe bascule sur ${cn(c)} en ${c.month()}. annonce officielle après la plénière seulement. comment préparer mon équipe sans fuite ?`,
    es: `${c.first()}, de dirección, nos acaba de decir: el ${code(c)} se cancela y el equipo pasa a ${cn(c)} en ${c.month()}. Se anunciará tras la reunión general. ¿Cómo preparo a mi equipo sin que se filtre antes?`,
    nl: `${c.first()} van de directie zei net: ${code(c)} stopt, het team gaat in ${c.month()} naar ${cn(c)}. aankondiging pas na de all-hands. hoe bereid ik mijn team voor zonder dat het uitlekt?`,
  }),
  (c) => c.t({
    en: `between us: ${c.name()} is being let go next week, HR and legal agreed the package today. please help me plan the handover of ${c.pick(['the key accounts', 'the payroll project', 'the vendor contracts'])} without tipping anyone off`,
    de: `unter uns: ${c.name()} wird nächste Woche freigestellt, HR und Recht haben heute den Aufhebungsvertrag abgestimmt. Hilf mir, die Übergabe ${c.pick(['der Key Accounts', 'des Lieferantenmanagements'])} zu planen, ohne dass es jemand merkt`,
    fr: `entre nous : ${c.name()} part la semaine prochaine, RH et juridique ont validé la rupture aujourd'hui. aide-moi à organiser la reprise ${c.pick(['des grands comptes', 'des contrats fournisseurs'])} sans que personne ne se doute de rien`,
    es: `entre nosotros: a ${c.name()} lo despiden la semana que viene, RR. HH. y legal cerraron hoy la indemnización. ayúdame a planificar el traspaso ${c.pick(['de las cuentas clave', 'de los contratos con proveedores'])} sin levantar sospechas`,
    nl: `tussen ons: ${c.name()} wordt volgende week ontslagen, HR en legal hebben vandaag de regeling afgestemd. help me de overdracht ${c.pick(['van de key accounts', 'van de leverancierscontracten'])} te plannen zonder dat iemand iets merkt`,
  }),
  (c) => c.t({
    en: `Audit prelim (not shared with the audit committee yet): ${c.int(2, 7)} high findings, incl. shared admin accounts and no access reviews since ${c.month()}. turn into a short update for my boss`,
    de: `Vorläufige Prüfungsergebnisse (noch nicht beim Prüfungsausschuss): ${c.int(2, 7)} hohe Feststellungen, u. a. geteilte Admin-Konten, keine Rezertifizierung seit ${c.month()}. Mach ein kurzes Update für meinen Chef draus`,
    fr: `Audit, résultats provisoires (pas encore transmis au comité d'audit) : ${c.int(2, 7)} constats majeurs, dont comptes admin partagés et aucune revue des accès depuis ${c.month()}. fais-en un point rapide pour mon n+1`,
    es: `Auditoría, resultados preliminares (aún no enviados a la comisión de auditoría): ${c.int(2, 7)} hallazgos altos, entre ellos cuentas admin compartidas y sin revisión de accesos desde ${c.month()}. hazme un resumen corto para mi jefe`,
    nl: `Voorlopige auditbevindingen (nog niet naar de auditcommissie): ${c.int(2, 7)} hoge bevindingen, o.a. gedeelde admin-accounts en geen toegangsreview sinds ${c.month()}. maak er een korte update voor mijn manager van`,
  }),
];

const internalDecision: Family = {
  id: 'internal-decision-short',
  labels: ['confidential'],
  markerRate: 0.05,
  shorts: decisionMsgs,
  docs: decisionMsgs,
};

/** Short messages quoting an internal price list or discount matrix (confidential + financial). */
const priceMsgs: ((c: Ctx) => string)[] = [
  (c) => c.t({
    en: `internal price list ${c.year()} (partners only): Basic ${c.mm(8, 30)}/user, Pro ${c.mm(30, 80)}/user, Enterprise floor ${c.mm(60, 150)}/user, max discount ${c.pct(c.int(15, 40), 0)} without VP approval. turn into a table`,
    de: `interne Preisliste ${c.year()} (nur für Partner): Basic ${c.mm(8, 30)}/Nutzer, Pro ${c.mm(30, 80)}/Nutzer, Enterprise-Untergrenze ${c.mm(60, 150)}/Nutzer, max. ${c.pct(c.int(15, 40), 0)} Rabatt ohne Freigabe. Als Tabelle bitte`,
    fr: `grille tarifaire interne ${c.year()} (partenaires uniquement) : Basic ${c.mm(8, 30)}/utilisateur, Pro ${c.mm(30, 80)}, plancher Enterprise ${c.mm(60, 150)}, remise max ${c.pct(c.int(15, 40), 0)} sans validation. mets ça en tableau`,
    es: `lista de precios interna ${c.year()} (solo partners): Basic ${c.mm(8, 30)}/usuario, Pro ${c.mm(30, 80)}, mínimo Enterprise ${c.mm(60, 150)}, descuento máx. ${c.pct(c.int(15, 40), 0)} sin aprobación. pásalo a tabla`,
    nl: `interne prijslijst ${c.year()} (alleen partners): Basic ${c.mm(8, 30)}/gebruiker, Pro ${c.mm(30, 80)}, ondergrens Enterprise ${c.mm(60, 150)}, max. korting ${c.pct(c.int(15, 40), 0)} zonder akkoord. zet het in een tabel`,
  }),
  (c) => c.t({
    en: `Can you check my maths? Our net price to ${c.co()} is ${c.mm(100, 900)} per unit, landed cost ${c.mm(40, 300)}, and we promised them the same price as ${c.co()} gets (${c.pct(c.int(8, 25), 0)} below list). Don't want this going outside sales.`,
    de: `Rechne mal nach: Unser Nettopreis für ${c.co()} ist ${c.mm(100, 900)} pro Stück, Einstandspreis ${c.mm(40, 300)}, und wir haben denselben Preis wie bei ${c.co()} zugesagt (${c.pct(c.int(8, 25), 0)} unter Liste). Das bleibt bitte im Vertrieb.`,
    fr: `Tu peux vérifier mon calcul ? Prix net pour ${c.co()} : ${c.mm(100, 900)} l'unité, coût de revient ${c.mm(40, 300)}, et on leur a promis le même prix que ${c.co()} (${c.pct(c.int(8, 25), 0)} sous le tarif). Ça reste entre commerciaux.`,
    es: `¿Me revisas las cuentas? Precio neto a ${c.co()}: ${c.mm(100, 900)} por unidad, coste ${c.mm(40, 300)}, y les prometimos el mismo precio que a ${c.co()} (${c.pct(c.int(8, 25), 0)} bajo tarifa). Que no salga de ventas.`,
    nl: `Reken je even mee? Nettoprijs voor ${c.co()} is ${c.mm(100, 900)} per stuk, kostprijs ${c.mm(40, 300)}, en we beloofden dezelfde prijs als ${c.co()} krijgt (${c.pct(c.int(8, 25), 0)} onder lijst). Blijft binnen sales.`,
  }),
  (c) => c.t({
    en: `new discount matrix from pricing, effective ${c.date()} but reps only get it next week:\n<${c.m(50000, 0)}: max ${c.pct(c.int(5, 10), 0)}\n${c.m(50000, 0)}–${c.m(250000, 0)}: max ${c.pct(c.int(10, 20), 0)}\n>${c.m(250000, 0)}: deal desk\nwrite a one-paragraph explainer`,
    de: `neue Rabattmatrix vom Pricing, gilt ab ${c.date()}, Außendienst bekommt sie erst nächste Woche:\n<${c.m(50000, 0)}: max. ${c.pct(c.int(5, 10), 0)}\n${c.m(50000, 0)}–${c.m(250000, 0)}: max. ${c.pct(c.int(10, 20), 0)}\n>${c.m(250000, 0)}: Deal Desk\nschreib eine kurze Erklärung`,
    fr: `nouvelle matrice de remises du pricing, en vigueur le ${c.date()}, les commerciaux l'auront la semaine prochaine :\n<${c.m(50000, 0)} : max ${c.pct(c.int(5, 10), 0)}\n${c.m(50000, 0)}–${c.m(250000, 0)} : max ${c.pct(c.int(10, 20), 0)}\n>${c.m(250000, 0)} : deal desk\nrédige une explication courte`,
    es: `nueva matriz de descuentos de pricing, vigente desde el ${c.date()}, los comerciales la reciben la semana que viene:\n<${c.m(50000, 0)}: máx. ${c.pct(c.int(5, 10), 0)}\n${c.m(50000, 0)}–${c.m(250000, 0)}: máx. ${c.pct(c.int(10, 20), 0)}\n>${c.m(250000, 0)}: deal desk\nescribe una explicación breve`,
    nl: `nieuwe kortingsmatrix van pricing, geldig vanaf ${c.date()}, accountmanagers krijgen hem pas volgende week:\n<${c.m(50000, 0)}: max. ${c.pct(c.int(5, 10), 0)}\n${c.m(50000, 0)}–${c.m(250000, 0)}: max. ${c.pct(c.int(10, 20), 0)}\n>${c.m(250000, 0)}: deal desk\nschrijf een korte uitleg`,
  }),
];

const internalPrice: Family = {
  id: 'internal-price-short',
  labels: ['confidential', 'financial'],
  markerRate: 0.05,
  shorts: priceMsgs,
  docs: priceMsgs,
};


// ---------------------------------------------------------------------------------------------------------------
// Short chat messages (Slack/Teams, forwarded snippets, rewrite requests) about internal matters not yet public.
// The frames are content-neutral and exported: hard-negatives.ts fills the same frames with harmless content, so
// the chat style itself carries no signal; the sensitivity sits in the content.
// ---------------------------------------------------------------------------------------------------------------

/** Slots of a chat frame: x, y = content clauses (lower-case start, no final stop), n = a first name, g = greeting or ''. */
export interface ChatSlots { x: string; y: string; n: string; g: string }
export type ChatFrame = (s: ChatSlots) => string;
export const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A Slack/Teams message, pasted with or around a request. */
export const CHAT_FRAMES: Record<Lang, readonly ChatFrame[]> = {
  en: [
    (s) => `${s.g}heads up: ${s.x}. can you help me word a reply?`,
    (s) => `got this on slack from ${s.n}: "${capFirst(s.x)}." how should I respond?`,
    (s) => `${capFirst(s.x)}. Write this up as a short teams message for my direct reports`,
    (s) => `quick q - ${s.x}. what do I tell my team if they ask?`,
    (s) => `${s.g}just heard that ${s.x}. make it sound less alarming pls`,
    (s) => `hi, pls fix my english: "${s.g}fyi ${s.x}, more next week"`,
    (s) => `${s.n} pinged me: ${s.x}. Also ${s.y}. summarise for my 1:1 notes`,
    (s) => `can u turn this into 3 bullets for the team channel: ${s.x}; ${s.y}`,
    (s) => `Draft a reply to ${s.n}: yes I know, ${s.x}, let's talk tomorrow`,
    (s) => `[${s.n}, 09:${String(s.n.length * 7 % 60).padStart(2, '0')}] ${s.x}\n\nwhat's the best way to answer this without saying too much?`,
    (s) => `so apparently ${s.x} 😬 how do I bring this up in our team call?`,
    (s) => `${s.g}${capFirst(s.x)}, and ${s.y}. Rewrite this in a calmer, more professional tone.`,
    (s) => `Translate for my colleague in the other office: ${s.x}.`,
  ],
  de: [
    (s) => `${s.g}kurze Info: ${s.x}. hilf mir bitte bei einer Antwort`,
    (s) => `hab das von ${s.n} im Teams bekommen: „${capFirst(s.x)}.“ Was antworte ich da?`,
    (s) => `${capFirst(s.x)}. Formulier das als kurze Teams-Nachricht für mein Team`,
    (s) => `kurze Frage – ${s.x}. was sag ich meinen Leuten, wenn sie fragen?`,
    (s) => `${s.g}hab gerade erfahren, dass ${s.x}. Bitte weniger dramatisch formulieren`,
    (s) => `bitte korrigieren: „${s.g}zur Info, ${s.x}, mehr nächste Woche“`,
    (s) => `${s.n} hat mir geschrieben: ${s.x}. Außerdem ${s.y}. Fass das für meine 1:1-Notizen zusammen`,
    (s) => `mach mir 3 Stichpunkte für den Teamkanal draus: ${s.x}; ${s.y}`,
    (s) => `Antwort an ${s.n} entwerfen: ja, weiß ich schon, ${s.x}, lass uns morgen reden`,
    (s) => `[${s.n}, 09:${String(s.n.length * 7 % 60).padStart(2, '0')}] ${s.x}\n\nwie antworte ich darauf, ohne zu viel zu sagen?`,
    (s) => `also anscheinend ${s.x} 😬 wie spreche ich das im Team-Call an?`,
    (s) => `${s.g}${capFirst(s.x)}, und ${s.y}. Schreib das ruhiger und professioneller.`,
    (s) => `Übersetz das ins Englische für den Kollegen in Dublin: ${s.x}.`,
  ],
  fr: [
    (s) => `${s.g}pour info : ${s.x}. tu m'aides à formuler une réponse ?`,
    (s) => `reçu de ${s.n} sur Teams : « ${capFirst(s.x)}. » je réponds quoi ?`,
    (s) => `${capFirst(s.x)}. Rédige ça en message Teams court pour mon équipe`,
    (s) => `petite question : ${s.x}. je dis quoi à mon équipe si on me demande ?`,
    (s) => `${s.g}je viens d'apprendre que ${s.x}. rends ça moins alarmant stp`,
    (s) => `corrige mon message stp : « ${s.g}pour info ${s.x}, je vous en dis plus la semaine prochaine »`,
    (s) => `${s.n} m'a écrit : ${s.x}. Et aussi ${s.y}. Résume pour mes notes de 1:1`,
    (s) => `fais-moi 3 puces pour le canal de l'équipe : ${s.x} ; ${s.y}`,
    (s) => `Prépare une réponse à ${s.n} : oui je sais, ${s.x}, on en parle demain`,
    (s) => `[${s.n}, 09:${String(s.n.length * 7 % 60).padStart(2, '0')}] ${s.x}\n\ncomment répondre sans trop en dire ?`,
    (s) => `bon apparemment ${s.x} 😬 comment j'aborde ça en réunion d'équipe ?`,
    (s) => `${s.g}${capFirst(s.x)}, et ${s.y}. Reformule de façon plus posée et pro.`,
    (s) => `Traduis en anglais pour le collègue de Londres : ${s.x}.`,
  ],
  es: [
    (s) => `${s.g}para que lo sepas: ${s.x}. ¿me ayudas a redactar una respuesta?`,
    (s) => `me ha llegado esto de ${s.n} por Teams: «${capFirst(s.x)}». ¿qué le contesto?`,
    (s) => `${capFirst(s.x)}. Escríbelo como mensaje corto de Teams para mi equipo`,
    (s) => `una duda: ${s.x}. ¿qué le digo a mi equipo si pregunta?`,
    (s) => `${s.g}me acabo de enterar de que ${s.x}. suavízalo un poco porfa`,
    (s) => `corrígeme esto: «${s.g}os cuento, ${s.x}, más detalles la semana que viene»`,
    (s) => `${s.n} me ha escrito: ${s.x}. Además ${s.y}. Resúmelo para mis notas del 1:1`,
    (s) => `sácame 3 puntos para el canal del equipo: ${s.x}; ${s.y}`,
    (s) => `Redacta una respuesta para ${s.n}: sí, ya lo sé, ${s.x}, lo hablamos mañana`,
    (s) => `[${s.n}, 09:${String(s.n.length * 7 % 60).padStart(2, '0')}] ${s.x}\n\n¿cómo respondo sin contar demasiado?`,
    (s) => `pues parece que ${s.x} 😬 ¿cómo lo saco en la reunión de equipo?`,
    (s) => `${s.g}${capFirst(s.x)}, y ${s.y}. Reescríbelo con un tono más tranquilo y profesional.`,
    (s) => `Tradúcelo al inglés para el compañero de Dublín: ${s.x}.`,
  ],
  nl: [
    (s) => `${s.g}even ter info: ${s.x}. help je me met een antwoord?`,
    (s) => `kreeg dit van ${s.n} via Teams: "${capFirst(s.x)}." wat zeg ik terug?`,
    (s) => `${capFirst(s.x)}. Schrijf dit als kort Teams-bericht voor mijn team`,
    (s) => `snelle vraag: ${s.x}. wat zeg ik tegen mijn team als ze ernaar vragen?`,
    (s) => `${s.g}hoorde net dat ${s.x}. maak het wat minder alarmerend aub`,
    (s) => `kun je dit verbeteren: "${s.g}ter info, ${s.x}, meer volgende week"`,
    (s) => `${s.n} appte me: ${s.x}. En ${s.y}. Vat samen voor mijn 1-op-1-notities`,
    (s) => `maak er 3 bullets van voor het teamkanaal: ${s.x}; ${s.y}`,
    (s) => `Schrijf een antwoord aan ${s.n}: ja weet ik, ${s.x}, laten we morgen bellen`,
    (s) => `[${s.n}, 09:${String(s.n.length * 7 % 60).padStart(2, '0')}] ${s.x}\n\nhoe reageer ik zonder te veel te zeggen?`,
    (s) => `dus blijkbaar ${s.x} 😬 hoe breng ik dit ter sprake in het teamoverleg?`,
    (s) => `${s.g}${capFirst(s.x)}, en ${s.y}. Herschrijf dit rustiger en professioneler.`,
    (s) => `Vertaal naar het Engels voor de collega in Londen: ${s.x}.`,
  ],
};

/** A snippet forwarded from a meeting or call ("FYI, from the leadership call: ..."). */
export const FWD_FRAMES: Record<Lang, readonly ChatFrame[]> = {
  en: [
    (s) => `FYI, from the leadership call:\n- ${s.x}\n- ${s.y}\ncan you turn this into a short note for my team?`,
    (s) => `fwd from ${s.n}: "${capFirst(s.x)}."\nsummarise in one line`,
    (s) => `Notes from this morning's sync (${s.n}):\n• ${s.x}\n• ${s.y}`,
    (s) => `---------- Forwarded message ----------\nFrom: ${s.n}\n\n${s.g}${capFirst(s.x)}. ${capFirst(s.y)}.\n\nwhat are the action items for me?`,
    (s) => `> ${capFirst(s.x)}\n> ${capFirst(s.y)}\n\n^ that's from the all-managers call. how do I cascade this?`,
    (s) => `From the ops review, takeaways: 1) ${s.x} 2) ${s.y}. Make it a tidy recap`,
    (s) => `${s.n} just forwarded this from the exec meeting: ${s.x}. thoughts?`,
    (s) => `recap of the call w/ ${s.n}: ${s.x}, ${s.y}. pls clean up`,
    (s) => `copying the key line from the leadership update: "${s.x}". what does this mean for us?`,
    (s) => `Re: weekly leads meeting\n\n${capFirst(s.x)}.\n${capFirst(s.y)}.\n\nturn into a checklist`,
    (s) => `Summarise these call notes for ${s.n}:\n- ${s.x}\n- ${s.y}`,
    (s) => `from the townhall prep doc: ${s.x}. rewrite for a 2-min verbal update`,
  ],
  de: [
    (s) => `Zur Info, aus dem Führungskreis-Call:\n- ${s.x}\n- ${s.y}\nmach daraus eine kurze Notiz für mein Team`,
    (s) => `weitergeleitet von ${s.n}: „${capFirst(s.x)}.“\nbitte in einem Satz zusammenfassen`,
    (s) => `Notizen aus dem Jour fixe heute früh (${s.n}):\n• ${s.x}\n• ${s.y}`,
    (s) => `---------- Weitergeleitete Nachricht ----------\nVon: ${s.n}\n\n${s.g}${capFirst(s.x)}. ${capFirst(s.y)}.\n\nwelche To-dos ergeben sich für mich?`,
    (s) => `> ${capFirst(s.x)}\n> ${capFirst(s.y)}\n\n^ das kam aus der Führungskräfterunde. Wie gebe ich das weiter?`,
    (s) => `Aus dem Ops-Review, Ergebnisse: 1) ${s.x} 2) ${s.y}. Mach ein sauberes Protokoll draus`,
    (s) => `${s.n} hat mir das aus der Vorstandsrunde weitergeleitet: ${s.x}. Was meinst du?`,
    (s) => `Zusammenfassung Call mit ${s.n}: ${s.x}, ${s.y}. bitte aufräumen`,
    (s) => `Kernsatz aus dem GL-Update: „${s.x}“. Was heißt das für uns?`,
    (s) => `AW: wöchentliche Leiterrunde\n\n${capFirst(s.x)}.\n${capFirst(s.y)}.\n\nals Checkliste bitte`,
    (s) => `Fass die Call-Notizen für ${s.n} zusammen:\n- ${s.x}\n- ${s.y}`,
    (s) => `aus dem Vorbereitungsdokument für die Betriebsversammlung: ${s.x}. Umschreiben für ein 2-Minuten-Update`,
  ],
  fr: [
    (s) => `Pour info, du call de direction :\n- ${s.x}\n- ${s.y}\ntu peux en faire une note courte pour mon équipe ?`,
    (s) => `transféré par ${s.n} : « ${capFirst(s.x)}. »\nrésume en une ligne`,
    (s) => `Notes du point de ce matin (${s.n}) :\n• ${s.x}\n• ${s.y}`,
    (s) => `---------- Message transféré ----------\nDe : ${s.n}\n\n${s.g}${capFirst(s.x)}. ${capFirst(s.y)}.\n\nquelles actions pour moi ?`,
    (s) => `> ${capFirst(s.x)}\n> ${capFirst(s.y)}\n\n^ ça vient de la réunion des managers. comment je le redescends ?`,
    (s) => `Revue ops, à retenir : 1) ${s.x} 2) ${s.y}. Fais-en un compte rendu propre`,
    (s) => `${s.n} vient de me transférer ça du comex : ${s.x}. t'en penses quoi ?`,
    (s) => `récap de l'appel avec ${s.n} : ${s.x}, ${s.y}. mets au propre stp`,
    (s) => `la phrase clé du point direction : « ${s.x} ». qu'est-ce que ça change pour nous ?`,
    (s) => `RE: réunion hebdo des responsables\n\n${capFirst(s.x)}.\n${capFirst(s.y)}.\n\nen checklist stp`,
    (s) => `Résume ces notes d'appel pour ${s.n} :\n- ${s.x}\n- ${s.y}`,
    (s) => `extrait du doc de préparation du town hall : ${s.x}. réécris pour un point oral de 2 min`,
  ],
  es: [
    (s) => `Para que lo sepáis, de la llamada de dirección:\n- ${s.x}\n- ${s.y}\n¿me lo conviertes en una nota corta para mi equipo?`,
    (s) => `reenviado por ${s.n}: «${capFirst(s.x)}».\nresúmelo en una línea`,
    (s) => `Notas de la reunión de esta mañana (${s.n}):\n• ${s.x}\n• ${s.y}`,
    (s) => `---------- Mensaje reenviado ----------\nDe: ${s.n}\n\n${s.g}${capFirst(s.x)}. ${capFirst(s.y)}.\n\n¿qué tareas me tocan?`,
    (s) => `> ${capFirst(s.x)}\n> ${capFirst(s.y)}\n\n^ esto salió de la reunión de mánagers. ¿cómo lo bajo al equipo?`,
    (s) => `De la revisión de operaciones: 1) ${s.x} 2) ${s.y}. Hazme un resumen limpio`,
    (s) => `${s.n} me acaba de reenviar esto del comité: ${s.x}. ¿qué opinas?`,
    (s) => `resumen de la llamada con ${s.n}: ${s.x}, ${s.y}. ordénalo porfa`,
    (s) => `la frase clave de la actualización de dirección: «${s.x}». ¿qué implica para nosotros?`,
    (s) => `RE: reunión semanal de responsables\n\n${capFirst(s.x)}.\n${capFirst(s.y)}.\n\npásalo a checklist`,
    (s) => `Resume estas notas de la llamada para ${s.n}:\n- ${s.x}\n- ${s.y}`,
    (s) => `del documento de preparación del town hall: ${s.x}. reescríbelo para contarlo en 2 minutos`,
  ],
  nl: [
    (s) => `Ter info, uit de directiecall:\n- ${s.x}\n- ${s.y}\nkun je er een korte notitie voor mijn team van maken?`,
    (s) => `doorgestuurd door ${s.n}: "${capFirst(s.x)}."\nvat samen in één zin`,
    (s) => `Aantekeningen van de sync vanochtend (${s.n}):\n• ${s.x}\n• ${s.y}`,
    (s) => `---------- Doorgestuurd bericht ----------\nVan: ${s.n}\n\n${s.g}${capFirst(s.x)}. ${capFirst(s.y)}.\n\nwelke actiepunten heb ik?`,
    (s) => `> ${capFirst(s.x)}\n> ${capFirst(s.y)}\n\n^ dat kwam uit het managersoverleg. hoe breng ik dit over?`,
    (s) => `Uit de ops-review: 1) ${s.x} 2) ${s.y}. Maak er een net verslag van`,
    (s) => `${s.n} stuurde me dit door uit het MT: ${s.x}. wat vind jij?`,
    (s) => `samenvatting call met ${s.n}: ${s.x}, ${s.y}. even netjes maken aub`,
    (s) => `kernzin uit de directie-update: "${s.x}". wat betekent dit voor ons?`,
    (s) => `RE: wekelijks leidinggevendenoverleg\n\n${capFirst(s.x)}.\n${capFirst(s.y)}.\n\nmaak er een checklist van`,
    (s) => `Vat deze callnotities samen voor ${s.n}:\n- ${s.x}\n- ${s.y}`,
    (s) => `uit het voorbereidingsdoc voor de town hall: ${s.x}. herschrijf voor een mondelinge update van 2 min`,
  ],
};

/** A request to rewrite, announce or explain such news. */
export const REWRITE_FRAMES: Record<Lang, readonly ChatFrame[]> = {
  en: [
    (s) => `rewrite this so it sounds positive: ${s.x}`,
    (s) => `How do I announce to my team that ${s.x}? Give me 3 versions.`,
    (s) => `I need to tell ${s.n} that ${s.x}. draft something kind but clear`,
    (s) => `write an internal announcement: ${s.x}. keep it under 100 words`,
    (s) => `${capFirst(s.x)} – how would you phrase this for the newsletter?`,
    (s) => `make this more diplomatic pls: "${s.g}${s.x}, sorry for the short notice"`,
    (s) => `Can you rephrase for slack? ${capFirst(s.x)}. ${capFirst(s.y)}.`,
    (s) => `talking points for my 1:1 with ${s.n}, topic: ${s.x}`,
    (s) => `pls shorten: ${s.g}${s.x} and ${s.y}, questions to me`,
    (s) => `what's a good subject line for an email saying ${s.x}?`,
    (s) => `Help me answer the FAQ "what's happening?" – the honest answer is ${s.x}.`,
    (s) => `turn into a teams post with emoji 🙂: ${s.x}`,
  ],
  de: [
    (s) => `schreib das positiver: ${s.x}`,
    (s) => `Wie sage ich meinem Team, dass ${s.x}? Gib mir 3 Varianten.`,
    (s) => `Ich muss ${s.n} sagen, dass ${s.x}. Entwirf was Freundliches, aber Klares`,
    (s) => `Schreib eine interne Ankündigung: ${s.x}. Maximal 100 Wörter`,
    (s) => `${capFirst(s.x)} – wie würdest du das für den Newsletter formulieren?`,
    (s) => `bitte diplomatischer: „${s.g}${s.x}, sorry für die Kurzfristigkeit“`,
    (s) => `Kannst du das für Slack umformulieren? ${capFirst(s.x)}. ${capFirst(s.y)}.`,
    (s) => `Gesprächspunkte fürs 1:1 mit ${s.n}, Thema: ${s.x}`,
    (s) => `bitte kürzen: ${s.g}${s.x} und ${s.y}, Fragen an mich`,
    (s) => `guter Betreff für eine Mail, dass ${s.x}?`,
    (s) => `Hilf mir bei der FAQ „Was ist los?“ – ehrliche Antwort: ${s.x}.`,
    (s) => `mach einen Teams-Post mit Emoji 🙂 draus: ${s.x}`,
  ],
  fr: [
    (s) => `reformule de façon positive : ${s.x}`,
    (s) => `Comment annoncer à mon équipe que ${s.x} ? Donne-moi 3 versions.`,
    (s) => `je dois dire à ${s.n} que ${s.x}. écris un truc bienveillant mais clair`,
    (s) => `rédige une annonce interne : ${s.x}. 100 mots max`,
    (s) => `${capFirst(s.x)} – tu le formulerais comment pour la newsletter ?`,
    (s) => `plus diplomate stp : « ${s.g}${s.x}, désolé pour le délai court »`,
    (s) => `Tu peux reformuler pour Slack ? ${capFirst(s.x)}. ${capFirst(s.y)}.`,
    (s) => `points à aborder pour mon 1:1 avec ${s.n}, sujet : ${s.x}`,
    (s) => `raccourcis stp : ${s.g}${s.x} et ${s.y}, questions à moi`,
    (s) => `quel objet de mail pour dire que ${s.x} ?`,
    (s) => `Aide-moi à répondre à la FAQ « il se passe quoi ? » – la vraie réponse : ${s.x}.`,
    (s) => `fais-en un post Teams avec emoji 🙂 : ${s.x}`,
  ],
  es: [
    (s) => `reescribe esto en positivo: ${s.x}`,
    (s) => `¿Cómo le digo a mi equipo que ${s.x}? Dame 3 versiones.`,
    (s) => `tengo que decirle a ${s.n} que ${s.x}. escribe algo amable pero claro`,
    (s) => `redacta un comunicado interno: ${s.x}. máximo 100 palabras`,
    (s) => `${capFirst(s.x)} – ¿cómo lo pondrías en la newsletter?`,
    (s) => `más diplomático porfa: «${s.g}${s.x}, perdón por el poco margen»`,
    (s) => `¿Me lo reformulas para Slack? ${capFirst(s.x)}. ${capFirst(s.y)}.`,
    (s) => `puntos para mi 1:1 con ${s.n}, tema: ${s.x}`,
    (s) => `acórtalo porfa: ${s.g}${s.x} y ${s.y}, dudas a mí`,
    (s) => `¿qué asunto pongo en un correo para decir que ${s.x}?`,
    (s) => `Ayúdame con la FAQ «¿qué está pasando?» – la respuesta real es que ${s.x}.`,
    (s) => `conviértelo en un post de Teams con emoji 🙂: ${s.x}`,
  ],
  nl: [
    (s) => `herschrijf dit positiever: ${s.x}`,
    (s) => `Hoe vertel ik mijn team dat ${s.x}? Geef 3 versies.`,
    (s) => `ik moet ${s.n} vertellen dat ${s.x}. schrijf iets vriendelijks maar duidelijks`,
    (s) => `schrijf een interne aankondiging: ${s.x}. max 100 woorden`,
    (s) => `${capFirst(s.x)} – hoe zou jij dit in de nieuwsbrief zetten?`,
    (s) => `iets diplomatieker aub: "${s.g}${s.x}, sorry voor de korte termijn"`,
    (s) => `Kun je dit herformuleren voor Slack? ${capFirst(s.x)}. ${capFirst(s.y)}.`,
    (s) => `gespreks­punten voor mijn 1-op-1 met ${s.n}, onderwerp: ${s.x}`,
    (s) => `graag inkorten: ${s.g}${s.x} en ${s.y}, vragen naar mij`,
    (s) => `goede onderwerpregel voor een mail dat ${s.x}?`,
    (s) => `Help me met de FAQ "wat is er aan de hand?" – het eerlijke antwoord: ${s.x}.`,
    (s) => `maak er een Teams-post met emoji 🙂 van: ${s.x}`,
  ],
};

const CHAT_GREET: Record<Lang, readonly string[]> = {
  en: ['hey team, ', 'hi all, ', 'morning! ', 'Hi {n}, ', 'hey {n} - ', 'all, '],
  de: ['Hallo zusammen, ', 'Moin, ', 'Hi {n}, ', 'Hey {n} – ', 'Servus, ', 'Liebes Team, '],
  fr: ['Bonjour à tous, ', 'Salut {n}, ', 'Hello l\'équipe, ', 'Coucou {n}, ', 'Bonjour, '],
  es: ['Hola equipo, ', 'Buenas, ', 'Hola {n}, ', 'Ey {n}, ', 'Buenos días, '],
  nl: ['Hoi allemaal, ', 'Hey {n}, ', 'Goedemorgen, ', 'Hoi {n}, ', 'Dag team, '],
};

/** Slots for a frame: two content clauses from `pool`, a name, and a greeting on about half. */
export function chatSlots(rng: Rng, lang: Lang, pool: readonly string[], name: string): ChatSlots {
  const [x, y] = rng.shuffle(pool);
  const g = rng.chance(0.45) ? rng.pick(CHAT_GREET[lang]).replace('{n}', name) : '';
  return { x: x!, y: y ?? x!, n: name, g };
}
/** Render one frame with light casual noise (typos are applied by the caller's family). */
export function renderChat(rng: Rng, lang: Lang, frames: Record<Lang, readonly ChatFrame[]>, pool: readonly string[], name: string): string {
  return rng.pick(frames[lang])(chatSlots(rng, lang, pool, name));
}

const DEPT: Phr = {
  en: ['Customer Success', 'Marketing', 'the EMEA sales team', 'Finance Ops', 'Support', 'Facilities'],
  de: ['Customer Success', 'Marketing', 'dem Vertrieb Süd', 'der Buchhaltung', 'dem Support', 'der Logistik'],
  fr: ['Customer Success', 'marketing', "l'équipe commerciale Sud", 'la compta fournisseurs', 'support', 'logistique'],
  es: ['Customer Success', 'marketing', 'el equipo comercial de Levante', 'contabilidad', 'soporte', 'logística'],
  nl: ['Customer Success', 'marketing', 'het salesteam Zuid', 'de crediteurenadministratie', 'support', 'logistiek'],
};
const HUSH: Phr = {
  en: [', keep it to yourself for now', ' (not announced yet)', ', please don\'t share', ', nobody outside the ELT knows', ' – not public till next month', ''],
  de: [', bitte noch für dich behalten', ' (noch nicht kommuniziert)', ', bitte nicht weitersagen', ', weiß außer der GL noch keiner', ' – offiziell erst nächsten Monat', ''],
  fr: [', garde-le pour toi pour l\'instant', ' (pas encore annoncé)', ', ne le partage pas', ', seul le comex est au courant', ' – officiel le mois prochain seulement', ''],
  es: [', de momento guárdatelo', ' (aún no anunciado)', ', no lo compartas', ', fuera del comité nadie lo sabe', ' – no es público hasta el mes que viene', ''],
  nl: [', hou het nog even voor je', ' (nog niet aangekondigd)', ', niet delen aub', ', buiten het MT weet niemand het', ' – pas volgende maand officieel', ''],
};

/** Internal, not-yet-public matters as chat clauses (lower-case start, no final stop). */
function secretNews(c: Ctx): string[] {
  const p = c.int(6, 35);
  const k = c.int(8, 140);
  const base = c.t({
    en: `${c.co()} is leaving us end of Q${c.int(1, 4)}, that's about ${p}% of our ARR and sales hasn't been told|we sign the partnership with ${c.co()} on ${c.date()}, announcement only after that|HR has opened an investigation into ${c.name()} after two complaints|someone got into the ${c.pick(['billing', 'CRM', 'VPN', 'HR portal'])} admin console last weekend and we haven't told customers yet|${cn(c)} launches on ${c.date()} but it's under embargo until the press event|list prices go up ${p}% from ${c.month()}, customers hear about it in ${c.int(2, 6)} weeks|we're withholding payment to ${c.co()} over the SLA dispute, legal is drafting the notice|${k} roles in ${c.t(DEPT)} get cut in the reorg, managers receive the lists on ${c.date()}|the board approved selling the ${c.city()} site yesterday|salary bands are frozen next year and L3–L5 get no merit increase|${c.co()} is suing us over the ${cn(c)} patent, papers arrived this morning|${c.name()} is being moved out of the ${c.t(ROLE)} role after the all-hands|we lost the ${c.co()} renewal and the whole ${cn(c)} squad gets reassigned|${c.co()} sent us an LOI to acquire the company, only the exec team knows`,
    de: `${c.co()} kündigt zum Ende Q${c.int(1, 4)}, das sind rund ${p} % unseres Umsatzes und der Vertrieb weiß es noch nicht|die Partnerschaft mit ${c.co()} wird am ${c.date()} unterschrieben, kommuniziert wird erst danach|HR hat nach zwei Beschwerden eine Untersuchung gegen ${c.name()} eingeleitet|letztes Wochenende hat sich jemand Zugang zur ${c.pick(['Abrechnungs', 'CRM', 'VPN', 'HR-Portal'])}-Adminkonsole verschafft, Kunden sind noch nicht informiert|${cn(c)} startet am ${c.date()}, bis zum Pressetermin gilt aber Sperrfrist|die Listenpreise steigen ab ${c.month()} um ${p} %, Kunden erfahren es in ${c.int(2, 6)} Wochen|wir halten Zahlungen an ${c.co()} wegen des SLA-Streits zurück, die Rechtsabteilung schreibt das Schreiben|in ${c.t(DEPT)} fallen ${k} Stellen weg, die Führungskräfte kriegen die Listen am ${c.date()}|der Aufsichtsrat hat gestern den Verkauf des Standorts ${c.city()} genehmigt|die Gehaltsbänder werden nächstes Jahr eingefroren, keine Erhöhung für Stufe 3 bis 5|${c.co()} verklagt uns wegen des ${cn(c)}-Patents, die Klage kam heute früh|${c.name()} wird nach der Betriebsversammlung als ${c.t(ROLE)} abgelöst|wir haben die Verlängerung mit ${c.co()} verloren und das ${cn(c)}-Team wird aufgelöst|${c.co()} hat uns eine Absichtserklärung zur Übernahme geschickt, nur der Vorstand weiß Bescheid`,
    fr: `${c.co()} nous quitte fin T${c.int(1, 4)}, ça fait environ ${p} % du CA et les commerciaux ne le savent pas|on signe le partenariat avec ${c.co()} le ${c.date()}, annonce seulement après|les RH ont ouvert une enquête sur ${c.name()} après deux signalements|quelqu'un est entré dans la console admin ${c.pick(['facturation', 'CRM', 'VPN', 'du portail RH'])} le week-end dernier et les clients ne sont pas prévenus|${cn(c)} sort le ${c.date()} mais c'est sous embargo jusqu'à la conférence de presse|les prix catalogue augmentent de ${p} % en ${c.month()}, les clients seront prévenus dans ${c.int(2, 6)} semaines|on bloque les paiements à ${c.co()} à cause du litige SLA, le juridique rédige la mise en demeure|${k} postes sautent dans ${c.t(DEPT)} avec la réorg, les managers ont les listes le ${c.date()}|le conseil a validé hier la vente du site de ${c.city()}|les grilles de salaire sont gelées l'an prochain, pas d'augmentation pour les niveaux 3 à 5|${c.co()} nous attaque sur le brevet ${cn(c)}, l'assignation est arrivée ce matin|${c.name()} quitte son poste de ${c.t(ROLE)} après la plénière|on a perdu le renouvellement ${c.co()} et l'équipe ${cn(c)} va être redéployée|${c.co()} nous a envoyé une lettre d'intention de rachat, seul le comex est au courant`,
    es: `${c.co()} se va a finales del T${c.int(1, 4)}, es como un ${p} % de la facturación y ventas aún no lo sabe|firmamos la alianza con ${c.co()} el ${c.date()}, se anuncia después|RR. HH. ha abierto una investigación a ${c.name()} por dos quejas|alguien entró en la consola de administración de ${c.pick(['facturación', 'CRM', 'la VPN', 'el portal de RR. HH.'])} el finde pasado y no se ha avisado a los clientes|${cn(c)} sale el ${c.date()} pero hay embargo hasta el evento de prensa|las tarifas suben un ${p} % en ${c.month()}, a los clientes se les avisa en ${c.int(2, 6)} semanas|estamos reteniendo los pagos a ${c.co()} por el conflicto del SLA, legal prepara el burofax|se recortan ${k} puestos en ${c.t(DEPT)} con la reorganización, los mánagers tienen las listas el ${c.date()}|el consejo aprobó ayer vender la sede de ${c.city()}|las bandas salariales se congelan el año que viene, sin subida para los niveles 3 a 5|${c.co()} nos ha demandado por la patente de ${cn(c)}, la demanda llegó esta mañana|a ${c.name()} lo quitan del puesto de ${c.t(ROLE)} después de la reunión general|hemos perdido la renovación de ${c.co()} y al equipo de ${cn(c)} lo reasignan|${c.co()} nos ha mandado una carta de intenciones para comprarnos, solo lo sabe dirección`,
    nl: `${c.co()} vertrekt eind Q${c.int(1, 4)}, dat is zo'n ${p}% van onze omzet en sales weet het nog niet|we tekenen het partnerschap met ${c.co()} op ${c.date()}, aankondiging pas daarna|HR is een onderzoek gestart naar ${c.name()} na twee klachten|iemand is vorig weekend in de ${c.pick(['facturatie', 'CRM', 'VPN', 'HR-portaal'])}-beheeromgeving gekomen en klanten zijn nog niet ingelicht|${cn(c)} gaat live op ${c.date()}, maar er ligt een embargo tot het persmoment|de lijstprijzen gaan in ${c.month()} ${p}% omhoog, klanten horen het over ${c.int(2, 6)} weken|we houden betalingen aan ${c.co()} in vanwege het SLA-geschil, legal stelt de brief op|bij ${c.t(DEPT)} verdwijnen ${k} functies in de reorganisatie, managers krijgen de lijsten op ${c.date()}|de RvC heeft gisteren de verkoop van de vestiging ${c.city()} goedgekeurd|de salarisschalen worden volgend jaar bevroren, geen verhoging voor schaal 3 t/m 5|${c.co()} klaagt ons aan over het ${cn(c)}-patent, de dagvaarding kwam vanochtend|${c.name()} wordt na de all-hands uit de rol van ${c.t(ROLE)} gehaald|we zijn de verlenging met ${c.co()} kwijt en het ${cn(c)}-team wordt herverdeeld|${c.co()} heeft ons een intentieverklaring voor overname gestuurd, alleen de directie weet het`,
  }).split('|');
  return base.map((s) => (c.chance(0.35) ? `${s}${c.t(HUSH)}` : s));
}

/** Light casual noise on a whole chat message. */
function chatNoise(c: Ctx, s: string): string {
  return casual(c, s);
}

const chatMsg = (frames: Record<Lang, readonly ChatFrame[]>) => (c: Ctx) => chatNoise(c, renderChat(c.rng, c.lang, frames, secretNews(c), c.first()));

const chatInternal: Family = { id: 'chat-internal-news', labels: ['confidential'], markerRate: 0, shorts: [chatMsg(CHAT_FRAMES)], docs: [chatMsg(CHAT_FRAMES)] };
const chatForwarded: Family = { id: 'chat-forwarded-snippet', labels: ['confidential'], markerRate: 0, shorts: [chatMsg(FWD_FRAMES)], docs: [chatMsg(FWD_FRAMES)] };
const chatRewrite: Family = { id: 'chat-rewrite-request', labels: ['confidential'], markerRate: 0, shorts: [chatMsg(REWRITE_FRAMES)], docs: [chatMsg(REWRITE_FRAMES)] };

/** The pasted message without a request of its own (then wrapped by the shared requests). */
const BARE_FRAMES: Record<Lang, readonly ChatFrame[]> = {
  en: [(s) => `${s.g}${s.x}.`, (s) => `${s.g}heads up: ${s.x}. ${capFirst(s.y)}.`, (s) => `[${s.n}] ${s.x}`, (s) => `From ${s.n}: ${capFirst(s.x)}.`],
  de: [(s) => `${s.g}${s.x}.`, (s) => `${s.g}kurze Info: ${s.x}. ${capFirst(s.y)}.`, (s) => `[${s.n}] ${s.x}`, (s) => `Von ${s.n}: ${capFirst(s.x)}.`],
  fr: [(s) => `${s.g}${s.x}.`, (s) => `${s.g}pour info : ${s.x}. ${capFirst(s.y)}.`, (s) => `[${s.n}] ${s.x}`, (s) => `De ${s.n} : ${capFirst(s.x)}.`],
  es: [(s) => `${s.g}${s.x}.`, (s) => `${s.g}os cuento: ${s.x}. ${capFirst(s.y)}.`, (s) => `[${s.n}] ${s.x}`, (s) => `De ${s.n}: ${capFirst(s.x)}.`],
  nl: [(s) => `${s.g}${s.x}.`, (s) => `${s.g}ter info: ${s.x}. ${capFirst(s.y)}.`, (s) => `[${s.n}] ${s.x}`, (s) => `Van ${s.n}: ${capFirst(s.x)}.`],
};
export { BARE_FRAMES as CHAT_BARE_FRAMES };

const CHAT_SETS: Record<string, Record<Lang, readonly ChatFrame[]>> = {
  'chat-internal-news': CHAT_FRAMES, 'chat-forwarded-snippet': FWD_FRAMES, 'chat-rewrite-request': REWRITE_FRAMES,
};

/** A chat-family example: mostly a full message with its own request, some bare and wrapped. */
function makeChat(rng: Rng, lang: Lang, family: Family): Example {
  const c = new Ctx(rng.fork(), lang);
  const bare = c.chance(0.25);
  let text = chatNoise(c, renderChat(c.rng, lang, bare ? BARE_FRAMES : CHAT_SETS[family.id]!, secretNews(c), c.first()));
  if (bare) text = wrap(c, text);
  text = text.trim().replace(/([A-Za-z])\.\.(?!\.)/g, '$1.');
  if (text.length < 40) text = `${text} ${c.t({ en: 'thoughts?', de: 'Meinung?', fr: 'ton avis ?', es: '¿qué opinas?', nl: 'wat vind jij?' })}`;
  return { text: text.slice(0, 1400), labels: [...family.labels], lang, origin: `synthetic/confidential/${family.id}` };
}

export const CONFIDENTIAL_FAMILIES: readonly Family[] = [
  minutes, strategyMemo, roadmap, termSheet, contractDraft, legalAdvice, postmortem, auditFindings,
  internalAnnouncement, embargoed, reorg, perfReview, hiring, escalation, negotiation, internalDecision, internalPrice,
  chatInternal, chatForwarded, chatRewrite,
];

/** `count` confidential positives, balanced over languages and families. */
export function generate(rng: Rng, count: number): Example[] {
  // generateFrom's balancing, with the chat families rendered by makeChat (they carry their own requests).
  const out: Example[] = [];
  const order = rng.shuffle(CONFIDENTIAL_FAMILIES);
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const family = order[Math.floor(i / LANGS.length) % order.length]!;
    out.push(family.id in CHAT_SETS ? makeChat(rng, lang, family) : makeExample(rng, lang, family, 'synthetic/confidential'));
  }
  return out;
}
