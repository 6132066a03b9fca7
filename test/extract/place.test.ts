import {describe, expect, it} from 'vitest'
import {extract} from '../../src/stages/extract/index.js'
import {extractPlace} from '../../src/stages/extract/place.js'
import {cleanText, fixtures, seeds, splitOf, textAt} from './pipeline.js'

const placeOf = (text: string) => extractPlace(cleanText(text).article)
const head = 'Tiêu đề bài viết về tập huấn nhân quyền\n\n'

describe('extractPlace', () => {
  it('takes the province of the lead\'s venue phrase', () => {
    const r = placeOf(head + 'Ngày 23/7, tại Bình Dương, Văn phòng Thường trực tổ chức Hội nghị. Đại biểu tỉnh Bình Phước, Đồng Nai cùng dự.')
    expect(r.province?.name).toBe('Bình Dương')
  })
  it('reads "tại thành phố X, tỉnh Y": province Y, city X', () => {
    const r = placeOf(head + 'Ngày 3/10/2024, Ban Chỉ đạo tổ chức Hội nghị tập huấn toàn quốc tại thành phố Quy Nhơn, tỉnh Bình Định.')
    expect(r.province?.name).toBe('Bình Định')
    expect(r.city).toBe('Quy Nhơn')
  })
  it('gives no vote to provinces listed three or more together, in a venue phrase or in the story', () => {
    expect(placeOf(head + 'Sáng nay (6/5), Bộ Tư pháp tổ chức hội nghị trực tuyến tại 3 điểm cầu (Hà Nội, Đà Nẵng, Cần Thơ) về công tác nhân quyền.').province).toBeNull()
    expect(placeOf(head + 'Ngày 6/5, Hội Luật gia tổ chức lớp tập huấn cho hội viên một số tỉnh như Thái Bình, Nam Định, Ninh Bình và Hà Nam.').province).toBeNull()
    // One province named alone still votes beside a list.
    expect(placeOf(head + 'Ngày 6/5, Ban Chỉ đạo tỉnh Ninh Bình tổ chức hội nghị cho cán bộ các tỉnh Thái Bình, Nam Định, Hà Nam.').province?.slug).toBe('ninh-binh')
  })
  it('gives no vote to a province that ends a school\'s or an institute\'s name', () => {
    expect(placeOf('Trường Đại học Luật Huế tổ chức hội thảo về quyền con người\n\nSáng ngày 3/11/2022, Trường Đại học Luật Huế tổ chức hội thảo khoa học với sự tham gia của Đại học Kinh tế - Luật Thành phố Hồ Chí Minh.').province).toBeNull()
    // A venue phrase still places the event there.
    expect(placeOf(head + 'Sáng ngày 3/11/2022, hội thảo diễn ra tại Trường Đại học Luật Hà Nội.').province?.slug).toBe('ha-noi')
  })
  it('takes a province from its capital city', () => {
    const r = placeOf(head + 'Sáng 20/9/2022, tại thành phố Vinh, Hội nghị tập huấn công tác nhân quyền toàn quốc đã khai mạc.')
    expect(r.province?.name).toBe('Nghệ An')
    expect(r.city).toBe('Vinh')
  })
  it('reads a place in brackets right after the venue phrase', () => {
    const r = placeOf(head + 'Sáng 20-11, tại Trung tâm Hội nghị tỉnh (phường Quy Nhơn), Ban Chỉ đạo Nhân quyền tỉnh Gia Lai tổ chức hội nghị.')
    expect(r.province?.name).toBe('Gia Lai')
    expect(r.venue).toBe('Trung tâm Hội nghị tỉnh')
  })
  it('takes an online conference\'s main point, not a connected province where someone spoke', () => {
    const text = head + [
      'Chiều ngày 9/8/2022, Ban Chỉ đạo Nhân quyền Chính phủ tổ chức Hội nghị trực tuyến. Hội nghị được tổ chức tại điểm cầu chính trụ sở Bộ Công an (Hà Nội), kết nối tới 63 điểm cầu.',
      'Phát biểu từ điểm cầu tỉnh An Giang, ông A, Phó Chủ tịch UBND tỉnh An Giang, kiến nghị mở thêm lớp tập huấn cho tỉnh An Giang.'
    ].join('\n\n')
    const r = placeOf(text)
    expect(r.province?.name).toBe('Hà Nội')
    expect(r.venue).toBe('trụ sở Bộ Công an')
  })
  it('ignores the venue of a later sentence that has a date of its own', () => {
    const r = placeOf(head + 'Chiều 18/7, Ban Chỉ đạo Nhân quyền tỉnh Kon Tum tổ chức Hội nghị sơ kết. Ngày 26/6/2024, tỉnh đã tổ chức đối thoại tại thành phố Pleiku, tỉnh Gia Lai.')
    expect(r.province?.name).toBe('Kon Tum')
    expect(r.city).toBeNull()
  })
  it('knows a ministry\'s headquarters is in Hà Nội', () => {
    expect(placeOf(head + 'Sáng 5/3, tại trụ sở Bộ Tư pháp, hội nghị tập huấn đã diễn ra. Đại biểu tỉnh Nghệ An cùng dự.').province?.name).toBe('Hà Nội')
  })
  // Its speed is measured by `npm run bench:inputs`, not here.
  it('reads a long line with "tại" and a run of spaces: no place', () => {
    expect(placeOf(head + 'Hội nghị tổ chức tại ' + ' '.repeat(200_000) + 'x.').province).toBeNull()
  })
  it('gives no city for a centrally governed city', () => {
    const r = placeOf(head + 'Ngày 10/11, tại thành phố Cần Thơ, Ban Chỉ đạo tổ chức Hội nghị tập huấn.')
    expect(r.province?.name).toBe('Cần Thơ')
    expect(r.city).toBeNull()
  })
  it('takes a hall as the venue, and its province from the alias', () => {
    const r = placeOf(head + '(CAO) Sáng 29/5, tại hội trường Công an TPHCM, Ban Chỉ đạo Nhân quyền TP đã tổ chức Hội nghị tập huấn.')
    expect(r.province?.name).toBe('Thành phố Hồ Chí Minh')
    expect(r.venue).toBe('hội trường Công an TPHCM')
  })
  it('takes a national building\'s province', () => {
    expect(placeOf(head + 'Sáng 5/3, tại Trụ sở Chính phủ, Thủ tướng chủ trì hội nghị.').province?.name).toBe('Hà Nội')
  })
  it('ignores "tại hội nghị" and "tại cấp cơ sở"', () => {
    const r = placeOf('Tuyên truyền về thành tựu nhân quyền tại cấp cơ sở\n\nPhát biểu tại Hội nghị, ông A cho biết, thời gian qua, tỉnh Tây Ninh đã gặt hái nhiều thành công.')
    expect(r.province?.name).toBe('Tây Ninh')
    expect(r.venue).toBeNull()
  })
  it('takes a "Province: headline" prefix', () => {
    const r = placeOf('TP.HCM: Bồi dưỡng kiến thức về quyền con người\n\nSáng 15-8, Ban Chỉ đạo tổ chức hội nghị. Đại biểu tỉnh Bình Dương, tỉnh Đồng Nai dự.')
    expect(r.province?.name).toBe('Thành phố Hồ Chí Minh')
  })
  it('gives null and no-province when the text only says "tỉnh"', () => {
    const r = placeOf(head + 'Sáng 24/4, tại Hội trường UBND tỉnh, Ban Chỉ đạo Nhân quyền tỉnh tổ chức Hội nghị tập huấn.')
    expect(r.province).toBeNull()
    expect(r.venue).toBe('Hội trường UBND tỉnh')
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['no-province'])
  })
  it('warns when two provinces are named alike and takes the first of the lead', () => {
    const r = placeOf(head + 'Ban Chỉ đạo tỉnh Long An và tỉnh Tiền Giang phối hợp tổ chức hội nghị.')
    expect(r.province?.name).toBe('Long An')
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['province-ambiguous'])
    expect(r.warnings[0]?.params.names).toBe('Long An, Tiền Giang')
  })
  it('counts bare TP and CATP for the city the article names', () => {
    const r = placeOf(head + 'Sáng 5/3, Ban Chỉ đạo Nhân quyền TP tổ chức hội nghị cho cán bộ CATP. Đại diện Thành phố Hồ Chí Minh và tỉnh Long An dự.')
    expect(r.province?.name).toBe('Thành phố Hồ Chí Minh')
  })
})

