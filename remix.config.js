// Remix's own options, kept apart from the bundler so the path to React Router v7 is a
// single import change in vite.config.ts and app/routes.ts.

/** Every v3 future flag is on: the app already behaves as React Router v7 will. */
export const future = {
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  v3_singleFetch: true,
  v3_lazyRouteDiscovery: true,
  v3_routeConfig: true,
};

/** Files under app/routes that are not routes: tests, schemas and colocated helpers. */
export const ignoredRouteFiles = ["**/*.test.{ts,tsx}", "**/*.schema.ts", "**/.*", "**/*.css"];

export default { future, ignoredRouteFiles };
