// One production server for a describe block of a Vitest file: started before its tests on a
// fresh copy of the seeded database, with a session for one demo user, removed after them.
// Kept apart from built-server.ts, which scripts import outside Vitest.
import { afterAll, beforeAll } from "vitest";
import { sessionCookieFor, startBuiltServer, type RunningServer } from "./built-server";

export interface BuiltServerSuite {
  server: RunningServer;
  /** the session cookie of `signedInAs` */
  cookie: string;
  /** A GET that does not follow redirects. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
}

/** Read the fields inside the tests: they are set once the server is up. */
export function builtServerSuite({ env = {}, signedInAs }: { env?: Record<string, string>; signedInAs: string }): BuiltServerSuite {
  const suite = {
    get: (path: string, headers: Record<string, string> = {}) => fetch(`${suite.server.url}${path}`, { headers, redirect: "manual" }),
  } as BuiltServerSuite;
  beforeAll(async () => {
    suite.server = await startBuiltServer({ env });
    suite.cookie = sessionCookieFor(suite.server.databaseFile, signedInAs);
  }, 180_000);
  afterAll(async () => suite.server?.cleanup());
  return suite;
}
