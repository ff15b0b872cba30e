import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './invalid-argument-error';
import { OverdueError } from './overdue-error';

describe('InvalidArgumentError', () => {
  it('names the path and the value in the message, as in the design document', () => {
    // DESIGN.md principle 4: `invoices[3].dueDate: expected YYYY-MM-DD, got "31/12/2025"`.
    const error = new InvalidArgumentError('expected YYYY-MM-DD, got "31/12/2025"', 'invoices[3].dueDate');
    expect(error.message).toBe('invoices[3].dueDate: expected YYYY-MM-DD, got "31/12/2025"');
    expect(error.path).toBe('invoices[3].dueDate');
  });

  it('has the invalid-argument code and its own name', () => {
    const error = new InvalidArgumentError('x');
    expect(error.code).toBe('invalid-argument');
    expect(error.name).toBe('InvalidArgumentError');
    expect(error).toBeInstanceOf(OverdueError);
    expect(error).toBeInstanceOf(Error);
  });

  it('keeps the underlying cause', () => {
    const cause = new RangeError('inner');
    expect(new InvalidArgumentError('x', 'field', cause).cause).toBe(cause);
  });
});
