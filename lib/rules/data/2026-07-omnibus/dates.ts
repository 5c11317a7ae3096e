import type { DateKey } from "../types";

/** Art 113 as amended by Reg (EU) 2026/1744, and the Art 111 transitional deadlines. */
export const DATES: Record<DateKey, string> = {
  entryIntoForce: "2024-08-01", // Art 113, first paragraph
  prohibitions: "2025-02-02", // Art 113(a): Chapters I-II, Art 4 and Art 5(1)(a)-(h)
  gpai: "2025-08-02", // Art 113(b): Chapter V
  omnibusInForce: "2026-07-27", // Reg (EU) 2026/1744, Art 4
  general: "2026-08-02", // Art 113: Art 50, Chapter III Section 5, Chapter IX
  omnibusBans: "2026-12-02", // Art 113(a) as amended: Art 5(1)(ba), (bb), 5(1a), 5(1b)
  art50MarkingLegacyDeadline: "2026-12-02", // Art 111(4): generative systems placed before 2 Aug 2026
  gpaiLegacyDeadline: "2027-08-02", // Art 111(3): models placed before 2 Aug 2025
  annexXCutoff: "2027-08-02", // Art 111(1): Annex X systems placed before this date
  chapter3Annex3: "2027-12-02", // Art 113(c)(i): Chapter III Sections 1-3 for Annex III
  chapter3Annex1: "2028-08-02", // Art 113(c)(ii): Chapter III Sections 1-3 for Annex I
  publicAuthorityLegacyDeadline: "2030-08-02", // Art 111(2): legacy systems for public authorities
  annexXDeadline: "2030-12-31", // Art 111(1)
};
