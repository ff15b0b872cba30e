import type { Channel, CivilDate, Money } from '@overdue/core';
import type {
  ChasedItem,
  DunningAction,
  DunningActionBase,
  MessageDelivery,
  ScenarioReason,
} from '../evaluate/evaluation-types';
import type { ScenarioAction } from '../scenario-schema';
import type { CompiledScenario } from './compiled-scenario';
import { exactArray } from './exact-array';
import type { SnapshotFacts } from './read-snapshot';
import { contactAllows } from './read-snapshot';

const CHANNELS: readonly Channel[] = ['email', 'sms', 'voice', 'whatsapp'];

/** The fields shared by every action of one occurrence. */
export interface ActionCommon {
  readonly customerId: string;
  readonly stepId: string;
  readonly occurrence: number;
  readonly scheduledDate: CivilDate;
  readonly anchorDate: CivilDate;
  readonly unit: string;
  readonly items: readonly ChasedItem[];
  readonly balances: readonly Money[];
  readonly reasons: readonly ScenarioReason[];
}

type Payload<A = DunningAction> = A extends DunningAction ? Omit<A, keyof DunningActionBase> : never;

/** An action: the occurrence's common fields, its key and what is specific to its kind. */
export function actionOf(common: ActionCommon, key: string, payload: Payload): DunningAction {
  const base: DunningActionBase = {
    key,
    customerId: common.customerId,
    stepId: common.stepId,
    occurrence: common.occurrence,
    scheduledDate: common.scheduledDate,
    anchorDate: common.anchorDate,
    unit: common.unit,
    items: common.items,
    balances: common.balances,
    reasons: common.reasons,
  };
  return Object.assign(base, payload) as DunningAction;
}

/** What an action of a kind other than message, fee and interest carries. */
export function payloadOf(spec: Exclude<ScenarioAction, { kind: 'message' | 'fee' | 'interest' }>): Payload {
  switch (spec.kind) {
    case 'task':
      return { kind: 'task', task: spec.task, ownerRole: spec.ownerRole, note: spec.note };
    case 'credit-hold':
      return { kind: 'credit-hold' };
    case 'agency':
      return { kind: 'agency', agency: spec.agency };
    default:
      return { kind: 'event', name: spec.name, data: spec.data ?? {} };
  }
}

/**
 * The channels of a message, in order, each with the contacts allowed on it (right role, an address, not
 * refused or opted out, consent when required). `first-available` keeps the first channel with one.
 */
export function deliveriesFor(
  spec: Extract<ScenarioAction, { kind: 'message' }>,
  facts: SnapshotFacts,
  compiled: CompiledScenario,
): MessageDelivery[] {
  const deliveries: MessageDelivery[] = [];
  const contacts = facts.customer.contacts;
  for (const channel of spec.channels === 'auto' ? CHANNELS : spec.channels) {
    const contactIds: string[] = [];
    for (const contact of contacts) {
      const roles = spec.contactRoles;
      if (roles !== undefined && (contact.role === undefined || !roles.includes(contact.role))) continue;
      if (contactAllows(contact, channel, facts.optEvents, compiled.requireConsent)) contactIds.push(contact.id);
    }
    if (contactIds.length === 0) continue;
    deliveries.push({ channel, contactIds: exactArray(contactIds) });
    if (spec.mode === 'first-available' && spec.channels !== 'auto') break;
  }
  return exactArray(deliveries);
}
