// vnqa web page: plain JavaScript, no build step, no external resources.
// Every text that comes from a document is inserted with textContent (never as HTML).
"use strict";

const CONTEXT_CHARS = 220; // characters of surrounding text shown around a quote
const EXAMPLES = [
  "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của thị xã Hương Trà?",
  "Tỷ lệ số hóa hồ sơ khi tiếp nhận của huyện Bình Giang là bao nhiêu?",
  "Năm 2023 huyện Văn Quan xếp thứ mấy về chỉ số CCHC?",
  "Ai ký báo cáo 96/BC-UBND?",
];
const INTENTS = {
  decision: "văn bản / căn cứ", figure: "số liệu", target: "chỉ tiêu", score: "điểm / xếp hạng",
  signer: "người ký", date: "ngày tháng", list: "danh sách văn bản", compare: "so sánh", general: "chung",
};

const docCache = new Map(); // doc_id -> Promise of the /documents/{id} body

function $(id) { return document.getElementById(id); }

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// The access token is kept for this browser tab only (sessionStorage) and sent as
// "Authorization: Bearer" with every request once entered.
const TOKEN_KEY = "vnqa-token";

function storedToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch (_) { return ""; }
}

function storeToken(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch (_) { /* storage disabled: the token lives in the field only */ }
}

