import { describe, expect, it } from "vitest";
import { assertPublicUrl, isPrivateAddress, urlRefusalOf } from "@/lib/net/url-guard";
import { signWebhookBody, verifyWebhookSignature } from "@/lib/net/signature";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.8",
    "172.16.5.4",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "not-an-ip",
  ])("refuses %s", (ip) => expect(isPrivateAddress(ip)).toBe(true));
  it.each([
    "93.184.215.14",
    "8.8.8.8",
    "172.32.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "2002:808:808::1",
  ])("allows %s", (ip) => expect(isPrivateAddress(ip)).toBe(false));
  // IPv6 forms that carry an IPv4 address are judged by that address; the deprecated IPv4-compatible form is refused.
  it.each([
    "::7f00:1",
    "::127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:0:7f00:1",
    "64:ff9b::7f00:1",
    "64:ff9b::10.0.0.1",
    "64:ff9b:1::1",
    "2002:7f00:1::",
    "2002:a00:1::1",
    "2002:a9fe:a9fe::",
    "2001:0:4136:e378::1",
    "2001:db8::1",
    "255.255.255.255",
  ])("refuses %s", (ip) => expect(isPrivateAddress(ip)).toBe(true));
});

describe("assertPublicUrl on address literals as the URL parser normalises them", () => {
  it.each([
    "http://2130706433/",
    "http://0177.0.0.1/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://[::127.0.0.1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[64:ff9b::127.0.0.1]/",
    "http://[2002:7f00:1::]/",
    "http://[::1]:8080/",
    "http://169.254.169.254/latest/meta-data/",
  ])("refuses %s", async (url) => {
    await expect(
      assertPublicUrl(url, {
        allowPrivate: false,
        resolve: async () => {
          throw new Error("literals are not resolved");
        },
      }),
    ).rejects.toThrow("Private and loopback");
  });
});

describe("assertPublicUrl", () => {
  const resolveTo =
    (...addresses: string[]) =>
    async () =>
      addresses;

  it("refuses a host name that resolves to a private address, even if only one of its addresses is private", async () => {
    await expect(
      assertPublicUrl("https://hooks.example.com/x", {
        allowPrivate: false,
        resolve: resolveTo("93.184.215.14", "10.0.0.5"),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
  it("accepts a host name with only public addresses", async () => {
    const url = await assertPublicUrl("https://hooks.example.com/x", {
      allowPrivate: false,
      resolve: resolveTo("93.184.215.14"),
    });
    expect(url.hostname).toBe("hooks.example.com");
  });
  it("refuses other schemes, credentials in the URL and hosts that do not resolve", async () => {
    await expect(assertPublicUrl("file:///etc/passwd", { allowPrivate: false })).rejects.toThrow("Only http and https");
    await expect(assertPublicUrl("https://u:p@example.com/", { allowPrivate: false })).rejects.toThrow("credentials");
    await expect(
      assertPublicUrl("https://nowhere.invalid/", {
        allowPrivate: false,
        resolve: async () => {
          throw new Error("ENOTFOUND");
        },
      }),
    ).rejects.toThrow("could not be resolved");
  });
  it("says why it refused, for callers that word the refusal themselves (a registry sync's note)", async () => {
    const reason = (raw: string, resolve = async () => ["10.0.0.5"]) =>
      assertPublicUrl(raw, { allowPrivate: false, resolve }).then(
        () => "accepted",
        (error: unknown) => urlRefusalOf(error),
      );
    expect(await reason("not a url")).toBe("invalid");
    expect(await reason("ftp://example.com/")).toBe("scheme");
    expect(await reason("https://u:p@example.com/")).toBe("credentials");
    expect(await reason("https://internal.example/")).toBe("private");
    expect(await reason("http://localhost:5000/")).toBe("private");
    const missing = async (): Promise<string[]> => {
      throw new Error("ENOTFOUND");
    };
    expect(await reason("https://nowhere.invalid/", missing)).toBe("unresolved");
    expect(await reason("https://example.com/", async () => ["93.184.215.14"])).toBe("accepted");
    expect(urlRefusalOf(new Error("The host x could not be resolved."))).toBeNull();
  });
  it("allows private addresses only when told to (ALLOW_PRIVATE_URLS)", async () => {
    expect((await assertPublicUrl("http://127.0.0.1:9/x", { allowPrivate: true })).port).toBe("9");
  });
});

describe("webhook signature", () => {
  it("is HMAC-SHA256 over timestamp.body and fails for any change", () => {
    const sig = signWebhookBody("secret", "1700000000", '{"a":1}');
    // Fixed vector: what any receiver computes with `openssl dgst -sha256 -hmac secret` over "1700000000.{\"a\":1}".
    expect(sig).toBe("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
    expect(verifyWebhookSignature("secret", "1700000000", '{"a":1}', sig)).toBe(true);
    expect(verifyWebhookSignature("secret", "1700000001", '{"a":1}', sig)).toBe(false);
    expect(verifyWebhookSignature("secret", "1700000000", '{"a":2}', sig)).toBe(false);
  });
});
