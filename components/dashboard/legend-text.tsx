// Recharts colours legend text like its series; an orange label on white fails text contrast, so the text stays
// dark and the swatch carries the colour.
export function LegendText(value: string) {
  return <span style={{ color: "#334155" }}>{value}</span>;
}
