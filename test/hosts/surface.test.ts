import { expect } from '@open-wc/testing';
import { THEMES } from '../../src/themes/themes.js';
import { contrastRatio, parseRgb, readSource, type Rgb } from '../themes/theme-source.js';
import { composedParent, everyWidget } from './helpers.js';

/** The colour painted behind an element: the first opaque background up the composed tree. */
function backdrop(el: Element): Rgb {
  for (let at: Element | null = el; at; at = composedParent(at)) {
    const bg = getComputedStyle(at).backgroundColor;
    const alpha = /rgba\(.*,\s*([\d.]+)\)/.exec(bg)?.[1];
    if (alpha === undefined || Number(alpha) === 1) return parseRgb(bg);
  }
  return parseRgb(getComputedStyle(document.documentElement).backgroundColor);
}

/** Elements in a widget's shadow root that show text of their own. */
function textElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()) && el.getClientRects().length > 0,
  );
}

// A widget paints its own surface (`--tpk-color-surface`), so a theme is legible whatever page
// it sits on: the dark theme on a white portal page, the light one on a black one.
describe('every theme is legible on any page: widgets paint their own surface', () => {
  for (const theme of THEMES) {
    for (const page of ['white', 'black'] as const) {
      it(`${theme.name} on a ${page} page: body text ≥ 4.5:1`, async () => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`${(await readSource(`src/themes/${theme.file}`))!}\nhtml, body { background: ${page}; }`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        try {
          const { widgets } = await everyWidget();
          const low: string[] = [];
          for (const w of widgets) {
            const host = contrastRatio(parseRgb(getComputedStyle(w).color), backdrop(w));
            if (host < 4.5) low.push(`${w.localName}: ${host.toFixed(2)}:1`);
            for (const el of textElements(w.shadowRoot!)) {
              const ratio = contrastRatio(parseRgb(getComputedStyle(el).color), backdrop(el));
              if (ratio < 4.5) low.push(`${w.localName} ${el.localName}.${el.className} "${el.textContent?.trim().slice(0, 30)}": ${ratio.toFixed(2)}:1`);
            }
          }
          expect([...new Set(low)].slice(0, 10)).to.deep.equal([]);
        } finally {
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        }
      });
    }
  }
});
