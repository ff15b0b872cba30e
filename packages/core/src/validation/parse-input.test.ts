import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { thrown } from '../_test/thrown';
import { OverdueError } from '../errors/overdue-error';
import { invoiceSchema } from '../schemas/invoice';
import { ledgerSchema } from '../schemas/ledger';
import { civilDateSchema } from '../schemas/primitives';
import { describeReceived, formatPath, parseInput } from './parse-input';

const invoice = {
  id: 'i1',
  customerId: 'C1',
  number: 'INV-1',
  currency: 'EUR',
  issueDate: '2025-12-01',
  dueDate: '2025-12-31',
  total: '120.00',
  amountDue: '120.00',
};

describe('formatPath', () => {
  it.each<[PropertyKey[], string, string]>([
    [['invoices', 3, 'dueDate'], '', 'invoices[3].dueDate'], // the documented example
    [[], '', ''],
    [[], 'options', 'options'],
    [['asOf'], 'options', 'options.asOf'],
    [[0, 'id'], '', '[0].id'],
    [[0], 'invoices', 'invoices[0]'],
    [['a', 0, 1, 'b'], '', 'a[0][1].b'],
    [[Symbol('key')], '', 'Symbol(key)'],
  ])('formats %j with prefix "%s" as "%s"', (path, prefix, expected) => {
    expect(formatPath(path, prefix)).toBe(expected);
  });
});

