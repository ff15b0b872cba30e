/**
 * The worker thread of `predictOpenPaymentsInParallel`: predicts the open invoices of a range of customers
 * from the replay columns it is sent (typed arrays on shared memory, so nothing is copied in) and sends
 * the columns back (their buffers transferred, not copied). Built as its own file next to the package's
 * entry point; not part of the public API.
 */
import { parentPort } from 'node:worker_threads';
import type { CompiledPaymentModel } from '../_lib/compiled-model';
import { compilePaymentModel } from '../_lib/compiled-model';
import type { OpenRangeReply, OpenRangeRequest } from '../_lib/open-range-messages';
import { predictOpenRange } from '../_lib/predict-open-range';

// Models seen, by the key the caller gave them: compiled once, not on every request.
const models = new Map<number, CompiledPaymentModel>();

parentPort?.on('message', (request: OpenRangeRequest) => {
  let reply: OpenRangeReply;
  let transfer: ArrayBuffer[] = [];
  try {
    let compiled = models.get(request.modelKey);
    if (compiled === undefined) {
      if (models.size >= 4) models.clear();
      compiled = compilePaymentModel(request.model);
      models.set(request.modelKey, compiled);
    }
    const { index, asOf, level, from, to } = request;
    const part = predictOpenRange(index, compiled, asOf, level, from, to);
    reply = { id: request.id, part };
    transfer = [
      part.positions,
      part.probabilityLate,
      part.expectedDaysToSettle,
      part.expectedDaysLate,
      part.expectedPaymentDay,
      part.intervalFromDay,
      part.intervalToDay,
    ].map((column) => column.buffer as ArrayBuffer);
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, transfer);
});
