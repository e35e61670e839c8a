// The dashboard and login pages: static HTML with a small script that reads the JSON API.
// Every value from the API is put in the page as text (textContent), never as HTML.

const style = `
  body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d232a; background: #f6f7f9; }
  header { background: #14324a; color: #fff; padding: 10px 20px; display: flex; gap: 16px; align-items: center; }
  header h1 { font-size: 18px; margin: 0; }
  header a { color: #cfe3f5; }
  main { padding: 16px 20px; }
  table { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 24px; }
  th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
  th { background: #eef1f4; font-weight: 600; }
  .Healthy, .Synced, .success, .live { color: #137333; font-weight: 600; }
  .Degraded, .Missing, .OutOfSync, .failed, .rolled-back { color: #b3261e; font-weight: 600; }
  .Progressing, .Unknown, .deploying, .waiting { color: #a15c00; font-weight: 600; }
  code { font-size: 13px; }
  pre#log { background: #0f1720; color: #d6e2ee; padding: 12px; min-height: 120px; max-height: 420px; overflow: auto; white-space: pre-wrap; }
  button { cursor: pointer; }
  .muted { color: #66707a; }
  form.login { max-width: 360px; margin: 80px auto; background: #fff; padding: 24px; border-radius: 6px; }
  form.login input { width: 100%; padding: 6px; margin: 8px 0 14px; box-sizing: border-box; }
  .error { color: #b3261e; }
`;

const script = `
const $ = (tag, attrs = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') el.textContent = v; else if (k.startsWith('on')) el[k] = v; else el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
};
const link = (href, text) => href ? $('a', { href, text, target: '_blank', rel: 'noopener' }) : $('span', { text });
const ago = (iso) => {
  if (!iso) return '';
  const s = Math.round((Date.now() - Date.parse(iso)) / 1000);
  return s < 120 ? s + 's ago' : s < 7200 ? Math.round(s / 60) + 'm ago' : Math.round(s / 3600) + 'h ago';
};
let shownLog = null;

async function api(path, options) {
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  if (response.status === 401) { location.href = '/login?next=/'; throw new Error('signed out'); }
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

async function signOut() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin',
    headers: { 'content-type': 'application/json' }, body: '{}' });
  location.href = '/login';
}

async function rollback(env) {
  if (!confirm('Switch ' + env + ' back to its previous colour?')) return;
  const status = document.getElementById('action');
  status.textContent = 'rolling back ' + env + '…';
  try {
    const r = await api('/api/environments/' + encodeURIComponent(env) + '/rollback', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ confirm: env }),
    });
    status.textContent = env + ' rolled back to ' + r.to.slice(0, 12) + ' (' + r.colour + ')';
  } catch (e) { status.textContent = 'rollback failed: ' + e.message; }
  refresh();
}

async function showLog(id) {
  shownLog = id;
  const pre = document.getElementById('log');
  document.getElementById('log-title').textContent = (id.startsWith('sched-') ? 'Run ' : 'Deploy ') + id;
  let from = 0;
  pre.textContent = '';
  for (;;) {
    if (shownLog !== id) return;
    const r = await api('/api/deploys/' + encodeURIComponent(id) + '/log?from=' + from);
    for (const l of r.lines) pre.append(l.time.slice(11, 19) + '  ' + l.step.padEnd(9) + ' ' + l.message + '\\n');
    from += r.lines.length;
    pre.scrollTop = pre.scrollHeight;
    if (!r.running) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function environmentRow(e) {
  const last = e.lastDeploy;
  return $('tr', { 'data-environment': e.environment },
    $('td', {}, $('strong', { text: e.environment })),
    $('td', {}, ...e.hosts.map((h) => $('div', {}, link(e.urls[h], h)))),
    $('td', {}, e.revision ? link(e.commitUrl, e.revision.slice(0, 12)) : $('span', { class: 'muted', text: 'not deployed' })),
    $('td', { text: e.colour || '' }),
    $('td', { class: e.sync, text: e.sync }),
    $('td', { class: e.health, text: e.health, 'data-health': e.health }),
    $('td', {},
      last ? $('span', { class: last.result, text: last.result + ' ' + ago(last.finishedAt) + ' ' }) : '',
      last ? $('button', { text: 'log', onclick: () => showLog(last.id) }) : '',
      e.deploying ? $('button', { class: 'deploying', text: 'deploying: live log', onclick: () => showLog(e.deploying) }) : ''),
    $('td', {}, e.warm
      ? $('button', { 'data-rollback': e.environment, text: 'Roll back to ' + e.warm.revision.slice(0, 12), onclick: () => rollback(e.environment) })
      : $('span', { class: 'muted', text: 'no warm colour' })));
}

function scheduledJobRow(j) {
  const last = j.last;
  const missed = j.missed[0];
  return $('tr', { 'data-job': j.environment + '/' + j.job },
    $('td', { text: j.environment }),
    $('td', {}, $('strong', { text: j.job })),
    $('td', {}, $('code', { text: j.schedule })),
    $('td', { text: j.nextTick.replace('T', ' ').slice(0, 19) }),
    $('td', {},
      j.running ? $('span', { class: 'deploying', text: 'running since ' + ago(j.running.startedAt) + ' ' }) : '',
      last ? $('span', { class: last.result === 'succeeded' ? 'success' : 'failed',
        text: last.result + (last.exitCode === null ? '' : ' (exit ' + last.exitCode + ')') + ' ' + ago(last.startedAt) + ' ' }) : $('span', { class: 'muted', text: 'not run yet' }),
      last ? $('button', { text: 'log', onclick: () => showLog(last.id) }) : '',
      last && last.result !== 'succeeded' ? $('div', { class: 'muted', text: last.lastLines.slice(-3).join(' / ') }) : ''),
    $('td', {}, j.missedSinceLast > 0 ? $('span', { class: 'waiting', text: j.missedSinceLast + ' since the last run' }) : '',
      missed ? $('div', { class: 'muted', text: missed.count + ' missed ' + (missed.first === missed.last ? 'at ' + missed.first : missed.first + ' – ' + missed.last) + ' (' + (missed.reason === 'still-running' ? 'a run was still going' : 'no wharf was running') + ')' }) : ''));
}

function previewRow(p) {
  return $('tr', {},
    $('td', {}, link(p.pullUrl, '#' + p.number)),
    $('td', { class: p.phase, text: p.phase }),
    $('td', {}, p.url ? link(p.url, p.url) : $('span', { class: 'muted', text: p.message })),
    $('td', {}, link(p.commitUrl, p.head.slice(0, 12))),
    $('td', { text: ago(p.activeAt) }));
}

function nodeRow(n) {
  const live = n.agents.filter((a) => a.live).length;
  const beat = n.lastBeatMs === null ? 'never' : ago(new Date(n.lastBeatMs).toISOString());
  return $('tr', {},
    $('td', {}, $('strong', { text: n.node }), n.default ? $('span', { class: 'muted', text: ' default' }) : ''),
    $('td', { class: n.live ? 'Healthy' : 'Degraded', text: live + ' live of ' + n.agents.length }),
    $('td', { text: beat }),
    $('td', { class: n.held ? 'Progressing' : '', text: n.held ? n.held + ': ' + n.waiting.join(', ') : (n.waiting.join(', ') || '–') }));
}

function notificationFailureRow(f) {
  return $('tr', {},
    $('td', {}, $('strong', { text: f.receiver })),
    $('td', { text: f.kind }),
    $('td', { text: f.event + ' ' + f.environment }),
    $('td', { class: 'failed', text: f.error }),
    $('td', { text: f.attempts + ' tries, ' + ago(f.at) }));
}

async function refresh() {
  try {
    const data = await api('/api/environments');
    const none = (text, span) => $('tr', {}, $('td', { class: 'muted', colspan: span, text }));
    document.getElementById('environments').replaceChildren(...(data.environments.length
      ? data.environments.map(environmentRow) : [none('nothing deployed yet', 8)]));
    document.getElementById('nodes').replaceChildren(...((data.nodes || []).length
      ? data.nodes.map(nodeRow) : [none('no agent has beaten yet', 4)]));
    document.getElementById('scheduled-jobs').replaceChildren(...(data.scheduledJobs.length
      ? data.scheduledJobs.map(scheduledJobRow) : [none('no scheduled jobs', 6)]));
    document.getElementById('previews').replaceChildren(...(data.previews.length
      ? data.previews.map(previewRow) : [none('no pull requests with previews', 5)]));
    document.getElementById('notification-failures').replaceChildren(...((data.notificationFailures || []).length
      ? data.notificationFailures.map(notificationFailureRow) : [none('no failed notifications', 5)]));
    document.getElementById('updated').textContent = 'updated ' + new Date().toLocaleTimeString();
  } catch (e) { document.getElementById('updated').textContent = e.message; }
}
refresh();
setInterval(refresh, 3000);
`;

