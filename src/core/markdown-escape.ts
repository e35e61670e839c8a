/**
 * Text a pull request's author controls (names, images, messages, container logs), made safe
 * to put in a Markdown comment: it shows as the text it is and never becomes markup, a link,
 * a mention or an HTML comment that hides what follows.
 */

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line: newlines and tabs become spaces, other control characters `�`. */
export function oneLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(controls, '\ufffd')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can start
// or end markup (emphasis, links, headings, lists, tables, code, strikethrough, autolinks).
const markdownPunctuation = /[\\`*_[\]()#+\-!|~{}.:]/g;

/**
 * Inline Markdown text: one line, every markup character backslash-escaped, `&`, `<`, `>` as
 * HTML entities (so neither `<!--` nor a tag survives), and `@` followed by a zero-width
 * joiner so `@someone` mentions and notifies no one.
 */
export function inlineText(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(markdownPunctuation, '\\$&')
    .replace(/@/g, '@\u2060');
}

/** Inline code: a backtick run one longer than any inside, so nothing closes it early. */
export function inlineCode(text: string): string {
  const line = oneLine(text);
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // A space inside the fence keeps a leading or trailing backtick from joining it.
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * A fenced code block around many lines (a log tail): the fence is longer than any backtick
 * run inside, so the text cannot end the block, and nothing in it is Markdown or HTML.
 */
export function codeBlock(text: string): string {
  const body = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    .replace(controls, '\ufffd')
    .replace(/\n+$/, '');
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${body}\n${fence}`;
}
