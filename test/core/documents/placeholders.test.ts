// Placeholders: found with inner spaces, filled in one pass, values inserted literally, unknown ones kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderNames, placeholderSpans, placeholdersFill } from '../../../src/core/documents/placeholders';

describe('placeholdersFill', () => {
  it('fills names with or without inner spaces, several times, and leaves unknown ones as written', () => {
    const text = 'Invoice {{invoice_no}} / {{ invoice_no }} for {{customer_name}} — {{ unknown }} {{not a name}}';
    expect(placeholdersFill(text, { invoice_no: 'INV-1', customer_name: 'Acme' })).toBe(
      'Invoice INV-1 / INV-1 for Acme — {{ unknown }} {{not a name}}',
    );
  });

  it('matches a name typed in another case', () => {
    expect(placeholdersFill('{{Invoice_No}}', { invoice_no: 'INV-1' })).toBe('INV-1');
  });

  it('inserts values literally: $&, $1, backslashes and braces stay as they are', () => {
    const values = { a: '$& $1 $$ \\1', b: '{{a}}', c: '{{' };
    expect(placeholdersFill('[{{a}}] [{{b}}] [{{c}}b}}]', values)).toBe('[$& $1 $$ \\1] [{{a}}] [{{b}}]');
  });

  it('does not look up inherited names such as constructor', () => {
    expect(placeholdersFill('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
  });

  it('an empty value removes the placeholder', () => {
    expect(placeholdersFill('Tax ID: {{customer_tax_id}}.', { customer_tax_id: '' })).toBe('Tax ID: .');
  });
});

describe('placeholderNames and placeholderSpans', () => {
  it('lists distinct names in order, with offsets', () => {
    expect(placeholderNames('{{b}} {{ a }} {{b}} {{#x}}')).toEqual(['b', 'a']);
    expect(placeholderSpans('x{{ a }}y')).toEqual([{ start: 1, end: 8, name: 'a' }]);
    expect(placeholderNames('no placeholders')).toEqual([]);
  });
});

const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
const anyText = fc.string({ unit: fc.constantFrom('a', ' ', '{', '}', '$', '&', '\\', 'x', '_', '1', '中'), maxLength: 30 });

describe('placeholdersFill properties', () => {
  it('a filled text holds each value exactly where its placeholder was, and nothing is expanded twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, name), { maxLength: 6 }), fc.dictionary(name, anyText), anyText, (parts, values, tail) => {
        const text = parts.map(([lead, n]) => `${lead.replace(/[{}]/g, '')}{{${n}}}`).join('') + tail.replace(/[{}]/g, '');
        const expected = parts.map(([lead, n]) => lead.replace(/[{}]/g, '') + (Object.prototype.hasOwnProperty.call(values, n) ? values[n] : `{{${n}}}`)).join('') + tail.replace(/[{}]/g, '');
        expect(placeholdersFill(text, values)).toBe(expected);
      }),
    );
  });

  it('filling with no values changes nothing', () => {
    fc.assert(fc.property(anyText, (text) => placeholdersFill(text, {}) === text));
  });

  it('the names of a filled text are only the unknown names and the names inside values', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 5 }), fc.dictionary(name, fc.constant('v')), (names, values) => {
        const text = names.map((n) => `{{ ${n} }}`).join(' ');
        const left = placeholderNames(placeholdersFill(text, values));
        expect(left).toEqual([...new Set(names.filter((n) => !Object.prototype.hasOwnProperty.call(values, n)))]);
      }),
    );
  });
});
