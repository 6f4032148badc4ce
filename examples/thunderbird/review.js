// The findings of one letter: opened by the background script when «Отправить» found errors
// (review.html?tab=<id>: send anyway or go back), or as the compose toolbar popup (check now).
const params = new URLSearchParams(location.search);
const decisionTab = params.has('tab') ? Number(params.get('tab')) : undefined;

const status = document.getElementById('status');
const list = document.getElementById('findings');
const SEVERITY = { true: 'ошибка', false: 'предупреждение', undefined: 'совет' };

function show({ result, subject }) {
  const errors = result.messages.filter((m) => m.fatal === true).length;
  document.getElementById('title').textContent = subject ? `Замечания к письму «${subject}»` : 'Замечания к письму';
  status.textContent = result.messages.length
    ? `Найдено замечаний: ${result.messages.length}, из них ошибок: ${errors}.`
    : 'Замечаний нет.';
  list.replaceChildren(
    ...result.messages.map((m) => {
      const li = document.createElement('li');
      li.className = m.fatal === true ? 'error' : 'warn';
      const where = document.createElement('div');
      where.className = 'where';
      where.textContent = `${SEVERITY[String(m.fatal)]} · строка ${m.line} · ${m.ruleId}`;
      const actual = document.createElement('div');
      actual.className = 'actual';
      actual.textContent = m.actual ? `«${m.actual}»` : '';
      const reason = document.createElement('div');
      reason.textContent = m.reason;
      li.append(where, actual, reason);
      if (m.expected?.length) {
        const suggest = document.createElement('div');
        suggest.className = 'suggest';
        suggest.textContent = `Можно так: «${m.expected[0]}»`;
        li.append(suggest);
      }
      return li;
    }),
  );
}

async function main() {
  if (decisionTab !== undefined) {
    const data = await messenger.runtime.sendMessage({ type: 'yasno:get', tab: decisionTab });
    if (!data) return window.close();
    show(data);
    const decide = async (send) => {
      await messenger.runtime.sendMessage({ type: 'yasno:decide', tab: decisionTab, send });
      window.close();
    };
    document.getElementById('decision').hidden = false;
    document.getElementById('edit').addEventListener('click', () => decide(false));
    document.getElementById('send').addEventListener('click', () => decide(true));
    document.getElementById('edit').focus();
    document.addEventListener('keydown', (e) => e.key === 'Escape' && decide(false));
    return;
  }
  const [tab] = await messenger.tabs.query({ active: true, currentWindow: true });
  show(await messenger.runtime.sendMessage({ type: 'yasno:check', tab: tab.id }));
}

main().catch((error) => {
  status.textContent = `Проверка не удалась: ${error.message}`;
});
