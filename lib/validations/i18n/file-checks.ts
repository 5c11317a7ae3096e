import { isLocale } from "@/lib/i18n/locales";
import { ALLOWED_EVIDENCE_TYPES_TEXT } from "@/lib/evidence/limits";

// Why a file was refused as evidence (lib/evidence/content-type.ts), for an upload, a vendor's answer and an
// organisation import alike: what was found and the name's ending are spliced in, so these are patterns.

type Two = [de: string, fr: string];

const ALLOWED: Two = [
  "PDF, PNG, JPEG, Word, Excel oder PowerPoint (.docx, .xlsx, .pptx), CSV, reinen Text, JSON oder Markdown",
  "des fichiers PDF, PNG, JPEG, Word, Excel ou PowerPoint (.docx, .xlsx, .pptx), CSV, texte brut, JSON ou Markdown",
];

// KNOWN_REJECTED's plain names, and the one for bytes of no known type.
const FOUND: Record<string, Two> = {
  "a Windows program (.exe)": ["ein Windows-Programm (.exe)", "un programme Windows (.exe)"],
  "a Linux program": ["ein Linux-Programm", "un programme Linux"],
  "a ZIP archive": ["ein ZIP-Archiv", "une archive ZIP"],
  "an old-style Office file (.doc/.xls/.ppt); save it as .docx/.xlsx/.pptx": [
    "eine Office-Datei im alten Format (.doc/.xls/.ppt); speichern Sie sie als .docx/.xlsx/.pptx",
    "un ancien fichier Office (.doc/.xls/.ppt) ; enregistrez-le en .docx/.xlsx/.pptx",
  ],
  "a Word document with macros (.docm)": [
    "ein Word-Dokument mit Makros (.docm)",
    "un document Word avec macros (.docm)",
  ],
  "an Excel workbook with macros (.xlsm)": [
    "eine Excel-Arbeitsmappe mit Makros (.xlsm)",
    "un classeur Excel avec macros (.xlsm)",
  ],
  "a PowerPoint presentation with macros (.pptm)": [
    "eine PowerPoint-Präsentation mit Makros (.pptm)",
    "une présentation PowerPoint avec macros (.pptm)",
  ],
  "a GIF image": ["ein GIF-Bild", "une image GIF"],
  "a WebP image": ["ein WebP-Bild", "une image WebP"],
  "an HTML page": ["eine HTML-Seite", "une page HTML"],
  "a RAR archive": ["ein RAR-Archiv", "une archive RAR"],
  "a 7-Zip archive": ["ein 7-Zip-Archiv", "une archive 7-Zip"],
  "a gzip archive": ["ein gzip-Archiv", "une archive gzip"],
  "binary data of an unknown type (not UTF-8 text)": [
    "ein Binärinhalt unbekannten Typs (kein UTF-8-Text)",
    "des données binaires d'un type inconnu (pas du texte UTF-8)",
  ],
};

// BINARY_TYPES' labels, with the article each language needs.
const LABELS: Record<string, Two> = {
  "PDF document": ["ein PDF-Dokument", "un document PDF"],
  "PNG image": ["ein PNG-Bild", "une image PNG"],
  "JPEG image": ["ein JPEG-Bild", "une image JPEG"],
  "Word document": ["ein Word-Dokument", "un document Word"],
  "Excel workbook": ["eine Excel-Arbeitsmappe", "un classeur Excel"],
  "PowerPoint presentation": ["eine PowerPoint-Präsentation", "une présentation PowerPoint"],
};

function found(english: string, at: 0 | 1): string {
  const known = FOUND[english];
  if (known) return known[at];
  const other = /^a \.(\w+) file \((.+)\)$/.exec(english);
  if (!other) return english;
  return at === 0 ? `eine .${other[1]}-Datei (${other[2]})` : `un fichier .${other[1]} (${other[2]})`;
}

// "its name ends in .txt" or "its name ends in no extension".
const ending = (ext: string, at: 0 | 1) =>
  ext === "no extension"
    ? ["ihr Name hat aber keine Endung", "mais son nom n'a pas d'extension"][at]!
    : [`ihr Name endet aber auf ${ext}`, `mais son nom se termine par ${ext}`][at]!;

type Say = (m: RegExpExecArray, at: 0 | 1) => string | null;
const PATTERNS: [RegExp, Say][] = [
  [
    /^This file is (.+), which is not accepted as evidence\. Upload (.+)\.$/,
    (m, at) => {
      const allowed = m[2] === ALLOWED_EVIDENCE_TYPES_TEXT ? ALLOWED[at] : m[2];
      return at === 0
        ? `Diese Datei ist ${found(m[1]!, at)} und wird nicht als Nachweis angenommen. Laden Sie ${allowed} hoch.`
        : `Ce fichier est ${found(m[1]!, at)} et n'est pas accepté comme preuve. Envoyez ${allowed}.`;
    },
  ],
  [
    /^The file's content is an? (.+), but its name ends in (\.\S+|no extension)\. Rename it to (\.\w+) and upload it again\.$/,
    (m, at) => {
      const label = LABELS[m[1]!];
      if (!label) return null;
      return at === 0
        ? `Der Inhalt der Datei ist ${label[0]}, ${ending(m[2]!, at)}. Benennen Sie sie in ${m[3]} um und laden Sie sie erneut hoch.`
        : `Le contenu du fichier est ${label[1]}, ${ending(m[2]!, at)}. Renommez-le en ${m[3]} et envoyez-le à nouveau.`;
    },
  ],
  [
    /^The file is text, but its name ends in (\.\S+|no extension)\. Text evidence must be \.txt, \.csv, \.json or \.md\.$/,
    (m, at) =>
      at === 0
        ? `Die Datei ist Text, ${ending(m[1]!, at)}. Text als Nachweis muss .txt, .csv, .json oder .md sein.`
        : `Le fichier est du texte, ${ending(m[1]!, at)}. Une preuve textuelle doit être en .txt, .csv, .json ou .md.`,
  ],
];

/** The file check's refusal in `locale` when it has one of the shapes above, else null. */
export function fileCheckText(locale: string, english: string): string | null {
  if (!isLocale(locale) || locale === "en") return null;
  const at = locale === "de" ? 0 : 1;
  for (const [shape, say] of PATTERNS) {
    const m = shape.exec(english);
    if (m) return say(m, at);
  }
  return null;
}
