// A real DNS server (dns2, UDP and TCP on the same port of 127.0.0.1) whose TXT records the test controls, for
// SSO domain verification. Point the app at it with DNS_SERVERS=<address>.
import dns2, { type DnsHandler, type TCPServer, type UDPServer } from "dns2";

const { Packet } = dns2;

// answer: serve the published records (NXDOMAIN for unknown names); silent: never reply (a dead server);
// servfail: reply SERVFAIL to everything (a broken upstream).
export type DnsMode = "answer" | "silent" | "servfail";

export type TestDnsServer = {
  address: string;
  // Each value is one TXT record; an array is one record sent in several chunks.
  publish(name: string, ...values: (string | string[])[]): void;
  unpublish(name: string): void;
  setMode(mode: DnsMode): void;
  queries(): number;
  stop(): Promise<void>;
};

export async function startDnsServer(): Promise<TestDnsServer> {
  const records = new Map<string, (string | string[])[]>();
  let mode: DnsMode = "answer";
  let count = 0;
  const handle: DnsHandler = (request, send) => {
    count += 1;
    if (mode === "silent") return;
    const response = Packet.createResponseFromRequest(request);
    const [question] = request.questions;
    const values = question ? records.get(question.name.toLowerCase()) : undefined;
    if (mode === "servfail") response.header.rcode = Packet.RCODE.SERVFAIL;
    else if (!question || !values) response.header.rcode = Packet.RCODE.NXDOMAIN;
    else if (question.type === Packet.TYPE.TXT) {
      for (const data of values) response.answers.push(Packet.createResourceFromQuestion(question, { ttl: 1, data }));
    }
    void send(response);
  };
  const { udp, tcp, port } = await listenOnOnePort(handle);
  return {
    address: `127.0.0.1:${port}`,
    publish: (name, ...values) => records.set(name.toLowerCase(), values),
    unpublish: (name) => records.delete(name.toLowerCase()),
    setMode: (next) => {
      mode = next;
    },
    queries: () => count,
    stop: async () => {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    },
  };
}

// UDP picks a free port; TCP must then take the same number, which another process may hold already (seen when two
// suites ran side by side). Try a few ports before giving up, closing each half-open pair.
async function listenOnOnePort(handle: DnsHandler): Promise<{ udp: UDPServer; tcp: TCPServer; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const udp: UDPServer = dns2.createUDPServer(handle);
    await udp.listen(0, "127.0.0.1");
    const { port } = udp.address();
    // Long answers do not fit a UDP reply: resolvers then ask again over TCP, on the same port.
    const tcp: TCPServer = dns2.createTCPServer(handle);
    try {
      await new Promise<void>((resolve, reject) => {
        tcp.once("error", reject);
        tcp.listen(port, "127.0.0.1");
        tcp.once("listening", () => resolve());
      });
      return { udp, tcp, port };
    } catch (error) {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      if (attempt >= 10 || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
}
