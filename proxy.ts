import { NextResponse, type NextRequest } from "next/server";

/**
 * Ids are read in any case, in paths as in the query (README: every view is a URL): an actor's or
 * an event's page asked for with capitals redirects to its lower-case address, the one the build
 * generated (every actor and event id, and every alias, is lower case). Anything else passes.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const lower = pathname.toLowerCase();
  if (lower === pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = lower;
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: ["/actors/:id", "/events/:id"] };
