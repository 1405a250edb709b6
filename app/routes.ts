import type { RouteConfig } from "@remix-run/route-config";
import { flatRoutes } from "@remix-run/fs-routes";
import { ignoredRouteFiles } from "../remix.config.js";

export default flatRoutes({ ignoredRouteFiles }) satisfies RouteConfig;
