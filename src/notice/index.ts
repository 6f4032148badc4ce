// Points 8–10 and 12 of the order: notices about an incomplete application, call scripts and the
// channel of the result. Shared by rules/notice-*.ts, rules/call-*.ts and rules/result-channel.ts.
export * from './time.js';
export * from './channels.js';
export * from './meta.js';
export * from './notice-text.js';
export * from './call.js';
