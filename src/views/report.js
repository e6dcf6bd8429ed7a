// The report's search box, compiled into the page (src/views/report.cc).
// Filters the rows of every table and the entries of the evidence and
// articles lists by words typed, ignoring case and diacritics as the
// library's LooseKey does, and dims the diagram's nodes that do not match.
// Evidence entries past the first page stay hidden until searched for or
// shown all. A page opened as report.html#search=words starts filtered.
(function () {
  'use strict';
  var box = document.getElementById('search');
  var count = document.getElementById('search-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.filterable tbody tr, ol.filterable > li'));
  var later = rows.map(function (row) { return row.classList.contains('later'); });
  var allShown = false;
  var nodes = Array.prototype.slice.call(document.querySelectorAll('.diagram g.node, .diagram g.edge'));
  // The C++ folding table (normalize::FoldingTable, what LooseKey folds
  // with), written in by the report writer: a character to its lower case
  // without diacritics. Characters it does not list are lower-cased only.
  var FOLD = {/* FOLDING TABLE */};
  var folded = new RegExp('[' + Object.keys(FOLD).join('').replace(/[\]\\^-]/g, '\\$&') + ']', 'g');
  function fold(text) {
    return text.replace(folded, function (ch) { return FOLD[ch]; }).toLowerCase();
  }
  // Rows are folded once, a slice at a time after the page has loaded (it
  // stays responsive), the rest at once when a search comes first.
  var rowKeys = new Array(rows.length);
  var foldedRows = 0;
  function foldRows(count) {
    var end = Math.min(rows.length, foldedRows + count);
    for (; foldedRows < end; foldedRows += 1) rowKeys[foldedRows] = fold(rows[foldedRows].textContent);
  }
  function foldInBackground() {
    foldRows(1000);
    if (foldedRows < rows.length) window.setTimeout(foldInBackground, 0);
  }
  window.addEventListener('load', function () { window.setTimeout(foldInBackground, 0); });
  var nodeKeys = nodes.map(function (node) { return fold(node.textContent); });
  function matches(key, words) {
    return words.every(function (word) { return key.indexOf(word) >= 0; });
  }
  // Only what changes is written: on a large page most rows stay as they are.
  function apply() {
    var words = fold(box.value).split(/\s+/).filter(function (w) { return w.length > 0; });
    if (words.length > 0) foldRows(rows.length);
    var shown = 0;
    rows.forEach(function (row, i) {
      var keep = words.length === 0 || matches(rowKeys[i], words);
      var hide = !keep || (later[i] && words.length === 0 && !allShown);
      if (row.hidden !== hide) row.hidden = hide;
      if (keep) shown += 1;
    });
    nodes.forEach(function (node, i) {
      var dim = words.length > 0 && !matches(nodeKeys[i], words);
      if (node.classList.contains('dimmed') !== dim) node.classList.toggle('dimmed', dim);
    });
    count.textContent = words.length > 0 ? shown + ' of ' + rows.length + ' rows' : '';
  }
  // On a large page each pass takes a moment: one pass after typing pauses.
  var pending = null;
  box.addEventListener('input', function () {
    if (pending !== null) window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      pending = null;
      apply();
    }, rows.length > 2000 ? 150 : 0);
  });
  var showAll = document.getElementById('evidence-all');
  if (showAll) {
    showAll.addEventListener('click', function () {
      allShown = true;
      showAll.disabled = true;
      apply();
    });
  }
  var toggle = document.getElementById('diagram-size');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var full = document.querySelector('.diagram').classList.toggle('full');
      toggle.textContent = full ? 'Fit to width' : 'Full size';
    });
  }
  var asked = /^#search=(.*)$/.exec(window.location.hash);
  if (asked) {
    try {
      box.value = decodeURIComponent(asked[1]);
    } catch (e) {
      box.value = asked[1];
    }
  }
  apply();
}());
