// `npx tsx prisma/seed.ts`: loads the 2025 administrative units, then the demo
// (skip it with SEED_DEMO=false). Both steps are idempotent, so it runs on every start.
import { configureDatabase, createPrismaClient } from "../app/utils/db.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./seed/demo";
import { seedPlaces } from "./seed/places";

async function main() {
  const client = createPrismaClient();
  const started = performance.now();
  try {
    await configureDatabase(client);

    const places = await seedPlaces(client);
    console.log(
      `places: ${places.provinces} provinces, ${places.communes} communes, ${places.mappings} old→new mappings ` +
        `(${places.resolvedByName} resolved by name, ${places.incomplete} without an old name and ` +
        `${places.unresolved} unresolved left out) in ${places.ms} ms`,
    );

    if (process.env.SEED_DEMO === "false") {
      console.log("demo: skipped (SEED_DEMO=false)");
    } else {
      const demoStarted = performance.now();
      const counts = await seedDemo(client);
      const summary = Object.entries(counts)
        .map(([name, count]) => `${count} ${name}`)
        .join(", ");
      console.log(`demo: ${summary} in ${Math.round(performance.now() - demoStarted)} ms`);
      console.log(`demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
    }
    console.log(`seed finished in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("seed failed:", error);
  process.exit(1);
});
