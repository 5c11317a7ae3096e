import type { ChannelMessage } from "./message";

// Slack incoming webhooks (https://api.slack.com/messaging/webhooks) take `text`, shown in notifications and as the
// fallback, and Block Kit `blocks`. Text is mrkdwn, where &, < and > must be escaped or Slack reads them as markup
// (a title "<!channel>" would page everyone). Limits: section text 3,000 characters, fields 2,000, header 150 and a
// button's label 75.
export const escapeMrkdwn = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function renderSlack(m: ChannelMessage): Record<string, unknown> {
  const title = escapeMrkdwn(m.title);
  const lines = [`*${title}*`, m.text ? escapeMrkdwn(m.text) : ""].filter(Boolean).join("\n");
  const blocks: Record<string, unknown>[] = [{ type: "section", text: { type: "mrkdwn", text: cut(lines, 3000) } }];
  if (m.facts.length > 0)
    blocks.push({
      type: "section",
      // At most 10 fields per section.
      fields: m.facts.slice(0, 10).map((f) => ({
        type: "mrkdwn",
        text: cut(`*${escapeMrkdwn(f.title)}*\n${escapeMrkdwn(f.value)}`, 2000),
      })),
    });
  blocks.push({
    type: "actions",
    elements: [
      {
        type: "button",
        text: { type: "plain_text", text: cut(m.link.label, 75) },
        url: m.link.url,
        action_id: "open_in_actlas",
      },
    ],
  });
  return { text: cut(title, 3000), blocks };
}
