// proxy-addr is Express's own dependency (how `req.ip` is computed); the page cache's front
// door uses it on a bare request so both agree on the client address. It ships no types.
declare module "proxy-addr" {
  import type { IncomingMessage } from "node:http";
  export default function proxyAddr(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string;
}
