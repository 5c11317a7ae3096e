"use client";
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserOnly } from "./browser-only";
import { OVERDUE_COLOR, READINESS_COLORS, TIER_COLORS } from "@/lib/dashboard/palette";
import type { TrendPoint } from "@/lib/dashboard/trend";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateIn } from "@/lib/i18n/format";
import { LegendText } from "./legend-text";

type Series = { key: keyof TrendPoint; name: string; color: string; dashed?: boolean };
type SeriesSpec = Omit<Series, "name"> & { name: "dueNowReady" | "laterReady" | "overdueDuties" | "highRiskSystems" };

// Readiness in % and the counts to chase, each on its own axis (a share and a count on one axis would flatten one
// of them). Colours keep their dashboard meaning: "done" indigo for readiness, the High-risk tier's orange for
// high-risk systems; due now and starting later differ by line style, not colour.
const READY: SeriesSpec[] = [
  { key: "dueNowPct", name: "dueNowReady", color: READINESS_COLORS.done },
  { key: "laterPct", name: "laterReady", color: READINESS_COLORS.done, dashed: true },
];
const COUNTS: SeriesSpec[] = [
  { key: "overdue", name: "overdueDuties", color: OVERDUE_COLOR },
  { key: "highRisk", name: "highRiskSystems", color: TIER_COLORS.HIGH, dashed: true },
];

function Lines({
  points,
  series,
  unit,
  label,
}: {
  points: TrendPoint[];
  series: Series[];
  unit?: string;
  label: string;
}) {
  const t = useTranslations("DashboardCharts");
  const locale = useLocale() as Locale;
  const formatDate = (day: string) => formatDateIn(locale, day);
  // The axis names the day without its year, which the tooltip and the table still give.
  const shortDay = (day: string) => formatDate(day).replace(/ \d{4}$/, "");
  const last = points.at(-1);
  const summary = series.map((s) => `${s.name} ${last?.[s.key] ?? "—"}${unit ?? ""}`).join(", ");
  return (
    <div role="img" aria-label={t("latest", { label, summary })} className="h-64">
      <BrowserOnly>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="day"
              tickFormatter={shortDay}
              tick={{ fill: "#334155", fontSize: 11 }}
              stroke="#94a3b8"
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              domain={unit ? [0, 100] : [0, "auto"]}
              unit={unit}
              tick={{ fill: "#334155", fontSize: 12 }}
              stroke="#94a3b8"
              width={48}
            />
            <Tooltip labelFormatter={(day) => formatDate(String(day))} />
            <Legend
              verticalAlign="top"
              height={28}
              iconType="plainline"
              wrapperStyle={{ fontSize: 12 }}
              formatter={LegendText}
            />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dashed ? "6 4" : undefined}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </BrowserOnly>
    </div>
  );
}

export function TrendChart({ points }: { points: TrendPoint[] }) {
  const t = useTranslations("DashboardCharts");
  const named = (specs: SeriesSpec[]): Series[] => specs.map((s) => ({ ...s, name: t(s.name) }));
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <Lines points={points} series={named(READY)} unit=" %" label={t("readinessOverTime")} />
      <Lines points={points} series={named(COUNTS)} label={t("countsOverTime")} />
    </div>
  );
}
