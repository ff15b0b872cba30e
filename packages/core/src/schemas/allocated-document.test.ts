import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../validation/parse-input';
import { allocatedDocumentFields, parseAllocatedAmounts } from './allocated-document';
import { moneyInputSchema } from './primitives';

// A document shaped like a payment, with its amount under a different key, to check that the key is used in paths.
const documentSchema = z
  .object({ ...allocatedDocumentFields, received: moneyInputSchema })
  .transform((document, context) => {
    const parsed = parseAllocatedAmounts(document, document.received, 'received', context);
    return parsed === undefined ? z.NEVER : parsed;
  });
const base = { id: 'd1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', received: '10' };

describe('parseAllocatedAmounts', () => {
  it('returns the amount and the allocations as exact money', () => {
    expect(
      parseInput(documentSchema, {
        ...base,
        allocations: [
          { invoiceId: 'i1', amount: '4' },
          { invoiceId: 'i2', amount: '6' },
        ],
      }),
    ).toEqual({
      amount: { currency: 'EUR', minor: 1000 },
      allocations: [
        { invoiceId: 'i1', amount: { currency: 'EUR', minor: 400 } },
        { invoiceId: 'i2', amount: { currency: 'EUR', minor: 600 } },
      ],
    });
  });

  it('reports a bad amount under the key it was given', () => {
    expect(() => parseInput(documentSchema, { ...base, received: '0' })).toThrow(
      'received: expected a positive amount, got "0"',
    );
  });

  it('reports every bad allocation, not only the first', () => {
    expect(() =>
      parseInput(documentSchema, {
        ...base,
        allocations: [
          { invoiceId: 'i1', amount: '0' },
          { invoiceId: 'i2', amount: 'x' },
        ],
      }),
    ).toThrow('allocations[0].amount: expected a positive amount, got "0" (and 1 more problem)');
  });

  it('lets allocations use up the amount but not exceed it', () => {
    expect(
      parseInput(documentSchema, { ...base, allocations: [{ invoiceId: 'i1', amount: '10' }] }).allocations,
    ).toHaveLength(1);
    expect(() => parseInput(documentSchema, { ...base, allocations: [{ invoiceId: 'i1', amount: '10.01' }] })).toThrow(
      'allocations: allocations add up to 1001 minor units, more than the 1000 available',
    );
  });

  it('detects over-allocation even when the allocations sum past Number.MAX_SAFE_INTEGER', () => {
    const big = '90071992547409.91'; // Number.MAX_SAFE_INTEGER cents
    expect(() =>
      parseInput(documentSchema, {
        ...base,
        received: big,
        allocations: [
          { invoiceId: 'i1', amount: big },
          { invoiceId: 'i2', amount: '0.01' },
        ],
      }),
    ).toThrow('allocations: allocations add up to');
  });
});
