"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserOnly } from "./browser-only";
import { OUTLINE_COLOR, READINESS_COLORS } from "@/lib/dashboard/palette";
import { percent, type RatioRow } from "@/lib/dashboard/view-model";
import { LegendText } from "./legend-text";

type Datum = RatioRow & { donePct: number; openPct: number };

// One 100 % bar per tier or unit: the done share and the open share of the obligations that apply. Shares make
// a unit of five obligations comparable with one of five thousand; the counts are in the tooltip and the table.
export function ReadinessChart({ rows, title }: { rows: RatioRow[]; title: string }) {
  const t = useTranslations("DashboardCharts");
  const router = useRouter();
  const data: Datum[] = rows.map((r) => ({
    ...r,
    donePct: percent(r.done, r.applicable),
    openPct: 100 - percent(r.done, r.applicable),
  }));
  const height = Math.max(140, rows.length * 28 + 60);
  const open = (href: string | null) => href && router.push(href);
  return (
    <div
      role="img"
      aria-label={t("chartLabel", {
        title,
        list: rows
          .map((r) => t("readinessItem", { label: r.label, done: r.done, applicable: r.applicable }))
          .join(", "),
      })}
      style={{ height }}
    >
      <BrowserOnly>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            stackOffset="none"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#e2e8f0" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              unit=" %"
              tick={{ fill: "#475569", fontSize: 12 }}
              stroke="#94a3b8"
            />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              tick={{ fill: "#334155", fontSize: 12 }}
              stroke="#94a3b8"
              interval={0}
            />
            <Tooltip
              cursor={{ fill: "#f1f5f9" }}
              formatter={(_value, name, item) => {
                const d = item.payload as Datum;
                return name === t("doneSeries")
                  ? [t("ofTotal", { count: d.done, total: d.applicable }), name]
                  : [t("ofTotal", { count: d.open, total: d.applicable }), name];
              }}
            />
            <Legend
              verticalAlign="top"
              height={28}
              iconType="square"
              wrapperStyle={{ fontSize: 12 }}
              formatter={LegendText}
            />
            <Bar
              dataKey="donePct"
              name={t("doneSeries")}
              stackId="r"
              fill={READINESS_COLORS.done}
              stroke={OUTLINE_COLOR}
              strokeWidth={0.5}
              isAnimationActive={false}
              maxBarSize={22}
              cursor="pointer"
              onClick={(d) => open((d.payload as Datum).doneHref)}
            />
            <Bar
              dataKey="openPct"
              name={t("openSeries")}
              stackId="r"
              fill={READINESS_COLORS.open}
              stroke={OUTLINE_COLOR}
              strokeWidth={0.5}
              isAnimationActive={false}
              maxBarSize={22}
              cursor="pointer"
              onClick={(d) => open((d.payload as Datum).openHref)}
            />
          </BarChart>
        </ResponsiveContainer>
      </BrowserOnly>
    </div>
  );
}
