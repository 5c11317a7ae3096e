import type { ChannelMessage } from "./message";

// Microsoft Teams' Workflows incoming webhook ("post to a channel when a webhook request is received") takes a
// message whose attachment is an Adaptive Card; Teams renders schema 1.4 and below reliably, hence the version.
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export function renderTeams(m: ChannelMessage): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: m.title, weight: "Bolder", size: "Medium", wrap: true },
  ];
  if (m.text) body.push({ type: "TextBlock", text: m.text, wrap: true });
  if (m.facts.length > 0)
    body.push({ type: "FactSet", facts: m.facts.map((f) => ({ title: f.title, value: f.value })) });
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