describe('places of the seeds and fixtures', () => {
  it.each([...seeds(), ...fixtures()].map((x) => [x.name, x] as const))('%s', (_, {expected, loaded}) => {
    const r = extractPlace(loaded.article)
    expect(r.province?.name ?? null).toBe(expected.province)
    if ('city' in expected) expect(r.city).toBe(expected.city ?? null)
    if ('venue' in expected) expect(r.venue).toBe(expected.venue ?? null)
    for (const ev of Object.values(r.evidence)) if ('line' in ev) expect(textAt(loaded.source, ev.line, ev.column, ev.text.length)).toBe(ev.text)
  })
})

describe('venue phrases with several parts', () => {
  it('reads "tại Nhà văn hóa xã A, huyện B, tỉnh C"', () => {
    const r = placeOf(head + 'Ngày 5/3, tại Nhà văn hóa xã Ea Tiêu, huyện Cư Kuin, tỉnh Đắk Lắk, Ban Chỉ đạo tổ chức hội nghị đối thoại.')
    expect(r.province?.name).toBe('Đắk Lắk')
    expect(r.venue).toBe('Nhà văn hóa xã Ea Tiêu')
    expect(r.city).toBe('Cư Kuin')
  })
  it('takes the first of two provinces joined by "và"', () => {
    expect(placeOf(head + 'Ngày 5/3, hội nghị được tổ chức tại Bình Dương và Bình Phước.').province?.name).toBe('Bình Dương')
  })
})

