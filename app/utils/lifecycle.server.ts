// What a stopping process must wind down after the last request is answered (workers, the
// database connection). The compiled server and the Remix build are separate bundles, so the
// list lives on globalThis under a registered symbol: modules inside the build register, and
// server.ts runs them.
type ShutdownHook = { name: string; run: () => Promise<void> | void };

const hooksKey = Symbol.for("hang-viet.shutdown-hooks");
const slots = globalThis as unknown as Record<symbol, ShutdownHook[] | undefined>;
const hooks: ShutdownHook[] = (slots[hooksKey] ??= []);

export function onShutdown(name: string, run: ShutdownHook["run"]): void {
  if (!hooks.some((hook) => hook.name === name)) hooks.push({ name, run });
}

/** Runs every hook in registration order; a failing hook does not stop the others. */
export async function runShutdownHooks(report: (name: string, error: unknown) => void): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook.run();
    } catch (error) {
      report(hook.name, error);
    }
  }
}
