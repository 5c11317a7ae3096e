import { csvHeaderIn } from "@/lib/csv/header-i18n";
import { csvDocument } from "@/lib/csv/write";
import { literacyRegister, literacyRegisterPdf } from "@/lib/dal/literacy/register";
import { todayIso } from "@/lib/dates";
import { fileResponse } from "@/lib/http/download";
import { exportLocale } from "@/lib/http/list-export";
import { REGISTER_HEADER, registerRecord } from "@/lib/literacy/register";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// GET /literacy/register?format=csv|pdf: the Art 4 register for auditors (a signed PDF, or CSV for a spreadsheet).
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download the AI-literacy register." },
  async ({ actor, request }) => {
    if (request.nextUrl.searchParams.get("format") === "pdf") {
      const file = await literacyRegisterPdf(actor);
      return fileResponse({ fileName: file.fileName, bytes: file.pdf, contentType: "application/pdf" });
    }
    // csvDocument neutralises formulas: an evidence note typed as "=HYPERLINK(…)" must not run when opened.
    const csv = csvDocument([
      csvHeaderIn(exportLocale(actor, request), REGISTER_HEADER),
      ...(await literacyRegister(actor)).map(registerRecord),
    ]);
    return fileResponse({
      fileName: `ai-literacy-register-${todayIso()}.csv`,
      bytes: new TextEncoder().encode(csv),
      contentType: "text/csv; charset=utf-8",
    });
  },
);
