import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

// Prometheus metrics of this process (prom-client), scraped at /metrics with ACTLAS_METRICS_TOKEN. Every app instance
// keeps its own; Prometheus adds them up per instance label. Label values are bounded: route templates or paths
// with their ids replaced (routeLabel), job names, fixed outcomes, never user input as such.

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "actlas_" });
  return {
    registry,
    requestSeconds: new Histogram({
      name: "actlas_http_request_duration_seconds",
      help: "Time to answer a request, by kind (api, route, action), route, method and status",
      labelNames: ["kind", "route", "method", "status"] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: "actlas_job_runs_total",
      help: "Background job runs by job and outcome (ok, failed)",
      labelNames: ["job", "outcome"] as const,
      registers: [registry],
    }),
    jobSeconds: new Histogram({
      name: "actlas_job_duration_seconds",
      help: "Background job run time by job",
      labelNames: ["job"] as const,
      buckets: [0.05, 0.25, 1, 5, 15, 60, 300],
      registers: [registry],
    }),
    outcomes: new Counter({
      name: "actlas_job_items_total",
      help: "What background jobs did: reminders created, e-mails sent or failed, webhooks delivered, retried or failed",
      labelNames: ["job", "outcome"] as const,
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: "actlas_job_queue_depth",
      help: "Jobs waiting in each queue (read when scraped)",
      labelNames: ["queue"] as const,
      registers: [registry],
    }),
    replicaReads: new Counter({
      name: "actlas_replica_reads_total",
      help: "Reads offered to a read replica, by where they were served: replica, or primary because the replica lagged, was unreachable or failed the read",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    dbPool: new Gauge({
      name: "actlas_db_pool_connections",
      help: "Database pool connections by state (total, idle, waiting requests)",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
  };
}

type Metrics = ReturnType<typeof build>;
const globalForMetrics = globalThis as unknown as { actlasMetrics?: Metrics };

// One set per process, kept across hot reloads in development (a second registration of a name throws).
export function metrics(): Metrics {
  globalForMetrics.actlasMetrics ??= build();
  return globalForMetrics.actlasMetrics;
}

const ID_SEGMENT = /^(?:c[a-z0-9]{20,}|[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+|[A-Za-z0-9_-]{24,})$/;

/** A path as a bounded label: ids (cuid, uuid, numbers, long tokens) become ":id", the query is dropped. */
export function routeLabel(path: string): string {
  const clean = path.split("?")[0] ?? "";
  const label = clean
    .split("/")
    .map((segment) => (ID_SEGMENT.test(segment) ? ":id" : segment))
    .join("/");
  return label.length > 120 ? `${label.slice(0, 120)}…` : label || "/";
}

/** Runs `answer`, recording its time and status in the request histogram; a thrown error counts as status 500. */
export async function timedRequest<T>(
  labels: { kind: "api" | "route" | "action"; route: string; method: string },
  answer: () => Promise<T>,
  statusOf: (result: T) => number,
): Promise<T> {
  const end = metrics().requestSeconds.startTimer(labels);
  try {
    const result = await answer();
    end({ status: String(statusOf(result)) });
    return result;
  } catch (error) {
    end({ status: "500" });
    throw error;
  }
}
