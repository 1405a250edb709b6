// A news article's body from its plain format: paragraphs and bullet lists, escaped by React.
import { newsBlocks } from "~/modules/news/news-blocks";

export function NewsBody({ body }: { body: string }) {
  return (
    <>
      {newsBlocks(body).map((block, index) =>
        block.kind === "list" ? (
          <ul key={index} className="list-disc space-y-1 pl-6">
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{block.text}</p>
        ),
      )}
    </>
  );
}
