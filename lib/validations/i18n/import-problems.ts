import { isLocale, type Locale } from "@/lib/i18n/locales";

// The organisation import's refusal (lib/dal/org-transfer/internal/import-validate.ts) lists problems by table, row
// and column: "Table aiSystem, row 1, column name: is required." Table and column names, values and ids are the
// file's own and stay as they are; the words around them are said again in the reader's language.

type Words = { de: string; fr: string };
type Say = (m: RegExpExecArray, locale: "de" | "fr") => string;

// describe(column) in lib/dal/org-transfer/internal/import-values.ts: what a column's values must be.
const KINDS: Record<string, Words> = {
  text: { de: "Text", fr: "du texte" },
  "a whole number": { de: "eine ganze Zahl", fr: "un nombre entier" },
  "a number": { de: "eine Zahl", fr: "un nombre" },
  "true or false": { de: "true oder false", fr: "true ou false" },
  JSON: { de: "JSON", fr: "du JSON" },
};

function kind(english: string, locale: "de" | "fr"): string {
  const known = KINDS[english];
  if (known) return known[locale];
  const oneOf = /^one of (.+)$/.exec(english);
  if (oneOf) return locale === "de" ? `einer der Werte ${oneOf[1]}` : `l'une des valeurs ${oneOf[1]}`;
  const written = /^(a date|file content) written as (.+)$/.exec(english);
  if (!written) return english;
  if (written[1] === "a date")
    return locale === "de" ? `ein Datum in der Form ${written[2]}` : `une date écrite sous la forme ${written[2]}`;
  return locale === "de"
    ? `Dateiinhalt in der Form ${written[2]}`
    : `le contenu d'un fichier écrit sous la forme ${written[2]}`;
}

const FIXED: Record<string, Words> = {
  "is not a table of an organisation export": {
    de: "ist keine Tabelle eines Organisationsexports",
    fr: "n'est pas une table d'un export d'organisation",
  },
  "is a credential that exports leave out; an import cannot set it": {
    de: "ist ein Zugangsgeheimnis, das Exporte weglassen; ein Import kann es nicht setzen",
    fr: "est un secret que les exports omettent ; une importation ne peut pas le définir",
  },
  "is not a column of this table": {
    de: "ist keine Spalte dieser Tabelle",
    fr: "n'est pas une colonne de cette table",
  },
  "must be a list ([]), not null": {
    de: "muss eine Liste ([]) sein, nicht null",
    fr: "doit être une liste ([]), pas null",
  },
  "is required": { de: "ist erforderlich", fr: "est obligatoire" },
  "is required: every row needs the id it had in the export": {
    de: "ist erforderlich: Jede Zeile braucht die id, die sie im Export hatte",
    fr: "est obligatoire : chaque ligne a besoin de l'id qu'elle avait dans l'export",
  },
  "must be a list of objects": { de: "muss eine Liste von Objekten sein", fr: "doit être une liste d'objets" },
  "has an item whose ownerId is not text": {
    de: "hat einen Eintrag, dessen ownerId kein Text ist",
    fr: "a un élément dont l'ownerId n'est pas du texte",
  },
  "does not match the file's content: the export is damaged or was altered": {
    de: "passt nicht zum Inhalt der Datei: Der Export ist beschädigt oder wurde verändert",
    fr: "ne correspond pas au contenu du fichier : l'export est endommagé ou a été modifié",
  },
  "has rows that break a uniqueness rule together (for example two rows with the same name)": {
    de: "hat Zeilen, die zusammen eine Eindeutigkeitsregel verletzen (zum Beispiel zwei Zeilen mit demselben Namen)",
    fr: "a des lignes qui enfreignent ensemble une règle d'unicité (par exemple deux lignes portant le même nom)",
  },
};

const ONLY_ITS_OWN = {
  de: "ein Import darf nur auf Zeilen verweisen, die er selbst enthält",
  fr: "une importation ne peut faire référence qu'aux lignes qu'elle contient",
};