describe('the place as it was on the event day (2025 changes)', () => {
  const run = (text: string) => {
    const {article, file} = cleanText(text)
    return extract(article, splitOf(text), file).province
  }
  it('puts an event in Quy Nhơn after 1 July 2025 in Gia Lai, and one before in Bình Định', () => {
    const body = 'Hội nghị tập huấn nhân quyền\n\nNgày 20/11/2025, tại thành phố Quy Nhơn, tỉnh Bình Định, Ban Chỉ đạo tổ chức Hội nghị tập huấn công tác nhân quyền.\n'
    expect(run(body)).toEqual({name: 'Gia Lai', slug: 'gia-lai'})
    expect(run(body.replace('20/11/2025', '20/11/2024'))).toEqual({name: 'Bình Định', slug: 'binh-dinh'})
  })
  it('puts an event in Huế in 2025 in the city of Huế', () => {
    expect(run('Tập huấn nhân quyền\n\nNgày 12/3/2025, tại thành phố Huế, Ban Chỉ đạo tổ chức hội nghị tập huấn.\n')).toEqual({name: 'Huế', slug: 'hue'})
  })
})

describe('connection points and capitals', () => {
  it('takes the main point "Điểm cầu chính đặt tại Hội trường Bộ X, Hà Nội", not the provinces connected', () => {
    const r = placeOf(head + [
      'Ngày 22/3, Ban Chỉ đạo Nhân quyền Chính phủ tổ chức Hội nghị trực tuyến tập huấn công tác nhân quyền năm 2025. Điểm cầu chính đặt tại Hội trường Bộ Công an, Hà Nội, kết nối tới 63 điểm cầu.',
      'Tại điểm cầu tỉnh Sơn La có Đại tá Nguyễn Văn Thuận, Phó Giám đốc Công an tỉnh Sơn La; điểm cầu tỉnh Bạc Liêu, Sóc Trăng cũng có đại biểu theo dõi.'
    ].join('\n\n'))
    expect(r.province?.name).toBe('Hà Nội')
    expect(r.venue).toBe('Hội trường Bộ Công an')
  })
  it('gives connected points little weight when no venue decides', () => {
    const r = placeOf(head + [
      'Ngày 22/3, Ban Chỉ đạo Nhân quyền tỉnh Lai Châu dự hội nghị trực tuyến toàn quốc.',
      'Tại điểm cầu tỉnh Sơn La có lãnh đạo tỉnh Sơn La; điểm cầu tỉnh Sơn La có 50 đại biểu.'
    ].join('\n\n'))
    expect(r.province?.name).toBe('Lai Châu')
  })
  it('reads a bare provincial capital as the city, in its province', () => {
    const r = placeOf(head + 'Sáng 18-11, tại Đồng Hới, Ban Chỉ đạo Nhân quyền tỉnh tổ chức hội nghị tập huấn công tác nhân quyền.')
    expect(r.province?.name).toBe('Quảng Bình')
    expect(r.city).toBe('Đồng Hới')
  })
  it('takes no province from a comma-separated word that is not one', () => {
    const r = placeOf(head + 'Ngày 5/12/2023, tại Hội trường lớn, Tầng 3, Ban Chỉ đạo tổ chức hội nghị.')
    expect(r.province).toBeNull()
  })
})

