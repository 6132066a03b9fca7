/** The config file: keys, types, places of errors, paths relative to the file. */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {baseOfUrl, ConfigError, loadConfig, parseConfig, pointAt, siteUrl, topLevelKeyOffsets} from '../src/config.js'
import {describe as describeRule} from '../src/messages.js'

function problems(text: string): {line: number; column: number; message: string}[] {
  try {
    parseConfig(text, 'archive.config.json', '/site')
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => ({...p.place, message: describeRule(p.ruleId, p.params)}))
    throw error
  }
  return []
}

describe('parseConfig', () => {
  it('reads every key and resolves paths against the config folder', () => {
    const config = parseConfig(
      JSON.stringify({title: 'T', description: 'D', url: 'https://ex.org/luu-tru/', base: '/luu-tru/', input: 'bai', out: '../out', static: 'tinh', license: 'CC0'}),
      'c.json',
      '/site/conf'
    )
    expect(config).toEqual({
      title: 'T', description: 'D', url: 'https://ex.org/luu-tru/', base: '/luu-tru/',
      input: '/site/conf/bai', out: '/site/out', static: '/site/conf/tinh', license: 'CC0'
    })
  })

  it('names the line and column of an unknown key and says what to do', () => {
    const [p, ...rest] = problems('{\n  "title": "A",\n  "ouput": "dist"\n}')
    expect(rest).toEqual([])
    expect(p).toMatchObject({line: 3, column: 3})
    expect(p!.message).toMatch(/Unknown key "ouput".*remove it or correct its spelling/)
  })

  it('names the line of a value of the wrong type, and of every problem at once', () => {
    const list = problems('{"title": "A",\n"base": 3,\n  "url": "ftp://x"}')
    expect(list.map((p) => [p.line, p.column])).toEqual([[2, 1], [3, 3]])
    expect(list[0]!.message).toMatch(/"base" must be a string.*not number/)
    expect(list[1]!.message).toMatch(/absolute http\(s\) URL/)
  })

  it('places a JSON syntax error', () => {
    const [p] = problems('{\n  "title": "A",\n}')
    expect(p!.line).toBe(3)
    expect(p!.message).toMatch(/not valid JSON.*trailing commas/)
  })

  it('refuses a config that is not an object', () => {
    expect(problems('[1]')[0]!.message).toMatch(/must be a JSON object/)
  })

  it('finds only top-level keys, skipping nested objects and strings that look like keys', () => {
    const offsets = topLevelKeyOffsets('{"a": {"b": 1}, "c": "\\"d\\": 2", "e": [{"f": 1}]}')
    expect([...offsets.keys()]).toEqual(['a', 'c', 'e'])
  })

  it('counts lines and columns from 1', () => {
    expect(pointAt('ab\ncd', 4)).toEqual({line: 2, column: 2})
  })
})

describe('urls', () => {
  it('derives the base path from the url', () => {
    expect(baseOfUrl('https://user.github.io/luu-tru')).toBe('/luu-tru/')
    expect(baseOfUrl('https://example.org')).toBe('/')
  })
  it('normalises the site url to end in a slash', () => {
    expect(siteUrl('https://user.github.io/luu-tru?x=1')).toBe('https://user.github.io/luu-tru/')
    expect(siteUrl(undefined)).toBeNull()
  })
})

describe('loadConfig', () => {
  it('uses archive.config.json in the working folder when present, and none otherwise', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archive-config-'))
    try {
      expect(await loadConfig(undefined, dir)).toEqual({config: {}, dir, file: null})
      writeFileSync(path.join(dir, 'archive.config.json'), '{"title": "X", "out": "site"}')
      const loaded = await loadConfig(undefined, dir)
      expect(loaded.config).toEqual({title: 'X', out: path.join(dir, 'site')})
      await expect(loadConfig('missing.json', dir)).rejects.toThrow(/Cannot read the config file/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
