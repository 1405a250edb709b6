// Summarises a V8 .cpuprofile (node --cpu-prof): the functions and the modules that take the
// most CPU, by self time and by inclusive time.
//   npx tsx scripts/cpuprofile-summary.ts <file> [rows] [--from=<ms>] [--to=<ms>]
// It first prints the busy share of each 250 ms of the profile (0–9), so the window of a burst
// can be told from start-up; --from/--to (ms since the profile started) keep only that window.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const [file, rowsArg] = args.filter((a) => !a.startsWith("--"));
if (!file) throw new Error("usage: cpuprofile-summary <file.cpuprofile> [rows] [--from=<ms>] [--to=<ms>]");
const rows = Number(rowsArg ?? 30);
const from = Number(option("from") ?? 0) * 1000;
const to = Number(option("to") ?? Infinity) * 1000;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
process.stdout.on("error", () => process.exit(0)); // piped into head
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
{
  // timeline of 250 ms buckets: busy share, so the burst can be told from start-up and idling
  const bucketUs = 250_000;
  const buckets: Array<{ busy: number; all: number }> = [];
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const b = (buckets[Math.floor(t / bucketUs)] ??= { busy: 0, all: 0 });
    b.all += profile.timeDeltas[i] ?? 0;
    if (!idleIds.has(id)) b.busy += profile.timeDeltas[i] ?? 0;
  });
  console.log("busy share per 250 ms: " + buckets.map((b) => (b ? Math.round((b.busy / Math.max(1, b.all)) * 9) : 0)).join(""));
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

if (from || Number.isFinite(to)) console.log(`window ${from / 1000} ms – ${Number.isFinite(to) ? `${to / 1000} ms` : "end"}`);
// self time per node: each sample's delta goes to the node that was on top of the stack
const selfUs = new Map<number, number>();
let clock = 0;
let totalUs = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  clock += delta;
  if (clock < from || clock > to) return;
  totalUs += delta;
  selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
});

function moduleOf(url: string): string {
  if (!url) return "(native/vm)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith("node:")) return url;
  const build = /\/build\/server\/index\.js/.test(url);
  if (build) return "build/server (app)";
  return url.replace(/^file:\/\/.*?\/(app|server|scripts)\//, "$1/");
}
const fnKey = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${moduleOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const selfByFn = new Map<string, number>();
const selfByModule = new Map<string, number>();
const inclByFn = new Map<string, number>();
const inclByModule = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  selfByFn.set(fnKey(node), (selfByFn.get(fnKey(node)) ?? 0) + us);
  selfByModule.set(moduleOf(node.callFrame.url), (selfByModule.get(moduleOf(node.callFrame.url)) ?? 0) + us);
  // inclusive: every distinct function/module on the stack gets the sample once
  const fns = new Set<string>();
  const mods = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    fns.add(fnKey(n));
    mods.add(moduleOf(n.callFrame.url));
  }
  for (const f of fns) inclByFn.set(f, (inclByFn.get(f) ?? 0) + us);
  for (const m of mods) inclByModule.set(m, (inclByModule.get(m) ?? 0) + us);
}

const show = (title: string, map: Map<string, number>, n = rows) => {
  console.log(`\n## ${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((us / totalUs) * 100).toFixed(1).padStart(5)}%  ${key}`);
};
console.log(`profile ${file}: ${(totalUs / 1000).toFixed(0)} ms sampled`);
show("self time by module", selfByModule, 20);
show("inclusive time by module", inclByModule, 20);
show("self time by function", selfByFn);
show("inclusive time by function", inclByFn);
