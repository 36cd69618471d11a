// E1 through a client generated from the API's OpenAPI document (openapi-typescript types,
// openapi-fetch calls), written as an outside developer would: no casts, no hand-written
// types. `tsc` checks it against the generated `api.d.ts`; the test then runs it against a real
// server.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./api.js";

type MergeRequest = components["schemas"]["MergeRequest"];
type ErrorBody = components["schemas"]["ErrorBody"];

/// A client with its own cookie jar: Node's fetch keeps no cookies, a browser would.
function clientFor(baseUrl: string) {
  let cookie: string | undefined;
  const jar: Middleware = {
    onRequest({ request }) {
      if (cookie) request.headers.set("cookie", cookie);
      return request;
    },
    onResponse({ response }) {
      const set = response.headers.getSetCookie().map((c) => c.split(";")[0]);
      if (set.length > 0) cookie = set.join("; ");
      return response;
    },
  };
  const client = createClient<paths>({ baseUrl: `${baseUrl}/api` });
  client.use(jar);
  return client;
}

function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

export interface E1Run {
  invited: MergeRequest;
  accepted: MergeRequest;
  locations: string[];
  fingerprint: string;
  confirmed: MergeRequest;
  historyEvents: string[];
  signedOut: number;
  afterSignOut: ErrorBody | undefined;
}

/// Alice (Contoso) invites Fabricam, Fiona accepts, Alice previews and confirms by the plan's
/// fingerprint, reads the history and signs out.
export async function runE1(baseUrl: string): Promise<E1Run> {
  const alice = clientFor(baseUrl);
  const fiona = clientFor(baseUrl);
  ok(await alice.POST("/session", { body: { email: "alice@contoso.com" } }), "alice signs in");
  ok(await fiona.POST("/session", { body: { email: "fiona@fabricam.com" } }), "fiona signs in");

  const invited = ok(
    await alice.POST("/merges", { body: { invitee_mpn_id: "3333333" } }),
    "alice invites 3333333",
  );
  const path = { id: invited.id };
  const accepted = ok(
    await fiona.POST("/merges/{id}/accept", { params: { path }, body: {} }),
    "fiona accepts",
  );
  const preview = ok(
    await alice.POST("/merges/{id}/preview", { params: { path }, body: {} }),
    "alice previews",
  );
  const confirmed = ok(
    await alice.POST("/merges/{id}/confirm", {
      params: { path },
      // R23: who gains which rights, read and acknowledged as the server reads them.
      body: { fingerprint: preview.plan.fingerprint, rights_acknowledged: preview.rights.reading },
    }),
    "alice confirms",
  );
  const history = ok(await alice.GET("/history", { params: { query: { limit: 10 } } }), "history");
  const signedOut = await alice.DELETE("/session", { body: {} });
  const me = await alice.GET("/me");
  return {
    invited,
    accepted,
    // Optional in the schema: a snapshot given as input may leave its locations out.
    locations: (preview.plan.result.locations ?? []).map((l) => l.mpn_id),
    fingerprint: preview.plan.fingerprint,
    confirmed,
    historyEvents: history.map((entry) => entry.event),
    signedOut: signedOut.response.status,
    afterSignOut: me.error,
  };
}
