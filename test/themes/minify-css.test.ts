import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css.mjs';
import { styles as assessment } from '../../src/elements/assessment-form/assessment-form.styles.js';
import { styles as goals } from '../../src/elements/goal-editor/goal-editor.styles.js';
import { styles as modalities } from '../../src/elements/modality-picker/modality-picker.styles.js';
import { styles as summary } from '../../src/elements/plan-summary/plan-summary.styles.js';
import { styles as timeline } from '../../src/elements/progress-timeline/progress-timeline.styles.js';
import { baseStyles } from '../../src/themes/base.styles.js';

/**
 * What Chromium makes of a style sheet: every rule as the browser serializes it. Custom property
 * values keep their text as written, so the space after a comma in `var(--a, b)` is dropped on
 * both sides (it never carries meaning: var() trims its fallback).
 */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/, /g, ','));
}

// The build ships every *.styles module through minifyCssLiterals: the browser must read the
// minified sheets exactly as it reads the sources, rule for rule.
const SHEETS: [string, CSSResult][] = [
  ['base', baseStyles],
  ['assessment-form', assessment],
  ['goal-editor', goals],
  ['modality-picker', modalities],
  ['plan-summary', summary],
  ['progress-timeline', timeline],
];

describe('minified styles', () => {
  for (const [name, sheet] of SHEETS) {
    it(`${name}: the browser reads the same rules, from fewer bytes`, () => {
      const min = minifyCss(sheet.cssText);
      expect(min.length).to.be.lessThan(sheet.cssText.length);
      expect(parsed(min)).to.deep.equal(parsed(sheet.cssText));
      expect(parsed(min).length).to.be.greaterThan(0);
    });
  }

  const CASES: [input: string, output: string][] = [
    ['a  b {\n  color: red;\n}\n', 'a b{color:red}'],
    ['/* the client\'s words */ .x :hover { margin: 0 0 1px 2px ; }', '.x :hover{margin:0 0 1px 2px}'],
    ['@media (forced-colors: active) {\n  :host { inline-size: calc(1px + 2px); }\n}', '@media (forced-colors:active){:host{inline-size:calc(1px + 2px)}}'],
    ['a::after { content: " : ,  { "; }', 'a::after{content:" : ,  { "}'],
  ];
  for (const [input, output] of CASES) {
    it(`minifyCss(${JSON.stringify(input)})`, () => expect(minifyCss(input)).to.equal(output));
  }

  it('rewrites css`` values only, never a mention in a comment or a literal with interpolations', () => {
    const code = [
      '/** see `a.css` and css`x` */',
      'export const a = css `',
      '  :host { display: block; }',
      '`;',
      'const b = css`:host { color: ${c}; }`;',
    ].join('\n');
    expect(minifyCssLiterals(code)).to.equal(
      ['/** see `a.css` and css`x` */', 'export const a = css`:host{display:block}`;', 'const b = css`:host { color: ${c}; }`;'].join('\n'),
    );
  });
});
