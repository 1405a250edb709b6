// Any URL no route claims: a friendly 404 page from the root error boundary.
export async function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}
