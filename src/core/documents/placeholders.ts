// Document placeholders ({{ name }}): where they are in a text and the text with them filled, each value inserted literally.

/** One placeholder found in a text: [start, end) offsets and its name (as written, trimmed). */
export interface PlaceholderSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** A placeholder: two braces, a name of letters, digits and underscores (inner spaces allowed), two braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every placeholder in `text`, in order. */
export function placeholderSpans(text: string): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = [];
  if (!text.includes('{{')) return spans;
  const pattern = new RegExp(PLACEHOLDER.source, 'g');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length, name: match[1] ?? '' });
  }
  return spans;
}

/** The value for a placeholder name: exact first, then case-folded (users type {{Invoice_No}}). */
export function placeholderValue(values: Readonly<Record<string, string>>, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
  const folded = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(values, folded) ? values[folded] : undefined;
}

/** The distinct placeholder names of `text`, in order of first appearance. */
export function placeholderNames(text: string): string[] {
  return [...new Set(placeholderSpans(text).map((span) => span.name))];
}

/**
 * `text` with every known placeholder replaced by its value, in one pass: a value is inserted as it is (a
 * value holding "{{x}}" or "$&" stays so) and never expanded again. Unknown placeholders stay as written.
 */
export function placeholdersFill(text: string, values: Readonly<Record<string, string>>): string {
  let out = '';
  let at = 0;
  for (const span of placeholderSpans(text)) {
    const value = placeholderValue(values, span.name);
    if (value === undefined) continue;
    out += text.slice(at, span.start) + value;
    at = span.end;
  }
  return at === 0 ? text : out + text.slice(at);
}
