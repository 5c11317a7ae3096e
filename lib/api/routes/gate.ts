import "server-only";
import { evaluateGate } from "@/lib/dal/classification/gate";
import { ZIdParams } from "@/lib/validations/api-common";
import { ZGateAnswerApi } from "@/lib/validations/api-gate";
import { defineRoute, ok } from "../types";

export const gateRoutes = [
  defineRoute({
    method: "GET",
    path: "/systems/{id}/gate",
    operationId: "checkGate",
    tag: "CI gate",
    scope: "gate",
    summary: "May this AI system ship? pass or fail, with reasons",
    description:
      "Fails when the system is prohibited, not classified, awaiting legal review, classified from an older intake or rule set, has blocking obligations that already apply and are not done, or has an open monitoring breach (its items are monitoring tasks: list them with listMonitoringTasks and close each with resolveMonitoringTask). The answer is stored; when it changes, a gate.changed webhook is sent. Always 200: read `status`.",
    params: ZIdParams,
    response: ZGateAnswerApi,
    handler: async ({ actor, params }) => ok(await evaluateGate(actor, params.id)),
  }),
];
