// Full-text search on the search page, through Pagefind's JS API
// (`pagefind/pagefind.js`, built with the site by src/search/). Reads the
// query from the URL (`?q=`, plus one parameter per chosen facet value, so a
// search can be shared), lists results with title, kind, date, province and
// a snippet, offers facets with counts (combinable: any value within a
// facet, every facet together) and sorting by date.
//
// Safety: every text from the index is inserted with textContent; the only
// markup taken from Pagefind is its excerpt's <mark>, rebuilt element by
// element from an inert parse (`sanitizedExcerpt`).
// Without JavaScript, the page keeps its "how to browse instead" links.
;(function () {
  'use strict'
  var form = document.querySelector('[data-search-form]')
  if (!form) return
  var input = form.querySelector('input[name="q"]')
  var status = document.querySelector('[data-search-status]')
  var nojs = document.querySelector('[data-search-nojs]')
  var results = document.querySelector('[data-search-results]')
  var facetsBox = document.querySelector('[data-search-facets]')
  var list = document.querySelector('[data-search-list]')
  var more = document.querySelector('[data-search-more]')
  var sortSelect = document.querySelector('[data-search-sort]')
  var filtersBox = document.querySelector('[data-search-filters]')
  var bundle = form.getAttribute('data-bundle') || '/pagefind/'

  var PAGE = 10
  var FACETS = [
    ['province', 'Tỉnh, thành'],
    ['official', 'Nhân vật'],
    ['topic', 'Chuyên đề'],
    ['year', 'Năm'],
    ['type', 'Loại sự kiện']
  ]
  var FACET_SHOWN = 8
  // Titles and an entity page's other names weigh far above the story text,
  // so an official's, province's or topic's own page comes first for its
  // name; place aliases and folded đ words on articles weigh little.
  var RANKING = {metaWeights: {title: 20, names: 40, keywords: 0.5, kind: 0, date: 0, province: 0.5}}

  var pagefind = null
  var state = {q: '', sort: '', chosen: {}, hits: [], shown: 0, run: 0, expanded: {}}

  function el(tag, attrs, text) {
    var node = document.createElement(tag)
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]) })
    if (text !== undefined && text !== null) node.textContent = text
    return node
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search)
    state.q = (params.get('q') || '').trim()
    state.sort = params.get('sort') === 'asc' || params.get('sort') === 'desc' ? params.get('sort') : ''
    state.chosen = {}
    FACETS.forEach(function (f) {
      var values = params.getAll(f[0]).filter(Boolean)
      if (values.length) state.chosen[f[0]] = values
    })
  }

  function writeUrl() {
    var params = new URLSearchParams()
    if (state.q) params.set('q', state.q)
    if (state.sort) params.set('sort', state.sort)
    FACETS.forEach(function (f) { (state.chosen[f[0]] || []).forEach(function (v) { params.append(f[0], v) }) })
    var query = params.toString()
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''))
  }

  function filters() {
    var out = {}
    Object.keys(state.chosen).forEach(function (k) { if (state.chosen[k].length) out[k] = {any: state.chosen[k]} })
    return out
  }

  /** Pagefind's excerpt with only <mark> kept as markup; everything else becomes text. */
  function sanitizedExcerpt(html) {
    var doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html')
    var out = document.createDocumentFragment()
    doc.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeType === 1 && node.nodeName === 'MARK') out.appendChild(el('mark', null, node.textContent))
      else out.appendChild(document.createTextNode(node.textContent || ''))
    })
    return out
  }

  // The index's shards (`pagefind/shards.json`, written by src/search/): each an index of its own,
  // merged here into one search. Dated shards cover ranges of dates no other overlaps, oldest first.
  var shards = [{folder: ''}]

  function shardDir(shard) {
    return bundle + (shard.folder ? shard.folder + '/' : '')
  }

  async function load() {
    if (pagefind) return pagefind
    try {
      var listed = await fetch(bundle + 'shards.json')
      if (listed.ok) {
        var list = (await listed.json()).shards
        if (Array.isArray(list) && list.length) shards = list
      }
    } catch (e) {
      // No list (an index built before shards): the one index at the bundle's root.
    }
    var options = {baseUrl: '/', excerptLength: 28, ranking: RANKING}
    // Every shard tags its pages with a `shard` filter, so a search can be limited to one (date order, below).
    var tagged = function (shard) { return shards.length > 1 ? Object.assign({mergeFilter: {shard: shard.folder}}, options) : options }
    var loaded = await import(shardDir(shards[0]) + 'pagefind.js')
    await loaded.options(tagged(shards[0]))
    await loaded.init()
    for (var i = 1; i < shards.length; i++) await loaded.mergeIndex(shardDir(shards[i]), tagged(shards[i]))
    pagefind = loaded
    return pagefind
  }

  /**
   * The dated results in date order (`dir`: asc or desc). Pagefind sorts each index by itself and
   * merges indexes by score, which mixes them: so each dated shard is searched on its own, and
   * their results follow one another, the shards being in date order.
   */
  async function inDateOrder(pf, q, chosen, scope, dir) {
    var dated = shards.filter(function (s) { return s.from && (!scope || scope.indexOf(s.folder) !== -1) })
    if (shards.length < 2) return (await pf.search(q, {filters: chosen, sort: {date: dir}})).results
    if (dir === 'desc') dated = dated.slice().reverse()
    var out = []
    for (var i = 0; i < dated.length; i++) {
      var only = Object.assign({}, chosen, {shard: {any: [dated[i].folder]}})
      var found = await pf.search(q, {filters: only, sort: {date: dir}})
      out = out.concat(found.results)
    }
    return out
  }

  /**
   * Pagefind leaves out of a query the words its index does not know. One index knows every word
   * of the site, so a page must hold them all; a shard that lacks a word would return its pages
   * for the other words alone. So, with shards, the search is limited to the shards that know
   * every word some shard knows (each word's search tells, by its `shard` counts): what one index
   * would return, facet counts included. Null when there is nothing to limit.
   */
  async function knowingShards(pf, q, chosen) {
    var words = q ? q.trim().split(/\s+/) : []
    if (shards.length < 2 || words.length < 2 || q.indexOf('"') !== -1) return null
    var known = null
    for (var i = 0; i < words.length; i++) {
      var found = await pf.search(words[i], {filters: chosen})
      var counts = (found && found.filters && found.filters.shard) || {}
      var have = Object.keys(counts).filter(function (k) { return counts[k] > 0 })
      if (!have.length) continue
      known = known ? known.filter(function (k) { return have.indexOf(k) !== -1 }) : have
    }
    return known && known.length === shards.length ? null : known
  }

  async function search() {
    var run = ++state.run
    var hasFilters = Object.keys(filters()).length > 0
    if (!state.q && !hasFilters) {
      results.hidden = true
      if (nojs) nojs.hidden = false
      status.textContent = ''
      return
    }
    status.textContent = 'Đang tìm…'
    var pf = await load()
    // The facets' data is loaded only once the filters are opened (or chosen in the URL): at 10,000
    // articles it weighs more than the index a query needs (see scripts/search-scale.ts).
    if (filtersBox.open || hasFilters) await pf.filters()
    var scope = await knowingShards(pf, state.q, filters())
    if (run !== state.run) return
    var chosen = scope ? Object.assign({}, filters(), {shard: {any: scope}}) : filters()
    var found = scope && !scope.length ? {results: [], filters: {}} : await pf.search(state.q || null, {filters: chosen})
    if (run !== state.run || !found) return
    var hits = found.results
    if (state.sort) {
      // Pagefind leaves out of a sorted search the pages without a date (officials, provinces, undated
      // articles): list them after the dated ones, by relevance.
      var sorted = await inDateOrder(pf, state.q || null, chosen, scope, state.sort)
      if (run !== state.run) return
      var dated = {}
      sorted.forEach(function (r) { dated[r.id] = true })
      hits = sorted.concat(hits.filter(function (r) { return !dated[r.id] }))
    } else if (state.q) {
      // Relevance first; ties (equal scores) newest first, by the order of a date-sorted search.
      var byDate = await inDateOrder(pf, state.q, chosen, scope, 'desc')
      if (run !== state.run) return
      var rank = {}
      byDate.forEach(function (r, i) { rank[r.id] = i })
      var big = byDate.length
      hits = hits.slice().sort(function (a, b) {
        return b.score - a.score || (a.id in rank ? rank[a.id] : big) - (b.id in rank ? rank[b.id] : big)
      })
    }
    state.hits = hits
    state.shown = 0
    list.textContent = ''
    if (nojs) nojs.hidden = true
    results.hidden = false
    renderFacets(found.filters || {})
    await showMore(run)
    var words = state.q ? ' cho «' + state.q + '»' : ''
    status.textContent = hits.length ? hits.length + ' kết quả' + words + '.' : 'Không có kết quả' + words + '. Thử bỏ dấu, bớt từ hoặc bỏ bộ lọc.'
  }

  async function showMore(run) {
    var next = state.hits.slice(state.shown, state.shown + PAGE)
    var data = await Promise.all(next.map(function (r) { return r.data() }))
    if (run !== state.run) return
    data.forEach(function (d) {
      var meta = d.meta || {}
      var item = el('li', {class: 'search-hit'})
      var heading = el('h3')
      heading.appendChild(el('a', {href: d.url}, meta.title || d.url))
      item.appendChild(heading)
      var facts = [meta.kind, meta.date, meta.province].filter(Boolean)
      if (facts.length) item.appendChild(el('p', {class: 'search-facts'}, facts.join(' · ')))
      var excerpt = el('p', {class: 'search-excerpt'})
      excerpt.appendChild(sanitizedExcerpt(d.excerpt || ''))
      item.appendChild(excerpt)
      list.appendChild(item)
    })
    state.shown += next.length
    more.hidden = state.shown >= state.hits.length
  }

  function renderFacets(counts) {
    facetsBox.textContent = ''
    FACETS.forEach(function (facet) {
      var key = facet[0]
      var values = counts[key] || {}
      var chosen = state.chosen[key] || []
      var names = Object.keys(values).filter(function (v) { return values[v] > 0 || chosen.indexOf(v) !== -1 })
      chosen.forEach(function (v) { if (names.indexOf(v) === -1) names.push(v) })
      if (!names.length) return
      names.sort(function (a, b) { return (values[b] || 0) - (values[a] || 0) || a.localeCompare(b, 'vi') })
      var fieldset = el('fieldset', {class: 'search-facet'})
      fieldset.appendChild(el('legend', null, facet[1]))
      var all = state.expanded[key] || names.length <= FACET_SHOWN + 2
      names.forEach(function (name, i) {
        if (!all && i >= FACET_SHOWN && chosen.indexOf(name) === -1) return
        var id = 'loc-' + key + '-' + i
        var row = el('div', {class: 'search-option'})
        var box = el('input', {type: 'checkbox', id: id})
        box.checked = chosen.indexOf(name) !== -1
        box.addEventListener('change', function () {
          var now = (state.chosen[key] || []).filter(function (v) { return v !== name })
          if (box.checked) now.push(name)
          state.chosen[key] = now
          writeUrl()
          search().then(function () { var again = document.getElementById(id); if (again) again.focus() })
        })
        var label = el('label', {for: id})
        label.appendChild(document.createTextNode(name + ' '))
        label.appendChild(el('span', {class: 'count'}, '(' + (values[name] || 0) + ')'))
        row.appendChild(box)
        row.appendChild(label)
        fieldset.appendChild(row)
      })
      if (!all) {
        var toggle = el('button', {type: 'button', class: 'facet-more'}, 'Xem cả ' + names.length + ' mục')
        toggle.addEventListener('click', function () {
          state.expanded[key] = true
          renderFacets(counts)
        })
        fieldset.appendChild(toggle)
      }
      facetsBox.appendChild(fieldset)
    })
  }

  function fail(error) {
    status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy duyệt theo các mục bên dưới.'
    if (nojs) nojs.hidden = false
    if (window.console) console.warn(error)
  }

  var timer = null
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    state.q = input.value.trim()
    writeUrl()
    search().catch(fail)
  })
  input.addEventListener('input', function () {
    clearTimeout(timer)
    timer = setTimeout(function () {
      state.q = input.value.trim()
      writeUrl()
      search().catch(fail)
    }, 250)
  })
  sortSelect.addEventListener('change', function () {
    state.sort = sortSelect.value
    writeUrl()
    search().catch(fail)
  })
  more.addEventListener('click', function () {
    var first = state.shown
    showMore(state.run).then(function () {
      var link = list.children[first] && list.children[first].querySelector('a')
      if (link) link.focus()
    }).catch(fail)
  })

  filtersBox.addEventListener('toggle', function () {
    if (filtersBox.open) search().catch(fail)
  })
  var note = document.querySelector('[data-search-note]')
  if (note) note.textContent = 'Gõ từ khóa ở trên, hoặc duyệt cả kho:'
  readUrl()
  input.value = state.q
  sortSelect.value = state.sort
  search().catch(fail)
})()
