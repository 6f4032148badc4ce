// Runs yasno on «Отправить»: when the letter has errors, the send waits while a window shows the
// findings; the official either sends anyway or goes back to the letter to edit it.
import { lint } from './yasno/yasno.js';

/** Findings waiting for a decision, by compose tab: { result, subject, decide }. */
const waiting = new Map();

/** The letter's text and format from the compose details. */
export function bodyOf(details) {
  return details.isPlainText ? { text: details.plainTextBody ?? '', format: 'text' } : { text: details.body ?? '', format: 'html' };
}

messenger.compose.onBeforeSend.addListener(async (tab, details) => {
  const { text, format } = bodyOf(details);
  let result;
  try {
    result = await lint(text, { format });
  } catch (error) {
    console.error('yasno: проверка не удалась', error);
    return {}; // a broken check must not stop the mail
  }
  if (!result.messages.some((m) => m.fatal === true)) return {};
  const decision = new Promise((resolve) => waiting.set(tab.id, { result, subject: details.subject ?? '', decide: resolve }));
  const window = await messenger.windows.create({ url: `review.html?tab=${tab.id}`, type: 'popup', width: 720, height: 640 });
  const closed = (id) => {
    if (id === window.id) waiting.get(tab.id)?.decide(false);
  };
  messenger.windows.onRemoved.addListener(closed);
  const send = await decision;
  messenger.windows.onRemoved.removeListener(closed);
  waiting.delete(tab.id);
  if (!send) await messenger.windows.update(tab.windowId, { focused: true }).catch(() => {});
  return { cancel: !send };
});

messenger.runtime.onMessage.addListener(async (message) => {
  if (message?.type === 'yasno:get') {
    const entry = waiting.get(message.tab);
    return entry ? { result: entry.result, subject: entry.subject } : undefined;
  }
  if (message?.type === 'yasno:decide') {
    waiting.get(message.tab)?.decide(!!message.send);
    return true;
  }
  if (message?.type === 'yasno:check') {
    const details = await messenger.compose.getComposeDetails(message.tab);
    const { text, format } = bodyOf(details);
    return { result: await lint(text, { format }), subject: details.subject ?? '' };
  }
  return undefined;
});
