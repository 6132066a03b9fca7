/**
 * Topics presented (chuyên đề): quoted or not, after "chuyên đề", "nội dung",
 * "gồm:", split by commas, semicolons, "và" or numbers; what is not a list of
 * topics; and the seeds.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {extractTopics, sentenceCase} from '../../src/stages/extract/topics.js'
import {normalizeText} from '../../src/text/normalize.js'
import type {Block, CleanArticle} from '../../src/types.js'
import {SEEDS, loadFile, textAt} from './pipeline.js'

function article(...paragraphs: string[]): CleanArticle {
  const blocks: Block[] = paragraphs.map((p, i) => ({kind: 'paragraph', text: normalizeText(p), line: i + 1, column: 1}))
  return {path: 't.txt', headline: null, blocks, datelines: [], scraperDate: null, bylines: [], outletMark: null, truncated: false, removed: []}
}
const ctx = () => ({file: new VFile(), authors: [], province: null, lead: null})
const topics = (...paragraphs: string[]): string[] => extractTopics(article(...paragraphs), ctx()).topics.map((t) => t.name)

describe('quoted topics', () => {

  it('takes a counted list closed by an ellipsis, which names only some of its count (issue 11, round b7)', () => {
    expect(topics('Học viên nghiên cứu 6 chuyên đề về tình hình tín ngưỡng trên địa bàn huyện; chính sách đối với chức sắc; kỹ năng vận động quần chúng…')).toEqual([
      'Tình hình tín ngưỡng trên địa bàn huyện', 'Chính sách đối với chức sắc', 'Kỹ năng vận động quần chúng'
    ])
    // Without the ellipsis, a count that does not match the list still gives nothing.
    expect(topics('Học viên nghiên cứu 6 chuyên đề về tình hình tín ngưỡng trên địa bàn huyện; chính sách đối với chức sắc; kỹ năng vận động quần chúng.')).toEqual([])
  })
  it('ends the last topic before "và <verb> các ...", a clause that goes on to another act (issue 11, round b7)', () => {
    expect(topics('Các hộ gia đình được nghe báo cáo viên giới thiệu các chuyên đề về Luật Đất đai; Luật Hòa giải ở cơ sở, Luật Thi hành án dân sự và phổ biến các quy định về phòng cháy, chữa cháy trong khu dân cư.')).toEqual([
      'Luật Đất đai', 'Luật Hòa giải ở cơ sở, Luật Thi hành án dân sự'
    ])
    // Inside a topic the same verbs join nouns, with no plural object after them.
    expect(topics('Báo cáo viên trình bày các chuyên đề về Công tác tuyên truyền và phổ biến pháp luật ở vùng cao; Kỹ năng hòa giải ở cơ sở.')).toEqual([
      'Công tác tuyên truyền và phổ biến pháp luật ở vùng cao', 'Kỹ năng hòa giải ở cơ sở'
    ])
  })
  it('"nội dung" lists topics only after a verb that presents them; contents a class studies or a paper is about are not chuyên đề (issue 11, round b7)', () => {
    expect(topics('Suốt ba buổi học, người học nghiên cứu những nội dung: Lịch sử hình thành Luật Đất đai; công tác hòa giải ở cơ sở; quyền của người cao tuổi.')).toEqual([])
    expect(topics('Bài tham luận của chi hội cựu chiến binh bàn về nội dung: thực trạng hòa giải ở cơ sở; công tác trợ giúp pháp lý cho người cao tuổi.')).toEqual([])
    expect(topics('Báo cáo viên đã truyền đạt các nội dung: Lịch sử hình thành Luật Đất đai; công tác hòa giải ở cơ sở; quyền của người cao tuổi.')).toEqual([
      'Lịch sử hình thành Luật Đất đai', 'Công tác hòa giải ở cơ sở', 'Quyền của người cao tuổi'
    ])
  })
  it('reads a list padded with a long run of spaces (its speed is in `npm run bench:inputs`)', () => {
    expect(topics('Báo cáo viên trình bày các chuyên đề về Luật Đất đai; Luật Hòa giải ở cơ sở' + ' '.repeat(1400) + '…')).toEqual(['Luật Đất đai', 'Luật Hòa giải ở cơ sở'])
  })
  it('leaves the story-closing mark "./" out of a topic (issue 11, round b7)', () => {
    expect(topics('Báo cáo viên Công an tỉnh trình bày chuyên đề: Vai trò của người có uy tín trong giữ gìn an ninh trật tự ở thôn bản./')).toEqual(['Vai trò của người có uy tín trong giữ gìn an ninh trật tự ở thôn bản'])
  })
  it('keeps commas inside quotes', () => {
    expect(topics('Tại Hội nghị, các đại biểu đã nghe các báo cáo viên trình bày hai chuyên đề gồm: “Quyền của người lao động trong các Hiệp định tự do thương mại thế hệ mới, cam kết của Việt Nam” và “Công tác nhân quyền trong tình hình mới”.')).toEqual([
      'Quyền của người lao động trong các Hiệp định tự do thương mại thế hệ mới, cam kết của Việt Nam',
      'Công tác nhân quyền trong tình hình mới'
    ])
  })
  it('right after the cue and a count', () => {
    expect(topics('Đại biểu đã được xem phim tư liệu và nghe báo cáo 2 chuyên đề “Bảo đảm quyền của người lao động trong bối cảnh kinh doanh và tự do hóa thương mại” và “Công tác nhân quyền trong tình hình mới”.')).toEqual([
      'Bảo đảm quyền của người lao động trong bối cảnh kinh doanh và tự do hóa thương mại',
      'Công tác nhân quyền trong tình hình mới'
    ])
  })
  it('straight quotes, guillemets, numbering and semicolons', () => {
    expect(topics('Học viên được nghe 3 chuyên đề: (1) "Quyền con người trong Hiến pháp 2013"; (2) «Công ước chống tra tấn»; (3) "Quyền của người khuyết tật".')).toEqual([
      'Quyền con người trong Hiến pháp 2013',
      'Công ước chống tra tấn',
      'Quyền của người khuyết tật'
    ])
  })
  it('one topic after "chuyên đề về"', () => {
    expect(topics('Báo cáo viên trình bày chuyên đề về “quyền tự do tín ngưỡng, tôn giáo ở Việt Nam”.')).toEqual([
      'Quyền tự do tín ngưỡng, tôn giáo ở Việt Nam'
    ])
  })
})

describe('unquoted topics', () => {
  it('"phần trình bày chuyên đề của <presenter>, về <topic>": the subject after the presenter (issue 11, round b2)', () => {
    expect(topics('Đại biểu được nghe phần trình bày chuyên đề của PGS. TS. Lê Văn Định - Viện trưởng Viện Nghiên cứu Pháp luật, về vai trò của báo chí trong bảo vệ quyền trẻ em ở Việt Nam.')).toEqual([
      'Vai trò của báo chí trong bảo vệ quyền trẻ em ở Việt Nam'
    ])
    expect(topics('Đại biểu được nghe phần trình bày chuyên đề của PGS. TS. Lê Văn Định. Hội nghị về sau thảo luận.')).toEqual([])
  })
  it('a list after "các chuyên đề gồm:" split at a full stop, then semicolons, to the end of its paragraph (issue 11, round b6)', () => {
    expect(topics('Học viên được nghe báo cáo viên truyền đạt các chuyên đề gồm: Luật Đất đai và thủ tục giao đất cho cơ sở thờ tự. Công tác quản lý hoạt động lễ hội trên địa bàn huyện; kỹ năng vận động chức sắc, chức việc tham gia phong trào địa phương.')).toEqual([
      'Luật Đất đai và thủ tục giao đất cho cơ sở thờ tự',
      'Công tác quản lý hoạt động lễ hội trên địa bàn huyện',
      'Kỹ năng vận động chức sắc, chức việc tham gia phong trào địa phương'
    ])
    // A next sentence that is no list, or not the paragraph's last, is not taken.
    expect(topics('Học viên được nghe các chuyên đề gồm: Luật Đất đai và thủ tục giao đất. Hội nghị kết thúc vào buổi chiều cùng ngày.')).toEqual(['Luật Đất đai và thủ tục giao đất'])
    expect(topics('Học viên được nghe các chuyên đề gồm: Luật Đất đai và thủ tục giao đất. Công tác quản lý lễ hội; kỹ năng vận động. Hội nghị kết thúc vào buổi chiều.')).toEqual(['Luật Đất đai và thủ tục giao đất'])
  })
  it('a list opened by ", như:" a few words after a plural chuyên đề; not after "các nội dung" (issue 11, round b5)', () => {
    expect(topics('Tại hội thảo, đại biểu đã thảo luận về các chuyên đề hợp tác quốc tế về quyền trẻ em, như: Các cơ chế bảo vệ trẻ em của Liên hợp quốc; công tác phòng, chống xâm hại trẻ em trên mạng.')).toEqual([
      'Các cơ chế bảo vệ trẻ em của Liên hợp quốc',
      'Công tác phòng, chống xâm hại trẻ em trên mạng'
    ])
    expect(topics('Học viên được hướng dẫn các nội dung trọng tâm như: Khái niệm khuyết tật; các mô hình hỗ trợ người khuyết tật.')).toEqual([])
  })
  it('"các chuyên đề về A, B": two subjects at one comma, each of three words or more (issue 11, round b5)', () => {
    expect(topics('Cán bộ được tìm hiểu các chuyên đề về công tác dân tộc, công tác quản lý nhà nước về dân tộc hiện nay.')).toEqual([
      'Công tác dân tộc',
      'Công tác quản lý nhà nước về dân tộc hiện nay'
    ])
    expect(topics('Cán bộ được tìm hiểu các chuyên đề về quyền dân sự, chính trị của công dân.')).toEqual([])
  })
  it('split by "và" when the count says two', () => {
    expect(topics('Các đại biểu đã nghe các báo cáo viên trình bày hai chuyên đề gồm: Giới hạn quyền con người và công tác nhân quyền trong tình hình mới.')).toEqual([
      'Giới hạn quyền con người',
      'Công tác nhân quyền trong tình hình mới'
    ])
  })
  it('numbered "1. ...; 2. ..." with the count', () => {
    expect(topics('Hội nghị đã nghe các báo cáo viên trình bày 3 chuyên đề gồm: 1. Tình hình nhân quyền thế giới và khu vực; 2. Công tác nhân quyền trong tình hình mới; 3. Kỹ năng đấu tranh phản bác quan điểm sai trái.')).toEqual([
      'Tình hình nhân quyền thế giới và khu vực',
      'Công tác nhân quyền trong tình hình mới',
      'Kỹ năng đấu tranh phản bác quan điểm sai trái'
    ])
  })
  it('split by numbering', () => {
    expect(topics('Hội nghị được nghe các chuyên đề: 1) Quyền con người và nghĩa vụ công dân; 2) Công tác đấu tranh phản bác quan điểm sai trái.')).toEqual([
      'Quyền con người và nghĩa vụ công dân',
      'Công tác đấu tranh phản bác quan điểm sai trái'
    ])
  })
  it('after "nội dung:" with commas and a final "và"', () => {
    expect(topics('Báo cáo viên truyền đạt các nội dung: quyền dân sự, chính trị, quyền kinh tế, xã hội và quyền của nhóm dễ bị tổn thương.')).toEqual([
      'Quyền dân sự',
      'Chính trị',
      'Quyền kinh tế',
      'Xã hội',
      'Quyền của nhóm dễ bị tổn thương'
    ])
  })
  it('not after a singular "nội dung:" over a comma enumeration (the parts of one content)', () => {
    expect(topics('Các học viên được tiếp cận kiến thức về Luật Trẻ em bao gồm nội dung: Khái quát về Luật, khái niệm trẻ em, các nhóm quyền của trẻ em, trách nhiệm của gia đình và nhà trường.')).toEqual([])
  })
  it('after a qualifier between the cue and "gồm:"', () => {
    expect(topics('Hội thảo tập trung vào các nội dung chính gồm: 1. Khung pháp lý về quyền con người; 2. Tác động của xâm nhập mặn, sạt lở đến sinh kế; 3. Vai trò của cộng đồng.')).toEqual([
      'Khung pháp lý về quyền con người',
      'Tác động của xâm nhập mặn, sạt lở đến sinh kế',
      'Vai trò của cộng đồng'
    ])
  })
  it('after "các chuyên đề về" when the list splits into several topics', () => {
    expect(topics('Học viên được nghe các chuyên đề về quyền của người dân tộc thiểu số, quyền tự do tín ngưỡng tôn giáo và kỹ năng tuyên truyền vận động đồng bào.')).toEqual([
      'Quyền của người dân tộc thiểu số',
      'Quyền tự do tín ngưỡng tôn giáo',
      'Kỹ năng tuyên truyền vận động đồng bào'
    ])
  })
  it('after "những nội dung về" when semicolons set the topics apart', () => {
    expect(topics('Các đại biểu được nghe giới thiệu những nội dung về Luật Trẻ em và quy định về bảo vệ, chăm sóc trẻ em; Vai trò của gia đình; Quyền được học tập của trẻ em.')).toEqual([
      'Luật Trẻ em và quy định về bảo vệ, chăm sóc trẻ em',
      'Vai trò của gia đình',
      'Quyền được học tập của trẻ em'
    ])
  })
  it('not after "những nội dung về" over commas only (one subject)', () => {
    expect(topics('Các đại biểu được nghe giới thiệu những nội dung về quyền dân sự, chính trị, quyền kinh tế của người lao động.')).toEqual([])
  })
  it('not after "những nội dung cơ bản về", which describes a lecture', () => {
    expect(topics('Học viên được giới thiệu những nội dung cơ bản về quyền con người; quyền dân sự, chính trị và các cơ chế bảo vệ quyền con người.')).toEqual([])
    expect(topics('Học viên được nghe các nội dung về quyền dân sự, quyền chính trị và quyền kinh tế.')).toEqual([])
  })
  it('not after a singular "chuyên đề về" with no presenting verb, nor a plural one with a single subject', () => {
    expect(topics('Lớp học còn theo dõi chuyên đề về quyền được học tập và quyền vui chơi của trẻ em.')).toEqual([])
    expect(topics('Học viên được nghe các chuyên đề về công tác bảo đảm quyền con người trong tình hình mới.')).toEqual([])
  })
  it('after a singular "chuyên đề về" over a list set apart by semicolons', () => {
    expect(topics('Học viên được nghe chuyên đề về chính sách dân tộc của Đảng; kỹ năng phản bác luận điệu sai trái trên mạng xã hội; quyền của người lao động di cư, định hướng tuyên truyền trong năm tới.')).toEqual([
      'Chính sách dân tộc của Đảng',
      'Kỹ năng phản bác luận điệu sai trái trên mạng xã hội',
      'Quyền của người lao động di cư, định hướng tuyên truyền trong năm tới'
    ])
  })
  it('leaves a clause that comments on the whole list out of its last topic', () => {
    expect(topics('Đại biểu nghe tham luận chuyên đề về bảo đảm quyền của trẻ em vùng cao; kinh nghiệm giải quyết khiếu nại của công dân, nhấn mạnh vai trò của chính quyền cơ sở.')).toEqual([
      'Bảo đảm quyền của trẻ em vùng cao',
      'Kinh nghiệm giải quyết khiếu nại của công dân'
    ])
  })
  it('does not split on "và" without a count', () => {
    expect(topics('Lớp học gồm chuyên đề: Quyền và nghĩa vụ cơ bản của công dân.')).toEqual(['Quyền và nghĩa vụ cơ bản của công dân'])
  })
  it('gives nothing when the split does not match the count', () => {
    expect(topics('Hội nghị nghe ba chuyên đề gồm: Giới hạn quyền con người và công tác nhân quyền.')).toEqual([])
  })
})

describe('not topics', () => {
  it('ignores the word chuyên đề without a list', () => {
    expect(topics(
      'Các chuyên đề được các đại biểu đánh giá cao vì đã cung cấp những thông tin thiết thực.',
      'Mong muốn có thêm nhiều buổi tập huấn thông qua các chuyên đề về lĩnh vực bảo đảm quyền con người trong tình hình mới cho các cán bộ.',
      'Các báo cáo viên đã phân tích sâu các nội dung quan trọng của các chuyên đề; quan điểm, chủ trương của Đảng, Nhà nước.',
      'Lãnh đạo nâng cao kiến thức, nội dung cơ bản về quan điểm, chủ trương của Đảng.'
    )).toEqual([])
  })
  it('ignores a theme that is not a chuyên đề', () => {
    expect(topics('Ban Tuyên giáo tổ chức Tọa đàm khoa học với chủ đề “Đổi mới căn bản, toàn diện chương trình lý luận chính trị”.')).toEqual([])
  })
  it('drops duplicates, compared without case or diacritics', () => {
    expect(topics('Nghe chuyên đề “Công tác nhân quyền trong tình hình mới”.', 'Chuyên đề “công tác nhân quyền trong tình hình mới” được đánh giá cao.')).toEqual([
      'Công tác nhân quyền trong tình hình mới'
    ])
  })
})

describe('sentenceCase', () => {
  it('capitalises the first letter only and drops quotes', () => {
    expect(sentenceCase('“công tác nhân quyền trong tình hình mới”.')).toBe('Công tác nhân quyền trong tình hình mới')
    expect(sentenceCase('quyền của người lao động trong các Hiệp định')).toBe('Quyền của người lao động trong các Hiệp định')
  })
})

describe('evidence and long lines', () => {
  it('points at the topic in the source', () => {
    const a = article('Nghe chuyên đề “Quyền con người”.')
    expect(extractTopics(a, ctx()).evidence['topics.0']).toEqual({line: 1, column: 17, text: 'Quyền con người'})
  })
  // Its speed on 1 MB is measured by `npm run bench:inputs`, not here.
  it('reads a long line of open quotes: a handful of topics, not one per quote', () => {
    const line = 'chuyên đề gồm: “x và '.repeat(6_000).slice(0, 100_000)
    expect(topics(line).length).toBeLessThanOrEqual(4)
  })
})

describe('seeds', () => {
  const expected: Record<string, string[]> = {
    '000_365809ecc03be940.txt': [
      'Quyền của người lao động trong các Hiệp định tự do thương mại thế hệ mới, cam kết của Việt Nam',
      'Công tác nhân quyền trong tình hình mới'
    ],
    '001_723d0a309469e636.txt': [],
    '002_be019099d2e2e91b.txt': ['Giới hạn quyền con người', 'Công tác nhân quyền trong tình hình mới'],
    '003_422f32a2dd28f114.txt': [
      'Quyền của người lao động trong các Hiệp định tự do thương mại thế hệ mới, cam kết của Việt Nam',
      'Công tác nhân quyền trong tình hình mới'
    ],
    '004_cf6924da87c88e48.txt': [
      'Bảo đảm quyền của người lao động trong bối cảnh kinh doanh và tự do hóa thương mại',
      'Công tác nhân quyền trong tình hình mới'
    ]
  }
  it.each(Object.entries(expected))('%s', (name, want) => {
    const loaded = loadFile(SEEDS, name)
    const result = extractTopics(loaded.article, {file: loaded.file, authors: [], province: null, lead: null})
    expect(result.topics.map((t) => t.name)).toEqual(want)
    for (const ev of Object.values(result.evidence)) {
      if ('line' in ev) expect(textAt(loaded.source, ev.line, ev.column, ev.text.length)).toBe(ev.text)
    }
  })
})

describe('paired terms with a comma', () => {
  it('does not split a list at the comma of "tạm giữ, tạm giam" or "phòng, chống"', () => {
    // Masked, the "về" list is one description, not several chuyên đề: no topics.
    expect(topics('Báo cáo viên trình bày các chuyên đề về quyền của người bị tạm giữ, tạm giam và trách nhiệm của điều tra viên trong phòng, chống bức cung, nhục hình.')).toEqual([])
  })
  it('keeps the comma inside a topic of a real list', () => {
    expect(topics('Hội nghị nghe các chuyên đề về công tác phòng, chống mua bán người, quyền tự do tín ngưỡng, tôn giáo và công tác dân vận ở cơ sở.')).toEqual([
      'Công tác phòng, chống mua bán người',
      'Quyền tự do tín ngưỡng, tôn giáo',
      'Công tác dân vận ở cơ sở'
    ])
  })
})

describe('topics of real pages (issue 11)', () => {
  const names = (a: CleanArticle): string[] => extractTopics(a, {file: new VFile(), authors: [], province: null, lead: null}).topics.map((t) => t.name)
  it('takes the title a presenting verb introduces, and keeps one form of a topic printed short and long', () => {
    expect(names(article('Ông Trần Bình Minh báo cáo chuyên đề Quyền của người lao động di cư.', 'Ông Trần Bình Minh, Vụ trưởng, báo cáo chuyên đề Quyền của người lao động di cư và yêu cầu bảo hộ công dân.'))).toEqual([
      'Quyền của người lao động di cư và yêu cầu bảo hộ công dân'
    ])
  })
  it('keeps the whole items of a list a truncated copy cut off, and drops the broken one', () => {
    const cut: CleanArticle = {...article('Học viên nghiên cứu 4 chuyên đề gồm: Chuyên đề về quyền của người khuyết tật; chuyên đề về bình đẳng giới;'), truncated: true}
    expect(names(cut)).toEqual(['Quyền của người khuyết tật', 'Bình đẳng giới'])
  })
  it('reads items labelled "Chuyên đề 1:" or "chuyên đề thứ hai:" and long titles', () => {
    expect(names(article('Học viên nghiên cứu 3 chuyên đề: Chuyên đề 1: Quyền của người cao tuổi ở miền núi; Chuyên đề 2: Công tác bảo đảm quyền của người khuyết tật; Chuyên đề 3: Kỹ năng nhận diện thông tin sai lệch về nhân quyền.'))).toEqual([
      'Quyền của người cao tuổi ở miền núi',
      'Công tác bảo đảm quyền của người khuyết tật',
      'Kỹ năng nhận diện thông tin sai lệch về nhân quyền'
    ])
    const long = 'Quan điểm và chính sách của Nhà nước về quyền của người lao động di cư trong giai đoạn hiện nay và những vấn đề đặt ra cho công tác thông tin đối ngoại ở các địa phương biên giới'
    expect(names(article(`Các đại biểu nghe 2 chuyên đề gồm: chuyên đề thứ nhất: ${long}; chuyên đề thứ hai: Kỹ năng trả lời phỏng vấn báo chí nước ngoài.`))).toEqual([long, 'Kỹ năng trả lời phỏng vấn báo chí nước ngoài'])
  })
})

describe('lists of round b9 (issue 11)', () => {
  it('takes a counted list whose qualifier ends in the colon ("ba chuyên đề chính: A; B; C")', () => {
    expect(topics('Già làng các bản dự lớp theo ba chuyên đề chính: Lịch sử vùng đất Tây Bắc; Vai trò của già làng trong hòa giải ở thôn bản; Diễn biến trật tự xã hội ở vùng cao.')).toEqual([
      'Lịch sử vùng đất Tây Bắc', 'Vai trò của già làng trong hòa giải ở thôn bản', 'Diễn biến trật tự xã hội ở vùng cao'
    ])
  })
  it('takes a counted list after a comma and "gồm:" ("2 chuyên đề, gồm: A; B")', () => {
    expect(topics('Cán bộ xã dự lớp theo 2 chuyên đề, gồm: Khái quát về chính sách đất đai ở miền núi; Kỹ năng hòa giải tranh chấp ở thôn bản.')).toEqual([
      'Khái quát về chính sách đất đai ở miền núi', 'Kỹ năng hòa giải tranh chấp ở thôn bản'
    ])
  })
  it('keeps the count of a list that ends before the cut of a truncated copy', () => {
    const cut: CleanArticle = {
      ...article('Lớp học theo 2 chuyên đề, gồm: Khái quát về chính sách đất đai ở miền núi; Kỹ năng hòa giải tranh chấp ở thôn bản. Lớp học còn tổ chức trao đổi về đất rừng, giúp cán bộ hiểu thêm'),
      truncated: true
    }
    expect(extractTopics(cut, ctx()).topics.map((t) => t.name)).toEqual(['Khái quát về chính sách đất đai ở miền núi', 'Kỹ năng hòa giải tranh chấp ở thôn bản'])
  })
  it('does not split at a comma or "và" inside a quoted phrase of an unquoted item', () => {
    expect(topics('Cán bộ thôn học 02 chuyên đề: Quy định cơ bản về giữ rừng đầu nguồn và Kỹ năng “hòa giải, tư vấn về hôn nhân trong đồng bào vùng cao”.')).toEqual([
      'Quy định cơ bản về giữ rừng đầu nguồn', 'Kỹ năng hòa giải, tư vấn về hôn nhân trong đồng bào vùng cao'
    ])
  })
  it('splits an item at commas where each part opens with the head noun of a subject', () => {
    expect(topics('Cán bộ xã học các chuyên đề, như: Công tác giữ rừng đầu nguồn ở biên giới, mối quan hệ kết nghĩa giữa hai tỉnh bạn, công tác phát thanh ở bản xa; kỹ năng soạn thảo văn bản; lập phương án truyền thông, ứng phó tin giả trên mạng.')).toEqual([
      'Công tác giữ rừng đầu nguồn ở biên giới',
      'Mối quan hệ kết nghĩa giữa hai tỉnh bạn',
      'Công tác phát thanh ở bản xa',
      'Kỹ năng soạn thảo văn bản',
      'Lập phương án truyền thông, ứng phó tin giả trên mạng'
    ])
    // A part of fewer words, or one that opens with no head noun, joins its item.
    expect(topics('Cán bộ dự lớp học những chuyên đề gồm: Định hướng, chính sách của tỉnh về đất rừng; Diễn biến an ninh, trật tự ở bản xa.')).toEqual([
      'Định hướng, chính sách của tỉnh về đất rừng', 'Diễn biến an ninh, trật tự ở bản xa'
    ])
    // Nouns that pair before one shared complement are one subject.
    expect(topics('Cán bộ dự lớp học những chuyên đề gồm: Chủ trương của tỉnh, chính sách của huyện về đất rừng; Kỹ năng hòa giải ở thôn bản.')).toEqual([
      'Chủ trương của tỉnh, chính sách của huyện về đất rừng', 'Kỹ năng hòa giải ở thôn bản'
    ])
  })
  it('a "nội dung" list that trails off ("…", "v.v.") sums up a course\'s contents: not topics', () => {
    expect(topics('Lớp học nghe giảng viên truyền đạt những nội dung: vận động quần chúng; soạn thảo văn bản hành chính; ứng xử với người dân…')).toEqual([])
    expect(topics('Lớp học nghe giảng viên truyền đạt những nội dung: vận động quần chúng; soạn thảo văn bản hành chính; ứng xử với người dân, v.v.')).toEqual([])
    // Closed, the same list names what was presented.
    expect(topics('Lớp học nghe giảng viên truyền đạt những nội dung: vận động quần chúng; soạn thảo văn bản hành chính; ứng xử với người dân.')).toEqual([
      'Vận động quần chúng', 'Soạn thảo văn bản hành chính', 'Ứng xử với người dân'
    ])
  })
})

describe('numbered lists (issue 11, round b9)', () => {
  const three = ['Khái quát về chính sách đất đai', 'Kỹ năng hòa giải ở thôn bản', 'Công tác phát thanh ở bản xa']
  it('numbers with full stops between the items ("1. A. 2. B. 3. C.")', () => {
    expect(topics('Lớp học có 3 chuyên đề: 1. Khái quát về chính sách đất đai. 2. Kỹ năng hòa giải ở thôn bản. 3. Công tác phát thanh ở bản xa.')).toEqual(three)
    expect(topics('Lớp học có 3 chuyên đề: Chuyên đề 1. Khái quát về chính sách đất đai. Chuyên đề 2. Kỹ năng hòa giải ở thôn bản. Chuyên đề 3. Công tác phát thanh ở bản xa.')).toEqual(three)
  })
  it('numbers written "1/" and ordinals closed by a comma', () => {
    expect(topics('Lớp học có 3 chuyên đề: 1/ Khái quát về chính sách đất đai; 2/ Kỹ năng hòa giải ở thôn bản; 3/ Công tác phát thanh ở bản xa.')).toEqual(three)
    expect(topics('Lớp học có 3 chuyên đề: thứ nhất, Khái quát về chính sách đất đai; thứ hai, Kỹ năng hòa giải ở thôn bản; thứ ba, Công tác phát thanh ở bản xa.')).toEqual(three)
  })
  it('items on their own lines under "các chuyên đề sau" with no colon', () => {
    expect(topics('Lớp học có các chuyên đề sau', '(1) Khái quát về chính sách đất đai;', '(2) Kỹ năng hòa giải ở thôn bản;', '(3) Công tác phát thanh ở bản xa.')).toEqual(three)
  })
  it('a number out of order is text, not an item', () => {
    expect(topics('Lớp học có các chuyên đề gồm: 1. Hướng dẫn áp dụng Nghị định 12. 2. Kỹ năng hòa giải ở thôn bản.')).toEqual([
      'Hướng dẫn áp dụng Nghị định 12', 'Kỹ năng hòa giải ở thôn bản'
    ])
  })
})

describe('lists of round b11 (issue 11)', () => {
  it('takes the one topic a presenting verb gives a singular "chuyên đề về", without its audience', () => {
    expect(topics('Một luật sư của Đoàn Luật sư tỉnh truyền đạt chuyên đề về thực trạng lao động trẻ em ở làng nghề và cách ngăn ngừa, xử lý cho đoàn viên.')).toEqual([
      'Thực trạng lao động trẻ em ở làng nghề và cách ngăn ngừa, xử lý'
    ])
    expect(topics('Cô giáo trình bày chuyên đề về quyền được học tập, vui chơi và quyền được khám bệnh miễn phí.')).toEqual(['Quyền được học tập, vui chơi và quyền được khám bệnh miễn phí'])
  })
  it('takes it after a word or two that qualify the cue ("trình bày chuyên đề chuyên sâu về ...")', () => {
    expect(topics('Buổi sáng, chuyên gia trình bày chuyên đề chuyên sâu về hợp tác thương mại giữa các cửa khẩu phía Bắc...')).toEqual([
      'Hợp tác thương mại giữa các cửa khẩu phía Bắc'
    ])
  })
  it('takes a plural list after a qualifier and "liên quan đến" ("các chuyên đề chính liên quan đến A; B")', () => {
    expect(topics('Giáo viên chủ nhiệm theo dõi các chuyên đề trọng tâm liên quan đến phòng cháy ở xưởng gỗ và nghĩa vụ của chủ xưởng; cách sơ cứu người bị máy cắt gây thương tích.')).toEqual([
      'Phòng cháy ở xưởng gỗ và nghĩa vụ của chủ xưởng', 'Cách sơ cứu người bị máy cắt gây thương tích'
    ])
  })
  it('ends a list where a part after a semicolon opens the next cue ("...; đại diện Sở X trình bày chuyên đề: C")', () => {
    expect(topics('Buổi chiều, bác sĩ của trạm xá trình bày chuyên đề: Diễn biến dịch sốt xuất huyết mùa mưa ở đồng bằng; chuyên viên Hội Nông dân trình bày chuyên đề: Kết quả chuyển đổi cây trồng ở các huyện ven biển.')).toEqual([
      'Diễn biến dịch sốt xuất huyết mùa mưa ở đồng bằng', 'Kết quả chuyển đổi cây trồng ở các huyện ven biển'
    ])
  })
  it('takes the subject "chuyên đề về X" of a sentence, up to its verb (round b8)', () => {
    expect(topics('Bên cạnh đó, chuyên đề về bảo quản nông sản sau thu hoạch đã giúp các hộ kinh doanh nắm rõ quy định mới.')).toEqual(['Bảo quản nông sản sau thu hoạch'])
    expect(topics('Chuyên đề về sơ cứu đuối nước được phụ huynh đón nhận.')).toEqual(['Sơ cứu đuối nước'])
    // Not the subject of its sentence, or a long subject with commas: no topic.
    expect(topics('Các hộ nuôi cá lồng nghe chuyên đề về bảo quản nông sản đã được hai năm.')).toEqual([])
    expect(topics('Chuyên đề về bảo quản nông sản, chế biến thức ăn chăn nuôi đã giúp bà con tự tin hơn.')).toEqual([])
  })
  it('leaves out the theme of a thematic meeting ("Hội thảo chuyên đề “A”")', () => {
    expect(topics('Hội Cựu chiến binh xã mở một Hội thảo chuyên đề “Cựu chiến binh với phong trào khuyến học” vào cuối năm.')).toEqual([])
    expect(topics('Câu lạc bộ duy trì buổi sinh hoạt chuyên đề về nuôi dạy con tuổi mới lớn vào mỗi quý.')).toEqual([])
  })
})

describe('a list closed by an ellipsis before the next sentence (issue 11, round b12)', () => {
  it('ends the last item at the ellipsis, not in the next sentence', () => {
    expect(topics('Học viên được nghe các chuyên đề: lịch sử địa phương; kỹ năng hòa giải ở cơ sở; pháp luật về đất đai… Nhờ vậy, học viên nắm chắc kiến thức.')).toEqual([
      'Lịch sử địa phương',
      'Kỹ năng hòa giải ở cơ sở',
      'Pháp luật về đất đai'
    ])
  })
})

describe('subjects an audience heard presented, with no cue (issue 11, round b16)', () => {
  it('takes what a presenter is heard to present, split at semicolons', () => {
    expect(topics('Các học viên được nghe giảng viên giới thiệu những điểm mới của Luật Hòa giải; Nghị định số 15/2020/NĐ-CP hướng dẫn thi hành luật.'))
      .toEqual(['Những điểm mới của Luật Hòa giải', 'Nghị định số 15/2020/NĐ-CP hướng dẫn thi hành luật'])
  })
  it('an item naming its own presenter starts after that presenter\'s verb, "báo cáo" included', () => {
    expect(topics('Hội nghị đã nghe bà Lý Thu Cúc, Phó Vụ trưởng Vụ Pháp chế, trình bày quy định mới về quyền của người cao tuổi; ông Tạ Văn Lâm, Trưởng phòng Nghiệp vụ báo cáo tình hình bảo đảm quyền người cao tuổi trong quý; kế hoạch truyền thông năm tới.'))
      .toEqual(['Quy định mới về quyền của người cao tuổi', 'Tình hình bảo đảm quyền người cao tuổi trong quý', 'Kế hoạch truyền thông năm tới'])
  })
  it('ends a subject before an aside ("trong đó", "đặc biệt là"), and the list at an aside\'s colon', () => {
    expect(topics('Đại biểu được nghe giới thiệu về Công ước quốc tế về quyền trẻ em, trong đó nêu bật các nguyên tắc cơ bản; cơ chế giám sát thực thi Công ước.'))
      .toEqual(['Công ước quốc tế về quyền trẻ em', 'Cơ chế giám sát thực thi Công ước'])
    expect(topics('Lớp học được nghe giảng viên giới thiệu các điểm chính của Luật Thanh niên nhất là mấy quy định mới như: quyền của thanh niên; trách nhiệm của gia đình.'))
      .toEqual(['Các điểm chính của Luật Thanh niên'])
  })
  it('takes no business of the meeting, no lecture contents "về", no report of results, and never a "báo cáo viên"', () => {
    expect(topics('Hội nghị đã nghe lãnh đạo Sở trình bày báo cáo tổng kết công tác năm 2022.')).toEqual([])
    expect(topics('Đại biểu được nghe đại diện Bộ trình bày tham luận về quyền có việc làm.')).toEqual([])
    expect(topics('Hội nghị đã nghe báo cáo kết quả công tác nhân quyền 6 tháng đầu năm.')).toEqual([])
    expect(topics('Các đại biểu được nghe giới thiệu những nội dung về quyền dân sự, quyền chính trị.')).toEqual([])
    expect(topics('Học viên được nghe báo cáo viên truyền đạt kỹ năng tuyên truyền trên mạng xã hội.')).toEqual(['Kỹ năng tuyên truyền trên mạng xã hội'])
  })
  it('a counted cue followed by a comma lists as many parts as it counts', () => {
    expect(topics('Tại hội nghị, đại diện Sở Tư pháp cung cấp 2 chuyên đề, pháp luật về quyền của người khuyết tật; công tác trợ giúp pháp lý năm 2023.'))
      .toEqual(['Pháp luật về quyền của người khuyết tật', 'Công tác trợ giúp pháp lý năm 2023'])
    // Not when the parts do not match the count: the comma closes something else.
    expect(topics('Tại hội nghị, đại diện Sở Tư pháp cung cấp 3 chuyên đề, pháp luật về quyền của người khuyết tật; công tác trợ giúp pháp lý năm 2023.')).toEqual([])
  })
})

describe('"chủ đề" as a cue (issue 11, round b17)', () => {
  it('lists topics when plural and opened with a colon', () => {
    expect(topics('Các chủ đề được trao đổi tại tọa đàm bao gồm: Quyền được học tập của trẻ khuyết tật; kinh nghiệm hỗ trợ học sinh vùng cao; vai trò của nhà trường.'))
      .toEqual(['Quyền được học tập của trẻ khuyết tật', 'Kinh nghiệm hỗ trợ học sinh vùng cao', 'Vai trò của nhà trường'])
  })
  it('names a meeting\'s theme, not topics, when singular or with no list opener', () => {
    expect(topics('Tọa đàm với chủ đề “Quyền được học tập của trẻ khuyết tật” thu hút đông đảo giáo viên.')).toEqual([])
    expect(topics('Các chủ đề được trao đổi sôi nổi và thiết thực.')).toEqual([])
  })
})

describe('a contents list followed by a chuyên đề (issue 11, round b15)', () => {
  it('ends before the chuyên đề, so a list that trails off there sums up contents and names no topic', () => {
    expect(topics('Học viên được nghe báo cáo viên trình bày những nội dung liên quan đến công tác phòng cháy, như: tình hình cháy nổ; kỹ năng thoát hiểm; cách dùng bình chữa cháy... và chuyên đề về quyền trẻ em.')).toEqual([])
  })
  it('reads three dots before a lower-case word as the list trailing off: what follows is no item', () => {
    expect(topics('Lớp học gồm các chuyên đề: quyền của người lao động; quyền của phụ nữ... và một số nội dung khác.')).toEqual(['Quyền của người lao động', 'Quyền của phụ nữ'])
  })
})

describe('lists of round b18 (issue 11)', () => {
  it('reads "N chuyên đề gồm các nội dung về A; B" as one list, A whole', () => {
    expect(topics('Đại biểu được nghe 2 chuyên đề gồm các nội dung về quyền, nghĩa vụ, trách nhiệm của người lao động; quyền của người sử dụng lao động.'))
      .toEqual(['Quyền, nghĩa vụ, trách nhiệm của người lao động', 'Quyền của người sử dụng lao động'])
  })
  it('splits a list that ends with a semicolon (cut after its first item) at semicolons only', () => {
    expect(topics('Báo cáo viên trình bày các chuyên đề gồm: quyền, nghĩa vụ, trách nhiệm của người lao động;'))
      .toEqual(['Quyền, nghĩa vụ, trách nhiệm của người lao động'])
  })
})
