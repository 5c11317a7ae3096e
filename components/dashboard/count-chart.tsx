"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserOnly } from "./browser-only";
import type { CountRow } from "@/lib/dashboard/view-model";
import { SERIES_COLOR } from "@/lib/dashboard/palette";

// Horizontal bars, one per category, labelled on the axis and at the bar's end; a click opens the filtered list.
// Keyboard and screen-reader users get the same links in the data table next to the chart.
export function CountChart({ rows, title }: { rows: CountRow[]; title: string }) {
  const t = useTranslations("DashboardCharts");
  const router = useRouter();
  const height = Math.max(120, rows.length * 28 + 30);
  return (
    <div
      role="img"
      aria-label={t("chartLabel", { title, list: rows.map((r) => `${r.label} ${r.value}`).join(", ") })}
      style={{ height }}
    >
      <BrowserOnly>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 36, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#e2e8f0" />
            <XAxis type="number" allowDecimals={false} tick={{ fill: "#475569", fontSize: 12 }} stroke="#94a3b8" />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              tick={{ fill: "#334155", fontSize: 12 }}
              stroke="#94a3b8"
              interval={0}
            />
            <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, t("systems")]} />
            <Bar dataKey="value" name={t("systems")} isAnimationActive={false} radius={[0, 3, 3, 0]} maxBarSize={22}>
              {rows.map((r) => (
                <Cell
                  key={r.key}
                  fill={r.color ?? SERIES_COLOR}
                  stroke="#334155"
                  strokeWidth={0.5}
                  cursor={r.href ? "pointer" : "default"}
                  data-segment={r.key}
                  onClick={() => r.href && router.push(r.href)}
                />
              ))}
              <LabelList dataKey="value" position="right" fill="#0f172a" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </BrowserOnly>
    </div>
  );
}
