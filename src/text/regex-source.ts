/** Reading a regex source without compiling it (compiling large sources is slow). */

/**
 * The number of capturing groups in a regex source written for the `u` flag: every `(` outside a
 * character class and not escaped, except `(?:`, lookarounds and other `(?` forms; named groups count.
 */
export function capturingGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') n++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') n++;
    }
  }
  return n;
}
