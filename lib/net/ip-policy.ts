import ipaddr from "ipaddr.js";

// Which addresses an outgoing request to an organisation-supplied URL may reach. The ranges come from ipaddr.js
// (maintained, RFC-referenced) rather than a hand-kept list: only what it calls ordinary "unicast" is public.
// IPv6 forms that carry an IPv4 address (mapped, translated, NAT64, 6to4) are judged by that IPv4 address, because
// the network delivers them to it; the deprecated IPv4-compatible form (::a.b.c.d) and Teredo are refused outright.
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv4") return parsed.range() !== "unicast";
  const v6 = parsed as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded !== undefined) return embedded === null || embedded.range() !== "unicast";
  return v6.range() !== "unicast";
}

// undefined: no IPv4 inside; null: an IPv4-carrying form that is refused whatever it carries.
function embeddedIPv4(v6: ipaddr.IPv6): ipaddr.IPv4 | null | undefined {
  const b = v6.toByteArray();
  const last32 = () => new ipaddr.IPv4(b.slice(12, 16));
  switch (v6.range()) {
    case "ipv4Mapped": // ::ffff:a.b.c.d
    case "rfc6145": // ::ffff:0:a.b.c.d
    case "rfc6052": // 64:ff9b::a.b.c.d (NAT64)
      return last32();
    case "6to4": // 2002:aabb:ccdd::/48
      return new ipaddr.IPv4(b.slice(2, 6));
    case "teredo":
      return null;
  }
  // ::/96 covers ::, ::1 and the IPv4-compatible ::a.b.c.d; 64:ff9b:1::/48 is local-use NAT64 (RFC 8215).
  if (b.slice(0, 12).every((x) => x === 0)) return null;
  if (v6.match(ipaddr.IPv6.parse("64:ff9b:1::"), 48)) return null;
  return undefined;
}