describe('describeReceived', () => {
  it.each<[unknown, string]>([
    [undefined, 'nothing (the field is missing)'],
    [null, 'null'],
    ['abc', '"abc"'],
    ['x'.repeat(61), `"${'x'.repeat(57)}..."`],
    ['x'.repeat(60), `"${'x'.repeat(60)}"`],
    [[1, 2], 'an array'],
    [new Date(Date.UTC(2026, 0, 5, 9, 30)), 'a Date (2026-01-05T09:30:00.000Z)'],
    [new Date(Number.NaN), 'a Date (invalid)'],
    [{ a: 1 }, 'an object'],
    [Object.create(null), 'an object'],
    [42, 'number 42'],
    [true, 'boolean true'],
    [10n, 'bigint 10'],
    [Symbol('s'), 'symbol Symbol(s)'],
  ])('describes %o as %s', (value, expected) => {
    expect(describeReceived(value)).toBe(expected);
  });
});

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(civilDateSchema, '2025-12-31')).toBe('2025-12-31'); // the documented example
  });

  it('names the path of a bad due date deep in a ledger, as in the design document', () => {
    const error = thrown(() => parseInput(ledgerSchema, { invoices: [{ ...invoice, dueDate: '31/12/2025' }] }));
    expect(error.message).toBe('invoices[0].dueDate: expected YYYY-MM-DD, got "31/12/2025"');
    expect(error.path).toBe('invoices[0].dueDate');
    expect(error.code).toBe('invalid-argument');
  });

  it('names the index of the bad row among good ones', () => {
    const invoices = [
      invoice,
      { ...invoice, id: 'i2' },
      { ...invoice, id: 'i3' },
      { ...invoice, id: 'i4', total: 'lots' },
    ];
    const error = thrown(() => parseInput(ledgerSchema, { invoices }));
    expect(error.message).toBe('invoices[3].total: expected a decimal amount such as "1234.50", got "lots"');
  });

  it('puts the prefix in front of the path', () => {
    const error = thrown(() => parseInput(invoiceSchema, { ...invoice, dueDate: '31/12/2025' }, 'ledger.invoices[7]'));
    expect(error.message).toBe('ledger.invoices[7].dueDate: expected YYYY-MM-DD, got "31/12/2025"');
  });

  it('uses the prefix alone for a problem at the root, and no path without one', () => {
    expect(thrown(() => parseInput(civilDateSchema, 'x', 'options.asOf')).message).toBe(
      'options.asOf: expected YYYY-MM-DD, got "x"',
    );
    const bare = thrown(() => parseInput(civilDateSchema, 'x'));
    expect(bare.message).toBe('expected YYYY-MM-DD, got "x"');
    expect(bare.path).toBeUndefined();
  });

  it('counts the further problems', () => {
    expect(thrown(() => parseInput(invoiceSchema, { ...invoice, id: '', dueDate: 'x' })).message).toBe(
      'id: expected a non-empty identifier (and 1 more problem)',
    );
    expect(
      thrown(() => parseInput(invoiceSchema, { ...invoice, id: '', dueDate: 'x', currency: 'x' })).message,
    ).toMatch(/\(and 2 more problems\)$/);
  });

  it('explains a missing field, a wrong type, a bad enum value and unknown keys', () => {
    const { id: _id, ...withoutId } = invoice;
    expect(thrown(() => parseInput(invoiceSchema, withoutId)).message).toBe(
      'id: expected string, got nothing (the field is missing)',
    );
    expect(thrown(() => parseInput(invoiceSchema, { ...invoice, disputed: 'yes' })).message).toBe(
      'disputed: expected boolean, got "yes"',
    );
    expect(thrown(() => parseInput(invoiceSchema, null)).message).toBe('expected object, got null');
    expect(thrown(() => parseInput(invoiceSchema, [])).message).toBe('expected object, got an array');
    expect(thrown(() => parseInput(invoiceSchema, { ...invoice, status: 'closed' })).message).toBe(
      'status: expected one of "draft", "open", "paid", "void", "written-off", got "closed"',
    );
    expect(thrown(() => parseInput(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).message).toBe(
      'b: unknown field; expected one of a (and 1 more problem)',
    );
    expect(thrown(() => parseInput(z.strictObject({ a: z.string() }), { a: 'x', b: 1 })).message).toBe(
      'b: unknown field; expected one of a',
    );
  });

  it('names a misspelt required field by what was typed, not as missing', () => {
    const schema = z.strictObject({ name: z.string(), phone: z.string().optional() });
    const error = thrown(() => parseInput(schema, { nmae: 'Acme' }, 'sender'));
    expect(error.path).toBe('sender.nmae');
    expect(error.message).toBe('sender.nmae: unknown field; did you mean "name"? (and 1 more problem)');
    // A field missing with no unknown field beside it is still reported as missing.
    expect(thrown(() => parseInput(schema, { phone: 'x' }, 'sender')).message).toBe(
      'sender.name: expected string, got nothing (the field is missing)',
    );
    // A wrong value (not a missing one) is reported first, as zod lists it.
    expect(thrown(() => parseInput(schema, { name: 1, nmae: 'Acme' }, 'sender')).path).toBe('sender.name');
  });

  it('keeps the zod error as the cause', () => {
    const error = thrown(() => parseInput(civilDateSchema, 'x'));
    expect(error.cause).toBeInstanceOf(z.ZodError);
  });

  it('keeps messages written on the schema ahead of its own', () => {
    const schema = z.string().min(3, { error: 'three letters at least' });
    expect(thrown(() => parseInput(schema, 'ab')).message).toBe('three letters at least');
  });

  it('throws nothing but an OverdueError for arbitrary input to the invoice and ledger schemas', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    // Records that are nearly invoices, with any one field replaced by an arbitrary value.
    const nearlyInvoice = fc
      .tuple(
        fc.constantFrom(...Object.keys(invoice), 'status', 'paidDate', 'installments', 'paymentUrl', 'tags'),
        anything,
      )
      .map(([key, value]) => ({ ...invoice, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(anything, nearlyInvoice), (value) => {
        for (const schema of [invoiceSchema, ledgerSchema]) {
          try {
            parseInput(schema, schema === ledgerSchema ? { invoices: [value] } : value);
          } catch (error) {
            expect(OverdueError.isInstance(error), String(error)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
