// One read-only SQLite connection for the server's own small reads (the health check, the page
// cache's data_version), opened on first use; a failed read closes it so the next opens anew
// (the file may not exist yet, or was replaced).
import Database from "better-sqlite3";

export class ReadConnection {
  #db: Database.Database | undefined;
  constructor(private readonly file: string) {}

  /** Runs `read` on the connection; on failure the connection is closed and the error thrown. */
  read<T>(read: (db: Database.Database) => T): T {
    try {
      this.#db ??= new Database(this.file, { readonly: true, fileMustExist: true, timeout: 2_000 });
      return read(this.#db);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  close(): void {
    this.#db?.close();
    this.#db = undefined;
  }
}
