import { setWebAssetCacheHeaders } from './web-asset-caching';

function cacheControlFor(path: string): string | undefined {
  const headers = new Map<string, string>();
  setWebAssetCacheHeaders({ setHeader: (name, value) => headers.set(name, value) }, path);
  return headers.get('Cache-Control');
}

describe('setWebAssetCacheHeaders', () => {
  it('lets browsers keep content-hashed scripts, styles and media for a year without asking again', () => {
    for (const file of ['main-CN3OGVXU.js', 'chunk-XYWY2OQR.js', 'styles-OYWXBCD5.css', 'media/roboto-latin-400-AB12CD34.woff2']) {
      expect(cacheControlFor(`/srv/dist/web/browser/${file}`)).toBe('public, max-age=31536000, immutable');
    }
  });

  it('makes browsers revalidate index.html, translations and other unhashed files, so a release shows at the next load', () => {
    for (const file of ['index.html', 'i18n/en.json', 'favicon.ico', 'main.js']) {
      expect(cacheControlFor(`/srv/dist/web/browser/${file}`)).toBe('no-cache');
    }
  });
});
