/* Lan Tỏa site search: reads the index the build wrote under tim-kiem/chi-muc/ and shows the
   results on the search page. No third-party code, nothing fetched from another host.
   Word keys must match Sources/Lantoa/Locale/SearchWords.swift. */
(function () {
  'use strict';
  var form = document.querySelector('form[data-index]');
  if (!form || !window.fetch || !window.Map) return;
  var input = form.querySelector('input[name=q]');
  var status = document.querySelector('.search-status');
  var list = document.querySelector('.search-results');
  var more = document.querySelector('.search-more');
  var base = form.getAttribute('data-index');
  var pageTitle = document.title;
  var PAGE = 10;
  var TONES = { '\u0300': '1', '\u0301': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };
  /* An apostrophe inside a word is part of it: M'gar, M’gar and Mgar are one word (as in SearchWords.swift). */
  var WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{M}\p{N}]+)*/gu;
  var APOSTROPHE = /['\u2019\u02BC]/g;
  var MARK = /\p{M}/u;

  /* A word's folded key (no marks, đ → d) and exact key (vowel marks kept, tone as a digit); the
     exact key's two parts: the letters with their vowel marks (`b`), and the tone (`t`); and, for
     the words a typed word begins, its folded letters and `b` as typed (`pf`, `pb`: "quy", not the
     key "qui", begins "quyết"). */
  function key(word) {
    var tone = '', kept = '', folded = '';
    for (var ch of word.replace(APOSTROPHE, '').toLowerCase().normalize('NFD')) {
      if (TONES[ch]) { tone = TONES[ch]; continue; }
      kept += ch;
      if (!MARK.test(ch)) folded += ch === '\u0111' ? 'd' : ch;
    }
    kept = kept.normalize('NFC');
    var pf = folded, pb = kept;
    /* A consonant and a lone y is written with i or y alike ("lí", "lý"): both take i, as in
       SearchWords.endsInYForI. */
    if (Y_FOR_I.test(folded) && /y$/.test(kept)) {
      folded = folded.slice(0, -1) + 'i';
      kept = kept.slice(0, -1) + 'i';
    }
    return { f: folded, e: kept + tone, b: kept, t: tone, pf: pf, pb: pb };
  }
  var Y_FOR_I = /^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;
  /* The keys of an index word from its folded and exact keys: a last digit of the exact key is its
     tone when the letters before it fold to the folded key ("nang" and "năng1"; "2030" has none). */
  function indexKey(f, e) {
    var b = e.slice(0, -1);
    var toned = /[1-5]$/.test(e) && b.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u0111/g, 'd') === f;
    return toned ? { f: f, e: e, b: b, t: e.slice(-1) } : { f: f, e: e, b: e, t: '' };
  }
  /* Whether the word `k` begins with the typed word `w` (the last, perhaps unfinished): by its
     letters when the reader typed no marks, with the marks typed when there are some: "nâ" begins
     "nâng" and "nấu", not "năng"; "sửa" begins no "suất". */
  function begins(k, w) {
    if (k.f.indexOf(w.pf) !== 0) return false;
    return w.e === w.f || (k.b.indexOf(w.pb) === 0 && (!w.t || w.t === k.t));
  }
  function words(text) {
    return (text.normalize('NFC').match(WORD) || []).map(key);
  }
  function shardName(folded) {
    return Array.from(folded).slice(0, 2).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : '_' + c.codePointAt(0).toString(16) + '_';
    }).join('');
  }

  var manifest = null;
  var files = new Map();
  function load(path) {
    if (!files.has(path)) {
      files.set(path, fetch(base + path + '?v=' + manifest.version).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).catch(function (error) {
        files.delete(path); /* a phone that lost the network may try again */
        throw error;
      }));
    }
    return files.get(path);
  }
  function ready() {
    if (manifest) return Promise.resolve();
    return fetch(base + 'manifest.json', { cache: 'no-cache' }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (m) { manifest = m; });
  }
  /* A shard's words and phrases from every segment that has it (runs of manifest.segment entries,
     oldest first): { w: { folded: { exact: [list, …] } }, p: { phrase: [list, …] } }, one posting
     list per segment, each counted from entry 0. */
  function shard(folded) {
    var name = shardName(folded);
    return Promise.all(manifest.segments.map(function (names, k) {
      return names.indexOf(name) < 0 ? null : load('s/' + name + (k ? '.' + k : '') + '.json');
    }).filter(Boolean)).then(function (parts) {
      var out = { w: {}, p: {} };
      parts.forEach(function (part) {
        Object.keys(part.w).forEach(function (f) {
          var into = out.w[f] || (out.w[f] = {});
          Object.keys(part.w[f]).forEach(function (e) { (into[e] || (into[e] = [])).push(part.w[f][e]); });
        });
        Object.keys(part.p).forEach(function (phrase) { (out.p[phrase] || (out.p[phrase] = [])).push(part.p[phrase]); });
      });
      return out;
    });
  }

  /* Adds each posting of `lists` (a shard's, one per segment) to `into` as entry → best score. */
  function collect(lists, into, score) {
    lists.forEach(function (list) {
      var id = 0;
      for (var i = 0; i < list.length; i++) {
        id += list[i] >> 4;
        var s = score(list[i] & 15);
        if (!(into.get(id) >= s)) into.set(id, s);
      }
    });
  }

  /* Title over text; exact marks over folded ones, and far over them when the reader typed marks
     (then "đội" is another word than "đổi"); a little more for a word said often. */
  function wordScore(exact, typedMarks) {
    var factor = exact ? 2 : typedMarks ? 0.4 : 1;
    return function (w) { return ((w & 8) ? 10 : 2.5) * factor + (w & 7) / 10; };
  }

  /* The last word may be unfinished, so it also matches the words it begins (`begins`), at half a
     whole word's weight: while typing, after Enter and in a shared link alike, so that Enter and a link
     show what the reader saw while typing ("nang sua" finds "năng suất"). A last word of one
     letter after others is left out until it has two ("nang s" searches "nang"). */
  function search(query) {
    var q = words(query), waiting = '';
    if (q.length > 1 && Array.from(q[q.length - 1].f).length < 2) {
      waiting = query.trim().match(WORD).pop();
      q = q.slice(0, -1);
    }
    if (!q.length) return Promise.resolve({ ids: [], q: q, partial: false, prefix: false, waiting: waiting, differs: new Set() });
    return ready().then(function () {
      return Promise.all(q.map(function (w) { return shard(w.f); }));
    }).then(function (shards) {
      var prefix = false;
      /* Per word, the entries that have it as typed: every one found when the reader typed no
         marks, else those with the exact form (or a word it begins, with its marks). */
      var typed = [];
      var one = function () { return 1; };
      var perWord = q.map(function (w, i) {
        var marked = w.e !== w.f;
        var found = new Map(), asTyped = marked ? new Map() : found;
        typed.push(asTyped);
        var variants = shards[i].w[w.f] || {};
        Object.keys(variants).forEach(function (e) {
          collect(variants[e], found, wordScore(e === w.e, marked));
          if (marked && e === w.e) collect(variants[e], asTyped, one);
        });
        /* A last word typed with marks that is a word as typed ("hòa", "sửa") is taken as
           finished: "hoàn" is another word. Without marks it may be unfinished ("nang sua"). */
        var finished = marked && Object.prototype.hasOwnProperty.call(variants, w.e);
        if (i === q.length - 1 && Array.from(w.f).length >= 2 && !finished) {
          prefix = true;
          /* The last word may be unfinished: take the words it begins too, below whole words. */
          Object.keys(shards[i].w).forEach(function (f) {
            if (f === w.f || f.indexOf(w.pf) !== 0) return;
            var vs = shards[i].w[f];
            Object.keys(vs).forEach(function (e) {
              if (!begins(indexKey(f, e), w)) return;
              collect(vs[e], found, function (x) { return wordScore(false, false)(x) / 2; });
              if (marked) collect(vs[e], asTyped, one);
            });
          });
        }
        return found;
      });
      /* A word on few pages tells more than one on nearly all (BM25's inverse document
         frequency): in "năng suất 5S" on a site about productivity, "5S" decides the order. */
      var n = manifest.entries;
      var rarity = perWord.map(function (found) { return Math.log((n - found.size + 0.5) / (found.size + 0.5) + 1); });
      var scores = new Map(), hits = new Map();
      perWord.forEach(function (found, k) {
        found.forEach(function (s, id) {
          scores.set(id, (scores.get(id) || 0) + s * rarity[k]);
          hits.set(id, (hits.get(id) || 0) + 1);
        });
      });
      /* Two words in the order the reader typed them, such as "năng suất", count as a phrase.
         Most Vietnamese words are two such syllables: where the phrase is, its syllables count
         half, so that one word of two syllables does not weigh three times a word of one. */
      for (var i = 0; i + 1 < q.length; i++) {
        var phrase = shards[i].p[q[i].f + ' ' + q[i + 1].f];
        if (!phrase) continue;
        var bonus = new Map();
        collect(phrase, bonus, function (w) { return (w & 8) ? 12 : 4; });
        var weight = Math.log((n - bonus.size + 0.5) / (bonus.size + 0.5) + 1);
        bonus.forEach(function (b, id) {
          if (!scores.has(id)) return;
          var halves = ((perWord[i].get(id) || 0) * rarity[i] + (perWord[i + 1].get(id) || 0) * rarity[i + 1]) / 2;
          scores.set(id, scores.get(id) - halves + b * weight);
        });
      }
      var all = Array.from(scores.keys());
      var complete = all.filter(function (id) { return hits.get(id) === q.length; });
      var partial = !complete.length && q.length > 1;
      var ids = partial ? all : complete;
      /* Pages where a word typed with marks is there only with other marks ("đổi" for "đội") come
         after every page with all the words as typed, and are said to differ. */
      var differs = new Set(partial ? [] : ids.filter(function (id) {
        return typed.some(function (asTyped) { return !asTyped.has(id); });
      }));
      /* More words found, words as typed, a higher score, then the newer: entries are numbered
         oldest first. */
      ids.sort(function (a, b) {
        return (partial ? hits.get(b) - hits.get(a) : 0) || (differs.has(a) - differs.has(b)) ||
          scores.get(b) - scores.get(a) || b - a;
      });
      return { ids: ids, q: q, partial: partial, prefix: prefix, scores: scores, waiting: waiting, differs: differs };
    });
  }

  function entry(id) {
    return load('d/' + Math.floor(id / manifest.chunk) + '.json').then(function (rows) { return rows[id % manifest.chunk]; });
  }

  /* Which words of `text` to mark: a word in its exact form; in its folded form when the reader
     typed no marks, or on a page found with other marks (`loose`) whose text lacks the exact
     form; the start of a word when the last word was matched as the beginning of longer ones. */
  function matcher(text, result, loose) {
    var present = new Set((text.match(WORD) || []).map(function (w) { return key(w).e; }));
    var last = result.q[result.q.length - 1];
    return function (k) {
      return result.q.some(function (w) {
        return k.e === w.e || (k.f === w.f && (w.e === w.f || (loose && !present.has(w.e))));
      }) || (result.prefix && begins(k, last));
    };
  }

  /* Appends `text` to `parent`, with the words the reader searched for in <mark>. */
  function highlight(parent, text, result, loose) {
    var marked = matcher(text, result, loose);
    var at = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      if (!marked(key(m[0]))) continue;
      parent.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      parent.appendChild(mark);
      at = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /* The text on one line: a line that ends without punctuation (a heading, "enterprise · district")
     is kept apart from the next by " · ", not run into it. */
  function flatten(text) {
    return text.replace(/([^\s.!?:;,…])[ \t]*\n\s*/g, '$1 · ').replace(/\s+/g, ' ');
  }

  /* About 200 characters of the text around the first word searched for. */
  function snippet(text, result, loose) {
    var marked = matcher(text, result, loose);
    var first = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      if (marked(key(m[0]))) { first = m.index; break; }
    }
    var flat = flatten(text);
    first = flatten(text.slice(0, first)).length;
    var start = Math.max(0, first - 60);
    if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
    var end = Math.min(flat.length, start + 200);
    if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
    return (start > 0 ? '… ' : '') + flat.slice(start, end) + (end < flat.length ? ' …' : '');
  }

  /* The language of a result: the index gives it for an entry not in the site's language (a
     seventh field), else the site's own (data-lang). Text in another language than the page's is
     marked, so a screen reader reads a Vietnamese title on the English page with Vietnamese sounds. */
  var pageLang = document.documentElement.lang;
  var siteLang = status.getAttribute('data-lang') || pageLang;
  function mark(node, lang) { if (lang && lang !== pageLang) node.lang = lang; return node; }

  /* A result's date in the page's words (data-date: "{d} {month} {yyyy}", data-months), from the
     ISO date; the index's own words (the site's language) when the page gives none. */
  var datePattern = status.getAttribute('data-date');
  var months = (status.getAttribute('data-months') || '').split(',').map(function (m) { return m.trim(); });
  function day(iso, fallback) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    if (!datePattern || !m || months.length !== 12) return fallback;
    var parts = { yyyy: m[1], mm: m[2], dd: m[3], m: String(+m[2]), d: String(+m[3]), month: months[+m[2] - 1] };
    var text = fill(datePattern, parts);
    return /\{\w+\}/.test(text) ? fallback : text;
  }

  function render(row, result, loose) {
    var lang = row[6] || siteLang;
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = mark(document.createElement('h2'), lang);
    h.className = 'card-title';
    var a = document.createElement('a');
    a.href = row[0];
    highlight(a, row[1], result, loose);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.appendChild(mark(document.createElement('span'), lang)).textContent = row[2];
    if (row[3]) {
      meta.appendChild(document.createTextNode(' · '));
      var time = document.createElement('time');
      time.dateTime = row[4];
      time.textContent = day(row[4], row[3]);
      meta.appendChild(time);
    }
    li.appendChild(meta);
    if (row[5]) {
      var p = mark(document.createElement('p'), lang);
      p.className = 'summary';
      highlight(p, snippet(row[5], result, loose), result, loose);
      li.appendChild(p);
    }
    return li;
  }

  var current = null, shown = 0, run = 0;
  function show(count) {
    var ids = current.ids.slice(shown, shown + count);
    var mine = run;
    return Promise.all(ids.map(entry)).then(function (rows) {
      if (mine !== run) return;
      rows.forEach(function (row, k) {
        var loose = current.differs.has(ids[k]);
        var li = render(row, current, loose);
        li.setAttribute('data-score', current.scores.get(ids[k]).toFixed(2));
        if (loose) li.querySelector('.meta').appendChild(document.createTextNode(' · ' + sentence('data-other-marks', {})));
        list.appendChild(li);
      });
      shown += rows.length;
      more.hidden = shown >= current.ids.length;
    });
  }

  function say(text) { status.textContent = text; }

  /* The page's sentences in its language (data-* of the status line), blanks such as {n} filled;
     a search page copied out of an older theme has none, and gets the Vietnamese ones. */
  var FALLBACK = {
    'data-other-marks': 'chỉ khác dấu', 'data-found': 'Tìm thấy {n} kết quả cho “{q}”.',
    'data-found-mixed': 'Tìm thấy {n} kết quả cho “{q}”: {exact} có đúng {words} đã gõ, {other} có từ chỉ khác dấu.',
    'data-found-other-marks': 'Không có trang nào có đúng {words} “{q}” như đã gõ. Tìm thấy {n} kết quả có từ chỉ khác dấu.',
    'data-found-partial': 'Không có trang nào chứa đủ mọi từ. {n} kết quả chứa một phần cho “{q}”.',
    'data-the-word': 'từ', 'data-the-words': 'các từ', 'data-type-more': 'Gõ thêm chữ để tìm cả “{letters}…”.',
    'data-two-letters': 'Hãy gõ ít nhất hai chữ cái để tìm.',
    'data-nothing': 'Không tìm thấy kết quả nào cho “{q}”. Hãy thử từ khác, hoặc xem {archive} và {tags}.',
    'data-archive-name': 'lưu trữ tin tức', 'data-tags-name': 'danh sách thẻ', 'data-searching': 'Đang tìm…',
    'data-failed': 'Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối mạng và thử lại.'
  };
  function sentence(attribute, blanks) {
    return fill(status.hasAttribute(attribute) ? status.getAttribute(attribute) : (FALLBACK[attribute] || ''), blanks);
  }
  function fill(text, blanks) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return name in blanks ? String(blanks[name]) : all;
    });
  }

  /* No result: other ways in, as links where the sentence has {archive} and {tags} (the page
     names them in data-archive and data-tags). */
  function nothingFound(query) {
    /* Split before the query goes in: a query that reads "{tags}" is text, not a link. */
    var parts = sentence('data-nothing', {}).split(/(\{archive\}|\{tags\})/);
    say('');
    parts.forEach(function (part) {
      if (part === '{archive}') status.append(way('data-archive', sentence('data-archive-name', {})));
      else if (part === '{tags}') status.append(way('data-tags', sentence('data-tags-name', {})));
      else if (part) status.append(fill(part, { q: query }));
    });
  }
  function way(attribute, text) {
    var url = status.getAttribute(attribute);
    var node = document.createElement(url ? 'a' : 'span');
    if (url) node.href = url;
    node.textContent = text;
    return node;
  }

  function go(query) {
    var mine = ++run;
    query = query.trim();
    document.title = query ? '“' + query + '” – ' + pageTitle : pageTitle;
    if (!query) {
      list.textContent = '';
      list.hidden = more.hidden = true;
      say('');
      return;
    }
    /* On a slow connection the index takes a while: say so rather than show nothing. */
    var slow = setTimeout(function () { if (mine === run) say(sentence('data-searching', {})); }, 400);
    search(query).then(function (result) {
      if (mine !== run) return;
      current = result;
      shown = 0;
      list.textContent = '';
      list.hidden = !result.ids.length;
      more.hidden = true;
      return show(PAGE).then(function () {
        clearTimeout(slow);
        if (mine !== run) return;
        var n = result.ids.length;
        /* A last letter left out is said: the results are for the words before it. */
        var searched = result.waiting ? query.slice(0, query.lastIndexOf(result.waiting)).trim() : query;
        var hint = result.waiting ? ' ' + sentence('data-type-more', { letters: result.waiting }) : '';
        var other = result.differs.size;
        var blanks = { n: n, q: searched, exact: n - other, other: other,
                       words: sentence(result.q.length > 1 ? 'data-the-words' : 'data-the-word', {}) };
        if (!n && Array.from(query).length === 1) say(sentence('data-two-letters', {}));
        else if (!n) nothingFound(searched);
        else if (result.partial) say(sentence('data-found-partial', blanks) + hint);
        else if (other === n) say(sentence('data-found-other-marks', blanks) + hint);
        else if (other) say(sentence('data-found-mixed', blanks) + hint);
        else say(sentence('data-found', blanks) + hint);
      });
    }).catch(function () {
      clearTimeout(slow);
      if (mine !== run) return;
      list.textContent = '';
      list.hidden = more.hidden = true;
      say(failed);
    });
  }

  var failed = sentence('data-failed', {});

  // The header's quick-search box shows what the results are for, as the page's own box does.
  var header = document.getElementById('tim-nhanh');
  function mirror(q) { if (header && header !== input) header.value = q; }

  function fromURL() {
    var q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    mirror(q);
    committed = q !== '';
    go(q);
  }

  /* The address follows the box while the reader types, in one history entry: the first change
     after a search that was submitted or opened from an address makes a new entry, so Back
     returns to that search; the later changes replace it. */
  var timer = 0, committed = false;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (new URLSearchParams(location.search).get('q') !== q) {
        history[committed ? 'pushState' : 'replaceState'](null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
        committed = false;
      }
      mirror(q);
      go(q);
    }, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    var q = input.value.trim();
    if (new URLSearchParams(location.search).get('q') !== q) history.pushState(null, '', '?q=' + encodeURIComponent(q));
    committed = true;
    mirror(q);
    go(q);
  });
  more.querySelector('button').addEventListener('click', function () {
    var next = shown;
    show(PAGE).then(function () {
      var link = list.children[next] && list.children[next].querySelector('a');
      if (link) link.focus();
    }).catch(function () { say(failed); });
  });
  window.addEventListener('popstate', fromURL);
  fromURL();
})();
