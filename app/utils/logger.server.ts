// Structured JSON logs (pino) for the server and the app.
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "hang-viet" },
  redact: ["req.headers.cookie", "req.headers.authorization", "password", "*.password"],
});