// The problems whose words carry a value: tried in order, the first match wins.
const SHAPED: [RegExp, Say][] = [
  [
    /^must be a list of (.+)$/,
    (m, l) =>
      l === "de"
        ? `muss eine Liste sein (jeder Eintrag: ${kind(m[1]!, l)})`
        : `doit être une liste (chaque élément : ${kind(m[1]!, l)})`,
  ],
  [/^must be (.+)$/, (m, l) => (l === "de" ? `muss ${kind(m[1]!, l)} sein` : `doit être ${kind(m[1]!, l)}`)],
  [
    /^has a type \((\w+)\) that an import cannot restore$/,
    (m, l) =>
      l === "de"
        ? `hat einen Typ (${m[1]}), den ein Import nicht wiederherstellen kann`
        : `a un type (${m[1]}) qu'une importation ne peut pas restaurer`,
  ],
  [
    /^repeats id (.+), already used by another row of this table$/,
    (m, l) =>
      l === "de"
        ? `wiederholt die id ${m[1]}, die schon eine andere Zeile dieser Tabelle hat`
        : `répète l'id ${m[1]}, déjà utilisée par une autre ligne de cette table`,
  ],
  [/^repeats id (.+)$/, (m, l) => (l === "de" ? `wiederholt die id ${m[1]}` : `répète l'id ${m[1]}`)],
  [
    /^refers to (.+), which is not a person of the file's people list; an import may only refer to rows it contains$/,
    (m, l) =>
      l === "de"
        ? `verweist auf ${m[1]}, das keine Person der Personenliste der Datei ist; ${ONLY_ITS_OWN.de}`
        : `fait référence à ${m[1]}, qui n'est pas une personne de la liste des personnes du fichier ; ${ONLY_ITS_OWN.fr}`,
  ],
  [
    /^refers to (.+), which is not an? (\w+) row of this file; an import may only refer to rows it contains$/,
    (m, l) =>
      l === "de"
        ? `verweist auf ${m[1]}, das keine ${m[2]}-Zeile dieser Datei ist; ${ONLY_ITS_OWN.de}`
        : `fait référence à ${m[1]}, qui n'est pas une ligne ${m[2]} de ce fichier ; ${ONLY_ITS_OWN.fr}`,
  ],
];

// `sentence`: a whole sentence of another module (a file content check) is translated by its own catalogue.
function problemText(english: string, locale: "de" | "fr", sentence: (english: string) => string): string {
  const fixed = FIXED[english];
  if (fixed) return fixed[locale];
  for (const [shape, say] of SHAPED) {
    const m = shape.exec(english);
    if (m) return say(m, locale);
  }
  return /^[A-Z]/.test(english) ? sentence(`${english}.`).replace(/\.$/, "") : english;
}

const LINE = /^Table (\S+)(?:, row (\d+))?(?:, column (\S+))?: (.+)\.$/s;

function lineText(english: string, locale: "de" | "fr", sentence: (english: string) => string): string | null {
  const m = LINE.exec(english);
  if (!m) return null;
  const [table, row, column, problem] = [m[1]!, m[2], m[3], m[4]!];
  const words = locale === "de" ? ["Tabelle", "Zeile", "Spalte", ":"] : ["Table", "ligne", "colonne", " :"];
  const where = [`${words[0]} ${table}`, row && `${words[1]} ${row}`, column && `${words[2]} ${column}`];
  return `${where.filter(Boolean).join(", ")}${words[3]} ${problemText(problem, locale, sentence)}.`;
}

const SUMMARY = /^Nothing was imported: the file has (at least )?(\d+) problems?( \(and (\d+) more\))?\. (.+)$/s;

function summaryText(english: string, locale: "de" | "fr", sentence: (english: string) => string): string | null {
  const m = SUMMARY.exec(english);
  if (!m) return null;
  const [atLeast, n, more, lines] = [Boolean(m[1]), Number(m[2]), m[4], m[5]!];
  // Each listed problem starts with its table; a line that cannot be read back stays in English.
  const listed = lines
    .split(/(?<=\.) (?=Table \S+[,:])/)
    .map((line) => lineText(line, locale, sentence) ?? line)
    .join(" ");
  if (locale === "de")
    return `Es wurde nichts importiert: Die Datei hat ${atLeast ? "mindestens " : ""}${n} ${n === 1 ? "Problem" : "Probleme"}${more ? ` (und ${more} weitere)` : ""}. ${listed}`;
  return `Rien n'a été importé : le fichier comporte ${atLeast ? "au moins " : ""}${n} ${n === 1 ? "problème" : "problèmes"}${more ? ` (et ${more} autres)` : ""}. ${listed}`;
}

/** The import's refusal or one of its listed problems in `locale`, or null when `english` is neither. */
export function importProblemText(
  locale: string,
  english: string,
  sentence: (english: string) => string,
): string | null {
  if (!isLocale(locale) || locale === "en") return null;
  const to = locale as Exclude<Locale, "en">;
  return summaryText(english, to, sentence) ?? lineText(english, to, sentence);
}
