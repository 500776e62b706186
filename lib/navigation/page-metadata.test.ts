import fs from 'node:fs';
import path from 'node:path';

// "Every page has a title in its language": each page.tsx exports its own metadata (a title that the
// locale layout's template turns into "<page> · OPTRIA IQ"); e2e/page-titles.spec.ts checks the text.
const appDir = path.join(process.cwd(), 'app');

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === 'page.tsx' ? [path.relative(process.cwd(), full)] : [];
  });
}

const EXPORTS_METADATA = /export\s+(async\s+function\s+generateMetadata\b|const\s+(metadata|generateMetadata)\b)/;

describe('page metadata', () => {
  const all = pages(appDir);

  it('finds the pages', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all)('%s exports metadata or generateMetadata', (file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toMatch(EXPORTS_METADATA);
  });

  // A page that answers 404 to some viewers must not tell them its name in the title either.
  it.each(all.filter((file) => fs.readFileSync(file, 'utf8').includes('requirePage(')))(
    '%s (guarded by requirePage) takes its title from guardedTitle() or visiblePage()',
    (file) => {
      // visiblePage(): a page whose title names its object (tenants/[id]) decides with the same guard.
      expect(fs.readFileSync(file, 'utf8')).toMatch(
        /export const generateMetadata = guardedTitle\(|await visiblePage\(/,
      );
    },
  );

  it('the locale layout sets the "<page> · OPTRIA IQ" template', () => {
    const layout = fs.readFileSync(path.join(appDir, '[locale]', 'layout.tsx'), 'utf8');
    expect(layout).toMatch(/template:\s*`%s · \$\{t\('name'\)\}`/);
  });

  it('the app icons exist where Next serves them (/favicon.ico, /icon.svg, /apple-icon.png)', () => {
    const ico = fs.readFileSync(path.join(appDir, 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICO header: reserved 0, type 1 (icon)
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(1);
    expect(fs.readFileSync(path.join(appDir, 'icon.svg'), 'utf8')).toMatch(/^<svg[^>]+viewBox=/);
    const png = fs.readFileSync(path.join(appDir, 'apple-icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]); // IHDR width, height
  });
});
