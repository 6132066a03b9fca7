/** Events by year and month; undated events listed apart. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {YearsIndexView} from './types.js'
import {a, countedList, eventList, flat, section} from '../components.js'

export function yearsPage(view: YearsIndexView, crumbs: Link[]): Page {
  return {
    title: 'Theo năm',
    description: 'Các sự kiện theo năm và tháng.',
    section: 'years',
    crumbs,
    main: flat([
      h('h1', 'Theo năm'),
      view.years.length
        ? h('ul', {className: ['years']}, view.years.map((y) =>
            h('li', [h('h2', [a(y.link), ' ', h('span', {className: ['count']}, `${y.count} sự kiện`)]), countedList(y.months, 'Không rõ tháng.', 'counted counted--inline')])
          ))
        : h('p', {className: ['empty']}, 'Chưa có sự kiện nào có ngày.'),
      view.undated.length
        ? section('chua-ro-ngay', 'Chưa rõ ngày', eventList(view.undated),
            view.undatedMore && (view.undatedTotal ?? 0) > view.undated.length
              ? h('p', {className: ['more']}, [`${view.undated.length} trên ${view.undatedTotal} sự kiện. `, a(view.undatedMore)])
              : null)
        : null
    ])
  }
}
