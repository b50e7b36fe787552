// Shorter text for the static parts of Lit's css`` and html``/svg`` templates, with the same meaning.
// Each function takes the raw strings between a template's `${…}` holes and returns them shortened,
// or null when it meets something it does not handle; the template is then left as it is.

/** HTML and CSS white space; not JavaScript's \s, which also matches a no-break space. */
const isSpace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';

/** The end of the run of white space that starts at `index`. */
function spaceEnd(text, index) {
  let end = index;
  while (end < text.length && isSpace(text[end])) end++;
  return end;
}

/** Elements whose content keeps its white space, or is not markup. */
const rawTextTag = /^<(pre|textarea|script|style|listing|plaintext|xmp)[\s/>]/i;

/**
 * Markup: every run of white space between nodes and between attributes becomes one space,
 * and the one before a tag's `>` goes. Attribute values and comments are copied as they are.
 */
export function shortenMarkup(parts) {
  let state = 'text'; // 'text', 'tag', 'comment', or the quote of the attribute value being read
  const shortened = [];
  for (const part of parts) {
    let out = '';
    let index = 0;
    while (index < part.length) {
      const char = part[index];
      if ((state === 'text' || state === 'tag') && isSpace(char)) {
        index = spaceEnd(part, index);
        const closesTag = part[index] === '>' || (part.startsWith('/>', index) && /["']$/.test(out));
        if (!(state === 'tag' && closesTag)) out += ' ';
        continue;
      }
      if (state === 'text' && part.startsWith('<!--', index)) {
        state = 'comment';
        out += '<!--';
        index += 4;
        continue;
      }
      if (state === 'comment' && part.startsWith('-->', index)) {
        state = 'text';
        out += '-->';
        index += 3;
        continue;
      }
      if (state === 'text' && char === '<' && /[a-z/]/i.test(part[index + 1] ?? '')) {
        if (rawTextTag.test(part.slice(index, index + 12))) return null;
        state = 'tag';
      } else if (state === 'tag' && (char === '"' || char === "'")) {
        state = char;
      } else if (state === 'tag' && char === '>') {
        state = 'text';
      } else if (state === char) {
        state = 'tag';
      }
      out += char;
      index++;
    }
    shortened.push(out);
  }
  return state === 'text' ? shortened : null;
}

/**
 * Characters next to which CSS needs no white space. Never before `(` (`and (` is not `and(`),
 * never before `:` (`a :hover` is not `a:hover`), never around `+`, `-` or `*` (calc needs them,
 * and `a *` is not `a*`).
 */
const noSpaceAfter = new Set(['{', '}', ';', ',', ':', '(', '>', '/']);
const noSpaceBefore = new Set(['{', '}', ';', ',', ')', '>', '!', '/']);
/** Before a number, where `0.5` can be written `.5`; not after a letter, digit or `-`. */
const numberStart = new Set([' ', '(', ',', ':', '/']);

/**
 * CSS: comments go, every run of white space becomes one space or none where a delimiter makes
 * it unneeded, a declaration block loses its last `;`, and `0.5` becomes `.5`. Quoted strings
 * are copied as they are.
 * A part ends or starts next to a `${…}` hole whose text is unknown, so one space stays there.
 */
export function shortenCss(parts) {
  const shortened = [];
  for (const part of parts) {
    let out = '';
    let space = false;
    let index = 0;
    while (index < part.length) {
      const char = part[index];
      if (isSpace(char)) {
        space = true;
        index++;
        continue;
      }
      if (part.startsWith('/*', index)) {
        const end = part.indexOf('*/', index + 2);
        if (end === -1) return null;
        space = true; // a comment separates tokens as white space does
        index = end + 2;
        continue;
      }
      if (space && !noSpaceAfter.has(out.at(-1)) && !noSpaceBefore.has(char)) out += ' ';
      space = false;
      if (char === '"' || char === "'") {
        const end = stringEnd(part, index);
        if (end === -1) return null;
        out += part.slice(index, end);
        index = end;
        continue;
      }
      if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
      if (char === '0' && numberStart.has(out.at(-1)) && /^\.\d/.test(part.slice(index + 1, index + 3))) {
        index++;
        continue;
      }
      out += char;
      index++;
    }
    if (space && !noSpaceAfter.has(out.at(-1))) out += ' ';
    shortened.push(out);
  }
  return shortened;
}

/** The index after the closing quote of the string that opens at `start`, or -1. */
function stringEnd(text, start) {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === quote) return index + 1;
    if (text[index] === '\n') return -1;
  }
  return -1;
}
