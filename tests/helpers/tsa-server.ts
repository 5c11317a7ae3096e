import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const openssl = (...args: string[]) => promisify(execFile)("openssl", args);

// A real RFC 3161 time-stamping authority on 127.0.0.1: OpenSSL's `ts -reply` behind a small HTTP server, with its
// own self-signed TSA certificate (extendedKeyUsage timeStamping, critical, as RFC 3161 requires).
export async function startTsaServer() {
  const dir = await mkdtemp(path.join(tmpdir(), "actlas-tsa-"));
  const at = (name: string) => path.join(dir, name);
  await openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "30",
    "-subj",
    "/CN=Actlas Test TSA",
    "-addext",
    "extendedKeyUsage=critical,timeStamping",
    "-keyout",
    at("tsa.key"),
    "-out",
    at("tsa.pem"),
  );
  await writeFile(at("serial"), "01\n");
  await writeFile(
    at("tsa.cnf"),
    [
      "[ tsa ]",
      "default_tsa = test_tsa",
      "[ test_tsa ]",
      `serial = ${at("serial")}`,
      "crypto_device = builtin",
      "signer_digest = sha256",
      "default_policy = 1.2.3.4.1",
      "digests = sha256",
      "accuracy = secs:1",
      "ess_cert_id_alg = sha256",
      "",
    ].join("\n"),
  );
  let requests = 0;
  let sequence = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests += 1;
      const n = (sequence += 1);
      const query = at(`q${n}.tsq`);
      const reply = at(`r${n}.tsr`);
      writeFile(query, Buffer.concat(chunks))
        .then(() =>
          openssl(
            "ts",
            "-reply",
            "-config",
            at("tsa.cnf"),
            "-queryfile",
            query,
            "-inkey",
            at("tsa.key"),
            "-signer",
            at("tsa.pem"),
            "-out",
            reply,
          ),
        )
        .then(() => readFile(reply))
        .then(
          (body) => {
            res.setHeader("content-type", "application/timestamp-reply");
            res.end(body);
          },
          () => {
            res.statusCode = 500;
            res.end();
          },
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    certificateFile: at("tsa.pem"),
    requests: () => requests,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
