import { afterEach, describe, expect, test } from "vitest";
import { env, publicEnv, resetEnvForTests } from "./env.server";

const saved = process.env.MAP_TILE_URL;

afterEach(() => {
  if (saved === undefined) delete process.env.MAP_TILE_URL;
  else process.env.MAP_TILE_URL = saved;
  resetEnvForTests();
});

function tileUrlWith(value: string | undefined) {
  if (value === undefined) delete process.env.MAP_TILE_URL;
  else process.env.MAP_TILE_URL = value;
  resetEnvForTests();
  return { server: env().MAP_TILE_URL, browser: publicEnv().MAP_TILE_URL };
}

describe("MAP_TILE_URL", () => {
  test("defaults to OpenStreetMap's tiles, so the map has a background without configuration", () => {
    expect(tileUrlWith(undefined)).toEqual({
      server: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      browser: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    });
  });

  test("off (or empty) turns tiles off: the map draws its offline outlines", () => {
    expect(tileUrlWith("off")).toEqual({ server: undefined, browser: null });
    expect(tileUrlWith("OFF")).toEqual({ server: undefined, browser: null });
    expect(tileUrlWith("")).toEqual({ server: undefined, browser: null });
  });

  test("another tile server is passed on as given", () => {
    expect(tileUrlWith("https://tiles.example.vn/{z}/{x}/{y}.png").browser).toBe("https://tiles.example.vn/{z}/{x}/{y}.png");
  });
});
