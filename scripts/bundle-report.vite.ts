// A Vite plugin that, when BUNDLE_REPORT is set, writes <outDir>/bundle-report.json: for each
// client chunk, the modules it holds and their rendered size. It answers "why is Zod on this
// page?" without a visualiser dependency: `BUNDLE_REPORT=1 npx remix vite:build`, then
// `npx tsx scripts/js-size.ts --modules`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

export interface BundleReport {
  [chunkFile: string]: { imports: string[]; modules: Record<string, number> };
}

export function bundleReport(): Plugin {
  let outDir = "";
  let ssr = false;
  return {
    name: "hang-viet:bundle-report",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
      ssr = !!config.build.ssr;
    },
    writeBundle(_options, bundle) {
      if (ssr || !process.env.BUNDLE_REPORT) return;
      const report: BundleReport = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk") continue;
        const modules: Record<string, number> = {};
        for (const [id, info] of Object.entries(output.modules)) {
          if (info.renderedLength > 0) modules[id.replace(process.cwd() + "/", "")] = info.renderedLength;
        }
        report[output.fileName] = { imports: output.imports, modules };
      }
      writeFileSync(join(outDir, "bundle-report.json"), JSON.stringify(report, null, 1));
    },
  };
}
