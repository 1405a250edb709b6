// Reading a form that may carry files: the one reader every upload route uses. It streams the
// body through busboy (which copes with any file name a phone sends: `anh_w=800.jpg`,
// `ảnh; mặt trước.jpg`, RFC 2231 names) and stops reading as soon as a limit is passed, so a
// hostile post never sits in memory: a per-file limit, a file count and a total size.
// Malformed bodies (no boundary, cut short) are a 400 with a Vietnamese message, never a 500.
import { Readable } from "node:stream";
import busboy from "busboy";

const MB = 1024 * 1024;

export type UploadLimits = {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** Most files in one post. */
  maxFiles: number;
  /** Largest whole body (files and fields), in bytes. */
  maxTotalBytes: number;
  /** Most non-file fields, and the largest one (bytes). */
  maxFields?: number;
  maxFieldBytes?: number;
};

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 10 * MB,
  maxFiles: 10,
  maxTotalBytes: 30 * MB,
  maxFields: 200,
  maxFieldBytes: 100_000,
};

/** Why a post was refused; routes turn it into a locale key (`uploads.errors.<code>`). */
export type UploadRefusalCode = "fileTooLarge" | "tooManyFiles" | "totalTooLarge" | "tooManyFields" | "fieldTooLong" | "malformed" | "unsupported";

export type UploadFormResult =
  | { ok: true; formData: FormData }
  | {
      ok: false;
      status: 400 | 413 | 415;
      code: UploadRefusalCode;
      message: string;
      /** The plain fields read before the refusal (e.g. `intent`), so the error lands on the right form. */
      fieldsSoFar: FormData;
    };

const messages = {
  fileTooLarge: (limit: number) => `Tệp quá lớn: mỗi tệp tối đa ${Math.round(limit / MB)} MB.`,
  tooManyFiles: (limit: number) => `Quá nhiều tệp: tối đa ${limit} tệp mỗi lần gửi.`,
  totalTooLarge: (limit: number) => `Tổng dung lượng quá lớn: tối đa ${Math.round(limit / MB)} MB mỗi lần gửi.`,
  tooManyFields: "Biểu mẫu có quá nhiều trường.",
  fieldTooLong: "Một trường của biểu mẫu quá dài.",
  malformed: "Dữ liệu gửi lên bị lỗi hoặc không đầy đủ. Vui lòng tải lại trang và gửi lại.",
  unsupported: "Kiểu dữ liệu gửi lên không được hỗ trợ.",
};

class LimitExceeded extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: UploadRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

function refuse(status: 400 | 413 | 415, code: UploadRefusalCode, message: string, fieldsSoFar = new FormData()): UploadFormResult {
  return { ok: false, status, code, message, fieldsSoFar };
}

/**
 * Reads a POST body into FormData within the limits. Multipart bodies are streamed; a plain
 * urlencoded post (a form without files, or a client that ignored `enctype`) is read as usual.
 */
export async function readUploadForm(request: Request, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): Promise<UploadFormResult> {
  const contentType = request.headers.get("Content-Type") ?? "";
  const declaredLength = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declaredLength) && declaredLength > limits.maxTotalBytes) {
    return refuse(413, "totalTooLarge", messages.totalTooLarge(limits.maxTotalBytes));
  }
  if (!/^multipart\/form-data/i.test(contentType)) {
    if (contentType && !/^application\/x-www-form-urlencoded/i.test(contentType)) {
      return refuse(415, "unsupported", messages.unsupported);
    }
    try {
      return { ok: true, formData: await request.formData() };
    } catch {
      return refuse(400, "malformed", messages.malformed);
    }
  }
  if (!request.body) return refuse(400, "malformed", messages.malformed);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      limits: {
        fileSize: limits.maxFileBytes,
        files: limits.maxFiles,
        fields: limits.maxFields ?? DEFAULT_UPLOAD_LIMITS.maxFields,
        fieldSize: limits.maxFieldBytes ?? DEFAULT_UPLOAD_LIMITS.maxFieldBytes,
        parts: (limits.maxFields ?? 200) + limits.maxFiles,
      },
    });
  } catch {
    // busboy throws synchronously on a missing boundary.
    return refuse(400, "malformed", messages.malformed);
  }

  const formData = new FormData();
  let total = 0;
  const body = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);

  const done = new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      body.unpipe(parser);
      body.destroy();
      reject(error);
    };
    const count = (bytes: number) => {
      total += bytes;
      if (total > limits.maxTotalBytes) fail(new LimitExceeded(413, "totalTooLarge", messages.totalTooLarge(limits.maxTotalBytes)));
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) return fail(new LimitExceeded(413, "fieldTooLong", messages.fieldTooLong));
      count(Buffer.byteLength(value));
      formData.append(name, value);
    });
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        count(chunk.length);
      });
      stream.on("limit", () => fail(new LimitExceeded(413, "fileTooLarge", messages.fileTooLarge(limits.maxFileBytes))));
      stream.on("error", fail);
      stream.on("end", () => {
        // A browser sends an empty part with an empty name for a file input left blank.
        if (!info.filename && chunks.length === 0) return;
        const name_ = (info.filename ?? "").normalize("NFC");
        formData.append(name, new File([new Uint8Array(Buffer.concat(chunks))], name_, { type: info.mimeType || "application/octet-stream" }));
      });
    });
    parser.on("filesLimit", () => fail(new LimitExceeded(413, "tooManyFiles", messages.tooManyFiles(limits.maxFiles))));
    parser.on("fieldsLimit", () => fail(new LimitExceeded(413, "tooManyFields", messages.tooManyFields)));
    parser.on("partsLimit", () => fail(new LimitExceeded(413, "tooManyFields", messages.tooManyFields)));
    parser.on("error", (error: Error) => fail(error));
    parser.on("close", () => resolve());
    body.on("error", fail);
  });
  body.pipe(parser);

  try {
    await done;
    return { ok: true, formData };
  } catch (error) {
    const fieldsSoFar = new FormData();
    for (const [name, value] of formData) if (typeof value === "string") fieldsSoFar.append(name, value);
    if (error instanceof LimitExceeded) return refuse(error.status, error.code, error.message, fieldsSoFar);
    return refuse(400, "malformed", messages.malformed, fieldsSoFar);
  }
}

/** The files of one field, skipping empty parts. */
export function filesOf(formData: FormData, name: string): File[] {
  return formData.getAll(name).filter((value): value is File => value instanceof File && value.size > 0);
}

/** The locale key to show for a refusal: the field's own "too large" message, or a generic one. */
export function refusalMessageKey(code: UploadRefusalCode, fileTooLargeKey?: string): string {
  return code === "fileTooLarge" && fileTooLargeKey ? fileTooLargeKey : `uploads.errors.${code}`;
}
