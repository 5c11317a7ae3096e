"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { BrowserOnly } from "./browser-only";
import { OUTLINE_COLOR, READINESS_COLORS } from "@/lib/dashboard/palette";
import type { QuarterView } from "@/lib/dashboard/view-model";
import { LegendText } from "./legend-text";
import { useMilestone } from "./milestone-words";

type Datum = QuarterView & { systemsLabel: string };

// Obligations by the quarter they begin to apply, split into done and still open, with the systems each quarter
// touches above the bar and today's quarter marked. `rows` has every quarter on the axis, empty ones included.
export function TimelineChart({ rows, today }: { rows: QuarterView[]; today: string }) {
  const t = useTranslations("DashboardCharts");
  const milestone = useMilestone();
  const router = useRouter();
  const data: Datum[] = rows.map((r) => ({ ...r, systemsLabel: r.systems ? String(r.systems) : "" }));
  const current = rows.find((r) => r.isCurrent);
  const summary = rows
    .filter((r) => r.done + r.open > 0)
    .map((r) => t("timelineItem", { label: r.label, obligations: r.done + r.open, systems: r.systems }))
    .join("; ");
  return (
    <div role="img" aria-label={t("timelineLabel", { summary, quarter: current?.label ?? "—" })} className="h-80">
      <BrowserOnly>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 28, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="label"
              tick={{ fill: "#334155", fontSize: 11 }}
              stroke="#94a3b8"
              interval="preserveStartEnd"
              minTickGap={8}
            />
            <YAxis allowDecimals={false} tick={{ fill: "#475569", fontSize: 12 }} stroke="#94a3b8" />
            <Tooltip
              cursor={{ fill: "#f1f5f9" }}
              formatter={(value, name) => [value, name]}
              labelFormatter={(label, payload) => {
                const d = payload?.[0]?.payload as Datum | undefined;
                if (!d) return label;
                const affected = t("timelineTooltip", { label: String(label), systems: d.systems });
                return d.captions.length ? `${affected} · ${d.captions.map(milestone.caption).join("; ")}` : affected;
              }}
            />
            <Legend
              verticalAlign="top"
              height={28}
              iconType="square"
              wrapperStyle={{ fontSize: 12, top: 0 }}
              formatter={LegendText}
            />
            {current && (
              <ReferenceLine
                x={current.label}
                stroke="#0f172a"
                strokeDasharray="4 3"
                strokeWidth={1.5}
                label={{
                  value: t("todayLine", { date: today }),
                  position: "insideTopRight",
                  fill: "#0f172a",
                  fontSize: 12,
                  fontWeight: 600,
                }}
              />
            )}
            <Bar
              dataKey="done"
              name={t("doneSeries")}
              stackId="q"
              fill={READINESS_COLORS.done}
              stroke={OUTLINE_COLOR}
              strokeWidth={0.5}
              isAnimationActive={false}
              maxBarSize={48}
              cursor="pointer"
              onClick={(d) => router.push((d.payload as Datum).doneHref)}
            />
            <Bar
              dataKey="open"
              name={t("openSeries")}
              stackId="q"
              fill={READINESS_COLORS.open}
              stroke={OUTLINE_COLOR}
              strokeWidth={0.5}
              isAnimationActive={false}
              maxBarSize={48}
              cursor="pointer"
              onClick={(d) => router.push((d.payload as Datum).openHref)}
            >
              <LabelList dataKey="systemsLabel" position="top" fill="#334155" fontSize={11} fontWeight={600} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </BrowserOnly>
    </div>
  );
}
