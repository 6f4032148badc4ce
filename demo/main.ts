// The demo page: a draft checked as it is typed. The findings are underlined in a backdrop behind
// the textarea (the textarea stays a plain, accessible form control), listed with explanations and
// one-click replacements; a screen reader hears the count through the aria-live status line.
import { applyEdit, createLiveLinter, rules, setMorphologyReader, type Kind, type LiveLinter, type Metadata, type YasnoMessage } from 'yasno';

// the morphology dictionary is served with the page (az-dicts/), so the demo works offline
setMorphologyReader(async (file) => {
  const response = await fetch(new URL(`az-dicts/${file}`, document.baseURI));
  if (!response.ok) throw new Error(`не удалось загрузить словарь морфологии ${file}: ${response.status}`);
  return file.endsWith('.json') ? response.text() : response.arrayBuffer();
});

const SAMPLE = `Уважаемый Иван Петрович!

Ваше обращение принято в обработку. По результатам рассмотрения сообщаем, что заява будет рассмотрена в установленный законодательством срок.

Для получения ЕДВ обратитесь в МФЦ.

С уважением,
отдел социальных выплат`;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
const draft = $<HTMLTextAreaElement>('#draft');
const backdrop = $<HTMLDivElement>('#backdrop');
const list = $<HTMLOListElement>('#findings');
const status = $<HTMLParagraphElement>('#status');
const readabilityLine = $<HTMLParagraphElement>('#readability');
const settings = $<HTMLFormElement>('#settings');
const metaBox = $<HTMLFieldSetElement>('#meta');

const titles = new Map(rules.map((r) => [r.meta.id, r.meta.title]));
const severity = (m: YasnoMessage) => (m.fatal === true ? 'error' : m.fatal === false ? 'warn' : 'info');
const SEVERITY_NAME = { error: 'ошибка', warn: 'предупреждение', info: 'совет' } as const;

let live: LiveLinter | undefined;
let messages: YasnoMessage[] = [];
let generation = 0;
let lastStatus = '';

function options(): { kind: Kind; meta: Metadata } {
  const data = new FormData(settings);
  const kind = (data.get('kind') as Kind) ?? 'reply';
  const meta: Metadata = {};
  if (kind === 'notice') {
    for (const key of ['detectedAt', 'sentAt', 'channel', 'requestedChannel'] as const) {
      const value = String(data.get(key) ?? '').trim();
      if (value) meta[key] = value;
    }
  }
  return { kind, meta };
}

async function reconfigure() {
  const mine = ++generation;
  const { kind, meta } = options();
  metaBox.hidden = kind !== 'notice';
  try {
    const created = await createLiveLinter({ kind, meta, format: 'text' });
    if (mine !== generation) return;
    live = created;
    check();
  } catch (error) {
    status.textContent = `Не удалось загрузить проверку: ${(error as Error).message}`;
  }
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function renderBackdrop(text: string, active?: number) {
  let html = '';
  let at = 0;
  messages.forEach((m, i) => {
    const start = m.place.start.offset;
    const end = m.place.end.offset;
    if (start < at || end <= start) return; // overlapping or empty: listed, not underlined
    html += escape(text.slice(at, start));
    html += `<mark class="${severity(m)}${i === active ? ' active' : ''}" data-index="${i}">${escape(text.slice(start, end))}</mark>`;
    at = end;
  });
  // a final newline needs a character after it to take up its line
  backdrop.innerHTML = html + escape(text.slice(at)) + '\n ';
  backdrop.scrollTop = draft.scrollTop;
}

function renderList(text: string) {
  list.replaceChildren();
  messages.forEach((m, i) => {
    const item = document.createElement('li');
    const sev = severity(m);
    item.className = `finding ${sev}`;
    item.dataset.rule = m.ruleId;
    const head = document.createElement('div');
    head.className = 'head';
    head.innerHTML = `<span class="sev">${SEVERITY_NAME[sev]}</span> <strong>${escape(titles.get(m.ruleId) ?? m.ruleId)}</strong> <span class="place">строка ${m.line}</span>`;
    item.append(head);
    if (m.actual) {
      const actual = document.createElement('p');
      actual.className = 'actual';
      actual.textContent = `«${m.actual}»`;
      item.append(actual);
    }
    const reason = document.createElement('p');
    reason.className = 'reason';
    reason.textContent = m.reason;
    item.append(reason);
    if (m.note) {
      const details = document.createElement('details');
      details.innerHTML = `<summary>Подробнее (${escape(m.point ?? '')})</summary><p>${escape(m.note)}</p>`;
      item.append(details);
    }
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const fix of (m.fixes ?? []).slice(0, 3)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'replace';
      button.textContent = fix.text ? `Заменить на «${fix.text}»` : 'Удалить';
      button.addEventListener('click', () => replace(fix));
      actions.append(button);
    }
    const show = document.createElement('button');
    show.type = 'button';
    show.textContent = 'Показать в тексте';
    show.setAttribute('aria-label', `Показать в тексте: «${m.actual || m.ruleId}»`);
    show.addEventListener('click', () => {
      draft.focus();
      draft.setSelectionRange(m.place.start.offset, m.place.end.offset);
      renderBackdrop(text, i);
    });
    actions.append(show);
    item.append(actions);
    list.append(item);
  });
}

function check() {
  if (!live) return;
  const text = draft.value;
  const result = live.update(text);
  messages = result.messages;
  renderBackdrop(text);
  renderList(text);
  const errors = messages.filter((m) => m.fatal === true).length;
  const warnings = messages.filter((m) => m.fatal === false).length;
  const line = messages.length
    ? `Найдено замечаний: ${messages.length} (ошибок: ${errors}, предупреждений: ${warnings}, советов: ${messages.length - errors - warnings})`
    : text.trim() ? 'Замечаний нет' : 'Напишите текст ответа';
  // the live region speaks only when the count changes, not on every keystroke
  if (line !== lastStatus) status.textContent = lastStatus = line;
  const r = result.readability;
  readabilityLine.textContent = r && r.words ? `Читаемость по Флешу: ${String(r.score).replace('.', ',')} — ${r.band} (слов: ${r.words}, предложений: ${r.sentences})` : '';
}

function replace(edit: { start: number; end: number; text: string }) {
  draft.value = applyEdit(draft.value, edit);
  check();
  draft.focus();
  const caret = edit.start + edit.text.length;
  draft.setSelectionRange(caret, caret);
}

let pending = 0;
draft.addEventListener('input', () => {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = 0;
    check();
  });
});
draft.addEventListener('scroll', () => {
  backdrop.scrollTop = draft.scrollTop;
});
settings.addEventListener('change', () => void reconfigure());

draft.value = SAMPLE;
void reconfigure();
