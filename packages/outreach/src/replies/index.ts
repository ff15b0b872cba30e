// Public exports of this folder; re-exported by src/index.ts.
export type { ClassifyReplyOptions, ReplyClassification, ReplyOutcome, ReplyReason } from './classify-reply';
export { classifyReply } from './classify-reply';
