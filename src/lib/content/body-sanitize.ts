/**
 * The build side of the body allow-list (body-policy.ts): the HTML sanitizer every
 * Markdown body goes through, and the wiring into Astro's Sätteri processor. Kept apart
 * from body-policy.ts so the content check (and whatever imports it) does not load
 * sanitize-html.
 */
import sanitizeHtml from 'sanitize-html';
import { ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, ALLOWED_TAGS, GLOBAL_ATTRIBUTES, URL_ATTRIBUTE_NAMES, alignClass, bodyGuardPlugin } from './body-policy.ts';

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS, 'input'],
  allowedAttributes: {
    '*': GLOBAL_ATTRIBUTES,
    ...Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([k, v]) => [k, [...v]])),
    // Astro's placeholder for a local image (replaced by the optimised <img> at render time).
    img: [...ALLOWED_ATTRIBUTES.img!, '__ASTRO_IMAGE_'],
    // GFM task lists only: a disabled checkbox.
    input: ['type', 'checked', 'disabled'],
  },
  allowedSchemes: ALLOWED_SCHEMES,
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: URL_ATTRIBUTE_NAMES,
  allowProtocolRelative: true,
  // Everything else is dropped with its content when it can only hold code or styles.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
  disallowedTagsMode: 'discard',
  // Astro's image placeholder keeps its case; other attribute names are compared as written,
  // so `ONCLICK` is simply not on the list.
  parser: { lowerCaseAttributeNames: false },
  transformTags: {
    input: (tagName, attribs) => (attribs.type === 'checkbox' ? { tagName, attribs: { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) } } : { tagName: 'span', attribs: {} }),
    // Sätteri writes table alignment as style="text-align: …"; keep it as a class.
    td: alignTransform,
    th: alignTransform,
  },
};

function alignTransform(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { style, ...rest } = attribs;
  const cls = style ? alignClass(style) : undefined;
  if (cls) rest.class = rest.class ? `${rest.class} ${cls}` : cls;
  return { tagName, attribs: rest };
}


/** The rendered HTML of a Markdown body, with everything outside the allow-list removed. */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

interface Renderer {
  render: (content: string, options?: unknown) => Promise<{ code: string } & Record<string, unknown>>;
}
/** The part of Astro's Sätteri processor (`@astrojs/markdown-satteri`) the guard hooks into. */
export interface SatteriProcessor {
  name: string;
  options: { hastPlugins?: unknown[] };
  createRenderer: (shared: unknown) => Promise<Renderer>;
  __portalGuarded?: boolean;
}

/**
 * Wire the guard into Astro's Markdown processor, which @astrojs/mdx shares: every body,
 * Markdown or MDX, is rendered through `bodyGuardPlugin`, and every Markdown body's HTML
 * through `sanitizeBodyHtml`. Called by the portal integration for every build, publish
 * and dev server, before the content check, so it holds whether or not the check ran.
 */
export function guardProcessor(processor: SatteriProcessor): void {
  if (processor.__portalGuarded) return;
  processor.__portalGuarded = true;
  (processor.options.hastPlugins ??= []).unshift(bodyGuardPlugin());
  const create = processor.createRenderer.bind(processor);
  processor.createRenderer = async (shared) => {
    const renderer = await create(shared);
    return {
      ...renderer,
      async render(content, options) {
        const result = await renderer.render(content, options);
        return { ...result, code: sanitizeBodyHtml(result.code) };
      },
    };
  };
}