describe('places that are not the venue (issue 11)', () => {
  it('gives no province for the edge of a region the participants come from', () => {
    const r = placeOf(head + 'Sáng ngày 05-09-2022, Học viện khai giảng lớp bồi dưỡng kiến thức quyền con người. Tham gia có giảng viên trường chính trị các tỉnh từ Hà Tĩnh trở ra phía Bắc.')
    expect(r.province).toBeNull()
  })
  it('still takes a province named for itself in the same story', () => {
    const r = placeOf(head + 'Sáng ngày 05-09-2022, tại tỉnh Nghệ An, lớp bồi dưỡng khai giảng cho học viên các tỉnh từ Hà Tĩnh đến Quảng Trị.')
    expect(r.province?.name).toBe('Nghệ An')
  })
})

describe('the newspaper\'s home province is not the place (issue 11)', () => {
  it('gives no vote to a province inside an outlet\'s name', () => {
    const r = placeOf(head + 'Sáng 12/4/2023, Văn phòng Ban Chỉ đạo tổ chức tọa đàm về quyền con người tại Hội trường Học viện.\n\nPhóng viên Báo Quảng Ninh và Đài PT-TH tỉnh Quảng Ninh đưa tin về tọa đàm.')
    expect(r.province).toBeNull()
  })
  it('still counts the province named for itself', () => {
    const r = placeOf(head + 'Sáng 12/4/2023, tỉnh Quảng Ninh tổ chức tọa đàm về quyền con người.\n\nBáo Quảng Ninh đưa tin.')
    expect(r.province?.name).toBe('Quảng Ninh')
  })
})

describe('a nationwide online course (issue 11)', () => {
  it('has no province when no hall or main point is named', () => {
    const r = placeOf(head + 'Ngày 14/6/2023, Học viện tổ chức lớp bồi dưỡng trực tuyến toàn quốc về quyền con người. Giảng viên Trường Chính trị tỉnh Nghệ An trình bày bài giảng.')
    expect(r.province).toBeNull()
  })
  it('takes the province of its main point when one is named', () => {
    const r = placeOf(head + 'Ngày 14/6/2023, Ban Chỉ đạo tổ chức hội nghị trực tuyến toàn quốc tại điểm cầu chính Hội trường tỉnh Nghệ An.')
    expect(r.province?.name).toBe('Nghệ An')
  })
})

