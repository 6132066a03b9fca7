// Optional search: filters the search page's list as you type, ignoring
// diacritics (gõ "nguyen van ky" or "Nguyễn Văn Kỷ"). A static asset: it
// reads only the page's own data-search attributes. Without JavaScript the
// page shows the full list and the (hidden) search box stays hidden.
;(function () {
  'use strict'
  var form = document.querySelector('[data-search-form]')
  if (!form) return
  var input = form.querySelector('input')
  var status = form.querySelector('[data-search-status]')
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-search]'))
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-search-group]'))

  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u0111\u0110]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  }

  function apply() {
    var words = fold(input.value).split(' ').filter(Boolean)
    var shown = 0
    items.forEach(function (item) {
      var key = item.getAttribute('data-search') || ''
      var match = words.every(function (w) { return key.indexOf(w) !== -1 })
      item.hidden = !match
      if (match) shown++
    })
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('[data-search]:not([hidden])')
    })
    status.textContent = words.length ? shown + ' kết quả' : ''
  }

  form.hidden = false
  form.addEventListener('submit', function (event) { event.preventDefault(); apply() })
  input.addEventListener('input', apply)
  var query = new URLSearchParams(window.location.search).get('q')
  if (query) {
    input.value = query
    apply()
  }
})()
