// Real OpenID Connect providers on 127.0.0.1 (npm oauth2-mock-server) for the end-to-end tests
// that sign in with no demo mode: each ID token names the email the sign-in asked for, and a
// test can tell a provider to send a bad one (`control.tamper`).
import { createServer } from "node:http";
import { OAuth2Issuer, OAuth2Server, OAuth2Service } from "oauth2-mock-server";

/// A real OpenID Connect provider whose ID tokens name the email the sign-in asked for
/// (`login_hint`), and that can be told to send a bad one.
export async function provider() {
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  await server.start(0, "127.0.0.1");
  return { server, ...controlled(server.service, "oidc"), issuer: server.issuer.url };
}

/// A provider shaped like Azure AD's: every tenant's issuer is `<host>/<tenant id>/v2.0`, all
/// served by one endpoint set (here the same mock service behind the tenant path).
export async function azureLikeProvider(tenantId) {
  const issuer = new OAuth2Issuer();
  await issuer.keys.generate("RS256");
  const service = new OAuth2Service(issuer);
  const server = createServer((req, res) => {
    const path = req.url.match(/^\/[0-9a-f-]+\/v2\.0(\/.*)$/);
    if (!path) { res.statusCode = 404; res.end(); return; }
    req.url = path[1];
    service.requestHandler(req, res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  issuer.url = `${base}/${tenantId}/v2.0`;
  return {
    server: { stop: () => new Promise((resolve) => server.close(resolve)) },
    ...controlled(service, "entra", tenantId),
    base,
    issuer: issuer.url,
  };
}

/// The directory user's stable id for an email, as a directory would keep it.
export const directoryId = (email) => `user-${Buffer.from(email).toString("hex")}`;

/// Each token names the user the sign-in asked for (its own `sub`, or for Entra `oid` in the
/// provider's `tid`), a verified email, and an authentication just now; `control` bends that.
function controlled(service, kind, tenantId) {
  const emails = new Map();
  const control = { tamper: null, asserts: null, nonces: [], maxAges: [], authenticatedAgo: 0 };
  service.on("beforeAuthorizeRedirect", (redirect, req) => {
    emails.set(redirect.url.searchParams.get("code"), req.query.login_hint);
    control.nonces.push(req.query.nonce);
    control.maxAges.push(req.query.max_age ?? null);
  });
  service.on("beforeTokenSigning", (token, req) => {
    const email = control.asserts ?? emails.get(req.body.code);
    const now = Math.floor(Date.now() / 1000);
    Object.assign(token.payload, { email, auth_time: now - control.authenticatedAgo });
    if (kind === "entra") {
      Object.assign(token.payload, { tid: tenantId, oid: directoryId(email), xms_edov: true });
    } else {
      Object.assign(token.payload, { sub: directoryId(email), email_verified: true });
    }
    switch (control.tamper) {
      case "audience": token.payload.aud = "another-client"; break;
      case "issuer": token.payload.iss = control.otherIssuer; break;
      case "expired": Object.assign(token.payload, { iat: now - 7200, nbf: now - 7200, exp: now - 3600 }); break;
      case "nonce": token.payload.nonce = control.nonces.at(-2); break;
      case "unverified": Object.assign(token.payload, { email_verified: false, xms_edov: false }); break;
      case "another user": token.payload.sub = directoryId(`someone-else+${email}`); break;
      case "another tenant": token.payload.tid = control.otherTenant; break;
      case "no email":
        delete token.payload.email;
        token.payload.preferred_username = email;
        break;
    }
  });
  service.on("beforeResponse", (response) => {
    if (control.tamper === "signature") {
      const [header, payload, signature] = response.body.id_token.split(".");
      const flipped = (signature[10] === "A" ? "B" : "A");
      response.body.id_token = [header, payload, signature.slice(0, 10) + flipped + signature.slice(11)].join(".");
    }
  });
  return { control };
}