describe('round b8: districts, abbreviated units, a capitalised "Tại", a campus and its university (issue 11)', () => {
  it('reads "tại TP. X" of a provincial capital: city and province', () => {
    const r = placeOf(head + 'Ngày 5-8, tại TP. Buôn Ma Thuột, Sở Tư pháp khai mạc lớp tập huấn pháp luật.')
    expect(r.province?.name).toBe('Đắk Lắk')
    expect(r.city).toBe('Buôn Ma Thuột')
  })
  it('takes the province of a district of one province named in the lead when nothing else names one', () => {
    const town = placeOf('Nhằm tuyên truyền quyền trẻ em, TX.Dĩ An vừa tổ chức diễn đàn thiếu nhi năm 2016.\n\nCác em được nghe nói chuyện về kỹ năng sống.')
    expect(town.province?.name).toBe('Bình Dương')
    expect(town.city).toBe('Dĩ An')
    const urban = placeOf(head + 'Ngày 3/4/2021, Ủy ban nhân dân Quận 5 tổ chức diễn đàn trực tuyến về phòng chống xâm hại trẻ em.')
    expect(urban.province?.name).toBe('Thành phố Hồ Chí Minh')
    expect(urban.city).toBe('Quận 5')
    // Diacritics as printed differ from the official name: still the district.
    expect(placeOf('Tập huấn bình đẳng giới huyện Mèo Vac năm 2020\n\nNgày 2/3/2020, Phòng Lao động tổ chức tập huấn cho cán bộ các xã.').province?.name).toBe('Hà Giang')
  })
  it('tells two districts of one name apart by the unit word, and leaves a shared one alone', () => {
    expect(placeOf(head + 'Ngày 3/4/2021, UBND thị xã Tân Uyên tổ chức hội nghị tập huấn.').province?.name).toBe('Bình Dương')
    expect(placeOf(head + 'Ngày 3/4/2021, UBND huyện Tân Uyên tổ chức hội nghị tập huấn.').province?.name).toBe('Lai Châu')
  })
  it('keeps a named province over a district, and takes the district for the city when they agree', () => {
    const r = placeOf(head + 'Ngày 2/3/2020, Hội LHPN tỉnh Hà Giang tổ chức tập huấn cho cán bộ trên địa bàn huyện Mèo Vạc.')
    expect(r.province?.name).toBe('Hà Giang')
    expect(r.city).toBe('Mèo Vạc')
    const other = placeOf(head + 'Ngày 2/3/2020, Hội LHPN tỉnh Cao Bằng tổ chức tập huấn, học tập kinh nghiệm của huyện Mèo Vạc.')
    expect(other.province?.name).toBe('Cao Bằng')
    expect(other.city).toBeNull()
  })
  it('does not take one district of several for the place', () => {
    const r = placeOf(head + 'Ngày 2/3/2020, lớp bồi dưỡng khai giảng cho cán bộ làm công tác tôn giáo tại những quận và TP Thủ Đức.')
    expect(r.city).toBeNull()
  })
  it('reads a venue phrase after a capitalised "Tại" mid-sentence, and a campus with its university', () => {
    const hall = placeOf(head + 'Ngày 4/5/2019 Tại hội trường nhà văn hóa huyện, Phòng Tư pháp tổ chức tập huấn cho cán bộ huyện Lắk.')
    expect(hall.venue).toBe('hội trường nhà văn hóa huyện')
    expect(hall.province?.name).toBe('Đắk Lắk')
    const campus = placeOf(head + 'Ngày 4/5/2019, tại Trường Đại học Sư phạm, Đại học Đà Nẵng, Viện Nghiên cứu tổ chức Hội thảo khoa học.')
    expect(campus.venue).toBe('Trường Đại học Sư phạm, Đại học Đà Nẵng')
    expect(campus.province?.name).toBe('Đà Nẵng')
  })
})

