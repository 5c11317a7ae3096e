// Plain-language names for the application dates of the current rule set (Art 113 as amended, Art 111), used
// only to caption timeline quarters. A date not listed here is still shown, just without a caption.
export const MILESTONES: Record<string, string> = {
  "2025-02-02": "First prohibitions and AI literacy",
  "2025-08-02": "General-purpose AI model duties",
  "2026-08-02": "Art 50 transparency and general application",
  "2026-12-02": "New prohibitions; Art 50(2) marking for legacy generative systems",
  "2027-08-02": "GPAI models already on the market",
  "2027-12-02": "Annex III high-risk duties",
  "2028-08-02": "Annex I high-risk duties (products)",
  "2030-08-02": "Legacy high-risk systems of public authorities",
  "2030-12-31": "Annex X large-scale IT systems",
};
