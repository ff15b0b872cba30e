/**
 * The worker thread of `predictOpenPaymentsInParallel`: predicts the open invoices of a range of customers
 * from the replay columns it is sent into the result columns it is sent, all typed arrays on shared
 * memory, so nothing is copied either way. Built as its own file next to the package's entry point; not
 * part of the public API.
 */
import { parentPort } from 'node:worker_threads';
import type { CompiledPaymentModel } from '../_lib/compiled-model';
import { compilePaymentModel } from '../_lib/compiled-model';
import type { OpenRangeReply, OpenRangeRequest } from '../_lib/open-range-messages';
import { predictOpenRange } from '../_lib/predict-open-range';

// Models seen, by the key the caller gave them: compiled once, not on every request.
const models = new Map<number, CompiledPaymentModel>();

parentPort?.on('message', (request: OpenRangeRequest) => {
  let error: string | undefined;
  try {
    let compiled = models.get(request.modelKey);
    if (compiled === undefined) {
      if (models.size >= 4) models.clear();
      compiled = compilePaymentModel(request.model);
      models.set(request.modelKey, compiled);
    }
    predictOpenRange(request.index, compiled, request.asOf, request.level, request, request.out);
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const reply: OpenRangeReply = { id: request.id, error };
  parentPort?.postMessage(reply);
});
