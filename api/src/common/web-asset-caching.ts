import { basename } from 'node:path';

/** Angular's production build names every script, style sheet and font after its content: `main-CN3OGVXU.js`. */
const CONTENT_HASHED = /-[A-Z0-9]{8}\.(?:js|css|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico)$/;

/**
 * Cache headers for the built web app: a file named by its content never changes, so browsers keep it a year
 * without asking again; everything else (index.html, which names the current files, the translations,
 * favicon) is revalidated on each use, so a new release shows at the next page load.
 */
export function setWebAssetCacheHeaders(response: { setHeader(name: string, value: string): unknown }, path: string): void {
  response.setHeader('Cache-Control', CONTENT_HASHED.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache');
}
