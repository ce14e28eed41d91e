/** Squeezes the markup of every html`` literal in compiled JavaScript (see minify-html.mjs). */
export function minifyHtmlLiterals(src: string): string;
