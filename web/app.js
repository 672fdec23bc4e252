// The xueshi page: one file, no framework, no build step.
// Everything a server or an upload supplies reaches the page through textContent or attribute values only:
// file names, OCR text and messages are hostile input, and the CSP forbids inline script and style anyway.
'use strict';

(function () {
  const $ = (selector) => document.querySelector(selector);

  // Modes, kinds, flags, severities, subjects, fields and rules by their Chinese names: the server's catalogue
  // (GET /api/catalogue), the one the CLI's tables use, loaded before anything is shown.
  const MODE = {};
  const KIND = {};
  const FLAG = {};
  const RULE = {};
  const VALUE = {};
  const SUBJECT = {};
  const STATUS = {
    draft: '草稿（未提交）', filed: '已提交，待审核', accepted: '已认定', adjusted: '已调整认定', rejected: '不予认定',
  };
  const ACTION = { accept: '认定', adjust: '调整认定', reject: '不予认定' };
  const DECLARATION_STATE = { draft: '草稿', filed: '已提交', public: '公示中', approved: '单位已审核', confirmed: '已确认' };
  const AUDIT_ACTION = {
    create: '创建草稿', subjects: '修改申报科目', file: '提交申报', publish: '公示', object: '提出异议', answer: '答复异议',
    approve: '审核通过', confirm: '确认', return: '退回', refused: '操作被拒绝',
  };
  const SEVERITY = {};
  const ROLE = { learner: '学员', reviewer: '审核人', admin: '管理员' };
  const FIELD = {};
  const CORE_FIELDS = ['hours', 'startDate', 'endDate', 'issueDate', 'issuer', 'holder', 'title', 'certificateNumber'];
  const MAX_PARALLEL_UPLOADS = 2;
  const MAX_PAGES_SHOWN = 10;
  const LOW_CONFIDENCE = 0.6;

  const state = { me: null, detailId: null, declarationId: null, uploadQueue: [], uploading: 0, publicMode: false };

  // ---- small helpers -------------------------------------------------------------------------------------------

  // Builds an element. props: className, text, and plain attributes; children: nodes or strings (as text).
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'className') node.className = value;
      else if (key === 'text') node.textContent = String(value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) { node.replaceChildren(); }

  function fmtNum(x) {
    if (x === null || x === undefined || x === '') return '—';
    const n = Number(x);
    if (!Number.isFinite(n)) return String(x);
    return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  }

  function fmtHours(x) { return x === null || x === undefined ? '—' : fmtNum(x) + ' 学时'; }

  function fmtPercent(c) { return typeof c === 'number' ? Math.round(c * 100) + '%' : '—'; }

  // createdAt and decision times are seconds since 1970; milliseconds are accepted too, should a server send them.
  function fmtTime(t) {
    if (typeof t !== 'number' || !Number.isFinite(t)) return '—';
    const d = new Date(t > 1e12 ? t : t * 1000);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
  }

  function label(table, code) { return (code && table[code]) || code || '—'; }

  function pageURL(id, n) { return `/api/evidence/${encodeURIComponent(id)}/pages/${n}.png`; }

  function fieldValue(report, name) {
    const f = report && report.fields && report.fields[name];
    return f && f.value !== undefined && f.value !== null ? f.value : null;
  }

  function currentYear() { return new Date().getFullYear(); }

  function fillSelect(select, options, selected) {
    clear(select);
    for (const [value, text] of options) {
      const o = el('option', { value, text });
      if (String(value) === String(selected)) o.selected = true;
      select.append(o);
    }
  }

  // Selects a year, adding it to the options when the list does not reach it.
  function chooseYear(select, year) {
    const value = String(year);
    if (![...select.options].some((o) => o.value === value)) select.append(el('option', { value, text: value + ' 年' }));
    select.value = value;
  }

  function fmtPeriod(from, until) {
    if (!from && !until) return '—';
    return from && until && from !== until ? `${from} 至 ${until}` : String(from || until);
  }

  function yearOptions(withAll) {
    const years = [];
    if (withAll) years.push(['', '全部年度']);
    for (let y = currentYear(); y >= currentYear() - 6; y--) years.push([String(y), y + ' 年']);
    return years;
  }

  // ---- errors and the server -----------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, code, message) { super(message); this.status = status; this.code = code; }
  }

  function showError(message) {
    $('#error-text').textContent = message;
    $('#error-banner').hidden = false;
  }

  function hideError() { $('#error-banner').hidden = true; }

  function report(err) { showError(err instanceof ApiError ? err.message : '页面出错：' + String(err && err.message || err)); }

  function errorFrom(status, text) {
    let body = null;
    try { body = JSON.parse(text); } catch (_) { /* not JSON: a proxy's page, say */ }
    const e = body && body.error;
    if (e && typeof e.message === 'string') return new ApiError(status, String(e.code || ''), e.message);
    if (status === 413) return new ApiError(status, 'too-large', '文件太大，超过上传上限。');
    return new ApiError(status, 'http-' + status, `服务器返回错误（HTTP ${status}），请稍后再试。`);
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET' && state.me) headers['X-CSRF-Token'] = state.me.csrf;
    const init = { method, headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch(path, init);
    } catch (_) {
      throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试。');
    }
    if (res.status === 204) return null;
    const text = await res.text();
    if (!res.ok) {
      const err = errorFrom(res.status, text);
      if (res.status === 401) sessionLost();
      throw err;
    }
    try { return JSON.parse(text); } catch (_) {
      throw new ApiError(res.status, 'bad-response', '服务器的应答无法识别。');
    }
  }

  // A 401 after login means the session expired or was revoked: back to the login form, saying why.
  function sessionLost() {
    if (!state.me) return;
    state.me = null;
    showLogin();
    $('#login-error').textContent = '登录已过期，请重新登录。';
  }

  // ---- views ---------------------------------------------------------------------------------------------------

  const VIEWS = ['#login-view', '#learner-view', '#reviewer-view', '#admin-view', '#public-view'];

  function showOnly(id) {
    $('#loading').hidden = true;
    for (const v of VIEWS) $(v).hidden = v !== id;
  }

  // Nothing of one user stays on the page for the next one who logs in at the same browser.
  function resetViews() {
    for (const s of ['#result-cards', '#upload-list', '#summary', '#evidence-table tbody', '#queue-table tbody',
      '#accounts-table tbody', '#field-table tbody', '#review-pages', '#review-flags', '#review-proposal',
      '#review-decision', '#declaration', '#declarations-table tbody', '#declaration-detail-body', '#declaration-actions',
      '#public-table tbody']) clear($(s));
    $('#review-detail').hidden = true;
    $('#declaration-detail').hidden = true;
    $('#declaration-error').textContent = '';
    $('#declarations-count').textContent = '';
    $('#declarations-table').dataset.state = 'idle';
    $('#declaration').dataset.state = 'idle';
    state.declarationId = null;
    $('#queue-count').textContent = '';
    $('#queue-table').dataset.state = 'idle';
    state.detailId = null;
    state.uploadQueue = [];
  }

  function showLogin() {
    resetViews();
    $('#whoami').textContent = '';
    $('#logout-button').hidden = true;
    showOnly('#login-view');
    $('#login-username').focus();
  }

  function showRole(me) {
    state.me = me;
    hideError();
    $('#login-error').textContent = '';
    $('#whoami').textContent = `${me.username}（${label(ROLE, me.role)}${me.unit ? '，' + me.unit : ''}）`;
    $('#logout-button').hidden = false;
    if (me.role === 'learner') startLearner();
    else if (me.role === 'reviewer') startReviewer();
    else if (me.role === 'admin') startAdmin();
    else showError('未知的角色：' + me.role);
  }

  async function login(event) {
    event.preventDefault();
    const button = $('#login-submit');
    button.disabled = true;
    $('#login-error').textContent = '';
    try {
      const me = await api('POST', '/api/session', {
        username: $('#login-username').value.trim(),
        password: $('#login-password').value,
      });
      $('#login-password').value = '';
      showRole(me);
    } catch (err) {
      $('#login-error').textContent = err instanceof ApiError ? err.message : '登录失败。';
    } finally {
      button.disabled = false;
    }
  }

  async function logout() {
    try { await api('DELETE', '/api/session'); } catch (err) { if (err.status !== 401) { report(err); return; } }
    state.me = null;
    hideError();
    showLogin();
  }

  // ---- shared pieces of a report -------------------------------------------------------------------------------

  function pageImages(ev, container) {
    const count = Math.min(ev.pages || 0, MAX_PAGES_SHOWN);
    for (let n = 1; n <= count; n++) {
      const img = el('img', { className: 'page-image', src: pageURL(ev.id, n), alt: `第 ${n} 页`, loading: n > 1 ? 'lazy' : null });
      img.addEventListener('error', () => img.replaceWith(el('p', { className: 'muted', text: `第 ${n} 页的图片加载失败。` })));
      container.append(el('figure', { className: 'page' }, img, el('figcaption', { text: `第 ${n} 页（框出的是识别到的内容）` })));
    }
    if ((ev.pages || 0) > count) container.append(el('p', { className: 'muted', text: `共 ${ev.pages} 页，只显示前 ${count} 页。` }));
    if (!ev.pages) container.append(el('p', { className: 'muted', text: '没有可显示的页面。' }));
  }

  function dateText(report) {
    const s = fieldValue(report, 'startDate'), e = fieldValue(report, 'endDate'), i = fieldValue(report, 'issueDate');
    const parts = [];
    if (s && e && s !== e) parts.push(`${s} 至 ${e}`);
    else if (s || e) parts.push(String(s || e));
    if (i) parts.push(`发证 ${i}`);
    return parts.length ? parts.join('；') : '未找到';
  }

  function proposalBlock(report) {
    const p = report.proposal;
    const box = el('div', { className: 'proposal result-proposal' });
    if (!p) {
      box.append(el('p', { text: '没有可用的折算规则：这份材料可能不能证明学时，或缺少折算所需的信息（见下方提示）。' }));
      return box;
    }
    box.append(el('p', { className: 'proposal-hours' }, '建议认定 ', el('strong', { text: fmtNum(p.hours) }), ' 学时，计入',
      el('strong', { text: label(SUBJECT, p.subject || report.subject) })));
    if (p.basis) box.append(el('p', { className: 'basis' }, el('span', { className: 'muted', text: '依据与算式：' }), p.basis));
    if (p.arithmetic) box.append(el('p', { className: 'basis' }, el('span', { className: 'muted', text: '算式：' }), String(p.arithmetic)));
    box.append(el('p', { className: 'muted', text: `折算标准 ${p.policy || '—'}，规则 ${label(RULE, p.rule)}` +
      (typeof p.confidence === 'number' ? `，建议的置信度 ${fmtPercent(p.confidence)}` : '') }));
    return box;
  }

  function severityBadge(sev) { return el('span', { className: 'badge sev-' + sev, text: label(SEVERITY, sev) }); }

  function fieldRows(report, tbody) {
    const fields = (report && report.fields) || {};
    // The facts a reviewer checks first, then the kind-specific ones (the server sends keys alphabetically).
    const rank = (n) => { const i = CORE_FIELDS.indexOf(n); return i < 0 ? CORE_FIELDS.length : i; };
    const names = Object.keys(fields).sort((a, b) => rank(a) - rank(b));
    if (!names.length) {
      tbody.append(el('tr', {}, el('td', { colspan: 5, className: 'muted', text: '没有识别出字段。' })));
      return;
    }
    for (const name of names) {
      const f = fields[name] || {};
      const low = typeof f.confidence === 'number' && f.confidence < LOW_CONFIDENCE;
      tbody.append(el('tr', { className: low ? 'low' : null, 'data-field': name },
        el('td', { text: FIELD[name] ? `${FIELD[name]}（${name}）` : name }),
        el('td', { className: 'field-value', text: f.value === undefined ? '—' : label(VALUE[name] || {}, String(f.value)) }),
        el('td', { text: fmtPercent(f.confidence) }),
        el('td', { text: f.page ? String(f.page) : '—' }),
        el('td', { className: 'snippet', text: f.text || '' }, f.note ? el('div', { className: 'muted', text: f.note }) : null)));
    }
  }

  function decisionText(d) {
    if (!d) return null;
    let t = `${label(ACTION, d.action)}`;
    if (d.hours !== null && d.hours !== undefined) t += ` ${fmtNum(d.hours)} 学时`;
    if (d.reason) t += `，理由：${d.reason}`;
    return t + `（${d.reviewer}，${fmtTime(d.at)}）`;
  }

  // One line of hours against what the year requires (need 0: no requirement, the hours alone).
  function hoursBar(name, have, need, cls) {
    const meter = el('progress', { className: 'summary-bar', max: need > 0 ? need : 1, value: Math.min(have, need > 0 ? need : have) });
    return el('div', { className: 'summary-row ' + cls },
      el('span', { className: 'summary-name', text: name }), meter,
      el('span', { className: 'summary-value', text: need > 0 ? `${fmtNum(have)} / ${fmtNum(need)} 学时` : `${fmtNum(have)} 学时` }));
  }

  // ---- learner -------------------------------------------------------------------------------------------------

  function startLearner() {
    showOnly('#learner-view');
    $('#max-upload').textContent = fmtNum(state.me.maxUploadMb);
    fillSelect($('#summary-year'), yearOptions(false), currentYear());
    fillSelect($('#declaration-year'), yearOptions(false), currentYear());
    state.summaryYearChosen = false;
    state.declarationYearChosen = false;
    loadMyEvidence();
    loadSummary();
    loadDeclaration();
  }

  function enqueueFiles(files) {
    for (const file of files) {
      const item = uploadItem(file);
      $('#upload-list').prepend(item.li);
      const limit = (state.me && state.me.maxUploadMb) || 0;
      if (limit && file.size > limit * 1024 * 1024) {
        item.fail(`文件超过 ${fmtNum(limit)} MB 的上限，未上传。`);
        continue;
      }
      state.uploadQueue.push({ file, item });
    }
    pumpUploads();
  }

  function uploadItem(file) {
    const progress = el('progress', { className: 'upload-progress', max: 100, value: 0 });
    const status = el('span', { className: 'upload-state', text: '等待上传' });
    const li = el('li', { className: 'upload-item' }, el('span', { className: 'upload-name', text: file.name }), progress, status);
    return {
      li,
      progress(p) { progress.value = p; status.textContent = `上传中 ${Math.round(p)}%`; },
      reading() { progress.value = 100; status.textContent = '已上传，正在识别…'; },
      done() { li.classList.add('done'); status.textContent = '已识别，见下方结果'; },
      fail(message) { li.classList.add('failed'); progress.value = 0; status.textContent = message; },
    };
  }

  function pumpUploads() {
    while (state.uploading < MAX_PARALLEL_UPLOADS && state.uploadQueue.length) {
      const { file, item } = state.uploadQueue.shift();
      state.uploading++;
      upload(file, item).finally(() => { state.uploading--; pumpUploads(); });
    }
  }

  // XMLHttpRequest rather than fetch: fetch reports no upload progress.
  function upload(file, item) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/evidence');
      xhr.setRequestHeader('X-CSRF-Token', state.me ? state.me.csrf : '');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => { if (e.lengthComputable && e.total) item.progress((e.loaded / e.total) * 100); };
      xhr.upload.onload = () => item.reading();
      xhr.onload = () => {
        if (xhr.status === 201 || xhr.status === 200) {
          let ev = null;
          try { ev = JSON.parse(xhr.responseText); } catch (_) { /* handled below */ }
          if (ev && ev.id) {
            item.done();
            renderResult(ev, true);
            loadMyEvidence();
            loadSummary();
          } else item.fail('服务器的应答无法识别。');
        } else {
          const err = errorFrom(xhr.status, xhr.responseText);
          item.fail(err.message);
          if (xhr.status === 401) sessionLost();
        }
        resolve();
      };
      xhr.onerror = () => { item.fail('网络错误，上传失败，请重试。'); resolve(); };
      xhr.onabort = () => { item.fail('上传已取消。'); resolve(); };
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
  }

  // One card per upload; drawing it again (after filing) replaces the old one in place.
  function renderResult(ev, prepend) {
    const r = ev.report || {};
    const card = el('article', { className: 'result-card', 'data-id': ev.id });
    const head = el('div', { className: 'card-head' },
      el('h3', { className: 'result-file', text: ev.file }),
      el('span', { className: `result-status status-${ev.status}`, text: label(STATUS, ev.status) }));
    const facts = el('dl', { className: 'facts' });
    const fact = (name, value, cls) => facts.append(el('dt', { text: name }), el('dd', { className: cls, text: value }));
    fact('形式', label(MODE, r.mode) + (r.kind && r.kind !== r.mode ? `（${label(KIND, r.kind)}）` : ''), 'result-mode');
    const hours = fieldValue(r, 'hours');
    fact('学时', hours === null ? '未找到' : fmtHours(hours), 'result-hours');
    fact('日期', dateText(r), 'result-date');
    fact('发证单位', fieldValue(r, 'issuer') || '未找到', 'result-issuer');
    if (fieldValue(r, 'holder')) fact('持证人', String(fieldValue(r, 'holder')), 'result-holder');
    fact('科目', label(SUBJECT, (r.proposal && r.proposal.subject) || r.subject), 'result-subject');
    fact('识别置信度', fmtPercent(r.confidence), 'result-confidence');

    const text = el('div', { className: 'card-text' }, facts, el('h4', { text: '折算建议' }), proposalBlock(r));
    if (r.error) text.append(el('p', { className: 'error-text', text: '无法读取：' + (r.error.message || r.error.code) }));

    text.append(el('h4', { text: '审核时可能会被问到' }));
    const advice = el('ul', { className: 'advice-list' });
    for (const a of ev.advice || []) {
      advice.append(el('li', { className: 'advice sev-' + a.severity, 'data-code': a.code }, severityBadge(a.severity), ' ', a.message));
    }
    if (!advice.children.length) advice.append(el('li', { className: 'muted', text: '没有发现需要说明的问题。' }));
    text.append(advice);

    const details = el('details', { className: 'all-fields' }, el('summary', { text: '全部识别字段' }));
    const tbody = el('tbody');
    fieldRows(r, tbody);
    details.append(el('table', { className: 'grid' },
      el('thead', {}, el('tr', {}, ...['字段', '值', '置信度', '页', '原文'].map((h) => el('th', { text: h })))), tbody));
    text.append(details);

    const actions = el('div', { className: 'card-actions' });
    if (ev.status === 'draft') {
      const button = el('button', { type: 'button', className: 'file-button', 'data-id': ev.id, text: '提交到单位审核' });
      button.addEventListener('click', () => fileEvidence(ev.id, button));
      actions.append(button);
    } else if (ev.decision) {
      actions.append(el('p', { className: 'decision-text', text: '审核结果：' + decisionText(ev.decision) }));
    } else {
      actions.append(el('p', { className: 'muted', text: '已提交到单位，等待审核。' }));
    }
    text.append(actions);

    const pages = el('div', { className: 'pages card-pages' });
    pageImages(ev, pages);
    card.append(head, el('div', { className: 'card-body' }, text, pages));

    const old = Array.from(document.querySelectorAll('#result-cards .result-card')).find((c) => c.dataset.id === ev.id);
    if (old) old.replaceWith(card);
    else if (prepend) $('#result-cards').prepend(card);
    else $('#result-cards').append(card);
    return card;
  }

  async function fileEvidence(id, button) {
    button.disabled = true;
    try {
      const ev = await api('POST', `/api/evidence/${encodeURIComponent(id)}/file`);
      renderResult(ev, true);
      loadMyEvidence();
      loadSummary();
    } catch (err) {
      button.disabled = false;
      report(err);
    }
  }

  async function loadMyEvidence() {
    try {
      const data = await api('GET', '/api/evidence');
      const tbody = $('#evidence-table tbody');
      clear(tbody);
      for (const s of data.items || []) {
        const open = el('button', { type: 'button', className: 'evidence-open link', text: '查看' });
        open.addEventListener('click', () => showMine(s.id));
        tbody.append(el('tr', { className: 'evidence-row', 'data-id': s.id },
          el('td', { className: 'file-name', text: s.file }),
          el('td', { text: label(MODE, s.mode) }),
          el('td', { text: fmtHours(s.hours) }),
          el('td', { text: fmtHours(s.proposedHours) }),
          el('td', { className: `status-${s.status}`, text: label(STATUS, s.status) }),
          el('td', { text: fmtTime(s.createdAt) }),
          el('td', {}, open)));
      }
      $('#evidence-empty').hidden = tbody.children.length > 0;
      followActivityYear(data.items || []);
    } catch (err) { report(err); }
  }

  // Until the learner picks a year, the summary and the declaration show the year of their newest dated upload: a
  // certificate from last year should not leave the summary at 0 of this year.
  function followActivityYear(items) {
    const dated = items.find((s) => typeof s.year === 'number');
    if (!dated) return;
    if (!state.summaryYearChosen && String(dated.year) !== $('#summary-year').value) {
      chooseYear($('#summary-year'), dated.year);
      loadSummary();
    }
    if (!state.declarationYearChosen && String(dated.year) !== $('#declaration-year').value) {
      chooseYear($('#declaration-year'), dated.year);
      loadDeclaration();
    }
  }

  async function showMine(id) {
    try {
      const ev = await api('GET', `/api/evidence/${encodeURIComponent(id)}`);
      renderResult(ev, true).scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (err) { report(err); }
  }

  async function loadSummary() {
    const year = $('#summary-year').value || String(currentYear());
    const box = $('#summary');
    try {
      const s = await api('GET', `/api/summary?year=${encodeURIComponent(year)}`);
      clear(box);
      const bar = hoursBar;
      box.append(
        bar('合计', s.total, s.required, 'summary-total'),
        bar('专业科目', s.professional, s.requiredProfessional, 'summary-professional'),
        bar('公需科目', s.public, 0, 'summary-public'));
      const missing = s.missingTotal > 0 || s.missingProfessional > 0
        ? `还差 ${fmtNum(s.missingTotal)} 学时` + (s.missingProfessional > 0 ? `，其中专业科目还差 ${fmtNum(s.missingProfessional)} 学时。` : '。')
        : `已达到 ${s.year} 年度的要求（合计 ${fmtNum(s.required)}、专业科目 ${fmtNum(s.requiredProfessional)} 学时）。`;
      box.append(el('p', { id: 'summary-missing', className: s.missingTotal > 0 || s.missingProfessional > 0 ? 'missing' : 'met', text: missing }));
      if (s.conclusion) box.append(el('p', { id: 'summary-conclusion', text: s.conclusion }));
      if ((s.items || []).length) {
        const tbody = el('tbody');
        for (const it of s.items) {
          tbody.append(el('tr', { className: it.counted ? 'counted' : 'not-counted' },
            el('td', { text: it.file }), el('td', { text: label(STATUS, it.status) }), el('td', { text: fmtHours(it.hours) }),
            el('td', { text: label(SUBJECT, it.subject) }), el('td', { text: it.counted ? '计入' : '不计入' }),
            el('td', { text: it.note || '' })));
        }
        box.append(el('table', { id: 'summary-items', className: 'grid' },
          el('thead', {}, el('tr', {}, ...['文件', '状态', '学时', '科目', '是否计入', '说明'].map((h) => el('th', { text: h })))), tbody));
      } else {
        box.append(el('p', { className: 'muted', text: '这一年还没有材料。' }));
      }
    } catch (err) {
      clear(box);
      box.append(el('p', { className: 'error-text', text: err.message }));
    }
  }

  // ---- reviewer ------------------------------------------------------------------------------------------------

  function startReviewer() {
    showOnly('#reviewer-view');
    // All years by default: a queue is worked through across the turn of a year.
    fillSelect($('#filter-year'), yearOptions(true), '');
    fillSelect($('#filter-mode'), [['', '全部形式'], ...Object.entries(MODE)], '');
    fillSelect($('#filter-status'), [['filed', '待审核'], ['accepted', '已认定'], ['adjusted', '已调整'],
      ['rejected', '不予认定'], ['all', '全部']], 'filed');
    const list = $('#flag-codes');
    clear(list);
    // Every flag the catalogue names is offered in the filter; any other code may still be typed.
    for (const [code, name] of Object.entries(FLAG)) list.append(el('option', { value: code, label: name }));
    $('#filter-flag').value = '';
    $('#filter-learner').value = '';
    loadQueue();
    fillSelect($('#review-declaration-year'), yearOptions(false), currentYear());
    updateDeclarationLinks();
    loadDeclarations();
  }

  function queueQuery() {
    const q = new URLSearchParams();
    const add = (name, value) => { if (value && value.trim()) q.set(name, value.trim()); };
    add('year', $('#filter-year').value);
    add('mode', $('#filter-mode').value);
    add('flag', $('#filter-flag').value);
    add('learner', $('#filter-learner').value);
    add('status', $('#filter-status').value);
    const s = q.toString();
    return s ? '?' + s : '';
  }

  async function loadQueue() {
    const table = $('#queue-table');
    table.dataset.state = 'loading';
    try {
      const data = await api('GET', '/api/queue' + queueQuery());
      const tbody = table.querySelector('tbody');
      clear(tbody);
      for (const s of data.items || []) tbody.append(queueRow(s));
      $('#queue-count').textContent = tbody.children.length ? `共 ${tbody.children.length} 份` : '没有符合条件的材料。';
      table.dataset.state = 'loaded';
    } catch (err) {
      table.dataset.state = 'failed';
      report(err);
    }
  }

  function queueRow(s) {
    const risk = el('td', { className: 'risk' });
    if (s.critical > 0) risk.append(el('span', { className: 'badge sev-critical', text: `严重 ${s.critical}` }), ' ');
    if (s.confidence < LOW_CONFIDENCE) risk.append(el('span', { className: 'badge sev-warning', text: '置信度低' }), ' ');
    if ((s.flags || []).length) {
      risk.append(el('span', { className: 'flag-codes', 'data-codes': s.flags.join(' '), text: s.flags.map((c) => label(FLAG, c)).join('、') }));
    }
    const open = el('button', { type: 'button', className: 'queue-open', 'data-id': s.id, text: '查看' });
    open.addEventListener('click', () => openDetail(s.id));
    return el('tr', { className: 'queue-row' + (s.id === state.detailId ? ' selected' : ''), 'data-id': s.id },
      risk,
      el('td', { text: s.learner }),
      el('td', { className: 'file-name', text: s.file }),
      el('td', { text: label(MODE, s.mode) }),
      el('td', { text: fmtHours(s.hours) }),
      el('td', { text: fmtHours(s.proposedHours) }),
      el('td', { text: label(SUBJECT, s.subject) }),
      el('td', { className: s.confidence < LOW_CONFIDENCE ? 'low' : null, text: fmtPercent(s.confidence) }),
      el('td', { text: s.year ? String(s.year) : '—' }),
      el('td', { className: `status-${s.status}`, text: label(STATUS, s.status) }),
      el('td', {}, open));
  }

  async function openDetail(id) {
    try {
      const ev = await api('GET', `/api/evidence/${encodeURIComponent(id)}`);
      renderDetail(ev);
      for (const row of document.querySelectorAll('#queue-table .queue-row')) row.classList.toggle('selected', row.dataset.id === id);
      $('#review-detail').scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (err) { report(err); }
  }

  function renderDetail(ev) {
    const r = ev.report || {};
    state.detailId = ev.id;
    $('#review-detail').hidden = false;
    $('#review-detail').dataset.id = ev.id;
    $('#review-title').textContent = ev.file;
    $('#review-meta').textContent = [
      `学员 ${ev.learner}`, ev.unit ? `单位 ${ev.unit}` : null, `上传于 ${fmtTime(ev.createdAt)}`, `共 ${ev.pages} 页`,
      `形式 ${label(MODE, r.mode)}` + (r.kind ? `（${label(KIND, r.kind)}）` : ''), `整体置信度 ${fmtPercent(r.confidence)}`,
      r.textSource ? `文字来源 ${r.textSource === 'ocr' ? 'OCR 识别' : r.textSource === 'text-layer' ? '文字层' : r.textSource}` : null,
    ].filter(Boolean).join(' · ');
    const status = $('#review-status');
    status.textContent = label(STATUS, ev.status);
    status.className = 'status-' + ev.status;

    const pages = $('#review-pages');
    clear(pages);
    pageImages(ev, pages);

    const tbody = $('#field-table tbody');
    clear(tbody);
    fieldRows(r, tbody);

    const proposal = $('#review-proposal');
    clear(proposal);
    proposal.append(proposalBlock(r));
    if (r.error) proposal.append(el('p', { className: 'error-text', text: '无法读取：' + (r.error.message || r.error.code) }));

    const flags = $('#review-flags');
    clear(flags);
    for (const f of r.flags || []) {
      flags.append(el('li', { className: 'flag sev-' + f.severity, 'data-code': f.code },
        severityBadge(f.severity), ' ', el('strong', { className: 'flag-name', text: label(FLAG, f.code) }), ' ', f.message));
    }
    if (!flags.children.length) flags.append(el('li', { className: 'muted', text: '没有标记。' }));

    const decision = $('#review-decision');
    clear(decision);
    decision.append(el('p', { className: ev.decision ? 'decision-text' : 'muted', text: decisionText(ev.decision) || '尚未决定。' }));

    const suggested = r.proposal ? r.proposal.hours : fieldValue(r, 'hours');
    $('#decision-hours').value = typeof suggested === 'number' ? String(suggested) : '';
    $('#decision-reason').value = '';
    $('#decision-error').textContent = '';
  }

  async function decide(action) {
    const id = state.detailId;
    if (!id) return;
    const body = { action };
    const hoursText = $('#decision-hours').value.trim();
    const reason = $('#decision-reason').value.trim();
    const error = $('#decision-error');
    error.textContent = '';
    if (action === 'adjust') {
      const hours = Number(hoursText);
      if (!hoursText || !Number.isFinite(hours) || hours < 0 || hours > 1000) { error.textContent = '请填写调整后的学时（0 到 1000 之间）。'; return; }
      body.hours = hours;
    }
    if (action === 'reject' && !reason) { error.textContent = '不予认定时请写明理由。'; return; }
    if (reason) body.reason = reason;
    const buttons = ['#decision-accept', '#decision-adjust', '#decision-reject'].map((s) => $(s));
    for (const b of buttons) b.disabled = true;
    try {
      const ev = await api('POST', `/api/evidence/${encodeURIComponent(id)}/decision`, body);
      renderDetail(ev);
      loadQueue();
    } catch (err) {
      error.textContent = err.message;
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  }

  // ---- declarations: what the learner's and the reviewer's views share ---------------------------------------

  const PUBLIC_STATES = ['public', 'approved', 'confirmed'];

  function declarationPath(id, action) {
    return `/api/declarations/${encodeURIComponent(id)}` + (action ? '/' + action : '');
  }

  // The public notice is a page of its own: /#public?unit=…&year=…, open to anyone.
  function publicHash(unit, year) { return '#public?' + new URLSearchParams({ unit, year: String(year) }).toString(); }

  function stateBadge(d) {
    return el('strong', { className: 'declaration-state decl-' + d.state, 'data-state': d.state, text: label(DECLARATION_STATE, d.state) });
  }

  // Hours granted at approval, summed over the items that count (null until a reviewer has granted any).
  function grantedHours(items) {
    const granted = (items || []).filter((it) => it.counted && typeof it.granted === 'number');
    return granted.length ? granted.reduce((sum, it) => sum + it.granted, 0) : null;
  }

  // Items, totals, objections and the audit trail of one declaration. opts.editable: the subject of each item is a
  // select (a learner's draft); opts.onAnswer(n, input, button): unanswered objections get an answer box.
  function declarationBody(d, opts) {
    const o = opts || {};
    const box = el('div', { className: 'declaration-body', 'data-id': d.id, 'data-state': d.state });
    box.append(el('p', { className: 'declaration-head' }, '状态：', stateBadge(d)));
    box.append(el('p', { className: 'declaration-meta muted', text: [
      `${d.year} 年度`, d.unit ? `单位 ${d.unit}` : null, `学员 ${d.account}`, `创建于 ${fmtTime(d.createdAt)}`,
      d.filedAt ? `提交于 ${fmtTime(d.filedAt)}` : null,
    ].filter(Boolean).join(' · ') }));
    if (d.publicFrom || d.publicUntil) {
      box.append(el('p', { className: 'declaration-period' }, '公示期：', el('strong', { text: fmtPeriod(d.publicFrom, d.publicUntil) }),
        el('span', { className: 'muted', text: '（含首尾两日）' })));
    }
    if (d.returnReason) {
      box.append(el('p', { className: 'declaration-return' }, el('strong', { text: '单位退回的原因：' }), d.returnReason));
    }

    const tbody = el('tbody');
    for (const it of d.items || []) {
      let subject;
      if (o.editable) {
        const select = el('select', { className: 'declaration-subject', 'data-upload': it.upload, 'aria-label': `${it.file} 的申报科目` });
        for (const value of ['public', 'professional']) {
          const option = el('option', { value, text: SUBJECT[value] });
          // One way only: what the proposal counts as 公需 cannot be declared 专业.
          if (value === 'professional' && it.proposedSubject === 'public') option.disabled = true;
          if (value === it.subject) option.selected = true;
          select.append(option);
        }
        subject = el('td', {}, select,
          it.proposedSubject === 'public' ? el('div', { className: 'muted one-way', text: '公需科目不能计为专业科目' }) : null);
      } else {
        subject = el('td', { className: 'declaration-subject-text', text: label(SUBJECT, it.subject) });
      }
      const note = el('td', { className: 'declaration-note' }, it.note || '');
      if (it.policy) note.append(el('div', { className: 'muted', text: `折算标准 ${it.policy}` + (it.rule ? `，规则 ${label(RULE, it.rule)}` : '') }));
      tbody.append(el('tr', { className: 'declaration-item ' + (it.counted ? 'counted' : 'not-counted'), 'data-upload': it.upload },
        el('td', { className: 'file-name', text: it.file }),
        el('td', { text: it.date || '—' }),
        el('td', { text: fmtHours(it.hours) }),
        el('td', { text: label(SUBJECT, it.proposedSubject) }),
        subject,
        el('td', { className: 'declaration-granted', text: fmtHours(it.granted) }),
        el('td', { className: 'declaration-counted', text: it.counted ? (it.converted ? '计入（转计公需科目）' : '计入') : '不计入' }),
        note));
    }
    if (!tbody.children.length) tbody.append(el('tr', {}, el('td', { colspan: 8, className: 'muted', text: '这份申报没有材料。' })));
    box.append(el('table', { className: 'grid declaration-items' },
      el('thead', {}, el('tr', {}, ...['材料', '日期', '建议学时', '建议科目', '申报科目', '认定学时', '是否计入', '说明']
        .map((h) => el('th', { text: h })))), tbody));

    const t = d.totals || {};
    const publicNeed = Math.max(0, (t.required || 0) - (t.requiredProfessional || 0));
    const totals = el('div', { className: 'declaration-totals' },
      hoursBar('合计', t.total || 0, t.required || 0, 'declaration-total'),
      hoursBar('专业科目', t.professional || 0, t.requiredProfessional || 0, 'declaration-professional'),
      hoursBar('公需科目', t.public || 0, publicNeed, 'declaration-public'));
    if (t.professionalToPublic > 0) {
      totals.append(el('p', { className: 'muted', text: `其中 ${fmtNum(t.professionalToPublic)} 学时专业科目转计公需科目。` }));
    }
    const short = t.missingTotal > 0 || t.missingProfessional > 0 || t.missingPublic > 0;
    totals.append(el('p', { className: 'declaration-missing ' + (short ? 'missing' : 'met'), text: short
      ? `合计还差 ${fmtNum(t.missingTotal)} 学时（专业科目还差 ${fmtNum(t.missingProfessional)}，公需科目还差 ${fmtNum(t.missingPublic)}）。`
      : `已达到 ${d.year} 年度的要求（合计 ${fmtNum(t.required)}、专业科目 ${fmtNum(t.requiredProfessional)} 学时）。` }));
    if (t.conclusion) totals.append(el('p', { className: 'declaration-conclusion', text: t.conclusion }));
    box.append(el('h3', { text: '学时合计' }), totals);

    box.append(el('h3', { text: '异议' }));
    const objections = el('ol', { className: 'declaration-objections' });
    for (const ob of d.objections || []) {
      const li = el('li', { className: 'objection ' + (ob.answer ? 'answered' : 'open'), 'data-n': ob.n },
        el('p', {}, el('span', { className: 'muted', text: `${ob.by}，${fmtTime(ob.at)}：` }), ob.text));
      if (ob.answer) {
        li.append(el('p', { className: 'objection-answer' },
          el('span', { className: 'muted', text: `答复（${ob.answeredBy || '—'}，${fmtTime(ob.answeredAt)}）：` }), ob.answer));
      } else if (o.onAnswer) {
        const input = el('input', { className: 'objection-answer-text', maxlength: 2000, placeholder: '答复内容', 'aria-label': `答复第 ${ob.n} 条异议` });
        const button = el('button', { type: 'button', className: 'objection-answer-button', text: '答复' });
        button.addEventListener('click', () => o.onAnswer(ob.n, input, button));
        li.append(el('div', { className: 'objection-form' }, input, button));
      } else {
        li.append(el('p', { className: 'muted', text: '尚未答复。' }));
      }
      objections.append(li);
    }
    box.append(objections.children.length ? objections : el('p', { className: 'muted', text: '没有异议。' }));

    box.append(el('h3', { text: '审核记录' }));
    const audit = el('tbody');
    for (const a of d.audit || []) {
      audit.append(el('tr', { className: 'audit-row', 'data-action': a.action },
        el('td', { text: fmtTime(a.at) }), el('td', { text: a.by }), el('td', { text: label(AUDIT_ACTION, a.action) }),
        el('td', { className: 'snippet', text: a.note || '' })));
    }
    box.append(el('table', { className: 'grid declaration-audit' },
      el('thead', {}, el('tr', {}, ...['时间', '操作人', '操作', '说明'].map((h) => el('th', { text: h })))), audit));
    return box;
  }

  // ---- declarations: the learner -------------------------------------------------------------------------------

  async function loadDeclaration() {
    const select = $('#declaration-year');
    const year = select.value || String(currentYear());
    const box = $('#declaration');
    box.dataset.state = 'loading';
    try {
      const data = await api('GET', `/api/declarations?year=${encodeURIComponent(year)}`);
      if (select.value !== year) return; // another year was chosen meanwhile; its answer draws the panel
      const list = data.declarations || [];
      const d = list.find((x) => String(x.year) === year) || null;
      if (d) renderMyDeclaration(d);
      else noDeclaration(year);
    } catch (err) {
      if (select.value !== year) return;
      clear(box);
      box.dataset.state = 'failed';
      box.append(el('p', { className: 'error-text', text: err.message }));
    }
  }

  function noDeclaration(year) {
    const box = $('#declaration');
    clear(box);
    box.dataset.state = 'none';
    delete box.dataset.declarationState;
    delete box.dataset.id;
    const button = el('button', { type: 'button', id: 'declaration-create', text: '创建申报草稿' });
    button.addEventListener('click', () => createDeclaration(Number(year), button));
    box.append(el('p', { className: 'muted', text: `${year} 年度还没有申报。草稿按这一年的材料生成，提交前可以调整每份材料申报的科目。` }), button);
  }

  async function createDeclaration(year, button) {
    button.disabled = true;
    try {
      renderMyDeclaration(await api('POST', '/api/declarations', { year }));
    } catch (err) {
      button.disabled = false;
      if (err.code === 'declaration-exists') loadDeclaration();
      else report(err);
    }
  }

  function renderMyDeclaration(d) {
    const box = $('#declaration');
    clear(box);
    box.dataset.state = 'loaded';
    box.dataset.declarationState = d.state;
    box.dataset.id = d.id;
    const draft = d.state === 'draft';
    box.append(declarationBody(d, { editable: draft }));
    if (draft) {
      const save = el('button', { type: 'button', id: 'declaration-save', className: 'link', text: '保存科目' });
      const file = el('button', { type: 'button', id: 'declaration-file', text: '提交申报' });
      save.addEventListener('click', () => saveSubjects(d, [save, file]));
      file.addEventListener('click', () => fileDeclaration(d, [save, file]));
      box.append(el('div', { className: 'card-actions declaration-buttons' }, save, ' ', file,
        el('p', { className: 'muted', text: '提交后材料不能更改、撤回或替换，请先核对每份材料的申报科目。' })));
    } else if (PUBLIC_STATES.includes(d.state) && d.unit) {
      box.append(el('p', {}, el('a', { className: 'declaration-public-link', href: '/' + publicHash(d.unit, d.year),
        target: '_blank', rel: 'noopener', text: '查看本单位公示名单' })));
    } else if (d.state === 'filed') {
      box.append(el('p', { className: 'muted', text: '已提交到单位，等待公示。' }));
    }
  }

  function chosenSubjects() {
    const out = {};
    for (const s of document.querySelectorAll('#declaration select.declaration-subject')) out[s.dataset.upload] = s.value;
    return out;
  }

  function subjectsChanged(d, chosen) {
    return (d.items || []).some((it) => chosen[it.upload] !== undefined && chosen[it.upload] !== it.subject);
  }

  async function saveSubjects(d, buttons) {
    for (const b of buttons) b.disabled = true;
    try {
      renderMyDeclaration(await api('POST', declarationPath(d.id, 'subjects'), { subjects: chosenSubjects() }));
    } catch (err) {
      for (const b of buttons) b.disabled = false;
      report(err);
      // Refused (one-way, or no longer a draft): show what the server holds rather than the refused choice.
      if (err.status === 409 || err.status === 422) loadDeclaration();
    }
  }

  async function fileDeclaration(d, buttons) {
    if (!window.confirm(`提交后材料不能更改、撤回或替换。\n确定提交 ${d.year} 年度的学时申报吗？`)) return;
    for (const b of buttons) b.disabled = true;
    try {
      // Subjects changed but not saved are saved first: what is filed is what the page shows.
      const chosen = chosenSubjects();
      if (subjectsChanged(d, chosen)) renderMyDeclaration(await api('POST', declarationPath(d.id, 'subjects'), { subjects: chosen }));
      renderMyDeclaration(await api('POST', declarationPath(d.id, 'file'), {}));
    } catch (err) {
      for (const b of buttons) b.disabled = false;
      report(err);
      loadDeclaration();
    }
  }

  // ---- declarations: the reviewer ------------------------------------------------------------------------------

  function reviewDeclarationYear() { return $('#review-declaration-year').value || String(currentYear()); }

  function updateDeclarationLinks() {
    const year = reviewDeclarationYear();
    const unit = (state.me && state.me.unit) || '';
    const link = $('#public-list-link');
    link.href = '/' + publicHash(unit, year);
    link.textContent = `${unit} ${year} 年度公示名单`;
    const q = '?year=' + encodeURIComponent(year);
    $('#declarations-export-csv').href = '/api/declarations/export.csv' + q;
    $('#declarations-export-csv').setAttribute('download', `declarations-${year}.csv`);
    $('#declarations-export-jsonl').href = '/api/declarations/export.jsonl' + q;
    $('#declarations-export-jsonl').setAttribute('download', `declarations-${year}.jsonl`);
  }

  async function loadDeclarations() {
    const table = $('#declarations-table');
    const year = reviewDeclarationYear();
    table.dataset.state = 'loading';
    try {
      const data = await api('GET', `/api/declarations?year=${encodeURIComponent(year)}`);
      if (reviewDeclarationYear() !== year) return;
      const tbody = table.querySelector('tbody');
      clear(tbody);
      for (const d of data.declarations || []) tbody.append(declarationRow(d));
      $('#declarations-count').textContent = tbody.children.length ? `共 ${tbody.children.length} 份` : `${year} 年度还没有提交的申报。`;
      table.dataset.state = 'loaded';
    } catch (err) {
      table.dataset.state = 'failed';
      report(err);
    }
  }

  function declarationRow(d) {
    const open = el('button', { type: 'button', className: 'declaration-open link', 'data-id': d.id, text: '查看' });
    open.addEventListener('click', () => openDeclaration(d.id));
    return el('tr', { className: 'declaration-row' + (d.id === state.declarationId ? ' selected' : ''), 'data-id': d.id, 'data-state': d.state },
      el('td', { text: d.account }),
      el('td', {}, stateBadge(d)),
      el('td', { text: fmtHours(d.totals ? d.totals.total : null) }),
      el('td', { text: fmtHours(grantedHours(d.items)) }),
      el('td', { text: fmtPeriod(d.publicFrom, d.publicUntil) }),
      el('td', { text: fmtTime(d.filedAt) }),
      el('td', {}, open));
  }

  async function openDeclaration(id) {
    try {
      renderDeclarationDetail(await api('GET', declarationPath(id)));
      for (const row of document.querySelectorAll('#declarations-table .declaration-row')) row.classList.toggle('selected', row.dataset.id === id);
      $('#declaration-detail').scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (err) { report(err); }
  }

  function renderDeclarationDetail(d) {
    state.declarationId = d.id;
    const panel = $('#declaration-detail');
    panel.hidden = false;
    panel.dataset.id = d.id;
    panel.dataset.state = d.state;
    $('#declaration-detail-title').textContent = `${d.account} 的 ${d.year} 年度学时申报`;
    $('#declaration-error').textContent = '';
    const body = $('#declaration-detail-body');
    clear(body);
    const onAnswer = d.state === 'public' ? (n, input, button) => answerObjection(d.id, n, input, button) : null;
    body.append(declarationBody(d, { onAnswer }));

    const actions = $('#declaration-actions');
    clear(actions);
    const button = (id, text, handler, cls) => {
      const b = el('button', { type: 'button', id, className: cls, text });
      b.addEventListener('click', () => handler(b));
      return b;
    };
    const returnButton = () => button('declaration-return', '退回', (b) => returnDeclaration(d.id, b), 'danger');
    if (d.state === 'filed') {
      const days = el('input', { id: 'publish-days', type: 'number', min: 1, max: 30, step: 1, value: 5, inputmode: 'numeric' });
      actions.append(el('label', {}, '公示 ', days, ' 个工作日'),
        button('declaration-publish', '公示', (b) => publish(d.id, days, b)), returnButton());
    } else if (d.state === 'public') {
      const text = el('input', { id: 'objection-text', maxlength: 2000, placeholder: '收到的异议内容' });
      actions.append(
        button('declaration-approve', '审核通过', (b) => declarationAction(d.id, 'approve', undefined, [b])),
        returnButton(),
        el('label', {}, '登记异议 ', text),
        button('objection-submit', '登记', (b) => raiseObjection(d.id, text, b), 'link'));
      actions.append(el('p', { className: 'muted', text: '公示期满、异议均已答复后才能审核通过。' }));
    } else if (d.state === 'approved') {
      actions.append(button('declaration-confirm', '确认', (b) => declarationAction(d.id, 'confirm', undefined, [b])));
    } else if (d.state === 'confirmed') {
      actions.append(el('p', { className: 'muted', text: '已确认，本年度学时认定完成。' }));
    } else if (d.state === 'draft') {
      actions.append(el('p', { className: 'muted', text: '已退回学员，等待重新提交。' }));
    }
  }

  async function declarationAction(id, action, body, buttons) {
    const error = $('#declaration-error');
    error.textContent = '';
    for (const b of buttons) b.disabled = true;
    try {
      renderDeclarationDetail(await api('POST', declarationPath(id, action), body === undefined ? {} : body));
      loadDeclarations();
    } catch (err) {
      for (const b of buttons) b.disabled = false;
      error.textContent = err.message;
    }
  }

  function publish(id, input, button) {
    const days = Number(input.value);
    if (!Number.isInteger(days) || days < 1 || days > 30) {
      $('#declaration-error').textContent = '公示期应为 1 到 30 个工作日。';
      return;
    }
    declarationAction(id, 'publish', { days }, [button]);
  }

  function returnDeclaration(id, button) {
    const reason = window.prompt('退回原因（学员会看到）：', '');
    if (reason === null) return;
    if (!reason.trim()) { $('#declaration-error').textContent = '退回时请写明原因。'; return; }
    declarationAction(id, 'return', { reason: reason.trim() }, [button]);
  }

  function raiseObjection(id, input, button) {
    const text = input.value.trim();
    if (!text) { $('#declaration-error').textContent = '请填写异议内容。'; return; }
    declarationAction(id, 'objections', { text }, [button]);
  }

  function answerObjection(id, n, input, button) {
    const text = input.value.trim();
    if (!text) { $('#declaration-error').textContent = `请填写对第 ${n} 条异议的答复。`; return; }
    declarationAction(id, `objections/${encodeURIComponent(n)}/answer`, { text }, [button]);
  }

  // ---- the public notice ---------------------------------------------------------------------------------------

  function publicRoute() {
    const h = location.hash || '';
    if (!/^#public(\?|$)/.test(h)) return null;
    const q = new URLSearchParams(h.includes('?') ? h.slice(h.indexOf('?') + 1) : '');
    return { unit: (q.get('unit') || '').trim(), year: (q.get('year') || '').trim() };
  }

  // Shown to anyone, logged in or not; the session (if any) is left as it is for when the page leaves #public.
  function showPublic(route) {
    state.publicMode = true;
    hideError();
    $('#whoami').textContent = '';
    $('#logout-button').hidden = true;
    showOnly('#public-view');
    $('#public-unit').value = route.unit;
    $('#public-year').value = route.year || String(currentYear());
    if (route.unit && /^\d{4}$/.test(route.year)) {
      loadPublic(route.unit, route.year);
    } else {
      clear($('#public-table tbody'));
      $('#public-table').dataset.state = 'idle';
      $('#public-title').textContent = '请填写单位和年度。';
      $('#public-csv').hidden = true;
      $('#public-empty').hidden = true;
    }
  }

  async function loadPublic(unit, year) {
    const table = $('#public-table');
    table.dataset.state = 'loading';
    const q = new URLSearchParams({ unit, year }).toString();
    $('#public-title').textContent = `${unit} ${year} 年度继续教育学时认定公示`;
    const csv = $('#public-csv');
    csv.href = '/api/public-list.csv?' + q;
    csv.setAttribute('download', `public-list-${year}.csv`);
    csv.hidden = false;
    const tbody = table.querySelector('tbody');
    clear(tbody);
    $('#public-empty').hidden = true;
    try {
      const data = await api('GET', '/api/public-list?' + q);
      const current = publicRoute();
      if (!current || current.unit !== unit || current.year !== year) return;
      for (const e of data.entries || []) tbody.append(publicRow(e));
      $('#public-empty').hidden = tbody.children.length > 0;
      table.dataset.state = 'loaded';
    } catch (err) {
      table.dataset.state = 'failed';
      report(err);
    }
  }

  function publicRow(e) {
    const items = el('ul', { className: 'public-items' });
    for (const it of e.items || []) {
      items.append(el('li', { text: `${it.file}（${label(SUBJECT, it.subject)}，申报 ${fmtHours(it.hours)}` +
        (typeof it.granted === 'number' ? `，认定 ${fmtHours(it.granted)}` : '') + '）' }));
    }
    return el('tr', { className: 'public-entry', 'data-learner': e.learner, 'data-state': e.state },
      el('td', { text: e.learner }),
      el('td', {}, items),
      el('td', { text: fmtHours(e.hoursAsked) }),
      el('td', { text: fmtHours(e.hoursGranted) }),
      el('td', { text: label(DECLARATION_STATE, e.state) }),
      el('td', { text: fmtPeriod(e.publicFrom, e.publicUntil) }));
  }

  function submitPublicForm(event) {
    event.preventDefault();
    const unit = $('#public-unit').value.trim();
    const year = $('#public-year').value.trim();
    if (!unit || !/^\d{4}$/.test(year)) { showError('请填写单位和四位年份。'); return; }
    const hash = publicHash(unit, year);
    if (location.hash === hash) loadPublic(unit, year);
    else location.hash = hash; // hashchange loads it
  }

  // ---- admin ---------------------------------------------------------------------------------------------------

  function startAdmin() {
    showOnly('#admin-view');
    loadAccounts();
  }

  async function loadAccounts() {
    try {
      const data = await api('GET', '/api/accounts');
      const tbody = $('#accounts-table tbody');
      clear(tbody);
      for (const a of data.items || []) {
        tbody.append(el('tr', { className: 'account-row', 'data-username': a.username },
          el('td', { text: a.username }), el('td', { text: label(ROLE, a.role) }),
          el('td', { text: a.unit || '—' }), el('td', { text: fmtTime(a.createdAt) })));
      }
    } catch (err) { report(err); }
  }

  async function createAccount(event) {
    event.preventDefault();
    const message = $('#account-message');
    message.textContent = '';
    message.className = 'muted';
    const unit = $('#account-unit').value.trim();
    try {
      const a = await api('POST', '/api/accounts', {
        username: $('#account-username').value.trim(),
        password: $('#account-password').value,
        role: $('#account-role').value,
        unit: unit || null,
      });
      message.textContent = `已新建账号 ${a.username}（${label(ROLE, a.role)}）。`;
      $('#account-username').value = '';
      $('#account-password').value = '';
      loadAccounts();
    } catch (err) {
      message.textContent = err.message;
      message.className = 'error-text';
    }
  }

  // ---- wiring --------------------------------------------------------------------------------------------------

  function wire() {
    $('#login-form').addEventListener('submit', login);
    $('#logout-button').addEventListener('click', logout);
    $('#error-close').addEventListener('click', hideError);

    const input = $('#file-input');
    input.addEventListener('change', () => {
      enqueueFiles(Array.from(input.files || []));
      input.value = ''; // the same file may be chosen again
    });
    const zone = $('#drop-zone');
    for (const type of ['dragenter', 'dragover']) {
      zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add('dragging'); });
    }
    for (const type of ['dragleave', 'dragend']) zone.addEventListener(type, () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('dragging');
      if (e.dataTransfer && e.dataTransfer.files.length) enqueueFiles(Array.from(e.dataTransfer.files));
    });
    // A file dropped beside the zone would otherwise replace the page with the file.
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => e.preventDefault());

    $('#summary-year').addEventListener('change', () => { state.summaryYearChosen = true; loadSummary(); });
    $('#queue-filters').addEventListener('submit', (e) => { e.preventDefault(); loadQueue(); });
    for (const s of ['#filter-year', '#filter-mode', '#filter-status']) $(s).addEventListener('change', loadQueue);
    $('#decision-accept').addEventListener('click', () => decide('accept'));
    $('#decision-adjust').addEventListener('click', () => decide('adjust'));
    $('#decision-reject').addEventListener('click', () => decide('reject'));
    $('#account-form').addEventListener('submit', createAccount);

    $('#declaration-year').addEventListener('change', () => { state.declarationYearChosen = true; loadDeclaration(); });
    $('#declaration-filters').addEventListener('submit', (e) => e.preventDefault());
    $('#review-declaration-year').addEventListener('change', () => {
      $('#declaration-detail').hidden = true;
      state.declarationId = null;
      updateDeclarationLinks();
      loadDeclarations();
    });
    $('#public-form').addEventListener('submit', submitPublicForm);
    window.addEventListener('hashchange', () => {
      const route = publicRoute();
      if (route) showPublic(route);
      else if (state.publicMode) enterApp();
    });
  }

  async function enterApp() {
    state.publicMode = false;
    try {
      const me = await api('GET', '/api/session');
      showRole(me);
    } catch (err) {
      showLogin();
      if (err.status !== 401) report(err);
    }
  }

  async function loadCatalogue() {
    try {
      const c = await api('GET', '/api/catalogue');
      Object.assign(MODE, c.modes); Object.assign(KIND, c.kinds); Object.assign(FLAG, c.flags);
      Object.assign(SEVERITY, c.severities); Object.assign(SUBJECT, c.subjects); Object.assign(FIELD, c.fields);
      Object.assign(RULE, c.rules); Object.assign(VALUE, c.values);
    } catch (err) {
      // Without names the pages still work: `label` shows the codes.
      report(err);
    }
  }

  async function start() {
    await loadCatalogue();
    wire();
    const route = publicRoute();
    if (route) showPublic(route);
    else enterApp();
  }

  start();
})();
