/**
 * Outreach: contact rules (when a message may go out, in the recipient's own time zone), reply
 * classification, local time in any IANA zone, and a learner that picks channel, send-time slot and tone from outcomes.
 *
 * @packageDocumentation
 */
export * from './contact-rules/index';
export * from './learner/index';
export * from './local-time/index';
export * from './replies/index';
