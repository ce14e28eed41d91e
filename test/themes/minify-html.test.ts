import { expect } from '@open-wc/testing';
import { minifyHtmlLiterals } from '../../scripts/minify-html.mjs';

// The build squeezes the markup of every html`` literal in dist/: only whitespace runs with a line
// break, only in static markup; expressions, strings, comments and other template literals are copied.
const CASES: [name: string, source: string, expected: string][] = [
  ['line breaks and indents become one space', 'x = html `<p>\n    ${a}\n  </p>`;', 'x = html `<p> ${a} </p>`;'],
  ['a space without a line break stays', 'html`<b>a</b> <i>b</i>`', 'html`<b>a</b> <i>b</i>`'],
  ['a nested html literal is squeezed too', 'html`<ul>\n ${xs.map((x) => html`<li>\n ${x}</li>`)}</ul>`', 'html`<ul> ${xs.map((x) => html`<li> ${x}</li>`)}</ul>`'],
  ['other template literals are left alone', 'html`<p>${`a\n  b`}</p>`; css`a {\n}`', 'html`<p>${`a\n  b`}</p>`; css`a {\n}`'],
  ['strings and comments in expressions are copied', "html`<p>${f('}\\n`', \"{\") /* ` } */}\n</p>`", "html`<p>${f('}\\n`', \"{\") /* ` } */} </p>`"],
  ['a line comment in an expression is copied', "html`<p>${g(\n// it's fine\nx)}\n</p>`", "html`<p>${g(\n// it's fine\nx)} </p>`"],
  ['an escaped backtick does not end the template', 'html`<p>a\\`\n b</p>`', 'html`<p>a\\` b</p>`'],
  ['braces in expressions balance', 'html`<p>${{ a: { b: 1 } }.a.b}\n</p>`', 'html`<p>${{ a: { b: 1 } }.a.b} </p>`'],
];

describe('minifyHtmlLiterals', () => {
  for (const [name, source, expected] of CASES) {
    it(name, () => {
      expect(minifyHtmlLiterals(source)).to.equal(expected);
    });
  }

  it('refuses a template it cannot read to its end, instead of shipping a broken one', () => {
    expect(() => minifyHtmlLiterals('html`<p>${"unterminated}`')).to.throw(/unterminated/);
  });
});
