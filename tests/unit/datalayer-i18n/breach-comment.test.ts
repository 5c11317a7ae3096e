import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { CommentThread } from "@/components/obligations/comment-thread";
import { renderIn } from "../components/render-in";

// A monitoring breach that reopens an obligation leaves an English note in its comments; a German or French reader
// reads it in their language (issue #22), a person's own comment stays as written.
const note = "Reopened by a monitoring breach (accuracy = 0.81, limit ≥ 0.9).";
const thread = h(CommentThread, {
  obligationId: "o1",
  comments: [
    { id: "c1", body: note, createdAt: new Date("2026-12-01T10:00:00Z"), author: { name: "CI" } },
    {
      id: "c2",
      body: "Checked with the data team.",
      createdAt: new Date("2026-12-02T10:00:00Z"),
      author: { name: "Ada" },
    },
  ],
  canComment: false,
  action: async () => ({ ok: true as const, data: null }),
});

describe("a breach's note on an obligation", () => {
  it("stays as written in English", () => {
    expect(renderIn("en", thread)).toContain(note);
  });

  it("is German and French for German and French readers", () => {
    const de = renderIn("de", thread);
    expect(de).toContain(
      "Durch eine Grenzwertverletzung aus der Überwachung wieder geöffnet (accuracy = 0.81, Grenzwert ≥ 0.9).",
    );
    expect(de).toContain("Checked with the data team.");
    expect(renderIn("fr", thread)).toContain("Rouverte à la suite d'un dépassement de seuil de surveillance");
  });
});
