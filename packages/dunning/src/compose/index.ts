// Public exports of this folder; re-exported by src/index.ts.
export type { ComposedMessage, ComposedMessageFor, ComposeMessagesOptions } from './compose-messages';
export { composeMessages } from './compose-messages';
export type { MessageContextOfOptions } from './message-context-of';
export { messageContextOf } from './message-context-of';
