/**
 * Content-Security-Policy of the built site: only the site's own scripts and styles,
 * no inline script or style, no plugins, no framing. `'wasm-unsafe-eval'` lets the
 * search index's WebAssembly run; it does not allow `eval` of JavaScript.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as a meta tag carries it (frame-ancestors only works as a header). */
export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/** The policy for a server header, where frame-ancestors is honoured. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'self'`;
