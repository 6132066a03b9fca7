import {readFileSync} from 'node:fs'
import {VFile} from '/work/wt/i11-fix/node_modules/vfile/index.js'
import {clean} from '/work/wt/i11-fix/lib/src/stages/clean.js'
import {splitFrontMatter} from '/work/wt/i11-fix/lib/src/stages/frontmatter.js'
const f = process.argv[2]
const text = readFileSync(f, 'utf8')
const file = new VFile({path: f})
const split = splitFrontMatter({path: f, sha256: 'x', text, format: 'txt'}, file)
const a = clean(split, file)
console.log('HEADLINE', a.headline?.text)
for (const b of a.blocks) console.log(b.kind, b.line, '|', b.text.slice(0, 140))
for (const r of a.removed) console.log('REMOVED', r.rule, '|', r.text.slice(0, 100))
console.log('BYLINES', a.bylines.map(b=>b.text), 'DATELINES', a.datelines.map(b=>b.text))
