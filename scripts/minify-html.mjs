// Squeezes the markup inside html`` literals of the compiled kit. Lit keeps template text as written,
// so every line break and indent of a readable template would ship to the browser; readable source
// and small output need not be traded against each other. The build applies it to dist/.
// Conservative on purpose: only a run of whitespace that contains a line break is touched, and it
// becomes one space (what HTML renders it as anyway; the kit has no <pre> and its pre-line/pre-wrap
// elements hold data, not template whitespace). Expressions (${…}) are copied as they are, except
// that html`` literals nested in them are squeezed the same way.

const squeeze = (text) => text.replace(/[ \t]*\n\s*/g, ' ');

/** Copies the template literal starting after the backtick at `i`; returns [text, index after it]. */
function template(src, i, minify) {
  let out = '';
  let chunk = '';
  const flush = () => {
    out += minify ? squeeze(chunk) : chunk;
    chunk = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      chunk += src.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [out + '`', i + 1];
    } else if (c === '$' && src[i + 1] === '{') {
      flush();
      const [expr, next] = expression(src, i + 2);
      out += '${' + expr;
      i = next;
    } else {
      chunk += c;
      i++;
    }
  }
  throw new Error('minify-html: unterminated template literal');
}

/** Copies a ${…} expression starting at `i` up to and including its closing brace. */
function expression(src, i) {
  let out = '';
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      out += src.slice(i, end);
      i = end;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i) + 2;
      out += src.slice(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      const end = stringEnd(src, i);
      out += src.slice(i, end);
      i = end;
    } else if (c === '`') {
      const [text, next] = template(src, i + 1, /\bhtml\s*$/.test(out));
      out += '`' + text;
      i = next;
    } else if (c === '{') {
      depth++;
      out += c;
      i++;
    } else if (c === '}') {
      if (depth === 0) return [out + '}', i + 1];
      depth--;
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  throw new Error('minify-html: unterminated expression');
}

function stringEnd(src, i) {
  const quote = src[i];
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === quote) return j + 1;
  }
  throw new Error('minify-html: unterminated string');
}

/** `src` with the markup of every top-level and nested html`` literal squeezed. */
export function minifyHtmlLiterals(src) {
  let out = '';
  let i = 0;
  // tsc writes html `…` (with a space); esbuild and hand-written code html`…`.
  const start = /\bhtml\s*`/g;
  for (let m = start.exec(src); m; m = start.exec(src)) {
    if (m.index < i) continue;
    const open = m.index + m[0].length;
    out += src.slice(i, open);
    const [text, next] = template(src, open, true);
    out += text;
    i = next;
    start.lastIndex = next;
  }
  return out + src.slice(i);
}
