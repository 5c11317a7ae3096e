import type { ChannelMessage } from "./message";

// Microsoft Teams' Workflows incoming webhook ("post to a channel when a webhook request is received") takes a
// message whose attachment is an Adaptive Card; Teams renders schema 1.4 and below reliably, hence the version.
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

// TextBlock and FactSet render a Markdown subset (bold, italic, links, lists): text people typed — a system's name, an
// incident's title — is escaped with backslashes so that "[link](http://evil)" or "*x*" reads as typed instead of
// becoming a link or emphasis. Emphasis and link brackets anywhere; list and heading markers where a line starts.
export const escapeTeamsMarkdown = (s: string): string =>
  s
    .replace(/[\\`*_~[\]]/g, "\\$&")
    .replace(/^(\s*)([-+#>]|\d+(?=\.))/gm, (_m, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );

export function renderTeams(m: ChannelMessage): Record<string, unknown> {
  const e = escapeTeamsMarkdown;
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: e(m.title), weight: "Bolder", size: "Medium", wrap: true },
  ];
  if (m.text) body.push({ type: "TextBlock", text: e(m.text), wrap: true });
  if (m.facts.length > 0)
    body.push({ type: "FactSet", facts: m.facts.map((f) => ({ title: e(f.title), value: e(f.value) })) });
  return {
    type: "message",
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
          actions: [{ type: "Action.OpenUrl", title: m.link.label, url: m.link.url }],
        },
      },
    ],
  };
}
