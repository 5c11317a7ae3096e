import { describe, expect, it } from "vitest";
import { checkEvidenceContent, formatBytes, isUtf8Text, MAX_EVIDENCE_BYTES } from "@/lib/evidence/content-type";
import { exeBytes, jpegBytes, officeBytes, pdfBytes, pngBytes, text, zipBytes } from "./fixtures";

describe("checkEvidenceContent accepts the allowed types by their content", () => {
  it.each([
    ["report.pdf", pdfBytes(), "application/pdf"],
    ["chart.png", pngBytes(), "image/png"],
    ["photo.jpg", jpegBytes(), "image/jpeg"],
    ["photo.JPEG", jpegBytes(), "image/jpeg"],
    ["policy.docx", officeBytes("docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["metrics.xlsx", officeBytes("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["training.pptx", officeBytes("pptx"), "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    ["bias.csv", text("group,rate\nA,0.91\nB,0.88\n"), "text/csv; charset=utf-8"],
    ["notes.txt", text("Grüße – reviewed ✓"), "text/plain; charset=utf-8"],
    ["eval.json", text('{"auc":0.82}'), "application/json; charset=utf-8"],
    ["README.md", text("# Model card\n"), "text/markdown; charset=utf-8"],
  ])("%s", async (name, bytes, mimeType) => {
    expect(await checkEvidenceContent(bytes, name)).toMatchObject({ ok: true, mimeType });
  });
});

describe("checkEvidenceContent rejects everything else with a message naming what it found", () => {
  it("a program renamed to .pdf", async () => {
    const result = await checkEvidenceContent(exeBytes(), "report.pdf");
    expect(result).toEqual({ ok: false, message: expect.stringContaining("a Windows program (.exe)") });
  });

  it("a plain ZIP archive named .docx (the Office container is checked, not the name)", async () => {
    const result = await checkEvidenceContent(zipBytes({ "readme.txt": "hello" }), "policy.docx");
    expect(result).toEqual({ ok: false, message: expect.stringContaining("a ZIP archive") });
  });

  it("a PNG named .pdf: content and name must agree", async () => {
    const result = await checkEvidenceContent(pngBytes(), "report.pdf");
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/PNG image, but its name ends in \.pdf/) });
  });

  it("text that is not valid UTF-8 or contains NUL bytes", async () => {
    expect(await checkEvidenceContent(Uint8Array.from([0x66, 0xff, 0xfe, 0x41]), "notes.txt")).toMatchObject({
      ok: false,
      message: expect.stringContaining("not UTF-8 text"),
    });
    expect(await checkEvidenceContent(Uint8Array.from([0x61, 0x00, 0x62]), "notes.txt")).toMatchObject({ ok: false });
  });

  it("text under a name that is not a text type (e.g. a script)", async () => {
    const result = await checkEvidenceContent(text("<script>alert(1)</script>"), "page.html");
    expect(result).toEqual({ ok: false, message: expect.stringContaining("ends in .html") });
  });

  it("an empty file and a file over the limit", async () => {
    expect(await checkEvidenceContent(new Uint8Array(0), "a.txt")).toEqual({
      ok: false,
      message: "The file is empty.",
    });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x61);
    expect(await checkEvidenceContent(big, "a.txt")).toEqual({
      ok: false,
      message: "The file is 20.0 MB, over the limit of 20 MB per file.",
    });
  });
});

describe("helpers", () => {
  it("isUtf8Text", () => {
    expect(isUtf8Text(text("plain ü"))).toBe(true);
    expect(isUtf8Text(Uint8Array.from([0xc3]))).toBe(false);
  });
  it("formatBytes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MB");
  });
});
