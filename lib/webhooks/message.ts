import { dispositionLabel } from "@/lib/classification/result-status";
import { HARM_LABELS, STATUS_LABELS, type IncidentHarmCode, type IncidentStatusCode } from "@/lib/incidents/labels";
import { TIER_LABELS, type Tier } from "@/lib/rules";

// What a channel message says about one event, before Slack's or Teams' wording of it: a title, a line of text,
// facts as label/value pairs and the page in Actlas it links back to. Pure: the renderers and their tests share it.
export type ChannelMessage = {
  title: string;
  text: string;
  facts: { title: string; value: string }[];
  link: { label: string; url: string };
};
export type EventPayload = { event: string; occurredAt?: string; data?: Record<string, unknown> };

const str = (data: Record<string, unknown>, key: string): string => {
  const v = data[key];
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
};
const obj = (data: Record<string, unknown>, key: string): Record<string, unknown> => {
  const v = data[key];
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
};
const tierLabel = (code: string) => TIER_LABELS[code.toLowerCase() as Tier] ?? (code || "—");
const utc = (iso: string) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "");
const fact = (title: string, value: string) => (value ? [{ title, value }] : []);

type Describe = (data: Record<string, unknown>) => Omit<ChannelMessage, "link"> & { path: string; linkLabel: string };

const DESCRIBE: Record<string, Describe> = {
  "classification.changed": (d) => {
    const before = obj(d, "before");
    const after = obj(d, "after");
    const system = str(d, "systemName") || "An AI system";
    return {
      title: `Classification changed: ${system}`,
      text: `The risk tier, disposition or roles of ${system} changed.`,
      facts: [
        { title: "Tier", value: `${tierLabel(str(before, "tier"))} → ${tierLabel(str(after, "tier"))}` },
        ...fact("Disposition", dispositionLabel(str(after, "disposition"))),
      ],
      path: `/systems/${str(d, "systemId")}/classification`,
      linkLabel: "Open the classification",
    };
  },
  "review.requested": (d) => ({
    title: `Legal review requested: ${str(d, "systemName")}`,
    text: str(d, "question"),
    facts: fact("Requested by", str(d, "by")),
    path: `/systems/${str(d, "systemId")}/classification#review-requests`,
    linkLabel: "Open the review request",
  }),
  "review.replied": (d) => {
    const sentBack = str(d, "reply") === "SENT_BACK";
    return {
      title: `Legal ${sentBack ? "sent back" : "answered"} a review request: ${str(d, "systemName")}`,
      text: str(d, "note"),
      facts: fact("By", str(d, "by")),
      path: `/systems/${str(d, "systemId")}/classification#review-requests`,
      linkLabel: "Open the review request",
    };
  },
  "incident.created": (d) => ({
    title: `Serious incident recorded: ${str(d, "reference")} ${str(d, "title")}`,
    text: str(d, "reportingDeadline")
      ? `The Art 73 report to the market surveillance authority is due by ${utc(str(d, "reportingDeadline"))}.`
      : "The Art 73 clock starts when the date of awareness is recorded.",
    facts: [
      ...fact("System", str(d, "systemName")),
      ...fact("Status", STATUS_LABELS[str(d, "status") as IncidentStatusCode] ?? ""),
      ...fact("Harm", HARM_LABELS[str(d, "harm") as IncidentHarmCode] ?? ""),
    ],
    path: `/incidents/${str(d, "incidentId")}`,
    linkLabel: "Open the incident",
  }),
  "incident.deadline": (d) => ({
    title: `${str(d, "reference")}: Art 73 report ${str(d, "when")}`,
    text: `${str(d, "title")}. The initial report to the market surveillance authority is due by ${utc(str(d, "deadline"))}.`,
    facts: fact("Days after awareness", str(d, "days")),
    path: `/incidents/${str(d, "incidentId")}`,
    linkLabel: "Open the incident",
  }),
  "gate.changed": (d) => ({
    title: `CI gate ${str(d, "after") === "pass" ? "passes" : "fails"}: ${str(d, "systemName")}`,
    text: `The CI gate answer for ${str(d, "systemName")} changed from ${str(d, "before") || "none"} to ${str(d, "after")}.`,
    facts: fact("Reasons", Array.isArray(d.reasons) ? d.reasons.map(String).join(", ") : ""),
    path: `/systems/${str(d, "systemId")}`,
    linkLabel: "Open the system",
  }),
  "obligations.overdue": (d) => {
    const oldest = Array.isArray(d.oldest) ? (d.oldest as Record<string, unknown>[]) : [];
    const count = Number(d.count) || 0;
    return {
      title: `${count} ${count === 1 ? "duty is" : "duties are"} overdue`,
      text: "The oldest overdue duties:",
      facts: oldest.map((o) => ({
        title: `${str(o, "system")} · ${str(o, "article")}`,
        value: `${str(o, "title")} (due ${str(o, "dueDate")})`,
      })),
      path: "/obligations?due=overdue",
      linkLabel: "Open the overdue duties",
    };
  },
  "webhook.test": (d) => ({
    title: "Test message from Actlas",
    text: "This channel is connected: Actlas will post the events you chose here.",
    facts: fact("Sent by", str(d, "requestedBy")),
    path: "/settings/webhooks",
    linkLabel: "Open webhook settings",
  }),
};

export function describeEvent(payload: EventPayload, baseUrl: string): ChannelMessage {
  const data = payload.data ?? {};
  const describe = DESCRIBE[payload.event];
  // An event written by a newer version than the one delivering it still says something and links home.
  const { path, linkLabel, ...message } = describe
    ? describe(data)
    : { title: `Actlas: ${payload.event}`, text: "", facts: [], path: "/", linkLabel: "Open Actlas" };
  return { ...message, link: { label: linkLabel, url: new URL(path, baseUrl).toString() } };
}
