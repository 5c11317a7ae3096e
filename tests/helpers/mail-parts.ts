import type { ReceivedMail } from "./smtp-server";

export type MailParts = { subject: string; text: string; html: string };

// Reads a received message as its reader sees it: the subject's encoded words and each part's transfer encoding
// decoded as UTF-8, so an assertion can name "Passwort zurück" or "paramètres" as written.
export function mailParts(mail: ReceivedMail): MailParts {
  const [head = "", ...rest] = mail.raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const subject = decodeWords(/^Subject: (.*)$/m.exec(unfolded)?.[1] ?? "");
  const body = rest.join("\n\n");
  return { subject, text: part(body, "text/plain"), html: part(body, "text/html") };
}

function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : qpBytes(data.replace(/_/g, " ")).toString("utf8"),
    );
}

function part(body: string, type: string): string {
  const start = body.search(new RegExp(`Content-Type: ${type}`, "i"));
  if (start < 0) return "";
  const section = body.slice(start);
  const [partHead = "", ...partBody] = section.split(/\r?\n\r?\n/);
  const content = partBody.join("\n\n").split(/\r?\n--/)[0] ?? "";
  if (/Content-Transfer-Encoding: base64/i.test(partHead)) return Buffer.from(content, "base64").toString("utf8");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(partHead))
    return qpBytes(content.replace(/=\r?\n/g, "")).toString("utf8");
  return content;
}

// Quoted-printable to bytes: "=C3=BC" is two bytes of one UTF-8 character, so decoding byte by byte into a string
// (as decodeQuotedPrintable does for ASCII mail) would garble it.
function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes);
}
