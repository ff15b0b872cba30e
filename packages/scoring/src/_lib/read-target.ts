import { InvalidArgumentError, isCurrencyCode, tryDayNumber } from '@overdue/core';
import type { PaymentPredictionInput } from '../model/payment-prediction-input';

/** An invoice read and checked: day numbers, minor units. */
export interface TargetRow {
  invoiceId: string;
  customerId: string;
  currency: string;
  issueDay: number;
  dueDay: number;
  totalMinor: number;
  /** 0 unknown, 1 electronic, 2 paper. */
  delivery: number;
}

function fail(message: string, path: string): never {
  throw new InvalidArgumentError(message, path);
}

const describe = (value: unknown) =>
  value === undefined
    ? 'nothing'
    : value === null
      ? 'null'
      : typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value;

/** Reads `invoices[index]`, throwing an error that names the bad field. */
export function readTarget(raw: unknown, index: number, name: string): TargetRow {
  const path = `${name}[${index}]`;
  if (typeof raw !== 'object' || raw === null) fail(`expected an invoice object, got ${describe(raw)}`, path);
  const invoice = raw as Partial<Record<keyof PaymentPredictionInput, unknown>>;
  const { invoiceId, customerId, currency, issueDate, dueDate, totalMinor, delivery } = invoice;
  if (typeof invoiceId !== 'string' || invoiceId === '')
    fail(`expected a non-empty id, got ${describe(invoiceId)}`, `${path}.invoiceId`);
  if (typeof customerId !== 'string' || customerId === '')
    fail(`expected a non-empty id, got ${describe(customerId)}`, `${path}.customerId`);
  if (!isCurrencyCode(currency)) fail(`expected an ISO 4217 code, got ${describe(currency)}`, `${path}.currency`);
  const issueDay = tryDayNumber(issueDate);
  if (Number.isNaN(issueDay)) fail(`expected YYYY-MM-DD, got ${describe(issueDate)}`, `${path}.issueDate`);
  const dueDay = tryDayNumber(dueDate);
  if (Number.isNaN(dueDay)) fail(`expected YYYY-MM-DD, got ${describe(dueDate)}`, `${path}.dueDate`);
  if (dueDay < issueDay)
    fail(`due date ${String(dueDate)} is before issue date ${String(issueDate)}`, `${path}.dueDate`);
  if (typeof totalMinor !== 'number' || !Number.isSafeInteger(totalMinor) || totalMinor < 0)
    fail(`expected an integer number of minor units, zero or more, got ${describe(totalMinor)}`, `${path}.totalMinor`);
  if (delivery !== undefined && delivery !== 'electronic' && delivery !== 'paper')
    fail(`expected "electronic" or "paper", got ${describe(delivery)}`, `${path}.delivery`);
  return {
    invoiceId,
    customerId,
    currency,
    issueDay,
    dueDay,
    totalMinor,
    delivery: delivery === 'electronic' ? 1 : delivery === 'paper' ? 2 : 0,
  };
}
