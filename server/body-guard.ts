// Malformed request bodies are the client's fault: a multipart body without a boundary or cut
// short, JSON that does not parse, a content type no action reads. Actions call
// `request.formData()` (or `json()`) and would let the parser's TypeError become a 500. Rather
// than guard each of them, the server build handed to Remix gives every action a request whose
// body readers turn a parse failure into a thrown 400 Response, which Remix renders through the
// error boundary (or encodes for a data request) like any other 400.
import type { ActionFunctionArgs, ServerBuild } from "@remix-run/node";

export const MALFORMED_BODY_MESSAGE = "Dữ liệu gửi lên không đọc được / The submitted data could not be read";

const BODY_READERS = new Set<PropertyKey>(["formData", "json", "text", "arrayBuffer", "blob"]);

function malformedBody(): Response {
  return new Response(MALFORMED_BODY_MESSAGE, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The same request, except that its body readers reject with a 400 Response on bad input. */
export function withBodyReadersAs400(request: Request): Request {
  return new Proxy(request, {
    get(target, property) {
      if (BODY_READERS.has(property)) {
        const read = Reflect.get(target, property, target) as () => Promise<unknown>;
        return () =>
          read.call(target).catch((error: unknown) => {
            if (error instanceof Response) throw error;
            throw malformedBody();
          });
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

type RouteModule = ServerBuild["routes"][string]["module"];

export function guardActionBodies(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const action = route.module.action;
    if (!action) {
      routes[id] = route;
      continue;
    }
    const guarded: RouteModule["action"] = (args: ActionFunctionArgs) => action({ ...args, request: withBodyReadersAs400(args.request) });
    routes[id] = { ...route, module: { ...route.module, action: guarded } };
  }
  return { ...build, routes };
}