export const dashboardPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>wharf</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${style}</style></head>
<body>
<header><h1>wharf</h1><span id="updated" class="muted"></span><span id="action"></span>
<a href="/admin/queues">queues</a><button id="sign-out" onclick="signOut()">sign out</button></header>
<main>
<h2>Environments</h2>
<table><thead><tr><th>environment</th><th>host</th><th>revision</th><th>colour</th><th>sync</th><th>health</th><th>last deploy</th><th>undo</th></tr></thead>
<tbody id="environments"></tbody></table>
<h2>Nodes</h2>
<table><thead><tr><th>node</th><th>agents</th><th>last beat</th><th>waiting deploys</th></tr></thead>
<tbody id="nodes"></tbody></table>
<h2>Scheduled jobs</h2>
<table><thead><tr><th>environment</th><th>job</th><th>schedule</th><th>next tick</th><th>last run</th><th>missed ticks</th></tr></thead>
<tbody id="scheduled-jobs"></tbody></table>
<h2>Previews</h2>
<table><thead><tr><th>pull request</th><th>state</th><th>preview</th><th>head</th><th>last commit</th></tr></thead>
<tbody id="previews"></tbody></table>
<h2>Failed notifications</h2>
<table><thead><tr><th>receiver</th><th>kind</th><th>event</th><th>error</th><th>when</th></tr></thead>
<tbody id="notification-failures"></tbody></table>
<h2 id="log-title">Deploy log</h2>
<pre id="log">Pick a deploy's log above.</pre>
</main>
<script>${script}</script>
</body></html>`;

// Signs in with a JSON request (the server takes nothing else), then goes where it was asked.
const loginScript = `
document.querySelector('form.login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const error = document.getElementById('error');
  error.textContent = '';
  const response = await fetch('/login', {
    method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: form.token.value, next: form.next.value }),
  });
  const body = await response.json().catch(() => ({}));
  if (response.ok) location.href = body.next || '/';
  else error.textContent = body.error || response.statusText;
});
`;

/** The sign-in form; what went wrong is shown under it. */
export function loginPage(next: string): string {
  const safeNext = next.replace(/[^A-Za-z0-9/_.?=&%-]/g, '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>wharf · sign in</title><style>${style}</style></head>
<body><form class="login" method="post" action="/login">
<h1>wharf</h1>
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" autofocus>
<input type="hidden" name="next" value="${safeNext}">
<p id="error" class="error"></p>
<button type="submit">Sign in</button>
</form><script>${loginScript}</script></body></html>`;
}
