/**
 * Dunning: scenarios as validated JSON, a pure evaluator that says what to send today and why, previews,
 * fees and statutory interest, payment plans and message templates.
 *
 * @packageDocumentation
 */
export * from './compose/index';
export * from './fees/index';
export * from './messages/index';
export * from './plans/index';
export * from './scenario/index';
