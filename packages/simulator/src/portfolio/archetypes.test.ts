import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHETYPE_MIX, PAYER_ARCHETYPES } from './archetypes';

describe('PAYER_ARCHETYPES', () => {
  it('has shares and probabilities between 0 and 1, and a default mix that sums to 1', () => {
    for (const parameters of Object.values(PAYER_ARCHETYPES)) {
      for (const value of [
        parameters.lateShare,
        parameters.forgetShare,
        parameters.constrainedShare,
        parameters.disputeShare,
        parameters.firmOptOut,
        parameters.firmChurn,
        ...Object.values(parameters.channelResponse),
        ...Object.values(parameters.payOnNotice),
      ]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    const total = Object.values(DEFAULT_ARCHETYPE_MIX).reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(1, 10);
  });

  it('makes a firm tone riskier for good payers than for chronic late payers', () => {
    expect(PAYER_ARCHETYPES.forgetful.firmOptOut).toBeGreaterThan(PAYER_ARCHETYPES['chronic-late'].firmOptOut);
    expect(PAYER_ARCHETYPES.forgetful.firmChurn).toBeGreaterThan(PAYER_ARCHETYPES['chronic-late'].firmChurn);
  });
});
