// Meeting editor, progressive enhancement: the participant search field shows matches while
// typing (the same list the server renders after "Search"). Without this script the form works
// as it is. No inline script: the office's Content-Security-Policy allows 'self' only.
(function () {
  'use strict';
  var input = document.getElementById('f-q');
  var box = document.getElementById('typeahead-results');
  var date = document.getElementById('f-date');
  if (!input || !box || !date || !window.fetch) return;
  var timer = null;
  var seq = 0;
  function render(items) {
    while (box.firstChild) box.removeChild(box.firstChild);
    var list = document.createElement('ul');
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.appendChild(document.createTextNode(item.label + ' '));
      var button = document.createElement('button');
      button.type = 'submit';
      button.name = 'op';
      button.value = 'add:' + item.id;
      button.textContent = '+';
      button.setAttribute('aria-label', '+ ' + item.label);
      li.appendChild(button);
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  function search() {
    var q = input.value.trim();
    if (!q || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return;
    var mine = ++seq;
    fetch('/office/meetings/candidates?date=' + encodeURIComponent(date.value) + '&q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) { if (mine === seq) render(items); })
      .catch(function () {});
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
})();