function authHeaders() {
  const token = ($("token") ? $("token").value : storedToken()).trim();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function api(path, options = {}) {
  const json = !(options.body instanceof FormData);
  const response = await fetch(path, {
    ...options,
    headers: { ...(json ? { "Content-Type": "application/json" } : {}), ...authHeaders() },
  });
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `Lỗi ${response.status}`;
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return body;
}

// A refused change: the server's message, and the token field to fill in (401) or fix (403).
function showRefusal(box, error) {
  box.textContent = error.status === 401 || error.status === 403
    ? `${error.message} — nhập token hợp lệ vào ô "Token truy cập" rồi thử lại.`
    : error.message;
  box.hidden = false;
  if (error.status === 401 || error.status === 403) $("token").focus();
}

function getDocument(docId) {
  if (!docCache.has(docId)) {
    const promise = api(`/documents/${encodeURIComponent(docId)}`);
    promise.catch(() => docCache.delete(docId));
    docCache.set(docId, promise);
  }
  return docCache.get(docId);
}

// ------------------------------------------------------------------ tabs

function showTab(tabId) {
  for (const tab of document.querySelectorAll(".tab")) {
    const active = tab.id === tabId;
    tab.classList.toggle("active", active);
    $(tab.dataset.panel).classList.toggle("active", active);
  }
}

// ------------------------------------------------------------------ health

const viNumber = new Intl.NumberFormat("vi-VN");

async function loadHealth() {
  try {
    const health = await api("/health");
    let text =
      `Chỉ mục ${health.index_version} · ${health.documents} văn bản · ${health.passages} đoạn · mô hình ${health.embedder}`;
    const embedding = health.embedding;
    if (embedding && !embedding.complete) {
      text += ` · tìm kiếm ngữ nghĩa: ${viNumber.format(embedding.embedded)} / ${viNumber.format(embedding.total)} đoạn`;
      setTimeout(loadHealth, 5000);  // embedding goes on in the background: follow it
    }
    $("health").textContent = text;
  } catch (error) {
    $("health").textContent = `Chưa có chỉ mục: ${error.message}`;
  }
}

// ------------------------------------------------------------------ ask

function renderExamples() {
  const box = $("examples");
  for (const question of EXAMPLES) {
    box.append(el("button", {
      type: "button", text: question,
      onclick: () => { $("question").value = question; ask(); },
    }));
  }
}

// The quote highlighted inside its surrounding text (all three parts are slices of the document).
function contextNode(text, start, end) {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  return el("div", { class: "context" },
    (from > 0 ? "…" : "") + text.slice(from, start),
    el("mark", { class: "quote", text: text.slice(start, end) }),
    text.slice(end, to) + (to < text.length ? "…" : ""));
}

function sourceNode(source, index) {
  const where = el("div", { class: "where" },
    el("strong", { text: source.title || source.document }),
    source.doc_number ? ` (${source.doc_number})` : "",
    source.section ? ` — ${source.section}` : "",
    " · ",
    el("a", { text: "xem văn bản", onclick: () => openDocument(source.doc_id, source.start, source.end) }));
  const item = el("li", { class: "source", "data-index": String(index) }, where,
    el("div", { class: "context" }, el("mark", { class: "quote", text: source.quote })));
  getDocument(source.doc_id).then((doc) => {
    if (doc.text.slice(source.start, source.end) === source.quote) {
      item.replaceChild(contextNode(doc.text, source.start, source.end), item.lastChild);
    }
  }).catch(() => {});
  return item;
}

async function ask() {
  const question = $("question").value;
  const button = $("ask-btn");
  $("ask-error").hidden = true;
  button.disabled = true;
  try {
    const result = await api("/ask", { method: "POST", body: JSON.stringify({ question, top_k: 5 }) });
    renderAnswer(result);
  } catch (error) {
    $("result").hidden = true;
    $("ask-error").textContent = error.message;
    $("ask-error").hidden = false;
  } finally {
    button.disabled = false;
  }
}

function renderAnswer(result) {
  const answer = $("answer");
  answer.classList.toggle("not-found", !result.found);
  answer.textContent = result.found
    ? result.answer
    : "Không tìm thấy câu trả lời trong các văn bản đã có. Dưới đây là các đoạn gần nhất.";
  $("answer-meta").textContent =
    `Loại câu hỏi: ${INTENTS[result.intent] || result.intent} · độ tin cậy ${(result.confidence * 100).toFixed(0)}% · ${Math.round(result.timings_ms.total || 0)} ms`;
  $("sources-title").textContent = result.found ? "Nguồn trích dẫn" : "Các đoạn gần nhất";
  const list = $("sources");
  list.replaceChildren(...result.sources.map(sourceNode));
  const cited = $("cited-list");
  cited.replaceChildren(...result.citations.map((c) => el("li", {},
    el("strong", { text: c.number }),
    c.type ? ` — ${c.type}` : "", c.date ? `, ngày ${c.date}` : "",
    c.subject ? `: ${c.subject}` : "")));
  $("cited").hidden = result.citations.length === 0;
  $("result").hidden = false;
}

// ------------------------------------------------------------------ documents

async function loadDocuments() {
  try {
    const body = await api("/documents");
    const list = $("doc-list");
    list.replaceChildren(...body.documents.map((d) => el("li", {
      "data-doc": d.doc_id, onclick: () => openDocument(d.doc_id),
    }, el("div", { text: d.title || d.document }),
       el("div", { class: "sub", text: [d.doc_type, d.number, d.place].filter(Boolean).join(" · ") }))));
  } catch (error) {
    $("doc-list").replaceChildren(el("li", { text: error.message }));
  }
}

function renderText(text, start, end) {
  const pre = $("doc-text");
  if (start === undefined) {
    pre.replaceChildren(text);
    return null;
  }
  const mark = el("mark", { class: "hl", text: text.slice(start, end) });
  pre.replaceChildren(text.slice(0, start), mark, text.slice(end));
  return mark;
}

async function openDocument(docId, start, end) {
  showTab("tab-docs");
  for (const li of document.querySelectorAll("#doc-list li")) {
    li.classList.toggle("active", li.dataset.doc === docId);
  }
  const doc = await getDocument(docId);
  $("doc-empty").hidden = true;
  $("doc-detail").hidden = false;
  $("doc-detail").dataset.doc = docId;
  $("delete-error").hidden = true;
  $("doc-title").textContent = doc.title || doc.document;
  const meta = [
    ["Tệp", doc.document], ["Loại", doc.doc_type], ["Số hiệu", doc.number], ["Ngày", doc.date],
    ["Địa danh", doc.place], ["Cơ quan ban hành", doc.issuer],
    ["Người ký", doc.signer ? `${doc.signer}${doc.signer_position ? " (" + doc.signer_position + ")" : ""}` : null],
  ];
  $("doc-meta").replaceChildren(...meta.filter(([, v]) => v).flatMap(([k, v]) => [
    el("dt", { text: k }), el("dd", { text: v })]));
  $("doc-outline").replaceChildren(...doc.outline.map((s) => el("li", {
    style: `padding-left:${(s.level - 1) * 12}px`,
    text: [s.label, s.title].filter(Boolean).join(s.kind === "letter" ? ") " : ". "),
    onclick: () => scrollToSpan(doc.text, s.start, Math.min(s.end, s.start + 120)),
  })));
  const mark = renderText(doc.text, start, end);
  if (mark) mark.scrollIntoView({ block: "center" });
  else $("doc-text").scrollTop = 0;
}

// ------------------------------------------------------------------ upload and delete

async function upload(event) {
  event.preventDefault();
  const file = $("upload-file").files[0];
  const status = $("upload-status");
  const box = $("upload-error");
  box.hidden = true;
  status.hidden = true;
  if (!file) {
    showRefusal(box, new Error("Chọn một tệp để tải lên."));
    return;
  }
  const form = new FormData();
  form.append("file", file);
  const replace = $("upload-replace").checked ? "?replace=true" : "";
  $("upload-btn").disabled = true;
  try {
    const body = await api(`/documents${replace}`, { method: "POST", body: form });
    status.textContent = `Đã thêm ${body.document} · chỉ mục ${body.index_version} · ${body.documents} văn bản`;
    status.hidden = false;
    $("upload-form").reset();
    docCache.clear();
    await Promise.all([loadDocuments(), loadHealth()]);
  } catch (error) {
    showRefusal(box, error);
  } finally {
    $("upload-btn").disabled = false;
  }
}

async function deleteOpenDocument() {
  const docId = $("doc-detail").dataset.doc;
  const box = $("delete-error");
  box.hidden = true;
  if (!docId || !window.confirm(`Xoá văn bản ${docId} khỏi kho và chỉ mục?`)) return;
  try {
    await api(`/documents/${encodeURIComponent(docId)}`, { method: "DELETE" });
    docCache.clear();
    $("doc-detail").hidden = true;
    $("doc-empty").hidden = false;
    await Promise.all([loadDocuments(), loadHealth()]);
  } catch (error) {
    showRefusal(box, error);
  }
}

function scrollToSpan(text, start, end) {
  const lineEnd = text.indexOf("\n", start);
  const mark = renderText(text, start, lineEnd > start && lineEnd < end ? lineEnd : end);
  if (mark) mark.scrollIntoView({ block: "start" });
}

// ------------------------------------------------------------------ citations

async function loadCitations(event) {
  if (event) event.preventDefault();
  const number = $("citation-number").value.trim();
  try {
    const body = await api(`/citations${number ? "?number=" + encodeURIComponent(number) : ""}`);
    $("citation-summary").textContent = `${body.count} lần trích dẫn`;
    renderCitationRows(body.citations);
  } catch (error) {
    $("citation-summary").textContent = error.message;
  }
}

function renderCitationRows(rows) {
  const tbody = $("citation-results").querySelector("tbody");
  tbody.replaceChildren(...rows.map((c) => el("tr", {},
    el("td", { text: c.number }), el("td", { text: c.type || c.type_code || "" }),
    el("td", { text: c.date || "" }), el("td", { text: c.subject || "" }),
    el("td", {}, el("a", { href: "#", text: c.document, onclick: (e) => {
      e.preventDefault(); openDocument(c.doc_id, c.start, c.end);
    } })))));
}

async function loadConflicts() {
  try {
    const body = await api("/citations/conflicts");
    $("citation-summary").textContent =
      `${body.count} số hiệu được trích dẫn không thống nhất (khác ngày hoặc khác loại văn bản)`;
    renderCitationRows(body.conflicts.flatMap((c) => c.mentions));
  } catch (error) {
    $("citation-summary").textContent = error.message;
  }
}

// ------------------------------------------------------------------ targets comparison

async function compare(event) {
  if (event) event.preventDefault();
  const indicator = $("indicator").value.trim();
  if (!indicator) { $("compare-summary").textContent = "Hãy nhập tên chỉ tiêu."; return; }
  try {
    const table = await api(`/compare?indicator=${encodeURIComponent(indicator)}`);
    renderComparison(table);
  } catch (error) {
    $("compare-summary").textContent = error.message;
  }
}

function docLabel(doc) {
  return (doc.locality || doc.title || doc.doc_id).replace(/^UBND\s+/, "");
}

function renderComparison(table) {
  const docs = new Map(table.documents.map((d) => [d.doc_id, d]));
  $("cell-quote").hidden = true;
  if (!table.rows.length) {
    $("compare-summary").textContent = "Không có chỉ tiêu nào khớp.";
    $("compare-table").replaceChildren();
    $("compare-chart").replaceChildren();
    return;
  }
  $("compare-summary").textContent =
    `${table.rows.length} chỉ tiêu · ${table.documents.length} văn bản · năm ${table.years.map((y) => y ?? "?").join(", ")}`;
  const columns = [];
  for (const d of table.documents) {
    for (const y of table.years) columns.push([d.doc_id, y]);
  }
  const used = columns.filter(([d, y]) => table.rows.some((r) => r.cells.some((c) => c.doc_id === d && c.year === y)));
  const head = el("tr", {}, el("th", { text: "Chỉ tiêu" }),
    ...used.map(([d, y]) => el("th", { text: `${docLabel(docs.get(d))} · ${y ?? "?"}` })));
  const body = table.rows.map((row) => el("tr", {}, el("td", { text: row.indicator }),
    ...used.map(([d, y]) => {
      const cells = row.cells.filter((c) => c.doc_id === d && c.year === y);
      const td = el("td", { class: cells.length ? "cell" : "" });
      cells.forEach((c, i) => {
        if (i) td.append(" · ");
        td.append(el("span", { text: `${comparatorText(c.comparator)}${c.raw}`, title: c.quote,
          onclick: () => showCellQuote(c, docs.get(c.doc_id)) }));
      });
      return td;
    })));
  $("compare-table").replaceChildren(el("thead", {}, head), el("tbody", {}, ...body));
  drawChart(table, docs);
}

function comparatorText(comparator) {
  return { ">=": "≥ ", "<=": "≤ ", "=": "", increase: "tăng ", decrease: "giảm " }[comparator] ?? "";
}

function showCellQuote(cell, doc) {
  const box = $("cell-quote");
  box.replaceChildren(el("div", { class: "muted", text: `${doc ? doc.title : cell.doc_id} — vị trí ${cell.start}–${cell.end}` }),
    el("mark", { class: "quote", text: cell.quote }), " ",
    el("a", { href: "#", text: "xem trong văn bản", onclick: (e) => {
      e.preventDefault(); openDocument(cell.doc_id, cell.start, cell.end);
    } }));
  box.hidden = false;
}

// How full a target is, 0..1: "15/16 điểm" → 15/16, "90%" → 0.9, otherwise relative to the
// largest value with the same unit (bars of different units are not drawn on one scale).
function fullness(cell, maxByUnit) {
  const ratio = /(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)/.exec(cell.raw);
  if (ratio) {
    const a = parseFloat(ratio[1].replace(",", ".")), b = parseFloat(ratio[2].replace(",", "."));
    if (b > 0) return Math.min(1, a / b);
  }
  if (cell.unit === "%" || /%/.test(cell.raw)) return Math.min(1, cell.value / 100);
  const max = maxByUnit.get(cell.unit || "") || cell.value || 1;
  return Math.min(1, cell.value / max);
}

// A small bar chart drawn as inline SVG: one bar per cell with a numeric value.
function drawChart(table, docs) {
  const NS = "http://www.w3.org/2000/svg";
  const bars = [];
  table.rows.forEach((row, r) => row.cells.forEach((c) => {
    if (typeof c.value === "number") bars.push({ row: r, cell: c, label: row.indicator });
  }));
  const box = $("compare-chart");
  if (!bars.length) { box.replaceChildren(); return; }
  const maxByUnit = new Map();
  for (const b of bars) {
    const unit = b.cell.unit || "";
    maxByUnit.set(unit, Math.max(maxByUnit.get(unit) || 0, b.cell.value));
  }
  const barH = 22, gap = 8, left = 360, width = 900, right = 90;
  const height = bars.length * (barH + gap) + gap + 18;
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Biểu đồ so sánh chỉ tiêu (độ dài cột: mức so với thang của chỉ tiêu)");
  const palette = ["#0b5cad", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b", "#16a085"];
  bars.forEach((b, i) => {
    const y = gap + i * (barH + gap);
    const w = Math.max(2, (width - left - right) * fullness(b.cell, maxByUnit));
    const doc = docs.get(b.cell.doc_id);
    const text = document.createElementNS(NS, "text");
    text.setAttribute("x", left - 8); text.setAttribute("y", y + barH * 0.7);
    text.setAttribute("text-anchor", "end"); text.setAttribute("font-size", "11");
    const name = `${docLabel(doc)} ${b.cell.year ?? ""} — ${b.label}`;
    text.textContent = name.length > 56 ? name.slice(0, 55) + "…" : name;
    const full = document.createElementNS(NS, "title");
    full.textContent = name;
    text.append(full);
    const rect = document.createElementNS(NS, "rect");
    rect.setAttribute("x", left); rect.setAttribute("y", y);
    rect.setAttribute("width", w); rect.setAttribute("height", barH);
    rect.setAttribute("fill", palette[b.row % palette.length]);
    rect.setAttribute("class", "bar");
    rect.addEventListener("click", () => showCellQuote(b.cell, doc));
    const tip = document.createElementNS(NS, "title");
    tip.textContent = b.cell.quote;
    rect.append(tip);
    const value = document.createElementNS(NS, "text");
    value.setAttribute("x", left + w + 6); value.setAttribute("y", y + barH * 0.7);
    value.setAttribute("font-size", "12");
    value.textContent = `${comparatorText(b.cell.comparator)}${b.cell.raw}`;
    svg.append(text, rect, value);
  });
  const note = document.createElementNS(NS, "text");
  note.setAttribute("x", left); note.setAttribute("y", height - 6);
  note.setAttribute("font-size", "10"); note.setAttribute("fill", "#5d6b7a");
  note.textContent = "Độ dài cột: mức chỉ tiêu so với thang của nó (x/y, %, hoặc giá trị lớn nhất cùng đơn vị).";
  svg.append(note);
  box.replaceChildren(svg);
}

// ------------------------------------------------------------------ start

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of document.querySelectorAll(".tab")) {
    tab.addEventListener("click", () => showTab(tab.id));
  }
  $("ask-form").addEventListener("submit", (e) => { e.preventDefault(); ask(); });
  $("citation-form").addEventListener("submit", loadCitations);
  $("conflict-btn").addEventListener("click", loadConflicts);
  $("compare-form").addEventListener("submit", compare);
  $("upload-form").addEventListener("submit", upload);
  $("doc-delete").addEventListener("click", deleteOpenDocument);
  $("token").value = storedToken();
  $("token").addEventListener("input", () => storeToken($("token").value.trim()));
  $("token").addEventListener("change", () => { loadHealth(); loadDocuments(); });
  renderExamples();
  loadHealth();
  loadDocuments();
});
