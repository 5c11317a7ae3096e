import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";

// The OpenAPI 3.1 document as the server serves it, read through a maintained JSON Schema 2020-12 validator: every
// schema is compiled by JSON pointer into the document itself, so its $refs resolve exactly as a client's would.
export type Schema = Record<string, unknown>;
export type Parameter = { name: string; in: "path" | "query" | "header"; required: boolean; schema: Schema };
type MediaTypes = Record<string, { schema?: Schema }>;
type ResponseDoc = { headers?: Record<string, unknown>; content?: MediaTypes };
export type Operation = {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  requestBody?: { content: MediaTypes };
  responses: Record<string, ResponseDoc | { $ref: string }>;
  pointer: string;
};
export type OpenApi = { paths: Record<string, Record<string, Omit<Operation, "method" | "path" | "pointer">>> };

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"] as const;

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

export class ContractDocument {
  readonly operations: Operation[];
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly doc: OpenApi) {
    // strict off: the document is OpenAPI, not a bare schema, and carries keywords (openapi, paths, x-scope) ajv
    // does not know; the schemas inside are still checked by 2020-12 rules.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema(doc as object, "openapi");
    this.operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        ...op,
        method: method.toUpperCase(),
        path,
        pointer: `/paths/${escapePointer(path)}/${method}`,
      })),
    );
  }

  operation(method: string, path: string): Operation | undefined {
    return this.operations.find((op) => op.method === method && op.path === path);
  }

  methodsOf(path: string): string[] {
    return this.operations.filter((op) => op.path === path).map((op) => op.method);
  }

  /** The documented response for a status, with a components $ref followed. */
  response(op: Operation, status: number): { doc: ResponseDoc; pointer: string } | undefined {
    const entry = op.responses[String(status)];
    if (!entry) return undefined;
    if ("$ref" in entry && typeof entry.$ref === "string") {
      const name = entry.$ref.replace("#/components/responses/", "");
      const components = (this.doc as { components?: { responses?: Record<string, ResponseDoc> } }).components;
      return { doc: components?.responses?.[name] ?? {}, pointer: `/components/responses/${escapePointer(name)}` };
    }
    return { doc: entry as ResponseDoc, pointer: `${op.pointer}/responses/${status}` };
  }

  /** Validates a value against the schema at a JSON pointer of the document; answers the errors, empty when valid. */
  validate(pointer: string, value: unknown): string[] {
    let validator = this.compiled.get(pointer);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `openapi#${pointer}` });
      this.compiled.set(pointer, validator);
    }
    if (validator(value)) return [];
    return (validator.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(root)"} ${e.message ?? ""}`);
  }

  schemaAt(pointer: string): Schema | undefined {
    let node: unknown = this.doc;
    for (const raw of pointer.split("/").slice(1)) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      node = (node as Record<string, unknown> | undefined)?.[key];
    }
    return node as Schema | undefined;
  }
}

export { escapePointer };
