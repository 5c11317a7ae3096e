// A real DNS server (dns2, UDP on 127.0.0.1) whose A records change from one query to the next, as an attacker's
// name server does in a DNS-rebinding attack: a public address while the URL is checked, 127.0.0.1 when connecting.
import dns2, { type DnsHandler, type UDPServer } from "dns2";

const { Packet } = dns2;

export type RebindingDnsServer = {
  address: string;
  // Each A query for `name` takes the next address; the last one keeps being served.
  answer(name: string, ...addresses: string[]): void;
  aQueries(name: string): number;
  stop(): Promise<void>;
};

export async function startRebindingDns(): Promise<RebindingDnsServer> {
  const answers = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const handle: DnsHandler = (request, send) => {
    const response = Packet.createResponseFromRequest(request);
    const [question] = request.questions;
    const name = question?.name.toLowerCase() ?? "";
    const queue = answers.get(name);
    if (!question || !queue) response.header.rcode = Packet.RCODE.NXDOMAIN;
    else if (question.type === Packet.TYPE.A) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      // Each query takes the next address; the last one keeps being served. A name given no address has no A record.
      const address = queue.length > 1 ? queue.shift() : queue[0];
      if (address) response.answers.push(Packet.createResourceFromQuestion(question, { ttl: 0, address }));
    }
    void send(response);
  };
  const udp: UDPServer = dns2.createUDPServer(handle);
  await udp.listen(0, "127.0.0.1");
  return {
    address: `127.0.0.1:${udp.address().port}`,
    answer: (name, ...addresses) => answers.set(name.toLowerCase(), addresses),
    aQueries: (name) => counts.get(name.toLowerCase()) ?? 0,
    stop: () => new Promise<void>((resolve) => udp.close(() => resolve())),
  };
}
