import { describe, expect, it } from "vitest";
import { addressBucket, canonicalAddress, clientAddress, PEER_ADDRESS_HEADER } from "@/lib/net/client-address";
import { captureLog } from "../../helpers/capture-log";

const request = (peer: string | undefined, forwardedFor?: string) =>
  new Headers({
    ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}),
    ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
  });

describe("client address", () => {
  it("without proxies is the TCP peer, whatever X-Forwarded-For the client wrote", () => {
    expect(clientAddress(request("203.0.113.9", "1.2.3.4"), 0)).toBe("203.0.113.9");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1", "x-forwarded-for": "10.0.0.1" }, 0)).toBe(
      "127.0.0.1",
    );
  });

  it("behind N proxies is the N-th X-Forwarded-For entry from the right; entries further left are the client's", () => {
    // The client wrote "6.6.6.6"; the first proxy appended the real client, the second appended the first proxy.
    const chain = request("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1");
    expect(clientAddress(chain, 1)).toBe("10.0.0.1");
    expect(clientAddress(chain, 2)).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6,198.51.100.7"), 1)).toBe("198.51.100.7");
  });

  it("falls back to the TCP peer when a proxy was skipped or wrote no address", () => {
    expect(clientAddress(request("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9", "198.51.100.7"), 2)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9", "6.6.6.6, unknown"), 1)).toBe("203.0.113.9");
  });

  it("is unknown, with one warning, when the server did not stamp the peer", () => {
    const captured = captureLog();
    expect(clientAddress(request(undefined, "1.2.3.4"), 0)).toBeNull();
    expect(clientAddress(undefined, 0)).toBeNull();
    captured.restore();
    expect(captured.lines).toEqual([
      expect.objectContaining({ level: 40, msg: expect.stringContaining(PEER_ADDRESS_HEADER) }),
    ]);
  });

  it("has one spelling per address, and refuses anything that is not one", () => {
    expect(canonicalAddress("2001:0db8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(canonicalAddress(" ::ffff:192.0.2.1 ")).toBe("192.0.2.1");
    for (const bad of ["1.2.3", "0x7f.0.0.1", "example.com", "", "1.2.3.4:80"])
      expect(canonicalAddress(bad), bad).toBeNull();
  });

  it("counts IPv6 clients per /64 and IPv4 clients per address", () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe(addressBucket("2001:db8:1:2:bbbb::2"));
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("192.0.2.1")).not.toBe(addressBucket("192.0.2.2"));
  });
});