describe('the full 2024 district level (issue 11)', () => {
  it('places an event from districts of one province named with their unit word only', () => {
    const r = placeOf(
      head + 'Từ ngày 3-9/4, Phòng Dân tộc mời già làng dự buổi học pháp luật ở các xã Tân Lập, Phú Lâm (huyện Hàm Yên), Yên Nguyên (huyện Chiêm Hóa) năm 2022.'
    )
    expect(r.province?.name).toBe('Tuyên Quang')
    expect(r.city).toBe('Hàm Yên')
  })
  it('takes no city from the last district of a list, but keeps a clause subject after a comma', () => {
    expect(placeOf('Hội LHPN tỉnh Bến Tre mở lớp\n\nHọc viên ở các huyện Giồng Trôm, Ba Tri, Mỏ Cày Nam và thành phố Bến Tre.').city).toBeNull()
    expect(placeOf('Lớp học luật cho thiếu niên\n\nNhằm giúp thiếu niên hiểu luật, TX.Thuận An mở một khóa bồi dưỡng năm 2019.').province?.name).toBe('Bình Dương')
  })
})

describe('place: the dateline\'s place (issue 11, round b10)', () => {
  it('is the province when the story names none', () => {
    const r = extractPlace(cleanText('Nhóm công tác về người khuyết tật làm việc với các hội\n\nCần Thơ, 12/11/2019\n\nSáng 12/11, đại diện Hội Chữ thập đỏ điều hành phiên làm việc của nhóm tại trụ sở.').article)
    expect(r.province?.name).toBe('Cần Thơ')
  })
  it('gives way to a province the story names', () => {
    const r = extractPlace(cleanText('Họp mạng lưới\n\nHà Nội, 12/11/2019\n\nSáng 12/11, buổi họp của mạng lưới diễn ra tại tỉnh Bắc Ninh.').article)
    expect(r.province?.name).toBe('Bắc Ninh')
  })
})

describe('place: a participant\'s home (issue 11, round b11)', () => {
  it('gives no vote to the province a person comes from', () => {
    const r = extractPlace(cleanText('Diễn đàn trẻ em\n\nTại diễn đàn, hơn 100 em đã phát biểu ý kiến.\n\nEm Lê Minh Châu, đến từ tỉnh Trà Vinh, mong muốn được lắng nghe.').article)
    expect(r.province).toBeNull()
  })
})

describe('place: a district as the headline\'s bare prefix (issue 11, round b12)', () => {
  it('gives the district\'s province when its name is one province\'s', () => {
    const r = extractPlace(cleanText('Quế Võ: Tập huấn kỹ năng hòa giải ở cơ sở\n\nTrong 2 ngày 06-07/9/2022, Hội Phụ nữ huyện tổ chức tập huấn.').article)
    expect(r.province?.name).toBe('Bắc Ninh')
    expect(r.city).toBe('Quế Võ')
    // A name several provinces' units share gives none.
    expect(extractPlace(cleanText('Châu Thành: Tập huấn kỹ năng hòa giải ở cơ sở\n\nTrong 2 ngày 06-07/9/2022, Hội Phụ nữ huyện tổ chức tập huấn.').article).province).toBeNull()
  })
})

describe('places of round b18 (issue 11)', () => {
  it('reads "X, Y và các tỉnh Z, W" as one list of participants\' provinces: no vote', () => {
    expect(placeOf(head + 'Ngày 8/4, hội nghị trực tuyến có đại diện Ban Chỉ đạo thành phố Hà Nội, thành phố Đà Nẵng và các tỉnh Nghệ An, Gia Lai, Sóc Trăng tham dự.').province).toBeNull()
  })
  it('takes no place from a stock photo\'s caption', () => {
    const text = head + 'Bộ Ngoại giao tổ chức hội thảo về quyền của người di cư.\n\nNgười dân nhận hàng cứu trợ tại phường Trung Hòa, quận Cầu Giấy, Hà Nội. Ảnh minh họa: Lê Văn/TTXVN\n\nCác đại biểu thảo luận về kinh nghiệm quốc tế.'
    expect(placeOf(text).province).toBeNull()
    expect(placeOf(text.replace(' Ảnh minh họa: Lê Văn/TTXVN', '')).province?.slug).toBe('ha-noi')
  })
})
