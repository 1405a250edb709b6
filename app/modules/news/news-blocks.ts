// How a news body is shown (paragraphs and bullet lists), apart from the form's Zod schema so the
// public article page does not download Zod.
export type NewsBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

/** The body as blocks: paragraphs and bullet lists. Text only, rendered by React (escaped). */
export function newsBlocks(body: string): NewsBlock[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): NewsBlock => {
      const lines = chunk.split("\n").map((line) => line.trim());
      if (lines.every((line) => /^[-•*]\s+/.test(line))) return { kind: "list", items: lines.map((line) => line.replace(/^[-•*]\s+/, "")) };
      return { kind: "paragraph", text: lines.join(" ") };
    });
}
