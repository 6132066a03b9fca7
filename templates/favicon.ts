/** The favicon: a small SVG (a diamond mark on a rounded square), drawn as hast. */
import type {Root} from 'hast'
import {s} from 'hastscript'

export function favicon(): Root {
  return {
    type: 'root',
    children: [
      s('svg', {xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 32 32'}, [
        s('rect', {width: 32, height: 32, rx: 7, fill: '#9b1c1c'}),
        s('path', {d: 'M16 5 27 16 16 27 5 16Z', fill: '#fff7e6'}),
        s('path', {d: 'M16 11 21 16 16 21 11 16Z', fill: '#9b1c1c'})
      ])
    ]
  }
}
