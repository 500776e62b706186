import fs from 'node:fs';
import path from 'node:path';
import { NAV_ITEMS } from './nav-items';

// "An entry appears only when its page exists": every sidebar href has a page under app/[locale]/(app).
describe('sidebar entries', () => {
  it.each(NAV_ITEMS.map((i) => [i.key, i.href]))('%s (%s) has a page', (_key, href) => {
    const page = path.join(process.cwd(), 'app', '[locale]', '(app)', href, 'page.tsx');
    expect(fs.existsSync(page)).toBe(true);
  });
  it('has unique keys', () => {
    expect(new Set(NAV_ITEMS.map((i) => i.key)).size).toBe(NAV_ITEMS.length);
  });
});
