/**
 * The URL a link from a feed may point to: http(s) only, relative URLs resolved against `base`
 * (the feed's own URL). Anything else (`javascript:`, `data:`, `vbscript:`, in any case or with
 * tabs, newlines or control characters inside the scheme) gives null, and is shown as text.
 * The WHATWG URL parser does the work, so the check sees the scheme exactly as a browser would.
 */
export function safeHref(url: string, base: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
