// Minifies the CSS inside css`` literals of the kit's *.styles modules. Lit leaves that text as
// written, so without this every comment and indent would ship to the browser. The build applies
// it to dist/ and the size measurement applies it to src/, so both count the same bytes.
// Conservative on purpose: quoted strings are left as they are; outside them only comments,
// whitespace runs, spaces next to { } ; , and after a colon, and the last ; of a block are touched,
// so descendant selectors (`a :hover`), calc() and shorthand values keep their meaning.

function squeeze(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

export function minifyCss(text) {
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, '').split(/('[^']*'|"[^"]*")/);
  return parts.map((part, i) => (i % 2 ? part : squeeze(part))).join('').trim();
}

/** Rewrites every interpolation-free css`` literal in a module's text. */
export function minifyCssLiterals(code) {
  // Only a css`` that is a value (after = ( , or :), never a mention in a comment; tsc writes
  // `css `...``, the source `css`...``.
  return code.replace(/(?<=[=(,:]\s*)css ?`([^`]*)`/g, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
}
