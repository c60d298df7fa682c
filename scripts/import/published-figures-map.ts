/**
 * Hand decisions for scripts/import/published-figures.ts (the one-off importer of
 * /work/shared/reference/published-figures/figures.csv). Everything a reviewer may want to
 * check lives here, in plain tables:
 *
 *  - SOURCES     one entry per source URL of figures.csv → a row of data/sources/articles.csv
 *  - PLACES      "level|place_name" as figures.csv spells it → place level, GSO code, display name
 *  - PLACE_BY_ROW   rows that go to another place than PLACES says (post-merger provinces)
 *  - INDICATOR_BY_ROW rows whose indicator id is changed (disadvantaged-area targets)
 *  - VALUE_BY_ROW   the two rows whose figures.csv value is a range, not a number
 *  - QUALIFIER_BY_ROW / NUMBERS_BY_ROW / PLAN_BY_ROW  per-row overrides
 *  - NOTE_BY_ROW  Vietnamese notes (caveats of the unit text, inconsistencies of notes.md §7)
 *  - INDICATORS  the indicator catalogue → data/indicators/indicators.csv
 *  - REGIONS     the association's emulation clusters → data/admin/regions.csv
 *
 * Row numbers are 1-based data rows of figures.csv (header not counted), which is also the
 * order of data/observations/published-figures.csv.
 * Nothing here is a computed number: every value, numerator and denominator is printed in the
 * row's quote.
 */

export type PlaceLevel =
  | 'national'
  | 'province'
  | 'commune'
  | 'former_province'
  | 'former_district'
  | 'former_commune'
  | 'region';

export type Qualifier = '' | 'more_than' | 'at_least' | 'about' | 'nearly' | 'less_than';

export interface Place {
  level: PlaceLevel;
  code: string;
  name: string;
}

export interface Source {
  /** figures.csv source_url; for the two rows without URL, the source_title. */
  key: string;
  id: string;
  type: 'article' | 'report' | 'website';
  title: string;
  publisher: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, only when the title, URL or quote states it. */
  date: string;
  language: 'vi' | 'en' | 'de';
  note: string;
  /** Set for unofficial copies: the newspaper the text comes from. */
  mirrorOf?: string;
}

export interface Indicator {
  id: string;
  name_vi: string;
  name_en: string;
  unit: 'percent' | 'count' | 'vnd' | 'vnd_per_person' | 'ratio' | 'percent_change';
  denominator: string;
  higher_is_better: boolean;
  group: 'models' | 'association' | 'fund' | 'centres' | 'education' | 'digital';
  main: boolean;
  definition: string;
  legal_basis: string;
  note: string;
}

export interface Region {
  code: string;
  name: string;
  member_former_provinces: string;
  source: string;
  note: string;
}

/** Value written when figures.csv has no URL (the search index did not return one). */
export const NO_URL = '(URL not returned by the search index)';

// ---------------------------------------------------------------------------------------------
// Sources (data/sources/articles.csv)
// ---------------------------------------------------------------------------------------------

const A = 'article' as const;
const W = 'website' as const;

export const SOURCES: Source[] = [
  { key: 'https://baogialai.com.vn/nhan-rong-cac-mo-hinh-hoc-tap-trong-gia-dinh-dong-ho-cong-dong-post37073.html', id: 'baogialai-37073', type: A, title: 'Nhân rộng các mô hình học tập trong gia đình, dòng họ, cộng đồng', publisher: 'Báo Gia Lai (theo Cổng TTĐT Chính phủ)', date: '', language: 'vi', note: 'Tóm tắt QĐ 387/QĐ-TTg.' },
  { key: 'https://lsu.vn/day-manh-phong-trao-hoc-tap-suot-doi-giai-doan-2021-2030/', id: 'lsu-hoc-tap-suot-doi-2021-2030', type: A, title: 'Đẩy mạnh phong trào học tập suốt đời giai đoạn 2021-2030', publisher: 'lsu.vn', date: '', language: 'vi', note: 'Trang tóm tắt QĐ 387/QĐ-TTg.' },
  { key: 'https://baotintuc.vn/thoi-su/tong-ket-5-nam-de-an-day-manh-viec-hoc-tap-suot-doi-20190211181538271.htm', id: 'baotintuc-20190211181538271', type: A, title: 'Tổng kết 5 năm Đề án đẩy mạnh việc học tập suốt đời', publisher: 'Báo Tin tức (TTXVN)', date: '2019-02-11', language: 'vi', note: 'Nêu lại mục tiêu của QĐ 281/QĐ-TTg. Ngày lấy từ đường dẫn.' },
  { key: 'http://cand.com.vn/giao-duc/Ca-nuoc-co-hon-8-trieu-ho-dat-danh-hieu-Gia-dinh-hoc-tap-472636/', id: 'cand-472636', type: A, title: 'Cả nước có hơn 8 triệu hộ đạt danh hiệu Gia đình học tập', publisher: 'Công an Nhân dân', date: '', language: 'vi', note: '' },
  { key: 'https://baobariavungtau.com.vn/xa-hoi/202304/day-manh-phong-trao-hoc-tap-suot-doi-975023', id: 'baobariavungtau-975023', type: A, title: 'Đẩy mạnh phong trào học tập suốt đời', publisher: 'Báo Bà Rịa - Vũng Tàu', date: '2023-04', language: 'vi', note: 'Về Kế hoạch 49/KH-UBND của UBND tỉnh Bà Rịa - Vũng Tàu. Tháng lấy từ đường dẫn.' },
  { key: 'http://baohungyen.vn/xa-hoi/201910/hung-yen-phan-dau-den-nam-2020-co-75-so-gia-dinh-dat-danh-hieu-gia-dinh-hoc-tap-22171ef/', id: 'baohungyen-22171ef', type: A, title: 'Hưng Yên: Phấn đấu đến năm 2020, có 75% số gia đình đạt danh hiệu gia đình học tập', publisher: 'Báo Hưng Yên', date: '2019-10', language: 'vi', note: 'Tháng lấy từ đường dẫn.' },
  { key: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/59A55-hd-muc-tieu-cu-the-den-nam-2030-cua-chuong-trinh-xay-dung-mo-hinh-cong-dan-hoc-tap-giai-doan-2021-2030.html', id: 'thuvienphapluat-59a55', type: A, title: 'Mục tiêu cụ thể đến năm 2030 của Chương trình Xây dựng mô hình Công dân học tập giai đoạn 2021-2030', publisher: 'Thư viện Pháp luật', date: '', language: 'vi', note: 'Hỏi đáp pháp luật về QĐ 677/QĐ-TTg.' },
  { key: 'https://inoxgiaanh.com.vn/quyet-dinh-677-xay-dung-mo-hinh-cong-dan-hoc-tap-giai-doan-2021-2030-cua-thu-tuong-chinh-phu.html', id: 'inoxgiaanh-qd-677', type: W, title: 'Quyết định 677 Xây dựng mô hình công dân học tập giai đoạn 2021-2030 của Thủ tướng Chính phủ', publisher: 'inoxgiaanh.com.vn', date: '', language: 'vi', note: 'Bản tóm tắt QĐ 677/QĐ-TTg đăng trên website của một doanh nghiệp, không phải cơ quan nhà nước.' },
  { key: 'https://en.baobinhthuan.com.vn/bac-binh-xay-dung-mo-hinh-cong-dan-hoc-tap-102795.html', id: 'baobinhthuan-102795', type: A, title: 'Bắc Bình xây dựng mô hình Công dân học tập', publisher: 'Báo Bình Thuận', date: '', language: 'vi', note: 'Bài tiếng Việt dù tên miền là en.baobinhthuan.com.vn; nêu lại chỉ tiêu toàn quốc của QĐ 677/QĐ-TTg.' },
  { key: 'https://baomoi.com/tap-huan-trien-khai-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030-c43168176.epi', id: 'baomoi-43168176', type: A, title: 'Tập huấn triển khai đề án xây dựng xã hội học tập giai đoạn 2021-2030', publisher: 'Báo Khánh Hòa (qua Báo Mới)', date: '', language: 'vi', note: 'Nêu lại mục tiêu của QĐ 1373/QĐ-TTg.' },
  { key: 'https://baodongkhoi.vn/phan-dau-80-can-bo-cong-chuc-vien-chuc-dat-danh-hieu-cong-dan-hoc-tap--06072022-a102593.html', id: 'baodongkhoi-a102593', type: A, title: 'Phấn đấu 80% cán bộ, công chức, viên chức đạt danh hiệu Công dân học tập', publisher: 'Báo Đồng Khởi (Bến Tre)', date: '2022-07-06', language: 'vi', note: 'Ngày lấy từ đường dẫn.' },
  { key: 'https://svhttdl.quangnam.gov.vn/webcenter/portal/sovhttdl/pages_tin-tuc/chi-tiet?dDocName=PORTAL171509', id: 'svhttdl-quangnam-portal171509', type: A, title: 'Duy Xuyên có 26.889 gia đình được công nhận gia đình học tập', publisher: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam', date: '', language: 'vi', note: '' },
  { key: 'https://baohaiduong.vn/chuyen-muc/khuyen-hoc/20', id: 'baohaiduong-khuyen-hoc-20', type: A, title: 'Hội viên khuyến học toàn tỉnh chiếm gần 28% số dân', publisher: 'Báo Hải Dương', date: '', language: 'vi', note: 'Đường dẫn là trang chuyên mục "Khuyến học" (trang 20) chứa bài này.' },
  { key: 'https://baohaiduong.vn/quy-khuyen-hoc-dat-tren-100-ty-dong-254559.html', id: 'baohaiduong-254559', type: A, title: 'Quỹ Khuyến học đạt trên 100 tỷ đồng', publisher: 'Báo Hải Dương', date: '2018-12-26', language: 'vi', note: '' },
  { key: 'http://m.baohaiduong.vn/khuyen-hoc/quy-khuyen-hoc-toan-tinh-tang-gan-10-ty-dong-140254', id: 'baohaiduong-140254', type: A, title: 'Quỹ Khuyến học toàn tỉnh tăng gần 10 tỷ đồng', publisher: 'Báo Hải Dương', date: '2020-06-30', language: 'vi', note: '' },
  { key: 'http://www.baobacninh.com.vn/web/bbn/chi-tiet-giao-duc-va-dao-tao/-/details/20182/quy-khuyen-hoc-huyen-que-vo-at-hon-23-ty-ong', id: 'baobacninh-que-vo-23-ty', type: A, title: 'Quỹ khuyến học huyện Quế Võ đạt hơn 23 tỷ đồng', publisher: 'Báo Bắc Ninh', date: '2021-09-27', language: 'vi', note: '' },
  { key: 'https://thunghiem.baothaibinh.com.vn/tin-tuc/9/222748/huy-dong-hon-885-ty-dong-cho-quy-khuyen-hoc', id: 'baothaibinh-222748', type: A, title: 'Huy động hơn 885 tỷ đồng cho quỹ khuyến học', publisher: 'Báo Thái Bình', date: '2025-04-26', language: 'vi', note: 'Đường dẫn thuộc tên miền thử nghiệm (thunghiem.baothaibinh.com.vn) của Báo Thái Bình.' },
  { key: 'https://baonghean.vn/print/10043240.html', id: 'baonghean-10043240', type: A, title: 'Toàn tỉnh huy động được trên 41 tỷ đồng Quỹ Khuyến học', publisher: 'Báo Nghệ An', date: '', language: 'vi', note: 'Bản in (print) của bài.' },
  { key: 'http://baohungyen.vn/xa-hoi/201803/hung-yen-quy-khuyen-hoc-toan-tinh-dat-tren-558-ty-dong-783677/', id: 'baohungyen-783677', type: A, title: 'Hưng Yên: Quỹ khuyến học toàn tỉnh đạt trên 55,8 tỷ đồng', publisher: 'Báo Hưng Yên', date: '2018-03', language: 'vi', note: '' },
  { key: 'https://giaoduc.edu.vn/ca-nuoc-co-hon-7-1-trieu-hoi-vien-hoi-khuyen-hoc', id: 'giaoduc-7-1-trieu-hoi-vien', type: A, title: 'Cả nước có hơn 7,1 triệu hội viên Hội Khuyến học', publisher: 'giaoduc.edu.vn', date: '', language: 'vi', note: '' },
  { key: 'https://vov.vn/xa-hoi/giao-duc/dai-hoi-toan-quoc-hoi-khuyen-hoc-viet-nam-148307.vov', id: 'vov-148307', type: A, title: 'Đại hội toàn quốc Hội Khuyến học Việt Nam', publisher: 'VOV', date: '2010-07', language: 'vi', note: '' },
  { key: 'https://tinhuyquangtri.vn/mot-phan-tu-the-kỷ-ve-vang-cua-hoi-khuyen-hoc-viet-nam', id: 'tinhuyquangtri-mot-phan-tu-the-ky', type: A, title: 'Một phần tư thế kỷ vẻ vang của Hội Khuyến học Việt Nam', publisher: 'Cổng TTĐT Tỉnh ủy Quảng Trị', date: '', language: 'vi', note: '' },
  { key: 'https://phunuvietnam.vn/print/hoi-khuyen-hoc-viet-nam-to-chuc-nhieu-mo-hinh-hoc-tap-hieu-qua-2021112515280215.htm', id: 'phunuvietnam-2021112515280215', type: A, title: 'Hội Khuyến học Việt Nam tổ chức nhiều mô hình học tập hiệu quả', publisher: 'Phụ nữ Việt Nam', date: '2021-11-25', language: 'vi', note: 'Bản in (print) của bài.' },
  { key: 'https://vov2.vov.vn/giao-duc-dao-tao/van-dong-nuoi-hang-nghin-tre-em-mo-coi-do-dich-covid-19-30975.vov2', id: 'vov2-30975', type: A, title: 'Vận động nuôi hàng nghìn trẻ em mồ côi do dịch COVID-19', publisher: 'VOV2', date: '', language: 'vi', note: '' },
  { key: 'https://www.sggp.org.vn/hoc-tap-la-con-duong-tat-yeu-de-viet-nam-vuon-len-manh-me-thuc-hien-khat-vong-hung-cuong-post813315.html', id: 'sggp-813315', type: A, title: 'Học tập là con đường tất yếu để Việt Nam vươn lên mạnh mẽ, thực hiện khát vọng hùng cường', publisher: 'Sài Gòn Giải Phóng', date: '2025-09-16', language: 'vi', note: 'Tin Tổng Bí thư làm việc với Hội Khuyến học Việt Nam.' },
  { key: 'https://dantri.com.vn/giao-duc/nhieu-dan-an-chuyen-minh-chien-luoc-cua-hoi-khuyen-hoc-viet-nam-20251226160100957.htm', id: 'dantri-20251226160100957', type: A, title: 'Nhiều dấu ấn chuyển mình chiến lược của Hội Khuyến học Việt Nam', publisher: 'Dân trí', date: '2025-12-26', language: 'vi', note: '' },
  { key: 'http://mobile.coviet.vn/detail.aspx?pid=NzhDQzA5MDgwQg&key=Ng%C3%A0y+Khuy%E1%BA%BFn+h%E1%BB%8Dc+Vi%E1%BB%87t+Nam&type=A0', id: 'coviet-ngay-khuyen-hoc-viet-nam', type: W, title: 'Ngày Khuyến học Việt Nam', publisher: 'Cổ Việt / Lạc Việt', date: '', language: 'vi', note: 'Mục từ trên trang tra cứu, trích lại báo chí ngày 2–3/10/2008; trang không ghi ngày đăng.' },
  { key: 'https://baogialai.com.vn/gia-lai-tang-405-trieu-dong-cho-quy-khuyen-hoc-khuyen-tai-trong-nam-2024-post306133.html', id: 'baogialai-306133', type: A, title: 'Gia Lai tăng 405 triệu đồng cho quỹ khuyến học, khuyến tài trong năm 2024', publisher: 'Báo Gia Lai', date: '2025-01', language: 'vi', note: '' },
  { key: 'https://baothanhhoa.vn/phat-huy-vai-tro-nong-cot-cua-hoi-khuyen-hoc-trong-xay-dung-xa-hoi-hoc-tap-275357.htm', id: 'baothanhhoa-275357', type: A, title: 'Phát huy vai trò nòng cốt của Hội Khuyến học trong xây dựng xã hội học tập', publisher: 'Báo Thanh Hóa', date: '2026-01-16', language: 'vi', note: '' },
  { key: 'https://baothanhhoa.vn/xay-dung-phong-trao-khuyen-hoc-khuyen-tai-cac-tinh-bac-trung-bo-khong-ngung-phat-trien-271646.htm', id: 'baothanhhoa-271646', type: A, title: 'Xây dựng phong trào khuyến học, khuyến tài các tỉnh Bắc Trung bộ không ngừng phát triển', publisher: 'Báo Thanh Hóa', date: '2025-12-13', language: 'vi', note: 'Hội nghị giao ban Cụm thi đua khuyến học số 4 các tỉnh Bắc Trung bộ năm 2025.' },
  { key: 'https://baodantoc.vn/hoc-tap-suot-doi-trong-thoi-dai-so-o-vung-cao-1604937858934.htm', id: 'baodantoc-1604937858934', type: A, title: 'Học tập suốt đời trong thời đại số ở vùng cao', publisher: 'Báo Dân tộc và Phát triển', date: '', language: 'vi', note: '' },
  { key: 'https://baovephapluat.vn/van-hoa-xa-hoi/giao-duc/ca-nuoc-co-tren-5-5-trieu-gia-dinh-hieu-hoc-43221.html', id: 'baovephapluat-43221', type: A, title: 'Cả nước có trên 5,5 triệu gia đình hiếu học', publisher: 'Báo Bảo vệ Pháp luật', date: '', language: 'vi', note: 'Bài không ghi ngày; dùng tên danh hiệu cũ "Gia đình hiếu học".' },
  { key: 'https://sonla.gov.vn/thong-tin-tuyen-truyen-pho-bien-phap-luat/hoi-khuyen-hoc-tinh-tong-ket-cong-tac-khuyen-hoc-nam-2022-trien-khai-nhiem-vu-nam-2023-662565', id: 'sonla-662565', type: A, title: 'Hội Khuyến học tỉnh tổng kết công tác khuyến học năm 2022 triển khai nhiệm vụ năm 2023', publisher: 'Cổng TTĐT tỉnh Sơn La', date: '', language: 'vi', note: '' },
  { key: 'https://en.baosonla.org.vn/xa-hoi/building-of-learning-society-in-son-la-surveyed-1Jwd0eRDg.html', id: 'baosonla-en-1jwd0erdg', type: A, title: 'Building of learning society in Son La surveyed', publisher: 'Báo Sơn La (tiếng Anh)', date: '', language: 'en', note: 'Buổi khảo sát ngày 31/10; bài không ghi năm.' },
  { key: 'https://www.vietnam.vn/en/khao-sat-tinh-hinh-thuc-hien-xay-dung-xa-hoi-hoc-tap', id: 'vietnamvn-khao-sat-xhht-son-la', type: A, title: 'Khảo sát tình hình thực hiện xây dựng xã hội học tập', publisher: 'vietnam.vn (tiếng Anh)', date: '', language: 'en', note: 'Bản tiếng Anh trên vietnam.vn của tin về buổi khảo sát ở Sơn La.' },
  { key: 'https://en.baosonla.org.vn/thoi-su-chinh-tri/provincial-steering-committee-for-building-learning-society-convenes-meeting-LLN0qaVvR.html', id: 'baosonla-en-lln0qavvr', type: A, title: 'Provincial steering committee for building learning society convenes meeting', publisher: 'Báo Sơn La (tiếng Anh)', date: '2026-01-09', language: 'en', note: '' },
  { key: 'https://thongtindoingoai.sonla.gov.vn/en/content-1450-lan-toa-xa-hoi-hoc-tap-so-o-vung-cao.html', id: 'thongtindoingoai-sonla-1450', type: A, title: 'Lan tỏa xã hội học tập số ở vùng cao', publisher: 'Thông tin đối ngoại tỉnh Sơn La (tiếng Anh)', date: '', language: 'en', note: 'Trang tiếng Anh, tiêu đề theo đường dẫn tiếng Việt.' },
  { key: 'https://baobariavungtau.com.vn/xa-hoi/202309/day-manh-hoat-dong-khuyen-hoc-khuyen-tai-va-xay-dung-xa-hoi-hoc-tap-989630/index.htm', id: 'baobariavungtau-989630', type: A, title: 'Đẩy mạnh hoạt động khuyến học, khuyến tài và xây dựng xã hội học tập', publisher: 'Báo Bà Rịa - Vũng Tàu', date: '2023-09-08', language: 'vi', note: '' },
  { key: 'http://baodongnai.com.vn/vanhoa/202010/tplong-khanh-co-51-dong-ho-hoc-tap-3024453/', id: 'baodongnai-3024453', type: A, title: 'TP.Long Khánh có 51 dòng họ học tập', publisher: 'Báo Đồng Nai', date: '2020-10-02', language: 'vi', note: '' },
  { key: 'https://baomoi.net.vn/son-hoa-bieu-duong-cac-gia-dinh-dong-ho-cong-dong-va-don-vi-hoc-tap-tieu-bieu-c35433664.epi', id: 'baomoi-35433664', type: A, title: 'Sơn Hòa: Biểu dương các gia đình, dòng họ, cộng đồng và đơn vị học tập tiêu biểu', publisher: 'Báo Phú Yên (qua Báo Mới)', date: '', language: 'vi', note: '' },
  { key: 'https://www.decembercalendar.biz/nghe-an-van-dong-duoc-gan-47-ty-dong-dip-tet-khuyen-hoc/', id: 'decembercalendar-nghe-an-tet-khuyen-hoc', type: A, title: 'Nghệ An vận động được gần 47 tỷ đồng dịp Tết khuyến học', publisher: 'decembercalendar.biz', date: '', language: 'vi', note: 'Trang nhân bản (sao chép không chính thức) bài của Báo Nghệ An; không phải trang của tòa soạn.', mirrorOf: 'Báo Nghệ An' },
  { key: 'https://kinhtemoitruong.vn./van-dong-79989.tag', id: 'kinhtemoitruong-tag-79989', type: W, title: 'Vận động', publisher: 'Kinh tế & Môi trường', date: '', language: 'vi', note: 'Trang thẻ (tag) "Vận động", trích tin Tết khuyến học của Nghệ An; đường dẫn giữ nguyên như bản lưu (có dấu chấm sau tên miền).' },
  { key: 'https://cualo.vn/phat-dong-tet-khuyen-hoc-nam-2017/', id: 'cualo-tet-khuyen-hoc-2017', type: A, title: 'Phát động tết khuyến học năm 2017', publisher: 'Cổng TTĐT thị xã Cửa Lò (Nghệ An)', date: '2017', language: 'vi', note: 'Năm lấy từ tiêu đề.' },
  { key: 'https://baonghean.vn/en/hoi-khuyen-hoc-nghe-an-diem-sang-xay-dung-xa-hoi-hoc-tap-10120049.html', id: 'baonghean-en-10120049', type: A, title: "Nghe An Association for the Promotion of Education: 'Bright spot' in building a learning society", publisher: 'Báo Nghệ An (tiếng Anh)', date: '', language: 'en', note: 'Bài không ghi ngày.' },
  { key: 'http://chuvanan.org/threads/ngay-hoi-khuyen-hoc-ha-noi-nam-2011.8363/latest', id: 'chuvanan-8363', type: W, title: 'Ngày hội Khuyến học Hà Nội năm 2011', publisher: 'chuvanan.org', date: '2011', language: 'vi', note: 'Chủ đề trên diễn đàn; năm lấy từ tiêu đề.' },
  { key: 'Hội Khuyến học Hà Nội kỷ niệm 15 năm thành lập (15/12/2013)', id: 'khuyenhoc-hanoi-15-nam-2013', type: A, title: 'Hội Khuyến học Hà Nội kỷ niệm 15 năm thành lập', publisher: '', date: '2013-12-15', language: 'vi', note: 'Không có đường dẫn: công cụ tìm kiếm của bản lưu không trả về URL của trang này (một trong hai nguồn bài báo duy nhất được phép để trống url). Ngày theo tiêu đề trong bản ghi gốc.' },
  { key: 'Đại hội biểu dương GĐHH, DHHH, CĐHH tỉnh Nghệ An (page, URL not returned by index)', id: 'nghe-an-dai-hoi-bieu-duong-gdhh', type: A, title: 'Đại hội biểu dương gia đình hiếu học, dòng họ hiếu học, cộng đồng khuyến học tỉnh Nghệ An', publisher: '', date: '', language: 'vi', note: 'Không có đường dẫn: công cụ tìm kiếm của bản lưu không trả về URL của trang này (một trong hai nguồn bài báo duy nhất được phép để trống url). Tiêu đề viết đầy đủ từ "Đại hội biểu dương GĐHH, DHHH, CĐHH tỉnh Nghệ An".' },
  { key: 'http://lythuongkiet-nuithanh.edu.vn/vi/news/savefile/Tin-tuc-Su-kien/Hon-42-6-ty-dong-cho-cong-tac-khuyen-hoc-14/', id: 'lythuongkiet-nuithanh-42-6-ty', type: A, title: 'Hơn 42,6 tỷ đồng cho công tác khuyến học', publisher: 'Website trường Lý Thường Kiệt (Núi Thành), nguồn: Báo Quảng Nam', date: '', language: 'vi', note: 'Trang trường học đăng lại tin của Báo Quảng Nam.' },
  { key: 'https://dantri.com.vn/giao-duc/phu-tho-lan-song-hoc-tap-suot-doi-dien-ra-manh-me-20170928072753077.htm', id: 'dantri-20170928072753077', type: A, title: 'Phú Thọ: Làn sóng học tập suốt đời diễn ra mạnh mẽ', publisher: 'Dân trí', date: '2017-09-28', language: 'vi', note: '' },
  { key: 'http://vanhoanghethuat.vn/khuyen-hoc-o-phu-tho-uom-mam-va-ket-noi-cac-gia-tri-van-hoa-giua-gia-dinh-dong-ho-va-cong-dong.htm', id: 'vanhoanghethuat-khuyen-hoc-phu-tho', type: A, title: 'Khuyến học ở Phú Thọ: Ươm mầm và kết nối các giá trị văn hóa giữa gia đình, dòng họ và cộng đồng', publisher: 'Tạp chí Văn hóa Nghệ thuật', date: '', language: 'vi', note: 'Bài không ghi ngày.' },
  { key: 'https://baoquangnam.vn/giao-duc/hoi-khuyen-hoc-cuu-giao-chuc-bac-tra-my-to-chuc-dai-hoi-lan-thu-i-113352.html', id: 'baoquangnam-113352', type: A, title: 'Hội Khuyến học - cựu giáo chức Bắc Trà My tổ chức đại hội lần thứ I', publisher: 'Báo Quảng Nam', date: '', language: 'vi', note: '' },
  { key: 'https://hanoimoi.vn/print/691286.html', id: 'hanoimoi-691286', type: A, title: 'TP Hồ Chí Minh có hơn 1,5 triệu "Gia đình học tập"', publisher: 'Hà Nội Mới', date: '2025-01-22', language: 'vi', note: 'Bản in (print) của bài.' },
  { key: 'https://daidoanket.vn/nam-dinh-tap-trung-xay-dung-xa-hoi-hoc-tap-10085070.html', id: 'daidoanket-10085070', type: A, title: 'Nam Định tập trung xây dựng xã hội học tập', publisher: 'Đại Đoàn Kết', date: '2017-10-09', language: 'vi', note: 'Tin Đại hội Hội Khuyến học tỉnh Nam Định lần thứ V.' },
  { key: 'http://thanhnien.vn/giao-duc/tuyen-duong-241-gia-dinh-hieu-hoc-26683.html', id: 'thanhnien-26683', type: A, title: 'Tuyên dương 241 gia đình hiếu học', publisher: 'Thanh Niên', date: '', language: 'vi', note: 'Bài không ghi ngày.' },
  { key: 'https://dantoctongiao.congthuong.vn/tinh-quang-ninh-co-hon-1000-dong-ho-duoc-cong-nhan-la-dong-ho-hieu-hoc-245619.html', id: 'congthuong-245619', type: A, title: 'Tỉnh Quảng Ninh có hơn 1.000 dòng họ được công nhận là "dòng họ hiếu học"', publisher: 'Tạp chí Công Thương', date: '2023-03-09', language: 'vi', note: '' },
  { key: 'https://m.infonet.vietnamnet.vn/gioi-tre/hoc-duong/quang-ninh-71-4-so-gia-dinh-duoc-cong-nhan-la-gia-dinh-hoc-tap-291994.html', id: 'infonet-291994', type: A, title: 'Quảng Ninh: 71,4% số gia đình được công nhận là gia đình học tập', publisher: 'Infonet (VietNamNet)', date: '', language: 'vi', note: '' },
  { key: 'https://www.vietnam.vn/en/lan-toa-tinh-than-hoc-khong-bao-gio-cung', id: 'vietnamvn-hoc-khong-bao-gio-cung', type: A, title: "Lan tỏa tinh thần 'Học không bao giờ cùng'", publisher: 'vietnam.vn (tiếng Anh, theo Báo Quảng Ninh)', date: '', language: 'en', note: 'Trang tiếng Anh, tiêu đề theo đường dẫn tiếng Việt.' },
  { key: 'http://danguykhoikiengiang.vn/Category/Content/2206', id: 'danguykhoikiengiang-2206', type: A, title: 'Bài về Hội Khuyến học tỉnh Kiên Giang', publisher: 'Đảng ủy Khối cơ quan tỉnh Kiên Giang', date: '', language: 'vi', note: 'Tiêu đề mô tả theo bản ghi gốc (tiêu đề thật của bài không có trong bản lưu); bài không ghi ngày.' },
  { key: 'https://congdankhuyenhoc.vn/kien-giang-ban-giao-39-can-nha-khuyen-hoc-tang-hoc-sinh-kho-khan-nam-2023-179240117182806796.htm', id: 'congdankhuyenhoc-179240117182806796', type: A, title: 'Kiên Giang: Bàn giao 39 căn nhà khuyến học tặng học sinh khó khăn năm 2023', publisher: 'Công dân & Khuyến học', date: '2024-01-17', language: 'vi', note: '' },
  { key: 'https://doanhnghiephoinhap.vn/vinh-phuc-dai-hoi-dai-bieu-hoi-khuyen-hoc-lan-thu-v-nhiem-ky-2021-2026.html', id: 'doanhnghiephoinhap-vinh-phuc-dai-hoi-v', type: A, title: 'Vĩnh Phúc: Đại hội đại biểu Hội Khuyến học lần thứ V nhiệm kỳ 2021-2026', publisher: 'Doanh nghiệp Hội nhập', date: '2021-11-27', language: 'vi', note: '' },
  { key: 'https://baokhanhhoa.vn/xa-hoi/201311/hoi-khuyen-hoc-huyen-van-ninh-dai-hoi-lan-thu-3-2278054', id: 'baokhanhhoa-2278054', type: A, title: 'Hội Khuyến học huyện Vạn Ninh: Đại hội lần thứ 3', publisher: 'Báo Khánh Hòa', date: '2013-11', language: 'vi', note: '' },
  { key: 'https://thanhnien.vn/bieu-duong-cac-gia-dinh-hieu-hoc-18523471.amp', id: 'thanhnien-18523471', type: A, title: 'Biểu dương các gia đình hiếu học', publisher: 'Thanh Niên', date: '', language: 'vi', note: 'Bản AMP của bài.' },
  { key: 'https://vnexpress.net/ha-noi-la-thanh-pho-hoc-tap-toan-cau-thu-6-cua-viet-nam-4989954.html', id: 'vnexpress-4989954', type: A, title: 'Hà Nội là thành phố học tập toàn cầu thứ 6 của Việt Nam', publisher: 'VnExpress', date: '2025-12-05', language: 'vi', note: '' },
  { key: 'https://trithucvn2.net/tin-tuc-vn/viet-nam-them-2-thanh-pho-gia-nhap-mang-luoi-thanh-pho-hoc-tap-toan-cau.html/amp', id: 'trithucvn2-them-2-thanh-pho-hoc-tap', type: A, title: 'Việt Nam thêm 2 thành phố gia nhập mạng lưới thành phố học tập toàn cầu', publisher: 'trithucvn2.net', date: '', language: 'vi', note: '' },
  { key: 'https://www.vietnam.vn/en/hon-70-nghin-hoc-vien-duoc-huy-dong-tham-gia-lop-hoc-xoa-mu-chu', id: 'vietnamvn-70-nghin-hoc-vien-xmc', type: A, title: 'More than 70 thousand students mobilized to participate in literacy classes', publisher: 'vietnam.vn (tiếng Anh)', date: '', language: 'en', note: 'Số liệu của Bộ Giáo dục và Đào tạo.' },
  { key: 'https://thongtin.vietnam.vn/en/ca-nuoc-huy-dong-hon-70-000-hoc-vien-tham-gia-lop-xoa-mu-chu', id: 'thongtin-vietnamvn-70000-hoc-vien-xmc', type: A, title: 'The whole country mobilized more than 70,000 students to participate in literacy classes', publisher: 'thongtin.vietnam.vn (tiếng Anh)', date: '', language: 'en', note: 'Theo bản ghi gốc: lấy từ Báo Tuyên Quang/Hà Nội Mới.' },
  { key: 'http://baoyenbai.com.vn/13/211577/Yen-Bai-du-Hoi-nghi-truc-tuyen-toan-quoc-tong-ket-De-an-Xay-dung-xa-hoi-hoc-tap-giai-doan-2012--2020.aspx', id: 'baoyenbai-211577', type: A, title: 'Yên Bái dự Hội nghị trực tuyến toàn quốc tổng kết Đề án Xây dựng xã hội học tập giai đoạn 2012-2020', publisher: 'Báo Yên Bái', date: '', language: 'vi', note: '' },
  { key: 'https://news.baokhanhhoa.vn/socio_politic/201602/over-5500-workshops-at-community-learning-centers-2425463', id: 'baokhanhhoa-en-2425463', type: A, title: 'Over 5,500 workshops at community learning centers', publisher: 'Báo Khánh Hòa (tiếng Anh)', date: '2016-02', language: 'en', note: '' },
  { key: 'https://nongnghiep.vn/ca-nuoc-co-9600-trung-tam-hoc-tap-cong-dong-post55816.html', id: 'nongnghiep-55816', type: A, title: 'Cả nước có 9.600 trung tâm học tập cộng đồng', publisher: 'Nông nghiệp Việt Nam', date: '2010-07-06', language: 'vi', note: '' },
  { key: 'https://baonamdinh.vn/channel/5096/201302/Tang-cuong-chat-va-luong-trung-tam-hoc-tap-cong-dong-2221966', id: 'baonamdinh-2221966', type: A, title: 'Tăng cường chất và lượng trung tâm học tập cộng đồng', publisher: 'Báo Nam Định (theo Nhân Dân)', date: '2013-02', language: 'vi', note: '' },
  { key: 'http://www.baomoi.com/hon-19-trieu-luot-nguoi-tham-gia-hoc-tap-cong-dong/c/12933577.epi', id: 'baomoi-12933577', type: A, title: 'Hơn 19 triệu lượt người tham gia học tập cộng đồng', publisher: 'Kinh tế & Đô thị (qua Báo Mới)', date: '2014-01', language: 'vi', note: '' },
  { key: 'http://baolamdong.vn/xahoi/201809/84-trung-tam-hoc-tap-cong-dong-ket-hop-voi-nha-van-hoa-xa-2910704/', id: 'baolamdong-2910704', type: A, title: '84 trung tâm học tập cộng đồng kết hợp với nhà văn hóa xã', publisher: 'Báo Lâm Đồng', date: '2018-09-12', language: 'vi', note: '' },
  { key: 'https://baobariavungtau.com.vn/xa-hoi/202401/nam-2023-cac-cap-hoi-khuyen-hoc-tinh-cap-hoc-bong-hon-545-ty-dong-1000569/index.htm', id: 'baobariavungtau-1000569', type: A, title: 'Năm 2023: Các cấp hội khuyến học tỉnh cấp học bổng hơn 54,5 tỷ đồng', publisher: 'Báo Bà Rịa - Vũng Tàu', date: '2024-01-09', language: 'vi', note: '' },
  { key: 'https://baogialai.com.vn/gia-lai-co-123866-gia-dinh-hoc-tap-post257884.html', id: 'baogialai-257884', type: A, title: 'Gia Lai có 123.866 gia đình học tập', publisher: 'Báo Gia Lai', date: '2023-12', language: 'vi', note: '' },
  { key: 'https://thangbinh.quangnam.gov.vn/print/38778.html', id: 'thangbinh-38778', type: A, title: 'Hội Khuyến học huyện Thăng Bình: 30 năm xây dựng và phát triển', publisher: 'Cổng TTĐT huyện Thăng Bình (Quảng Nam)', date: '', language: 'vi', note: 'Bản in (print) của bài.' },
  { key: 'https://www.vietnam.vn/en/huong-hoa-no-luc-xay-dung-cac-mo-hinh-hoc-tap', id: 'vietnamvn-huong-hoa-mo-hinh-hoc-tap', type: A, title: 'Huong Hoa strives to build learning models', publisher: 'vietnam.vn (tiếng Anh, theo Báo Quảng Trị)', date: '', language: 'en', note: 'Bài không ghi ngày.' },
  { key: 'https://baoquangnam.vn/print/3095214.html', id: 'baoquangnam-3095214', type: A, title: 'Hội Khuyến học tỉnh tổ chức Đại hội lần thứ V', publisher: 'Báo Quảng Nam', date: '2017-09-19', language: 'vi', note: 'Bản in (print) của bài.' },
  { key: 'https://bacninh.gov.vn/en/web/english/news/-/details/4790216/scientific-workshop-on-role-of-family-in-building-learning-society-73747746', id: 'bacninh-en-73747746', type: A, title: 'Scientific workshop on role of family in building learning society', publisher: 'Cổng TTĐT tỉnh Bắc Ninh (tiếng Anh)', date: '', language: 'en', note: '' },
  { key: 'https://en.quangnam.gov.vn/print/58897.html', id: 'quangnam-en-58897', type: A, title: 'Quang Nam implements documents and directives on building learning and learning promotion models', publisher: 'Cổng TTĐT tỉnh Quảng Nam (tiếng Anh)', date: '', language: 'en', note: 'Hội nghị sáng 30/9; bài không ghi năm.' },
  { key: 'https://en.vietnamplus.vn/bac-giang-focuses-on-building-learning-society-post67733.vnp', id: 'vietnamplus-en-67733', type: A, title: 'Bac Giang focuses on building learning society', publisher: 'VietnamPlus (TTXVN, tiếng Anh)', date: '', language: 'en', note: 'Bài không ghi ngày.' },
  { key: 'http://game.marimbapop.com/html/268c298783.html', id: 'marimbapop-268c298783', type: A, title: 'Cần Thơ vận động hơn 17 tỉ đồng cho công tác khuyến học, khuyến tài', publisher: 'game.marimbapop.com', date: '2017-07-04', language: 'vi', note: 'Trang nhân bản rác (spam mirror) sao chép bài của Báo Cần Thơ; không phải trang của tòa soạn. Ngày 4/7/2017 theo bản ghi gốc.', mirrorOf: 'Báo Cần Thơ' },
  { key: 'https://nhandan.com.vn/tin-tuc-giao-duc/hoi-khuyen-hoc-cac-tinh-dbscl-van-dong-duoc-hon-210-ty-dong-610885/', id: 'nhandan-610885', type: A, title: 'Hội khuyến học các tỉnh ĐBSCL vận động được hơn 210 tỷ đồng', publisher: 'Nhân Dân', date: '2020-07-31', language: 'vi', note: '' },
  { key: 'https://daklak.gov.vn/giao-duc-khoa-hoc-cong-nghe/-/asset_publisher/bDngMUmMrWIw/content/-ai-hoi-hoi-khuyen-hoc-tinh-lan-thu-iv-nhiem-ky-2016-2021', id: 'daklak-dai-hoi-khuyen-hoc-iv', type: A, title: 'Đại hội Hội Khuyến học tỉnh lần thứ IV, nhiệm kỳ 2016-2021', publisher: 'Cổng TTĐT tỉnh Đắk Lắk', date: '', language: 'vi', note: '' },
  { key: 'https://suckhoeviet.org.vn/dak-lak-dai-hoi-dai-bieu-hoi-khuyen-hoc-tinh-lan-thu-v-nhiem-ky-2021-2026-1128.html', id: 'suckhoeviet-1128', type: A, title: 'Đắk Lắk: Đại hội Đại biểu Hội Khuyến học tỉnh lần thứ V, nhiệm kỳ 2021-2026', publisher: 'Sức khỏe Việt', date: '', language: 'vi', note: '' },
  { key: 'https://www.vietnam.vn/en/huyen-ngheo-nhat-an-giang-cham-lo-khuyen-hoc-khuyen-tai', id: 'vietnamvn-tri-ton-khuyen-hoc', type: A, title: 'Poorest district of An Giang cares for learning promotion', publisher: 'vietnam.vn (tiếng Anh)', date: '', language: 'en', note: 'Về huyện Tri Tôn (An Giang).' },
  { key: 'https://www.bienphong.com.vn/bieu-duong-294-mo-hinh-hoc-tap-tieu-bieu-toan-quoc-post435513.html', id: 'bienphong-435513', type: A, title: 'Biểu dương 294 mô hình học tập tiêu biểu toàn quốc', publisher: 'Báo Biên phòng', date: '2020-12', language: 'vi', note: 'Số liệu báo cáo của Hội Khuyến học Việt Nam.' },
  { key: 'http://cand.com.vn/giao-duc/Ca-nuoc-huy-dong-duoc-26-694-nguoi-ra-hoc-xoa-mu-chu-556002/', id: 'cand-556002', type: A, title: 'Cả nước huy động được 26.694 người ra học xóa mù chữ', publisher: 'Công an Nhân dân', date: '', language: 'vi', note: '' },
  { key: 'https://baonghean.vn/en/100-xa-phuong-thi-tran-co-trung-tam-hoc-tap-cong-dong-10090082.html', id: 'baonghean-en-10090082', type: A, title: '100% of communes, wards and towns have Community Learning Centers', publisher: 'Báo Nghệ An (tiếng Anh)', date: '', language: 'en', note: '' },
  { key: 'https://english.vtv.vn/news/vietnams-education-ministry-reviews-learning-society-programme-20210708073418562.htm', id: 'vtv-en-20210708073418562', type: A, title: "Vietnam's education ministry reviews learning society programme", publisher: 'VTV (tiếng Anh)', date: '2021-07-08', language: 'en', note: '' },
  { key: 'https://baoninhbinh.org.vn/cong-tac-khuyen-hoc-khuyen-tai-gop-phan-thuc-day-phong-trao/d20190610080224283.htm', id: 'baoninhbinh-20190610080224283', type: A, title: 'Công tác khuyến học, khuyến tài góp phần thúc đẩy phong trào...', publisher: 'Báo Ninh Bình', date: '2019-06-10', language: 'vi', note: 'Tiêu đề bị cắt trong bản ghi gốc.' },
  { key: 'https://khoahockythuat.ninhbinh.gov.vn/tin-hoat-dong-khkt/nhung-con-so-an-tuong-cua-cong-tac-khuyen-hoc-giai-doan-2009-2015-689.html', id: 'khoahockythuat-ninhbinh-689', type: A, title: 'Những con số ấn tượng của công tác khuyến học giai đoạn 2009-2015', publisher: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình', date: '', language: 'vi', note: '' },
  { key: 'https://baoninhbinh.org.vn/day-manh-cong-tac-khuyen-hoc-khuyen-tai-xay-dung-xa-hoi-hoc/d20150402091359144.htm', id: 'baoninhbinh-20150402091359144', type: A, title: 'Đẩy mạnh công tác khuyến học, khuyến tài, xây dựng xã hội học tập', publisher: 'Báo Ninh Bình', date: '2015-04-02', language: 'vi', note: '' },
  { key: 'https://baoninhbinh.org.vn/khoi-day-va-phat-huy-manh-me-phong-trao-khuyen-hoc-khuyen/d20160929082725351.htm', id: 'baoninhbinh-20160929082725351', type: A, title: 'Khơi dậy và phát huy mạnh mẽ phong trào khuyến học, khuyến tài', publisher: 'Báo Ninh Bình', date: '2016-09-29', language: 'vi', note: '' },
  { key: 'https://m.infonet.vietnamnet.vn/gioi-tre/hoc-duong/ninh-binh-dua-cong-tac-khuyen-hoc-tro-thanh-phong-trao-cua-nguoi-dan-278163.html', id: 'infonet-278163', type: A, title: 'Ninh Bình đưa công tác khuyến học trở thành phong trào của người dân', publisher: 'Infonet (VietNamNet)', date: '', language: 'vi', note: '' },
  { key: 'https://www.vietnam.vn/en/lan-toa-phong-trao-thi-dua-hoc-tap-suot-doi-trong-cac-dong-ho', id: 'vietnamvn-hoc-tap-suot-doi-dong-ho', type: A, title: 'Spreading the lifelong learning emulation movement in clans', publisher: 'vietnam.vn (tiếng Anh, theo Báo Ninh Bình)', date: '', language: 'en', note: '' },
  { key: 'https://baolangson.vn/xa-hoi/giao-duc/91634-ninh-binh-hang-tram-nghin-luot-nguoi-duoc-quy-khuyen-hoc-ho-tro.html', id: 'baolangson-91634', type: A, title: 'Ninh Bình: Hàng trăm nghìn lượt người được Quỹ khuyến học hỗ trợ', publisher: 'Báo Lạng Sơn', date: '', language: 'vi', note: '' },
  { key: 'https://baoninhbinh.org.vn/hoi-khuyen-hoc-huyen-hoa-lu-ky-niem-20-nam-thanh-lap/d2019042711408719.htm', id: 'baoninhbinh-2019042711408719', type: A, title: 'Hội Khuyến học huyện Hoa Lư kỷ niệm 20 năm thành lập', publisher: 'Báo Ninh Bình', date: '2019-04-27', language: 'vi', note: '' },
  { key: 'https://lsu.vn/muc-tieu-cua-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030/', id: 'lsu-muc-tieu-de-an-xhht-2021-2030', type: A, title: 'Mục tiêu của Đề án Xây dựng xã hội học tập giai đoạn 2021-2030', publisher: 'lsu.vn', date: '', language: 'vi', note: 'Trang tóm tắt QĐ 1373/QĐ-TTg.' },
  { key: 'https://baophunuthudo.vn/article/97367/214/thu-tuong-chinh-phu-phe-duyet-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030', id: 'baophunuthudo-97367', type: A, title: 'Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030"', publisher: 'Báo Phụ nữ Thủ đô', date: '', language: 'vi', note: 'Về QĐ 1373/QĐ-TTg; tiêu đề phụ bị cắt trong bản lưu.' },
  { key: 'https://thukyluat.vn/news/thong-bao-van-ban-moi/phan-dau-den-nam-2030-90-truong-dai-hoc-thuc-hien-dai-hoc-so-96569.html', id: 'thukyluat-96569', type: A, title: 'Phấn đấu đến năm 2030: 90% trường đại học thực hiện đại học số', publisher: 'Thư ký luật', date: '', language: 'vi', note: 'Về QĐ 1373/QĐ-TTg.' },
  { key: 'https://www.qdnd.vn/giao-duc-khoa-hoc/tin-tuc/day-manh-hoc-tap-suot-doi-thong-qua-hoat-dong-thu-vien-va-bao-tang-713510', id: 'qdnd-713510', type: A, title: 'Đẩy mạnh học tập suốt đời thông qua hoạt động thư viện và bảo tàng', publisher: 'Quân đội Nhân dân', date: '', language: 'vi', note: '' },
  { key: 'https://dansinh.dantri.com.vn/dien-dan-dan-sinh/den-nam-2030-ha-noi-phan-dau-dat-danh-hieu-thanh-pho-hoc-tap-20211218234640000.htm', id: 'dansinh-20211218234640000', type: A, title: 'Đến năm 2030, Hà Nội phấn đấu đạt danh hiệu thành phố học tập', publisher: 'Dân sinh (Dân trí)', date: '2021-12-18', language: 'vi', note: '' },
  { key: 'https://baobinhduong.vn/en/provincial-study-promotion-association-promoted-a272216.html', id: 'baobinhduong-en-a272216', type: A, title: 'Provincial Study Promotion Association promoted', publisher: 'Báo Bình Dương (tiếng Anh)', date: '', language: 'en', note: 'Trang không hiện ngày.' },
  { key: 'https://old.baolangson.vn/en/society/18072-celebrating-the-20th-anniversary-of-the-establishment-of-the-provincial-study-promotion-association.html', id: 'baolangson-en-18072', type: A, title: 'Celebrating the 20th anniversary of the establishment of the Provincial Study Promotion Association', publisher: 'Báo Lạng Sơn (tiếng Anh)', date: '', language: 'en', note: '' },
  { key: 'https://thongtin.vietnam.vn/en/ong-le-minh-trong-lam-chu-tich-hoi-khuyen-hoc-tinh-tay-ninh-moi', id: 'thongtin-vietnamvn-tay-ninh-moi', type: A, title: 'Mr. Le Minh Trong becomes Chairman of the (new) Tay Ninh Provincial Association for Promotion of Education', publisher: 'thongtin.vietnam.vn (tiếng Anh)', date: '', language: 'en', note: '' },
  { key: 'https://baolongan.vn/dai-hoi-hoi-khuyen-hoc-viet-nam-tinh-long-an-lan-thu-iv-bau-ban-chap-hanh-gom-43-thanh-vien-a11805.html', id: 'baolongan-a11805', type: A, title: 'Đại hội Hội khuyến học Việt Nam tỉnh Long An lần thứ IV', publisher: 'Báo Long An', date: '2015-12-29', language: 'vi', note: '' },
  { key: 'https://baokhanhhoa.vn/xa-hoi/giao-duc/201812/nam-2018-hoi-khuyen-hoc-tinh-khanh-hoa-phat-trien-hon-1800-hoi-vien-8100657/', id: 'baokhanhhoa-8100657', type: A, title: 'Năm 2018, Hội Khuyến học tỉnh Khánh Hòa phát triển hơn 1.800 hội viên', publisher: 'Báo Khánh Hòa', date: '2018-12-25', language: 'vi', note: '' },
  { key: 'https://en.baosonla.org.vn/xa-hoi/northwestern-provinces-review-education-promotion-6jVpwH4Ng.html', id: 'baosonla-en-6jvpwh4ng', type: A, title: 'Northwestern provinces review education promotion', publisher: 'Báo Sơn La (tiếng Anh)', date: '', language: 'en', note: 'Hội nghị của Cụm thi đua Tây Bắc (9 tỉnh); số liệu năm 2024.' },
  { key: 'https://www.vietnam.vn/en/kiem-tra-cong-tac-khuyen-hoc-khuyen-tai-xay-dung-xa-hoi-hoc-tap-o-lao-cai', id: 'vietnamvn-kiem-tra-khuyen-hoc-lao-cai', type: A, title: 'Inspecting the work of education promotion in Lao Cai', publisher: 'vietnam.vn (tiếng Anh)', date: '', language: 'en', note: 'Trang chỉ ghi ngày 25/7, không ghi năm.' },
  { key: 'https://baohaiduong.vn/en/tong-quy-khuyen-hoc-cua-hai-duong-gan-155-ty-dong-349398.html', id: 'baohaiduong-en-349398', type: A, title: "Hai Duong's total scholarship fund nearly 155 billion VND", publisher: 'Báo Hải Dương (tiếng Anh)', date: '', language: 'en', note: '' },
  { key: 'https://news.baokhanhhoa.vn/socio_politic/201712/education-and-learning-society-promotion-achievements-8064789', id: 'baokhanhhoa-en-8064789', type: A, title: 'Education and learning society promotion achievements', publisher: 'Báo Khánh Hòa (tiếng Anh)', date: '2017-12', language: 'en', note: '' },
  { key: 'https://baonghean.vn/en/hung-nguyen-quy-khuyen-hoc-cac-cap-dat-gan-8-ty-dong-10078028.html', id: 'baonghean-en-10078028', type: A, title: 'Hung Nguyen: Scholarship fund at all levels reaches nearly 8 billion VND', publisher: 'Báo Nghệ An (tiếng Anh)', date: '', language: 'en', note: '' },
  { key: 'https://hdndtuyenquang.gov.vn/tin-hoat-dong/tin-tuc-chung/ket-qua-hoat-dong-khuyen-hoc-khuyen-tai-tren-dia-ban-tinh-tuyen-quang-giai-doan-2011-2016!-81.html', id: 'hdndtuyenquang-81', type: A, title: 'Kết quả hoạt động khuyến học, khuyến tài trên địa bàn tỉnh Tuyên Quang giai đoạn 2011-2016', publisher: 'HĐND tỉnh Tuyên Quang', date: '', language: 'vi', note: '' },
  { key: 'https://baolangson.vn/xa-hoi/giao-duc/89646-hon-19-nghin-gia-dinh-o-tuyen-quang-duoc-cong-nhan-gia-dinh-hieu-hoc.html', id: 'baolangson-89646', type: A, title: 'Hơn 19 nghìn gia đình ở Tuyên Quang được công nhận gia đình hiếu học', publisher: 'Báo Lạng Sơn', date: '', language: 'vi', note: '' },
  { key: 'https://baodantoc.vn/nhung-dong-ho-khuyen-hoc-o-vung-cao-bat-xat-1735036402147.htm', id: 'baodantoc-1735036402147', type: A, title: 'Những dòng họ khuyến học ở vùng cao Bát Xát', publisher: 'Báo Dân tộc và Phát triển', date: '', language: 'vi', note: 'Bài không ghi ngày.' },
  { key: 'https://en.baosonla.org.vn/xa-hoi/son-la-promotes-learning-society-iel7uNoNg.html', id: 'baosonla-en-iel7unong', type: A, title: 'Son La promotes learning society', publisher: 'Báo Sơn La (tiếng Anh)', date: '', language: 'en', note: '' },
  { key: 'https://baonghean.vn/en/ky-niem-15-nam-ngay-thanh-lap-hoi-khuyen-hoc-viet-nam-2-10-1996-2-10-2011-10032229.html', id: 'baonghean-en-10032229', type: A, title: 'Celebrating 15 years of the founding of the Vietnam Association for Promoting Education', publisher: 'Báo Nghệ An (tiếng Anh)', date: '2011-09-30', language: 'en', note: '' },
  { key: 'https://en.nhandan.vn/dong-thap-spreads-spirit-of-learning-and-talent-development-post152369.html', id: 'nhandan-en-152369', type: A, title: 'Dong Thap spreads spirit of learning and talent development', publisher: 'Nhân Dân (tiếng Anh)', date: '', language: 'en', note: 'Bài đăng sau sắp xếp đơn vị hành chính (bản trên vietnam.vn ghi Báo Nhân Dân 17/8/2025); số liệu tính đến tháng 6/2025.' },
  { key: 'https://baodongnai.com.vn/english/202512/a-bridge-to-building-a-learning-society-06b1919', id: 'baodongnai-en-06b1919', type: A, title: 'A bridge to building a learning society', publisher: 'Báo Đồng Nai (tiếng Anh)', date: '2025-12-29', language: 'en', note: '' },
  { key: 'https://www.vietnam.vn/en/tiep-tuc-day-manh-thi-dua-xay-dung-xa-hoi-hoc-tap-hoc-tap-suot-doi', id: 'vietnamvn-tiep-tuc-thi-dua-xhht', type: A, title: 'Continue to promote emulation to build a learning society', publisher: 'vietnam.vn (tiếng Anh, theo Báo Quảng Ninh)', date: '', language: 'en', note: '' },
  { key: 'https://baodanang.vn/english/education-science/202312/da-nang-yields-positive-results-in-study-encouragement-activities-3962362', id: 'baodanang-en-3962362', type: A, title: 'Da Nang yields positive results in study encouragement activities', publisher: 'Báo Đà Nẵng (tiếng Anh)', date: '2023-12', language: 'en', note: '' },
  { key: 'https://vietnam.vn/en/5-nam-huy-dong-gan-140-ty-dong-cho-cong-tac-khuyen-hoc', id: 'vietnamvn-5-nam-140-ty-khuyen-hoc', type: A, title: '5 years, mobilized nearly 140 billion VND for education promotion work', publisher: 'vietnam.vn (tiếng Anh)', date: '2024-12-25', language: 'en', note: 'Về tỉnh Gia Lai (nhiệm kỳ 2019–2024).' },
];

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

/** Former provinces by the name figures.csv uses → 2025-03-01 code. Display names come from the admin file. */
export const FORMER_PROVINCE_CODE: Record<string, string> = {
  'Bà Rịa - Vũng Tàu': '77',
  'Hưng Yên': '33',
  'Bến Tre': '83',
  'Hải Dương': '30',
  'Thái Bình': '34',
  'Nghệ An': '40',
  'Gia Lai': '64',
  'Thanh Hóa': '38',
  'Quảng Bình': '44',
  'Sơn La': '14',
  'Hà Nội': '01',
  'Quảng Nam': '49',
  'Phú Thọ': '25',
  'TP. Hồ Chí Minh': '79',
  'Nam Định': '36',
  'Quảng Ninh': '22',
  'Kiên Giang': '91',
  'Vĩnh Phúc': '26',
  'Sóc Trăng': '94',
  'Khánh Hòa': '56',
  'Lâm Đồng': '68',
  'Bắc Ninh': '27',
  'Bắc Giang': '24',
  'Cần Thơ': '92',
  'Đắk Lắk': '66',
  'Ninh Bình': '37',
  'Bình Dương': '74',
  'Lạng Sơn': '20',
  'Tây Ninh': '72',
  'Long An': '80',
  'Lào Cai': '10',
  'Tuyên Quang': '08',
  'Đồng Tháp': '87',
  'Đồng Nai': '75',
  'Đà Nẵng': '48',
};

/** Districts: figures.csv name → 2025-03-01 district code and the display name the source uses. */
export const FORMER_DISTRICTS: Record<string, { code: string; name: string }> = {
  'Duy Xuyên (Quảng Nam)': { code: '508', name: 'Huyện Duy Xuyên' },
  'Quế Võ (Bắc Ninh)': { code: '259', name: 'Huyện Quế Võ' },
  'Long Khánh (Đồng Nai)': { code: '732', name: 'Thành phố Long Khánh' },
  'Sơn Hòa (Phú Yên)': { code: '560', name: 'Huyện Sơn Hòa' },
  'Bắc Trà My (Quảng Nam)': { code: '515', name: 'Huyện Bắc Trà My' },
  'Bình Chánh (TP. Hồ Chí Minh)': { code: '785', name: 'Huyện Bình Chánh' },
  'Vạn Ninh (Khánh Hòa)': { code: '571', name: 'Huyện Vạn Ninh' },
  'Thăng Bình (Quảng Nam)': { code: '513', name: 'Huyện Thăng Bình' },
  'Hướng Hóa (Quảng Trị)': { code: '465', name: 'Huyện Hướng Hóa' },
  'Tri Tôn (An Giang)': { code: '891', name: 'Huyện Tri Tôn' },
  'Hoa Lư (Ninh Bình)': { code: '374', name: 'Huyện Hoa Lư' },
  'Hưng Nguyên (Nghệ An)': { code: '431', name: 'Huyện Hưng Nguyên' },
};

export const FORMER_COMMUNES: Record<string, { code: string; name: string }> = {
  'Quang Kim (Bát Xát, Lào Cai)': { code: '02734', name: 'Xã Quang Kim' },
};

export const REGION_BY_NAME: Record<string, string> = {
  'Cụm thi đua số 4 Bắc Trung bộ (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị)': 'cum-4-bac-trung-bo',
  'Cụm thi đua số 8 ĐBSCL (12 tỉnh, TP)': 'cum-8-dbscl',
  'Cụm Tây Bắc (9 tỉnh: Hòa Bình, Phú Thọ, Yên Bái, Lào Cai, Tuyên Quang, Hà Giang, Lai Châu, Điện Biên, Sơn La)': 'cum-tay-bac',
};

export const NATIONAL_NAMES = ['Việt Nam', 'Việt Nam (vùng núi, vùng sâu, vùng xa, ĐBKK)'];

function rows(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function each<T>(list: number[], value: T): Record<number, T> {
  const out: Record<number, T> = {};
  for (const r of list) out[r] = value;
  return out;
}

/**
 * Rows reported for the province as it exists since 2025-07-01 (current code, level `province`).
 * Every other province-level row is a former province (2025-03-01 code).
 */
export const POST_MERGER_PROVINCE_BY_ROW: Record<number, string> = {
  // Thanh Hóa, end of 2025 (article 16/01/2026; 166 communes/wards = post-merger count).
  ...each(rows(87, 92), '38'),
  // Sơn La 2025: article of 9/1/2026 "as of December 31" and a late-2025 page (portal launched 10/2025).
  ...each(rows(112, 122), '14'),
  // Hà Nội, figures given in VnExpress 05/12/2025.
  ...each(rows(223, 228), '01'),
  // Đồng Nai after the merger with Bình Phước, Dec 2025.
  ...each([401, 402], '75'),
};

// ---------------------------------------------------------------------------------------------
// Per-row overrides
// ---------------------------------------------------------------------------------------------

/** Rows 11–13: QĐ 281 targets for mountainous/remote/most disadvantaged areas — a different population. */
export const INDICATOR_BY_ROW: Record<number, string> = {
  11: 'learning_families_pct_disadvantaged',
  12: 'learning_clans_pct_disadvantaged',
  13: 'learning_communities_pct_disadvantaged',
};

/**
 * figures.csv gives a range for two rows ("25000-30000", "15-20"). The value column must hold
 * one number, so the lower bound printed in the quote is stored with qualifier at_least and the
 * whole range is written in the note.
 */
export const VALUE_BY_ROW: Record<number, { value: string; qualifier: Qualifier; note: string }> = {
  147: { value: '25000', qualifier: 'at_least', note: 'Nguồn ghi một khoảng "từ 25 – 30 nghìn đồng/người/năm"; cột value lưu cận dưới 25000 với qualifier at_least, cận trên là 30000 (bản ghi gốc: 25000-30000).' },
  268: { value: '15', qualifier: 'at_least', note: 'Nguồn ghi một khoảng "tăng 15 - 20%"; cột value lưu cận dưới 15 với qualifier at_least, cận trên là 20 (bản ghi gốc: 15-20).' },
};

/** Qualifiers decided by hand where the unit text alone would mislead (checked against each quote). */
export const QUALIFIER_BY_ROW: Record<number, Qualifier> = {
  100: 'about', // quote: "tính trung bình khoảng 12 triệu lượt người/năm"; unit has no qualifier
  189: 'more_than', // quote: "đã tuyên dương hơn 760.500 lượt gia đình"; unit has no qualifier
  289: '', // "(more than 12.6% of population)": "hơn" qualifies the percentage, not 277.444 members
};

/** Numerator/denominator, only where the quote prints both numbers of the ratio. */
export const NUMBERS_BY_ROW: Record<number, [string, string]> = {
  49: ['14', '14'],
  57: ['547', '638'],
  81: ['29', '34'],
  89: ['132', '166'],
  111: ['97', '204'],
  122: ['75', '75'],
  125: ['163055', '195201'],
  126: ['8', '9'],
  127: ['483', '503'],
  128: ['345', '359'],
  137: ['556862', '834926'],
  138: ['556862', '834926'],
  139: ['7531', '10025'],
  140: ['7531', '10025'],
  173: ['310', '312'],
  236: ['137', '137'],
  244: ['84', '147'],
  263: ['15772', '17528'],
  264: ['53', '55'],
  284: ['264', '630'],
  303: ['480', '480'],
  314: ['142570', '196780'],
  315: ['142570', '196780'],
  316: ['1510', '2896'],
  317: ['1350', '2092'],
  326: ['861', '863'],
  358: ['616225', '1167400'],
  359: ['616225', '1167400'],
  369: ['129', '140'],
  370: ['129', '140'],
  404: ['220938', '1103928'],
};

/** Plan (source id of the document setting a target) for target rows, when the row names it. */
export const PLAN_BY_ROW: Record<number, string> = {
  ...each(rows(1, 7), 'qd-387-2022'),
  ...each(rows(8, 14), 'qd-281-2014'),
  ...each(rows(28, 32), 'qd-677-2022'),
  33: 'qd-1373-2021',
  ...each(rows(335, 346), 'qd-1373-2021'),
  394: 'qd-677-2022',
  411: 'qd-387-2022',
};

// Shared note texts -----------------------------------------------------------------------------

const N_BRVT_KH49 = 'Chỉ tiêu trong Kế hoạch 49/KH-UBND của UBND tỉnh Bà Rịa - Vũng Tàu (theo tiêu đề bản ghi gốc); văn bản này không có trong danh mục nguồn nên để trống cột plan.';
const N_CAND_2017 = 'Năm suy ra từ ngữ cảnh bài báo: "sau 3 năm thực hiện Quyết định 281/QĐ-TTg" (ban hành 2014), bài nói về kế hoạch năm 2018.';
const N_DISADV = 'Mục tiêu riêng cho vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn theo QĐ 281/QĐ-TTg. Bản ghi gốc dùng địa bàn "Việt Nam (vùng núi, vùng sâu, vùng xa, ĐBKK)" và mã chỉ tiêu chung; tách thành chỉ tiêu riêng (_disadvantaged) vì là tập hợp khác, không so với chỉ tiêu toàn quốc.';
const N_HUNGYEN = 'Mục tiêu của tỉnh Hưng Yên đến năm 2020; nguồn không nêu số hiệu kế hoạch.';
const N_BENTRE = 'Mục tiêu của tỉnh Bến Tre theo bài báo ngày 06/7/2022; câu trích không nêu số hiệu kế hoạch nên để trống cột plan.';
const N_THANHHOA = 'Số liệu cuối năm 2025, tỉnh Thanh Hóa sau sắp xếp ngày 01/7/2025 (địa giới tỉnh không đổi; 166 xã, phường).';
const N_SONLA_SURVEY = 'Năm suy ra từ ngữ cảnh bài báo: buổi khảo sát ngày 31/10, số liệu năm học 2024–2025 (bản ghi gốc ghi 2024). Cần kiểm tra: bản lưu của bài nói buổi làm việc diễn ra "trong bối cảnh chính quyền địa phương hai cấp" (chỉ có từ 01/7/2025), nên có thể là ngày 31/10/2025.';
const N_SONLA_2026 = 'Số liệu tính đến 31/12/2025 (bài ngày 9/1/2026), tỉnh Sơn La sau sắp xếp ngày 01/7/2025 (địa giới tỉnh không đổi).';
const N_SONLA_2025 = 'Năm 2025, tỉnh Sơn La sau sắp xếp ngày 01/7/2025 (địa giới tỉnh không đổi): bài nhắc Cổng học tập số ra mắt tháng 10/2025 và "100% xã, phường".';
const N_SONHOA = 'Năm suy ra từ ngữ cảnh bài báo (bản ghi gốc: 2021); câu trích chỉ ghi "đến nay".';
const N_NGHEAN_2025 = 'Năm suy ra từ ngữ cảnh bài báo: Tết khuyến học đầu năm 2025 (hai năm sau các kế hoạch năm 2023).';
const N_CUALO = 'Tin trên cổng TTĐT thị xã Cửa Lò về lễ phát động Tết khuyến học 2017; câu trích ghi "địa phương", bản ghi gốc xếp là chỉ tiêu của tỉnh Nghệ An — nên kiểm tra phạm vi. Nguồn không nêu số hiệu kế hoạch.';
const N_NAMDINH_TERM = 'Chỉ tiêu nhiệm kỳ 2017–2022 do Đại hội Hội Khuyến học tỉnh Nam Định lần thứ V đặt ra; không có văn bản kế hoạch trong danh mục nguồn.';
const N_QN_HIEUHOC = 'Quảng Ninh vẫn dùng tên "hiếu học" cho mô hình hiện hành; bản ghi gốc xếp vào chuỗi learning_*, không phải chuỗi studious_* trước 2016.';
const N_KIENGIANG = 'Nguồn không ghi năm; bài tổng kết 5 năm.';
const N_UNESCO = 'VOVWorld (tiếng Đức) ghi Hải Dương và TP.HCM gia nhập năm 2015; các nguồn khác ghi hai thành viên đầu tiên là Sa Đéc và Vinh (2020) — số liệu theo đa số nguồn.';
const N_HANOI_2025 = 'Số liệu nêu trong bài ngày 05/12/2025, thành phố Hà Nội sau sắp xếp ngày 01/7/2025 (địa giới không đổi); câu trích không nêu ngày chốt số liệu.';
const N_GIALAI = 'Không khớp giữa các nguồn về hội viên Gia Lai: Báo Gia Lai ghi 262.590 hội viên (17,21% dân số) năm 2023 và năm 2024 tăng 200 người (18,53%), trong khi vietnam.vn (12/2024) ghi 282.700 hội viên.';
const N_BACNINH = 'Cuối năm 2023.';
const N_QUANGNAM_2024 = 'Năm suy ra từ ngữ cảnh bài báo: hội nghị sáng 30/9 triển khai Thông tư về đánh giá, công nhận Đơn vị học tập cấp huyện, tỉnh và kế hoạch phong trào thi đua 2023–2030 (bản ghi gốc: 2024).';
const N_BACGIANG = 'Nguồn không ghi năm (bài tiếng Anh của TTXVN không ghi ngày).';
const N_CUM8 = 'Cụm thi đua số 8 gồm 12 tỉnh, thành phố ĐBSCL (nguồn không liệt kê thành viên); giữa năm 2020.';
const N_DONGTHAP = 'Số liệu tính đến tháng 6/2025, trước ngày 01/7/2025, nên xếp vào tỉnh Đồng Tháp cũ (mã 87). Cần kiểm tra: bài đăng sau sắp xếp (Báo Nhân Dân, 17/8/2025 theo bản trên vietnam.vn), nhắc phường Sơn Qui và Công ty Xổ số kiến thiết Tiền Giang, và notes.md xếp Đồng Tháp vào các đơn vị sau sáp nhập; câu trích không nói số liệu có gồm tỉnh Tiền Giang cũ hay không.';
const N_TAYNINH = 'Báo cáo 6 tháng đầu năm 2025 tại hội nghị công bố Chủ tịch Hội Khuyến học tỉnh Tây Ninh (mới). Xếp vào tỉnh Tây Ninh cũ (mã 72) vì số liệu là của nửa đầu năm 2025, trước ngày 01/7/2025, và mẫu số 1.167.400 người là dân số tỉnh Tây Ninh trước sắp xếp (notes.md §7).';
const N_DONGNAI = 'Tỉnh Đồng Nai sau sắp xếp ngày 01/7/2025 (hợp nhất Đồng Nai và Bình Phước cũ); tháng 12/2025.';
const N_TAYBAC = 'Cụm thi đua Tây Bắc (9 tỉnh cũ: Hòa Bình, Phú Thọ, Yên Bái, Lào Cai, Tuyên Quang, Hà Giang, Lai Châu, Điện Biên, Sơn La); năm 2024.';
const N_NINHBINH_REG = 'Danh hiệu cũ; mẫu số là số đăng ký, không phải tổng số.';
const N_QUEVO = 'Huyện Quế Võ năm 2021; trong danh sách 01/3/2025 mã 259 mang tên Thị xã Quế Võ.';
const N_HANOI_PLAN = 'Mục tiêu của thành phố Hà Nội theo bài báo ngày 18/12/2021; nguồn không nêu số hiệu kế hoạch nên để trống cột plan.';

/** Vietnamese notes per row. Caveats of the unit text not held by other columns, and notes.md §7. */
export const NOTE_BY_ROW: Record<number, string> = {
  5: 'Câu trích in thiếu dấu ngoặc và có dấu chấm giữa các danh hiệu (nguyên văn bản lưu).',
  7: 'Câu trích in "Phần đấu" (nguyên văn).',
  ...each([8, 9, 10, 14], 'Mục tiêu của Đề án theo QĐ 281/QĐ-TTg (2014), nêu lại trong bài tổng kết 5 năm.'),
  ...each([11, 12, 13], N_DISADV),
  ...each([15, 17, 18], N_CAND_2017),
  16: `${N_CAND_2017} Câu trích ghi "hộ dòng họ" (nguyên văn).`,
  ...each([19, 20, 21, 22], N_BRVT_KH49),
  ...each([23, 24, 25, 26], N_HUNGYEN),
  27: `${N_HUNGYEN} Doanh nghiệp tính riêng (30%), cơ quan, tổ chức, trường học là 60%.`,
  29: 'Đơn vị học tập cấp xã, cấp huyện, cấp tỉnh và cơ quan trung ương.',
  30: 'Trong đó 80% thành thạo kỹ năng số (không lưu thành dòng riêng).',
  31: 'Câu trích bị cắt ở cuối ("60% cán bộ, công chức...").',
  32: 'Bài về huyện Bắc Bình nêu lại chỉ tiêu toàn quốc của QĐ 677/QĐ-TTg; trong đó 60% thành thạo kỹ năng số.',
  33: 'Bài tập huấn ở Khánh Hòa nêu lại mục tiêu của QĐ 1373/QĐ-TTg.',
  34: `${N_BENTRE} Câu trích không nêu năm; năm 2025 theo bản ghi gốc (câu sau ghi "lâu dài đến năm 2030").`,
  35: `${N_BENTRE} Câu trích không nêu năm; năm 2025 theo bản ghi gốc (câu sau ghi "lâu dài đến năm 2030").`,
  36: N_BENTRE,
  49: '14/14 xã, thị trấn được công nhận Cộng đồng học tập (cấp xã).',
  50: 'Tăng 50.369 hội viên so với năm 2017; chiếm 27,8% số dân.',
  52: 'Tăng 29 chi hội so với năm 2017; ngoài ra có 1.404 đơn vị khuyến học.',
  53: 'Tổng nguồn Quỹ Khuyến học toàn tỉnh, tăng gần 10 tỷ đồng so với năm 2017.',
  54: 'Quỹ Khuyến học toàn tỉnh (bài ngày 30/6/2020), tăng gần 10 tỷ đồng so với năm 2019.',
  55: 'Bình quân Quỹ Khuyến học theo đầu người; nguồn ghi "đồng/năm".',
  56: `${N_QUEVO} Tổng quỹ khuyến học khuyến tài toàn huyện, tính đến hết tháng 8/2021.`,
  57: `${N_QUEVO} Mẫu số là 638 dòng họ có hoạt động khuyến học, không phải tổng số dòng họ của huyện.`,
  58: N_QUEVO,
  59: `${N_QUEVO} Chiếm hơn 27% dân số toàn huyện (dòng riêng).`,
  60: N_QUEVO,
  61: 'Giai đoạn 2020–2025; huy động từ các nguồn lực xã hội cho quỹ khuyến học của dòng họ, thôn làng, tổ dân phố, cơ quan, đơn vị, doanh nghiệp và các tổ chức khuyến học.',
  62: 'Số quỹ khuyến học của các dòng họ.',
  63: 'Số tiền đã chi giai đoạn 2020–2025 từ các nguồn quỹ khuyến học.',
  64: 'Câu trích in "Năm2012" và "được được" (nguyên văn).',
  65: 'Trong đó quỹ cấp tỉnh 1,2 tỷ đồng, quỹ các huyện, thành phố trên 54,3 tỷ đồng.',
  66: 'Câu trích ghi "đến nay"; năm 2010 theo bản ghi gốc.',
  67: 'Cuối năm 2005.',
  68: 'Câu trích ghi "tại thời điểm này"; năm 2010 theo bản ghi gốc.',
  69: 'Chỉ tiêu của Hội Khuyến học Việt Nam: hội viên đạt 10% dân số "sau năm 2010"; nguồn không nêu văn bản kế hoạch.',
  70: 'Câu trích ghi "tính đến nay"; năm 2010 theo bản ghi gốc.',
  71: 'Cùng câu: 6,5 triệu hội viên sinh hoạt trong khoảng 300.000 chi hội (không lưu thành dòng riêng).',
  72: 'Tổng số tiền trong các loại quỹ khuyến học, tính đến đầu năm 2010.',
  73: 'Tháng 12/2020.',
  74: 'Số chi hội khuyến học bình quân trên mỗi thôn, bản, tổ dân phố (tỷ số, không phải phần trăm).',
  75: 'Ban khuyến học ở cơ quan, công sở, trường học, doanh nghiệp đang hoạt động.',
  76: 'Tổng số lượt người giai đoạn 2016–2020 tại trung tâm giáo dục thường xuyên cấp huyện và TTHTCĐ cấp xã.',
  77: 'Sau 25 năm hoạt động (bài ngày 25/11/2021).',
  78: 'Chỉ tiêu nhiệm kỳ 2021–2026 của Hội Khuyến học Việt Nam theo bài báo; bài không dẫn văn bản nên để trống cột plan (Chương trình hành động 198/CTHĐ-KHVN, mã cthd-198-2021, có chỉ tiêu 50% người trong độ tuổi lao động của gia đình, dòng họ, cộng đồng, đơn vị học tập đạt Công dân học tập đến năm 2025).',
  79: 'Theo báo cáo của Hội Khuyến học Việt Nam.',
  80: 'Tháng 9/2025 (bài ngày 16/9/2025).',
  81: '29/34 tỉnh, thành phố (sau sắp xếp năm 2025) đã kiện toàn hội khuyến học xã, phường, theo bài ngày 26/12/2025.',
  82: 'Trong hơn 250.000 chi hội; trang trích báo chí ngày 2–3/10/2008.',
  83: 'Trang trích báo chí ngày 2–3/10/2008; cùng câu: mỗi năm cấp khoảng 2,5 triệu suất học bổng.',
  84: N_GIALAI,
  85: 'Toàn tỉnh có 238 tổ chức Hội Khuyến học các cấp; tăng 79 chi hội so với năm 2023.',
  86: 'Số dư Quỹ Khuyến học của tỉnh, tăng 405 triệu đồng so với năm 2023.',
  87: `${N_THANHHOA} Đạt 30,4% dân số (dòng riêng).`,
  88: N_THANHHOA,
  89: `${N_THANHHOA} 132/166 hội cấp xã; ngoài ra 2 đơn vị trực thuộc Tỉnh hội (tổng 134 hội trực thuộc).`,
  90: N_THANHHOA,
  91: `${N_THANHHOA} Bình quân Quỹ Khuyến học (số dư) trên mỗi người dân.`,
  92: `${N_THANHHOA} Số tiền học bổng 58 tỷ 996 triệu đồng.`,
  93: 'Cụm thi đua khuyến học số 4 các tỉnh Bắc Trung bộ (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị sau sắp xếp); riêng Thanh Hóa hơn 1,1 triệu hội viên.',
  94: 'Cụm thi đua khuyến học số 4 các tỉnh Bắc Trung bộ; số vận động trong năm 2025.',
  95: 'Số đăng ký (chưa phải công nhận), chiếm 95% tổng số gia đình trong tỉnh; tăng 68.829 gia đình so với năm 2016.',
  96: 'Chiếm 81% tổng số gia đình trong tỉnh; câu trích bị cắt trong bản lưu (phần so sánh với năm 2016).',
  97: 'So với tổng số gia đình trong tỉnh.',
  98: 'Nguồn không ghi năm; dùng tên danh hiệu cũ "Gia đình hiếu học" (trước QĐ 281/QĐ-TTg).',
  99: 'Nguồn không ghi năm; cùng câu: chiếm trên 12% dân số cả nước.',
  100: 'Nguồn không ghi năm; bình quân mấy năm gần đây, tính theo lượt người/năm, tại các cơ sở giáo dục không chính quy.',
  101: 'Trên 2.700 chi hội khuyến học tổ, bản, dòng họ.',
  106: N_SONLA_SURVEY,
  107: `${N_SONLA_SURVEY} Nguồn không nêu mẫu số của 37,87%.`,
  108: N_SONLA_SURVEY,
  109: N_SONLA_SURVEY,
  110: N_SONLA_SURVEY,
  111: `${N_SONLA_SURVEY} 97/204 Cộng đồng học tập (cấp xã) và 31/32 Đơn vị học tập cấp tỉnh được xếp loại tốt.`,
  ...each(rows(112, 114), N_SONLA_2026),
  115: `${N_SONLA_2026} Nguồn không nói đây là cộng đồng học tập cấp thôn hay cấp xã.`,
  116: N_SONLA_2026,
  117: `${N_SONLA_2025} Mẫu số: dân số thuộc diện đánh giá (cán bộ, công chức, doanh nhân, học sinh, đồng bào dân tộc thiểu số).`,
  118: `${N_SONLA_2025} Nguồn không nêu mẫu số.`,
  119: `${N_SONLA_2025} Nguồn không nêu mẫu số.`,
  120: `${N_SONLA_2025} Nguồn không nêu mẫu số.`,
  121: `${N_SONLA_2025} Nguồn ghi "exceeded 94%" (vượt 94%); không nêu mẫu số.`,
  122: `${N_SONLA_2026} 75/75 xã, phường đã kiện toàn Ban Chỉ đạo xây dựng xã hội học tập cấp cơ sở. Mã chỉ tiêu giữ như bản ghi gốc; đơn vị gốc nói thêm "100% with CLCs" nhưng câu trích không nói điều đó.`,
  123: 'Cùng câu: chiếm khoảng 26,5% dân số (dòng riêng).',
  125: '163.055/195.201 gia đình.',
  126: 'Mẫu số là 9 dòng họ đăng ký, không phải tổng số dòng họ trong tỉnh.',
  129: 'Hộ gia đình học tập được thành phố công nhận.',
  ...each(rows(133, 136), N_SONHOA),
  137: `${N_NGHEAN_2025} 556.862/834.926 gia đình (66,7%).`,
  138: N_NGHEAN_2025,
  139: `${N_NGHEAN_2025} 7.531/10.025 dòng họ (75,12%).`,
  140: N_NGHEAN_2025,
  141: `${N_NGHEAN_2025} Không khớp: cùng câu in "gần 88.900 hội viên", không phù hợp với tỷ lệ trên 26,4% dân số; số hội viên chỉ giữ trong câu trích, không lưu thành dòng members_count (notes.md §7).`,
  142: `${N_NGHEAN_2025} Trang thẻ của Kinh tế & Môi trường trích tin Nghệ An; cùng câu: hỗ trợ gần 25 tỷ đồng cho hơn 87.000 lượt đối tượng.`,
  ...each(rows(143, 146), `${N_CUALO} Mục tiêu đến năm 2020.`),
  147: `${N_CUALO} Mức xây dựng quỹ khuyến học theo đầu người mỗi năm.`,
  148: `${N_CUALO} Câu trích ghi "phấn đấu đạt 27% hội viên", không nêu rõ mẫu số.`,
  149: 'Nguồn không ghi năm; danh hiệu cũ "gia đình hiếu học" (bản dịch "studious families"); cùng câu: 6.654 ban khuyến học dòng họ.',
  150: '29 hội quận, huyện, thị xã; 577 xã, phường, thị trấn với gần 7.400 tổ chức hội khuyến học cơ sở.',
  151: 'Danh hiệu cũ "gia đình hiếu học".',
  152: 'Danh hiệu cũ "dòng họ hiếu học".',
  153: 'Số tiền huy động cho Quỹ Khuyến học thành phố tính đến cuối năm 2010 (bản ghi gốc xếp vào tổng quỹ).',
  154: 'Sinh hoạt tại gần 9 nghìn cơ sở hội; có mặt ở 100% quận, huyện, thị xã. Nguồn không có đường dẫn.',
  155: 'Giai đoạn 2007–2012 (câu trích in "Gia đoạn", nguyên văn). Nguồn không có đường dẫn.',
  156: 'Câu trích ghi "trong năm qua"; năm 2015 theo bản ghi gốc. Trang trường học đăng lại tin Báo Quảng Nam.',
  157: '6.200 chi hội, ban khuyến học; 14.200 cán bộ khuyến học.',
  158: 'Như bản in: "hơn 2.500 gia đình học tập" — có vẻ quá thấp với một tỉnh, giữ nguyên như nguồn (notes.md §7).',
  159: 'Như bản in: "gần 4.000 dòng họ học tập và cộng đồng học tập" gộp hai loại danh hiệu; giữ nguyên như nguồn (notes.md §7).',
  160: 'Nguồn không ghi năm; 6.125 chi hội, ban khuyến học ở 100% khu dân cư và đơn vị có tổ chức hội.',
  161: 'Đăng ký của Hội Khuyến học - Cựu giáo chức huyện cho nhiệm kỳ 2021–2026; nguồn không nêu văn bản kế hoạch. Cùng câu: 13/13 xã, thị trấn được công nhận đơn vị học tập.',
  162: 'Năm 2021 theo bản ghi gốc (đại hội lần thứ I của hội).',
  163: 'Tính đến ngày 15/11/2024; tăng 102.710 hội viên so với năm 2023.',
  164: 'Tính đến ngày 15/11/2024.',
  171: 'Đơn vị học tập cấp phường, xã.',
  172: 'Đơn vị học tập cấp phường, xã.',
  173: '310/312 Hội Khuyến học phường, xã, thị trấn; 2 phường còn lại ở thành phố Thủ Đức chờ tổ chức lại.',
  177: 'Tăng 1.962 chi hội, ban khuyến học so với nhiệm kỳ trước.',
  179: 'Tỷ lệ gia đình đăng ký (chưa phải công nhận) danh hiệu cũ "gia đình hiếu học".',
  180: 'Danh hiệu cũ "dòng họ hiếu học".',
  181: 'Thôn làng, tổ dân phố được công nhận cộng đồng học tập.',
  182: 'Số TTHTCĐ hoạt động bền vững.',
  183: 'Số dư quỹ khuyến học toàn tỉnh.',
  ...each(rows(184, 187), N_NAMDINH_TERM),
  188: `${N_NAMDINH_TERM} Số dư quỹ khuyến học bình quân đầu người đến năm 2020.`,
  189: 'Nguồn không ghi năm; cộng dồn 14 năm phát động phong trào, tính theo lượt gia đình được tuyên dương từ cấp phường, xã đến thành phố (danh hiệu cũ "gia đình hiếu học"), có thể đếm lặp.',
  190: 'Bài ngày 9/3/2023 tổng kết giai đoạn 2017–2022; chiếm 32,9% dân số.',
  ...each([192, 193, 194, 195], N_QN_HIEUHOC),
  196: `${N_QN_HIEUHOC} Khu dân cư được công nhận "khu dân cư hiếu học".`,
  197: `${N_QN_HIEUHOC} So với tổng số khu dân cư.`,
  198: 'Câu trích ghi "đến nay"; năm 2021 theo bản ghi gốc.',
  199: 'Câu trích ghi "đến nay"; năm 2021 theo bản ghi gốc.',
  200: 'Nguồn quỹ khuyến học các cấp trong tỉnh; câu trích ghi "hiện đạt"; năm 2021 theo bản ghi gốc.',
  201: 'Bài nói về năm 2025 ("ngay từ những tháng đầu năm 2025"); 4.622 tổ chức Hội Khuyến học; chiếm 33,7% dân số.',
  202: 'Bài nói về năm 2025 ("ngay từ những tháng đầu năm 2025").',
  ...each(rows(203, 205), N_KIENGIANG),
  206: `${N_KIENGIANG} Như bản in: "909 xã, phường, thị trấn đạt Cộng đồng học tập" trong khi Kiên Giang chỉ có khoảng 145 đơn vị cấp xã — nhiều khả năng là cộng đồng học tập cấp ấp, khu phố (notes.md §7).`,
  207: `${N_KIENGIANG} Số vận động trong 5 năm.`,
  208: 'Đạt 18,42% dân số; tăng trên 19.000 hội viên so với năm 2022.',
  210: '1.990 chi hội và hơn 1.700 ban khuyến học; chiếm gần 26% dân số (dòng riêng).',
  213: 'Tính theo lượt dòng họ được công nhận (có thể đếm lặp qua các năm).',
  216: 'Số TTHTCĐ được duy trì hoạt động.',
  217: '132 chi hội khuyến học và 19 chi hội dòng họ; đạt 6% dân số.',
  218: 'Giai đoạn 2008–2013; danh hiệu cũ "gia đình hiếu học".',
  219: `Sa Đéc (Đồng Tháp) và Vinh (Nghệ An), năm 2020. ${N_UNESCO}`,
  220: `Thêm Cao Lãnh (Đồng Tháp) năm 2022. ${N_UNESCO}`,
  221: `Thêm TP.HCM và Sơn La; ngày 14/2/2024 theo bản ghi gốc. ${N_UNESCO}`,
  222: `Thêm Hà Nội (ngày 4/12/2025). ${N_UNESCO}`,
  ...each(rows(223, 226), N_HANOI_2025),
  227: `${N_HANOI_2025} Tổ dân phố học tập.`,
  228: `${N_HANOI_2025} Tổ dân phố học tập.`,
  229: 'Kết quả phổ cập giáo dục, xóa mù chữ năm 2024.',
  230: 'Kết quả phổ cập giáo dục, xóa mù chữ năm 2024.',
  231: 'Cùng câu: 100% đơn vị cấp xã đạt chuẩn xóa mù chữ mức độ 1 và 98,60% đạt mức độ 2.',
  232: 'Năm học 2024–2025; học viên dân tộc thiểu số chiếm 80%.',
  233: 'Năm học 2024–2025 theo bản ghi gốc; số người tham gia các lớp chuyên đề, kỹ năng, cập nhật kiến thức tại TTHTCĐ.',
  234: 'Cuối giai đoạn 2012–2020 (tổng kết Đề án theo QĐ 89/QĐ-TTg).',
  235: 'Giai đoạn 2012–2020.',
  236: '137/137 xã, phường, thị trấn có TTHTCĐ.',
  237: 'Kinh phí ngân sách nhà nước cho các TTHTCĐ giai đoạn 2013–2015.',
  238: 'Đạt 93% số phường, xã cả nước; 30 tỉnh, thành phủ kín TTHTCĐ.',
  239: 'Tỷ lệ phường, xã có TTHTCĐ.',
  240: 'Tháng 12/2012; tại 98% số xã, phường, thị trấn.',
  241: 'Gần 11.000 trung tâm; báo cáo tại hội thảo (bài 01/2014).',
  242: 'Lượt người học tại TTHTCĐ trong năm 2008.',
  243: 'Lượt người học tại TTHTCĐ trong năm 2013.',
  244: '84/147 TTHTCĐ kết hợp với nhà văn hóa xã, đạt 57,1%.',
  245: 'Tăng 7.110 hội viên; tỷ lệ hội viên/dân số 27%.',
  246: 'Cuối năm 2023.',
  247: 'Số vận động trong năm 2023. Câu trích in "năm 2022 là 34 đồng/người" (nguyên văn).',
  248: 'Bình quân số tiền vận động trong năm trên mỗi người (không phải số dư quỹ). Câu trích in "năm 2022 là 34 đồng/người" (nguyên văn).',
  249: 'Chỉ tiêu đề ra cho năm 2023; nguồn không nêu văn bản kế hoạch.',
  250: 'Tổng số tiền khen thưởng, cấp học bổng năm 2023.',
  251: 'Kết quả đánh giá, công nhận; trên tổng số hộ gia đình toàn tỉnh.',
  252: 'Kết quả đánh giá, công nhận; nguồn không nêu mẫu số.',
  253: 'Kết quả đánh giá, công nhận; nguồn không nêu mẫu số.',
  254: `Tăng 12.504 hội viên so với năm 2022. ${N_GIALAI}`,
  255: N_GIALAI,
  256: '238 tổ chức Hội Khuyến học; tăng 540 chi hội so với năm 2022; ngoài ra 576 ban khuyến học.',
  262: 'Gần 560 chi hội khuyến học; 22/22 hội cơ sở xã, thị trấn (100%); năm 2023 theo bản ghi gốc (30 năm thành lập).',
  263: 'Nguồn không ghi năm (khoảng 2025 theo bản ghi gốc). Mẫu số là 17.528 gia đình đăng ký, không phải tổng số hộ; tỷ lệ 72%.',
  264: 'Nguồn không ghi năm. Mẫu số là 55 dòng họ đăng ký, không phải tổng số dòng họ; tỷ lệ 96,36%.',
  265: '1.490 chi hội thôn, khối phố; 6.688 ban khuyến học; 794 phân hội khuyến học.',
  266: 'Vận động trong 5 năm (nhiệm kỳ 2012–2017).',
  267: 'Suất học bổng và khen thưởng trong 5 năm (nhiệm kỳ 2012–2017).',
  268: 'Mục tiêu nhiệm kỳ 2017–2022 do Đại hội Hội Khuyến học tỉnh đặt ra; nguồn không nêu văn bản kế hoạch.',
  269: `${N_BACNINH} Đạt 81,3%.`,
  270: N_BACNINH,
  271: N_BACNINH,
  272: N_BACNINH,
  273: N_BACNINH,
  274: `${N_BACNINH} Chiếm 82% số công dân đã đăng ký; 8/8 huyện, thị xã, thành phố đã triển khai đăng ký mô hình Công dân học tập.`,
  275: `${N_BACNINH} Mẫu số là số công dân đã đăng ký (nguồn không nêu con số).`,
  276: `${N_QUANGNAM_2024} Từ năm 2019 đến thời điểm bài viết.`,
  277: `${N_QUANGNAM_2024} Ngoài ra 1.059 hội khuyến học thôn, khối phố và 8.747 ban khuyến học; bản dịch ghi "18 district-level science and technology associations" (nguyên văn, có thể là dịch nhầm).`,
  278: `${N_BACGIANG} Danh hiệu cũ "gia đình hiếu học" (bản dịch "studious families").`,
  279: `${N_BACGIANG} Danh hiệu cũ "dòng họ hiếu học" (bản dịch "studious family lines").`,
  280: `${N_BACGIANG} Quỹ đã huy động để khen thưởng hơn 719.000 học sinh (bản ghi gốc xếp vào tổng quỹ).`,
  281: 'Giữa năm 2017; phát triển mới 17.450 hội viên; chiếm 17,72% tổng số dân.',
  283: 'Số hộ đăng ký mới và tái đăng ký (chưa phải công nhận), đạt 44,45% tổng số hộ dân; cùng câu: 448 dòng họ và 258 đơn vị đăng ký.',
  284: '264/630 ấp, khu vực đăng ký; ngoài ra 19 xã, phường, thị trấn đăng ký Cộng đồng học tập cấp xã.',
  285: 'Tiền và hiện vật, 6 tháng đầu năm 2017; tăng gấp 2 lần cùng kỳ năm trước.',
  286: `${N_CUM8} Hơn 1.400 hội khuyến học cơ sở, gần 20 nghìn chi hội, hơn 8.700 ban khuyến học; tăng gần 98 nghìn hội viên.`,
  287: `${N_CUM8} Số đăng ký (chưa phải công nhận); cùng câu: trên 7.200 dòng họ, gần 7.800 đơn vị đăng ký.`,
  288: `${N_CUM8} Số vận động 6 tháng đầu năm 2020.`,
  289: 'Chiếm hơn 12,6% dân số (chữ "hơn" thuộc về tỷ lệ, không thuộc số hội viên); 3.911 chi hội - ban khuyến học; tăng 1.061 chi hội so với năm 2010.',
  291: 'Danh hiệu cũ "gia đình hiếu học"; cùng câu: 243 dòng họ, hội đồng hương, tổ chức tôn giáo được công nhận đơn vị học tập (không lưu).',
  292: '100% xã, phường, thị trấn có TTHTCĐ.',
  293: 'Huy động cho Quỹ khuyến học của các tổ chức Hội, tính đến năm 2015.',
  294: '185 hội khuyến học xã, phường, thị trấn; tăng 205.288 hội viên so với đầu nhiệm kỳ 2016–2021.',
  295: 'Hội Khuyến học huyện Tri Tôn vận động từ đầu năm 2024 đến thời điểm bài viết.',
  296: 'Tháng 9/2020; so với tổng số gia đình cả nước (báo cáo của Hội Khuyến học Việt Nam).',
  297: 'Tháng 9/2020; mẫu số là số chi tộc trong cả nước, không phải số dòng họ.',
  298: 'Tháng 9/2020; câu trích in liền "tổ dân phố đơn vị học tập" (nguyên văn).',
  299: 'Tháng 9/2020; mẫu số là cơ quan, công sở, trường học, hợp tác xã, doanh nghiệp nhỏ… do cấp xã quản lý.',
  300: 'Tháng 6/2019 theo bản ghi gốc; đạt 97,8% số xã, phường, thị trấn.',
  301: 'Tháng 6/2019 theo bản ghi gốc; câu trích in "97.8%" (nguyên văn).',
  302: '16.893 người học lớp xóa mù chữ và 9.801 người học lớp giáo dục tiếp tục sau khi biết chữ; năm học 2018–2019 theo bản ghi gốc.',
  303: 'Sau 3 năm thực hiện Quyết định 856; 480/480 xã, phường, thị trấn có TTHTCĐ.',
  304: 'Trong hơn 17.000 cơ sở giáo dục thường xuyên (71 trung tâm cấp tỉnh, 619 trung tâm cấp huyện, 5.642 trung tâm ngoại ngữ - tin học, 658 trung tâm kỹ năng sống).',
  305: 'Gồm 71 trung tâm cấp tỉnh, 619 trung tâm cấp huyện, hơn 10.000 TTHTCĐ, 5.642 trung tâm ngoại ngữ - tin học, 658 trung tâm kỹ năng sống.',
  306: 'Năm 1999, khi mới thành lập; 1.104 chi hội khu phố, thôn xóm; 706 ban khuyến học dòng họ; chiếm 9% dân số.',
  307: 'Năm 1999, khi mới thành lập.',
  308: 'Cuối năm 2009; 1.422 chi hội, 1.331 dòng họ khuyến học; bằng 19,4% dân số.',
  309: 'Cuối năm 2009.',
  310: 'Danh hiệu cũ "gia đình hiếu học".',
  311: 'Cuối năm 2014 (cuối nhiệm kỳ III); sinh hoạt tại 2.683 chi hội; bằng 28,6% dân số.',
  312: '3.502 chi hội; chiếm 28,9% dân số.',
  314: `${N_NINHBINH_REG} 142.570/196.780 gia đình đăng ký xây dựng Gia đình hiếu học (72,5%).`,
  315: `${N_NINHBINH_REG} 142.570/196.780 gia đình đăng ký.`,
  316: `${N_NINHBINH_REG} 1.510/2.896 dòng họ đăng ký dòng họ hiếu học (65,4%).`,
  317: `${N_NINHBINH_REG} 1.350/2.092 cộng đồng đăng ký Cộng đồng khuyến học (64%).`,
  318: 'Chiếm 30,28% dân số; 65% hội viên đóng hội phí.',
  319: 'Trong đó 65% hội viên đóng hội phí.',
  320: '145 hội khuyến học xã, phường, thị trấn; 2.180 chi hội; 2.350 ban khuyến học; chiếm 31,58% dân số.',
  321: '70% hội viên được cấp thẻ.',
  322: 'Phát triển 4.899 hội viên trong năm.',
  323: 'Câu trích in "hơn 236 nghìn người" cho số gia đình (nguyên văn).',
  326: '861/863 đơn vị.',
  327: 'Tổng các nguồn quỹ khuyến học toàn tỉnh tính đến hết 12/2020.',
  328: 'Bình quân quỹ khuyến học toàn tỉnh trên đầu người, tính đến hết 12/2020.',
  329: 'Tổng kết 5 năm thực hiện QĐ 281/QĐ-TTg; đạt 76% tổng số dòng họ.',
  330: 'Tổng kết 5 năm thực hiện QĐ 281/QĐ-TTg.',
  331: 'Bằng 17% số dân. Cùng câu có "đến nay nâng lên gần 300 nghìn người (bằng 28,2% số dân)" — không lưu vì nguồn không ghi năm (notes.md §7).',
  332: 'Huyện Hoa Lư năm 2019; mã 374 là Thành phố Hoa Lư trong danh sách 01/3/2025, lập từ huyện Hoa Lư và thành phố Ninh Bình cũ, nên rộng hơn địa bàn của số liệu. Ban đầu 7.407 hội viên (11% dân số); nay 35% dân số; 140 chi hội và 145 ban khuyến học.',
  333: 'Huyện Hoa Lư cũ (trước khi lập Thành phố Hoa Lư, mã 374). Bình quân quỹ khuyến học trên đầu người; năm 2018 theo bản ghi gốc.',
  334: 'Huyện Hoa Lư cũ (trước khi lập Thành phố Hoa Lư, mã 374). Tổng quỹ khuyến học toàn huyện năm 2018.',
  335: 'Câu trích bị cắt trong bản lưu.',
  336: 'Tiêu đề phụ bị cắt trong bản lưu.',
  337: 'Tiêu đề phụ bị cắt trong bản lưu ("được công nhận dan…"); bản ghi gốc hiểu là danh hiệu huyện học tập.',
  340: 'Cùng câu: 50% người trong độ tuổi lao động được trang bị năng lực thông tin.',
  341: 'Gộp năng lực thông tin và kỹ năng sống.',
  342: 'Trong đó 12% dân số có trình độ đại học trở lên.',
  343: 'Trong đó 15% dân số có trình độ đại học trở lên.',
  347: 'Chương trình của ngành văn hóa (Bộ VHTTDL) về học tập suốt đời qua thư viện, bảo tàng, triển khai Đề án theo QĐ 1373/QĐ-TTg; không có trong danh mục nguồn nên để trống cột plan. Cùng câu: 70% bảo tàng xây dựng và triển khai chương trình giáo dục.',
  ...each(rows(348, 352), N_HANOI_PLAN),
  353: `${N_HANOI_PLAN} Cùng câu: thành phố được công nhận danh hiệu "Thành phố học tập".`,
  354: 'Nguồn không ghi năm (trang tiếng Anh không hiện ngày); chiếm khoảng 13,2% dân số.',
  355: 'Nguồn không ghi năm (trang tiếng Anh không hiện ngày); tổng quỹ khuyến học, khuyến tài ở các địa phương trong 6 năm qua.',
  356: 'Năm suy ra từ ngữ cảnh bài báo: kỷ niệm 20 năm thành lập Hội Khuyến học tỉnh (thành lập năm 2001). 11 hội cấp huyện, thành phố và 200 hội cấp xã; chiếm 27% dân số.',
  357: 'Năm suy ra từ ngữ cảnh bài báo: kỷ niệm 20 năm thành lập Hội Khuyến học tỉnh (thành lập năm 2001).',
  358: `${N_TAYNINH} 616.225 hội viên/1.167.400 người, đạt 52,8%; tăng 4.473 hội viên so với cùng kỳ.`,
  359: `${N_TAYNINH} Như bản in.`,
  360: `${N_TAYNINH} Cùng câu: 7.822 ban khuyến học; 100% xã, phường, thị trấn có hội khuyến học (còn "thị trấn" nên là địa giới trước sắp xếp).`,
  361: 'Danh hiệu cũ "gia đình hiếu học"; chiếm 84,35%.',
  362: 'Danh hiệu cũ "gia đình hiếu học"; nguồn không nêu mẫu số (hiểu là tổng số hộ).',
  363: 'Nhiệm kỳ 2010–2015; cấp phát 62.568 suất học bổng và 351.192 phần quà.',
  364: 'Số xã, phường, thị trấn xây dựng Trung tâm Văn hóa - Thể thao và Học tập cộng đồng (mô hình kết hợp).',
  365: 'Phát triển hơn 1.800 hội viên trong năm 2018.',
  369: '129/140 xã, phường, thị trấn được công nhận Cộng đồng học tập cấp xã (92%).',
  370: '129/140 xã, phường, thị trấn.',
  371: `${N_TAYBAC} 1.334 hội cấp xã, 18.379 chi hội, 8.292 ban khuyến học; chiếm 33% dân số.`,
  372: N_TAYBAC,
  373: `${N_TAYBAC} Số đăng ký (chưa phải công nhận); cùng câu: 6.835 dòng họ, 9.182 cộng đồng, 5.236 đơn vị đăng ký.`,
  374: `${N_TAYBAC} Tương đương 5,7 triệu USD.`,
  375: `${N_TAYBAC} Bình quân quỹ khuyến học trên đầu người.`,
  376: 'Nguồn không ghi năm (trang chỉ ghi ngày 25/7); trong 1.868 chi hội; 9 hội cấp huyện, 152 hội cấp xã.',
  377: 'Nguồn không ghi năm (trang chỉ ghi ngày 25/7); quỹ khuyến học của tỉnh.',
  378: 'Tháng 6/2023; chiếm 38% tổng dân số; tăng hơn 23.000 hội viên so với cuối năm 2022.',
  379: 'Tháng 6/2023.',
  380: 'Tháng 6/2023; trong đó Hội Khuyến học tỉnh quản lý 2 quỹ với số dư hơn 3 tỷ đồng.',
  381: 'Danh hiệu "gia đình hiếu học" (bản dịch "Studious families"), chiếm 84%. Số "119,127 Studious kins (94%)" trong cùng bài không được ghi vì nghĩa không rõ (notes.md §7).',
  382: 'Bản dịch ghi "Studious communities" (thôn, tổ dân phố), chiếm 83%; bản ghi gốc xếp vào chuỗi learning_*.',
  383: 'Cơ quan, trường học được công nhận đơn vị học tập.',
  384: '33 hội khuyến học xã, thị trấn; 315 chi hội thôn, cơ quan, trường học; 502 ban khuyến học dòng họ; năm 2014 theo bản ghi gốc.',
  385: 'Tổng kết giai đoạn 2011–2016; danh hiệu cũ "gia đình hiếu học".',
  386: 'Tổng kết giai đoạn 2011–2016; danh hiệu cũ "dòng họ hiếu học".',
  387: 'Tổng kết giai đoạn 2011–2016; danh hiệu cũ "cộng đồng khuyến học".',
  388: 'Trong 5 năm (2011–2016); số tiền trên 1.943 triệu đồng.',
  389: 'Đại hội thi đua giai đoạn 2006–2010; danh hiệu cũ "gia đình hiếu học"; cùng câu: 336 tổ nhân dân, cơ quan có tổ chức khuyến học, 13 dòng họ khuyến học.',
  390: 'Quỹ khuyến học của tỉnh.',
  391: 'Nguồn không ghi năm; 16 chi hội khuyến học cơ sở. Xã Quang Kim, huyện Bát Xát (cũ), tỉnh Lào Cai.',
  392: 'Năm 2024 theo bản ghi gốc. 29 cơ quan và 38 cơ sở giáo dục; 6 đơn vị mức 2, 61 đơn vị mức 1; công nhận có hiệu lực 3 năm.',
  393: 'Bài ngày 30/9/2011.',
  394: 'Đơn vị học tập cấp xã, cấp huyện, cấp tỉnh và cơ quan trung ương.',
  ...each(rows(395, 399), N_DONGTHAP),
  400: `${N_DONGTHAP} Số vận động 6 tháng đầu năm 2025.`,
  401: N_DONGNAI,
  402: `${N_DONGNAI} Hơn 22% tổng dân số tỉnh.`,
  403: 'Số hội viên tăng thêm trong giai đoạn 2021–2025; bài không ghi ngày.',
  404: '220.938 hội viên trên 1.103.928 dân, tháng 12/2023; tăng 4,01% so với năm 2022.',
  405: 'Bình quân số tiền do hội quận, phường vận động trên mỗi người dân; vượt chỉ tiêu 643 đồng/người.',
  406: 'Do các hội khuyến học quận, phường vận động trong năm 2023.',
  407: 'Từ năm 2018 đến 6 tháng đầu năm 2023; tổng trị giá hơn 185 tỷ đồng.',
  408: `Nhiệm kỳ 2019–2024 (bài ngày 25/12/2024); 238 hội khuyến học, 2.490 chi hội. ${N_GIALAI}`,
  409: 'TTHTCĐ do các cấp Hội xây dựng.',
  410: 'Giai đoạn 2019–2024, gồm tiền và hiện vật (quần áo, xe đạp, sách…).',
  411: 'Trang lsu.vn tóm tắt QĐ 387/QĐ-TTg.',
  412: `${N_BRVT_KH49} Câu trích nêu 40% trước, lộ trình 60% đến năm 2030.`,
};

// ---------------------------------------------------------------------------------------------
// Regions (data/admin/regions.csv)
// ---------------------------------------------------------------------------------------------

export const REGIONS: Region[] = [
  {
    code: 'cum-4-bac-trung-bo',
    name: 'Cụm thi đua khuyến học số 4 các tỉnh Bắc Trung bộ',
    member_former_provinces: '38 40 42 44 45',
    source: 'baothanhhoa-271646',
    note: 'Bài ngày 13/12/2025 (sau sắp xếp) nêu lãnh đạo Hội Khuyến học các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Trị dự hội nghị cụm. Tỉnh Quảng Trị từ 01/7/2025 gồm tỉnh Quảng Bình (44) và Quảng Trị (45) cũ nên ghi cả hai mã. Thành phần cụm trước 01/7/2025 không được bài nêu.',
  },
  {
    code: 'cum-8-dbscl',
    name: 'Cụm thi đua số 8 các tỉnh, thành phố Đồng bằng sông Cửu Long',
    member_former_provinces: '',
    source: 'nhandan-610885',
    note: 'Nguồn (Nhân Dân, 31/7/2020) chỉ nói cụm gồm 12 tỉnh, thành phố, không liệt kê thành viên; vùng ĐBSCL có 13 tỉnh, thành phố (cũ) nên không suy ra danh sách.',
  },
  {
    code: 'cum-tay-bac',
    name: 'Cụm thi đua Tây Bắc',
    member_former_provinces: '02 08 10 11 12 14 15 17 25',
    source: 'baosonla-en-6jvpwh4ng',
    note: 'Chín tỉnh (cũ) theo bài nguồn (Báo Sơn La tiếng Anh, số liệu 2024): Hòa Bình, Phú Thọ, Yên Bái, Lào Cai, Tuyên Quang, Hà Giang, Lai Châu, Điện Biên, Sơn La.',
  },
];

// ---------------------------------------------------------------------------------------------
// Indicator catalogue (data/indicators/indicators.csv)
// ---------------------------------------------------------------------------------------------

const LB_MODELS = 'qd-281-2014 qd-448-2015-khvn qd-387-2022 qd-1315-2023';
const LB_UNITS = 'qd-281-2014 qd-448-2015-khvn tt-22-2020 qd-387-2022 qd-1315-2023';
const LB_CITIZENS = 'qd-677-2022 qd-324-khvn qd-1315-2023';
const STUDIOUS = 'Chuỗi "hiếu học" trước năm 2016 (Gia đình hiếu học, Dòng họ hiếu học, Cộng đồng khuyến học), khác tiêu chí với chuỗi "học tập" theo QĐ 448/QĐ-KHVN; không nối hai chuỗi.';

function ind(
  id: string,
  name_vi: string,
  name_en: string,
  unit: Indicator['unit'],
  denominator: string,
  group: Indicator['group'],
  definition: string,
  legal_basis = '',
  note = '',
): Indicator {
  const main = MAIN_INDICATORS.includes(id);
  return { id, name_vi, name_en, unit, denominator, higher_is_better: true, group, main, definition, legal_basis, note };
}

export const MAIN_INDICATORS = [
  'learning_families_pct',
  'learning_clans_pct',
  'learning_communities_pct',
  'learning_units_pct',
  'learning_citizens_pct',
  'members_pct_population',
  'fund_per_capita_vnd',
  'community_learning_centres_coverage_pct',
];

export const INDICATORS: Indicator[] = [
  // Learning models (recognised titles) ------------------------------------------------------
  ind('learning_families_pct', 'Tỷ lệ gia đình được công nhận Gia đình học tập', 'Share of families recognised as learning families', 'percent', 'tổng số hộ gia đình', 'models', 'Số gia đình được công nhận danh hiệu Gia đình học tập chia cho tổng số hộ gia đình của địa bàn.', LB_MODELS),
  ind('learning_families_count', 'Số gia đình được công nhận Gia đình học tập', 'Families recognised as learning families', 'count', '', 'models', 'Số gia đình (hộ) được công nhận danh hiệu Gia đình học tập.', LB_MODELS),
  ind('learning_families_registered_count', 'Số gia đình đăng ký xây dựng Gia đình học tập', 'Families registered to become learning families', 'count', '', 'models', 'Số gia đình (hộ) đăng ký xây dựng danh hiệu Gia đình học tập. Đăng ký không phải công nhận.', LB_MODELS, 'Không cộng hay nối chuỗi với số được công nhận.'),
  ind('learning_families_pct_disadvantaged', 'Tỷ lệ gia đình được công nhận Gia đình học tập ở vùng núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn', 'Share of families recognised as learning families in mountainous, remote and most disadvantaged areas', 'percent', 'tổng số hộ gia đình ở vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn', 'models', 'Như learning_families_pct nhưng chỉ tính trên địa bàn vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn (mục tiêu riêng của QĐ 281/QĐ-TTg).', 'qd-281-2014', 'Tập hợp khác với cả nước; không so sánh trực tiếp với learning_families_pct.'),
  ind('learning_clans_pct', 'Tỷ lệ dòng họ được công nhận Dòng họ học tập', 'Share of clans recognised as learning clans', 'percent', 'tổng số dòng họ (chi tộc)', 'models', 'Số dòng họ được công nhận danh hiệu Dòng họ học tập chia cho tổng số dòng họ của địa bàn.', LB_MODELS, 'Một số nguồn tính theo chi họ, chi tộc thay cho cả dòng họ (xem ghi chú từng dòng).'),
  ind('learning_clans_count', 'Số dòng họ được công nhận Dòng họ học tập', 'Clans recognised as learning clans', 'count', '', 'models', 'Số dòng họ (hoặc chi họ, chi tộc) được công nhận danh hiệu Dòng họ học tập.', LB_MODELS, 'Có nguồn đếm theo lượt công nhận (xem ghi chú từng dòng).'),
  ind('learning_clans_pct_disadvantaged', 'Tỷ lệ dòng họ được công nhận Dòng họ học tập ở vùng núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn', 'Share of clans recognised as learning clans in mountainous, remote and most disadvantaged areas', 'percent', 'tổng số dòng họ ở vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn', 'models', 'Như learning_clans_pct nhưng chỉ tính trên địa bàn vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn (mục tiêu riêng của QĐ 281/QĐ-TTg).', 'qd-281-2014', 'Tập hợp khác với cả nước; không so sánh trực tiếp với learning_clans_pct.'),
  ind('learning_communities_pct', 'Tỷ lệ thôn, bản, tổ dân phố được công nhận Cộng đồng học tập', 'Share of villages and residential groups recognised as learning communities', 'percent', 'tổng số thôn, bản, tổ dân phố (và tương đương)', 'models', 'Số cộng đồng cấp thôn (thôn, làng, ấp, bản, tổ dân phố, khu phố và tương đương) được công nhận danh hiệu Cộng đồng học tập chia cho tổng số cộng đồng đó.', LB_MODELS, 'Cộng đồng học tập cấp thôn; cộng đồng học tập cấp xã là chỉ tiêu khác (commune_learning_communities_*).'),
  ind('learning_communities_count', 'Số thôn, bản, tổ dân phố được công nhận Cộng đồng học tập', 'Villages and residential groups recognised as learning communities', 'count', '', 'models', 'Số cộng đồng cấp thôn (thôn, ấp, bản, tổ dân phố, khu phố) được công nhận danh hiệu Cộng đồng học tập.', LB_MODELS),
  ind('learning_communities_registered_count', 'Số thôn, ấp, khu vực đăng ký xây dựng Cộng đồng học tập', 'Villages and residential areas registered to become learning communities', 'count', '', 'models', 'Số cộng đồng cấp thôn đăng ký danh hiệu Cộng đồng học tập. Đăng ký không phải công nhận.', LB_MODELS),
  ind('learning_communities_pct_disadvantaged', 'Tỷ lệ thôn, bản được công nhận Cộng đồng học tập ở vùng núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn', 'Share of villages recognised as learning communities in mountainous, remote and most disadvantaged areas', 'percent', 'tổng số thôn, bản, tổ dân phố ở vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn', 'models', 'Như learning_communities_pct nhưng chỉ tính trên địa bàn vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn (mục tiêu riêng của QĐ 281/QĐ-TTg).', 'qd-281-2014', 'Tập hợp khác với cả nước; không so sánh trực tiếp với learning_communities_pct.'),
  ind('learning_communities_communes_count', 'Số xã, thị trấn được công nhận Cộng đồng học tập', 'Communes recognised as learning communities', 'count', '', 'models', 'Số xã, phường, thị trấn được công nhận Cộng đồng học tập (cấp xã), theo cách gọi của nguồn.', 'tt-44-2014', 'Gần nghĩa với commune_learning_communities_count; giữ mã như bản ghi gốc.'),
  ind('learning_clans_and_communities_count', 'Số dòng họ học tập và cộng đồng học tập (gộp)', 'Learning clans and learning communities, combined', 'count', '', 'models', 'Tổng gộp số dòng họ và cộng đồng được công nhận danh hiệu học tập, khi nguồn chỉ in một con số chung cho hai loại.', LB_MODELS, 'Không tách được; không cộng vào learning_clans_count hay learning_communities_count.'),
  ind('commune_learning_communities_count', 'Số xã, phường, thị trấn được công nhận Cộng đồng học tập cấp xã', 'Communes recognised as commune-level learning communities', 'count', '', 'models', 'Số đơn vị cấp xã được đánh giá, công nhận Cộng đồng học tập cấp xã (Thông tư 44/2014/TT-BGDĐT).', 'tt-44-2014'),
  ind('commune_learning_communities_pct', 'Tỷ lệ xã, phường, thị trấn được công nhận Cộng đồng học tập cấp xã', 'Share of communes recognised as commune-level learning communities', 'percent', 'tổng số xã, phường, thị trấn', 'models', 'Số đơn vị cấp xã được công nhận Cộng đồng học tập cấp xã chia cho tổng số đơn vị cấp xã.', 'tt-44-2014'),
  ind('commune_learning_communities_rated_good_count', 'Số Cộng đồng học tập cấp xã xếp loại tốt', 'Commune-level learning communities rated good', 'count', '', 'models', 'Số Cộng đồng học tập cấp xã được đánh giá, xếp loại "tốt".', 'tt-44-2014'),
  ind('learning_units_pct', 'Tỷ lệ cơ quan, tổ chức, đơn vị được công nhận Đơn vị học tập', 'Share of organisations recognised as learning units', 'percent', 'tổng số cơ quan, tổ chức, trường học, doanh nghiệp trên địa bàn (thường do cấp xã quản lý)', 'models', 'Số cơ quan, tổ chức, trường học, doanh nghiệp, cơ sở sản xuất được công nhận danh hiệu Đơn vị học tập chia cho tổng số các đơn vị đó.', LB_UNITS),
  ind('learning_units_count', 'Số cơ quan, tổ chức, đơn vị được công nhận Đơn vị học tập', 'Organisations recognised as learning units', 'count', '', 'models', 'Số cơ quan, tổ chức, trường học, doanh nghiệp được công nhận danh hiệu Đơn vị học tập.', LB_UNITS),
  ind('learning_units_enterprises_pct', 'Tỷ lệ doanh nghiệp được công nhận Đơn vị học tập', 'Share of enterprises recognised as learning units', 'percent', 'tổng số doanh nghiệp', 'models', 'Số doanh nghiệp được công nhận danh hiệu Đơn vị học tập chia cho tổng số doanh nghiệp.', LB_UNITS),
  ind('provincial_learning_units_recognised_count', 'Số Đơn vị học tập cấp tỉnh được công nhận', 'Units recognised as provincial-level learning units', 'count', '', 'models', 'Số cơ quan, cơ sở giáo dục được công nhận Đơn vị học tập cấp tỉnh (các mức 1, 2) theo Thông tư 24/2023/TT-BGDĐT.', 'tt-24-2023 qd-324-khvn'),
  ind('learning_citizens_pct', 'Tỷ lệ công dân đạt danh hiệu Công dân học tập', 'Share of citizens recognised as learning citizens', 'percent', 'số công dân (dân số thuộc diện đánh giá)', 'models', 'Số người đạt danh hiệu Công dân học tập chia cho số công dân thuộc diện đánh giá.', `qd-1373-2021 ${LB_CITIZENS}`, 'Mẫu số khác nhau giữa các nguồn (công dân, dân số thuộc diện đánh giá…); xem ghi chú từng dòng.'),
  ind('learning_citizens_count', 'Số người đạt danh hiệu Công dân học tập', 'People recognised as learning citizens', 'count', '', 'models', 'Số người được công nhận danh hiệu Công dân học tập.', LB_CITIZENS),
  ind('learning_citizens_pct_of_registered', 'Tỷ lệ công dân đăng ký được công nhận Công dân học tập', 'Share of registered citizens recognised as learning citizens', 'percent', 'số công dân đã đăng ký xây dựng Công dân học tập', 'models', 'Số người đạt danh hiệu Công dân học tập chia cho số người đã đăng ký (không phải toàn bộ dân số).', LB_CITIZENS),
  ind('learning_citizens_workers_pct', 'Tỷ lệ người lao động trong gia đình, dòng họ, cộng đồng học tập đạt Công dân học tập', 'Share of workers in learning families, clans and communities recognised as learning citizens', 'percent', 'số người lao động trong các gia đình, dòng họ, cộng đồng học tập', 'models', 'Số người lao động thuộc các Gia đình học tập, Dòng họ học tập, Cộng đồng học tập đạt danh hiệu Công dân học tập chia cho tổng số người lao động trong các mô hình đó.', `qd-387-2022 ${LB_CITIZENS}`),
  ind('learning_citizens_adults_pct', 'Tỷ lệ người lớn trong gia đình, dòng họ, cộng đồng học tập đạt Công dân học tập', 'Share of adults in learning families, clans and communities recognised as learning citizens', 'percent', 'số người lớn trong các gia đình, dòng họ, cộng đồng học tập', 'models', 'Số người lớn thuộc các Gia đình học tập, Dòng họ học tập, Cộng đồng học tập (thôn, bản, tổ dân phố) đạt danh hiệu Công dân học tập chia cho tổng số người lớn trong các mô hình đó (QĐ 677/QĐ-TTg).', LB_CITIZENS),
  ind('learning_citizens_staff_pct', 'Tỷ lệ cán bộ, công chức, viên chức, người lao động trong đơn vị học tập đạt Công dân học tập', 'Share of staff in learning units recognised as learning citizens', 'percent', 'số cán bộ, công chức, viên chức, người lao động trong các đơn vị học tập', 'models', 'Số cán bộ, công chức, viên chức, nhân viên, người lao động trong các Đơn vị học tập đạt danh hiệu Công dân học tập chia cho tổng số người đó. QĐ 387 tính đơn vị cấp xã; QĐ 677 tính từ cấp xã đến trung ương.', `qd-387-2022 ${LB_CITIZENS}`, 'Phạm vi đơn vị khác nhau giữa QĐ 387 và QĐ 677; xem ghi chú từng dòng.'),
  ind('learning_citizens_working_age_pct', 'Tỷ lệ người trong độ tuổi lao động đạt Công dân học tập', 'Share of working-age people recognised as learning citizens', 'percent', 'số người trong độ tuổi lao động', 'models', 'Số người trong độ tuổi lao động đạt danh hiệu Công dân học tập chia cho tổng số người trong độ tuổi lao động (chỉ tiêu nhiệm kỳ 2021–2026 của Hội Khuyến học Việt Nam).', `cthd-198-2021 ${LB_CITIZENS}`),
  ind('learning_districts_pct', 'Tỷ lệ huyện được công nhận danh hiệu học tập (huyện học tập)', 'Share of districts recognised as learning districts', 'percent', 'tổng số huyện, quận, thị xã, thành phố thuộc tỉnh', 'models', 'Số đơn vị cấp huyện được công nhận danh hiệu huyện học tập (cộng đồng học tập cấp huyện) chia cho tổng số đơn vị cấp huyện.', 'qd-1373-2021 qd-1315-2023'),
  // Studious (pre-2016) series ----------------------------------------------------------------
  ind('studious_families_count', 'Số gia đình được công nhận Gia đình hiếu học', "Families recognised as 'studious families' (pre-2016 title)", 'count', '', 'models', `Số gia đình được công nhận hoặc tôn vinh danh hiệu Gia đình hiếu học. ${STUDIOUS}`, '', 'Chuỗi khác với learning_families_count.'),
  ind('studious_families_pct', 'Tỷ lệ hộ gia đình được công nhận Gia đình hiếu học', "Share of households recognised as 'studious families' (pre-2016 title)", 'percent', 'tổng số hộ gia đình', 'models', `Số hộ đạt danh hiệu Gia đình hiếu học chia cho tổng số hộ gia đình. ${STUDIOUS}`, '', 'Chuỗi khác với learning_families_pct.'),
  ind('studious_families_registered_pct', 'Tỷ lệ gia đình đăng ký xây dựng Gia đình hiếu học', "Share of families registered for the 'studious family' title", 'percent', 'tổng số gia đình', 'models', `Số gia đình đăng ký danh hiệu Gia đình hiếu học chia cho tổng số gia đình. Đăng ký không phải công nhận. ${STUDIOUS}`),
  ind('studious_families_pct_of_registered', 'Tỷ lệ gia đình đăng ký được công nhận Gia đình hiếu học', "Share of registered families recognised as 'studious families'", 'percent', 'số gia đình đã đăng ký xây dựng Gia đình hiếu học', 'models', `Số gia đình được công nhận Gia đình hiếu học chia cho số gia đình đã đăng ký (không phải tổng số hộ). ${STUDIOUS}`),
  ind('studious_families_honoured_cumulative', 'Số lượt gia đình hiếu học được tuyên dương (cộng dồn)', "Cumulative honours of 'studious families' (counted per honour)", 'count', '', 'models', `Tổng số lượt gia đình được tuyên dương danh hiệu gia đình hiếu học qua nhiều năm, từ cấp cơ sở đến cấp tỉnh; một gia đình có thể được tính nhiều lần. ${STUDIOUS}`),
  ind('studious_clans_count', 'Số dòng họ được công nhận Dòng họ hiếu học', "Clans recognised as 'studious clans' (pre-2016 title)", 'count', '', 'models', `Số dòng họ đạt danh hiệu Dòng họ hiếu học (hoặc dòng họ khuyến học). ${STUDIOUS}`, '', 'Chuỗi khác với learning_clans_count.'),
  ind('studious_clans_pct', 'Tỷ lệ dòng họ được công nhận Dòng họ hiếu học', "Share of clans recognised as 'studious clans' (pre-2016 title)", 'percent', 'tổng số dòng họ', 'models', `Số dòng họ được công nhận Dòng họ hiếu học chia cho tổng số dòng họ. ${STUDIOUS}`, '', 'Chuỗi khác với learning_clans_pct.'),
  ind('studious_communities_count', 'Số cộng đồng được công nhận Cộng đồng khuyến học', "Communities recognised as 'learning-promotion communities' (pre-2016 title)", 'count', '', 'models', `Số thôn, tổ dân phố, cộng đồng đạt danh hiệu Cộng đồng khuyến học. ${STUDIOUS}`, '', 'Chuỗi khác với learning_communities_count.'),
  // Association --------------------------------------------------------------------------------
  ind('members_count', 'Số hội viên Hội Khuyến học', 'Members of the Association for Promoting Education', 'count', '', 'association', 'Tổng số hội viên Hội Khuyến học trên địa bàn.'),
  ind('members_pct_population', 'Tỷ lệ hội viên Hội Khuyến học so với dân số', 'Association members as a share of the population', 'percent', 'dân số', 'association', 'Số hội viên Hội Khuyến học chia cho dân số của địa bàn (tỷ lệ hội viên/dân số).', 'cthd-198-2021'),
  ind('members_growth_period', 'Số hội viên Hội Khuyến học tăng thêm trong giai đoạn', 'Increase in association members over a period', 'count', '', 'association', 'Số hội viên tăng thêm trong một giai đoạn nhiều năm (giai đoạn ghi ở từng dòng).'),
  ind('association_branches_count', 'Số chi hội khuyến học', 'Association branches (chi hội)', 'count', '', 'association', 'Số chi hội khuyến học (có nguồn gộp cả ban khuyến học, xem ghi chú từng dòng).'),
  ind('association_branches_per_village', 'Số chi hội khuyến học bình quân mỗi thôn, bản, tổ dân phố', 'Association branches per village or residential group', 'ratio', '', 'association', 'Số chi hội khuyến học chia cho số thôn, bản, tổ dân phố (tỷ số, không phải phần trăm).'),
  ind('association_grassroots_orgs_count', 'Số tổ chức hội khuyến học cơ sở', 'Grassroots association organisations', 'count', '', 'association', 'Số tổ chức hội khuyến học cơ sở.'),
  ind('khuyenhoc_boards_count', 'Số ban khuyến học', 'Learning-promotion boards (ban khuyến học)', 'count', '', 'association', 'Số ban khuyến học đang hoạt động ở cơ quan, công sở, trường học, doanh nghiệp, dòng họ.'),
  ind('commune_associations_count', 'Số hội khuyến học cấp xã', 'Commune-level associations', 'count', '', 'association', 'Số hội khuyến học xã, phường, thị trấn (đặc khu).'),
  ind('commune_associations_established_count', 'Số hội khuyến học cấp xã đã thành lập (sau sắp xếp 2025)', 'Commune-level associations established after the 2025 reorganisation', 'count', '', 'association', 'Số hội khuyến học cấp xã đã thành lập hoặc kiện toàn trên địa bàn các xã, phường mới sau ngày 01/7/2025.'),
  ind('provinces_with_commune_associations_consolidated', 'Số tỉnh, thành phố đã kiện toàn hội khuyến học cấp xã (sau sắp xếp 2025)', 'Provinces that have consolidated commune-level associations after the 2025 reorganisation', 'count', '', 'association', 'Số tỉnh, thành phố (34 đơn vị từ 01/7/2025) đã kiện toàn hội khuyến học xã, phường.'),
  ind('commune_clc_coverage_count', 'Số xã, phường đã kiện toàn Ban Chỉ đạo xây dựng xã hội học tập cấp cơ sở', 'Communes and wards with a consolidated steering committee for building a learning society', 'count', '', 'education', 'Số xã, phường đã hoàn thành kiện toàn Ban Chỉ đạo xây dựng xã hội học tập cấp cơ sở (theo câu trích của nguồn duy nhất dùng mã này).', '', 'Mã chỉ tiêu giữ nguyên như bản ghi gốc dù tên mã nói về độ phủ TTHTCĐ; nội dung thực của số liệu là việc kiện toàn ban chỉ đạo.'),
  // Fund ---------------------------------------------------------------------------------------
  ind('fund_total_vnd', 'Tổng Quỹ khuyến học (số dư)', 'Learning-promotion fund balance', 'vnd', '', 'fund', 'Tổng số tiền hiện có của các quỹ khuyến học trên địa bàn tại một thời điểm (số dư, không phải số vận động trong kỳ).', '', 'Một số nguồn dùng "huy động" cho con số này; xem ghi chú từng dòng.'),
  ind('fund_per_capita_vnd', 'Quỹ khuyến học bình quân đầu người', 'Learning-promotion fund per inhabitant', 'vnd_per_person', '', 'fund', 'Số tiền quỹ khuyến học chia cho dân số của địa bàn (đồng/người).', '', 'Có nguồn tính theo số dư quỹ trên đầu người, có nguồn tính theo số vận động trong năm trên đầu người; xem ghi chú từng dòng.'),
  ind('fund_mobilised_year_vnd', 'Số tiền vận động cho quỹ khuyến học trong năm', 'Funds mobilised for learning promotion in a year', 'vnd', '', 'fund', 'Số tiền (có nguồn gồm cả hiện vật quy đổi) vận động được cho quỹ khuyến học trong một năm.'),
  ind('fund_mobilised_halfyear_vnd', 'Số tiền vận động cho quỹ khuyến học trong 6 tháng', 'Funds mobilised for learning promotion in a half-year', 'vnd', '', 'fund', 'Số tiền (có nguồn gồm cả hiện vật) vận động được trong 6 tháng đầu năm.'),
  ind('fund_mobilised_period_vnd', 'Số tiền vận động cho quỹ khuyến học trong giai đoạn', 'Funds mobilised for learning promotion over a multi-year period', 'vnd', '', 'fund', 'Tổng số tiền vận động được cho quỹ khuyến học trong một giai đoạn nhiều năm (giai đoạn ghi ở từng dòng).'),
  ind('fund_mobilised_tet_vnd', 'Số tiền vận động dịp Tết khuyến học', "Funds mobilised during the 'Tết khuyến học' campaign", 'vnd', '', 'fund', 'Số tiền vận động được trong đợt Tết khuyến học.'),
  ind('fund_clans_vnd', 'Quỹ khuyến học của các dòng họ', 'Learning-promotion funds held by clans', 'vnd', '', 'fund', 'Tổng số tiền quỹ khuyến học của các dòng họ trên địa bàn.'),
  ind('fund_spent_period_vnd', 'Số tiền quỹ khuyến học đã chi trong giai đoạn', 'Learning-promotion funds spent over a period', 'vnd', '', 'fund', 'Tổng số tiền đã chi cho các hoạt động khuyến học, khuyến tài trong một giai đoạn.'),
  ind('fund_growth_pct', 'Mức tăng quỹ khuyến học', 'Growth of learning-promotion funds', 'percent_change', '', 'fund', 'Phần trăm tăng của nguồn quỹ khuyến học so với kỳ trước (có thể trên 100 hoặc âm).'),
  ind('awards_scholarships_vnd', 'Số tiền khen thưởng, học bổng', 'Awards and scholarships paid', 'vnd', '', 'fund', 'Tổng số tiền các cấp hội khuyến học đã khen thưởng, trao học bổng trong kỳ.'),
  ind('scholarships_count', 'Số suất học bổng, khen thưởng', 'Scholarships and awards granted', 'count', '', 'fund', 'Số suất học bổng (có nguồn gồm cả suất khen thưởng) đã trao trong kỳ.'),
  // Community learning centres -----------------------------------------------------------------
  ind('community_learning_centres_count', 'Số trung tâm học tập cộng đồng (TTHTCĐ)', 'Community learning centres', 'count', '', 'centres', 'Số trung tâm học tập cộng đồng (TTHTCĐ); có nguồn đếm số xã có TTHTCĐ (xem ghi chú từng dòng).'),
  ind('community_learning_centres_coverage_pct', 'Tỷ lệ xã, phường, thị trấn có trung tâm học tập cộng đồng', 'Share of communes with a community learning centre', 'percent', 'tổng số xã, phường, thị trấn', 'centres', 'Số đơn vị cấp xã có trung tâm học tập cộng đồng (TTHTCĐ) chia cho tổng số đơn vị cấp xã.'),
  ind('cclc_attendances_year', 'Số lượt người học tại TTHTCĐ trong năm', 'Attendances at community learning centres in a year', 'count', '', 'centres', 'Số lượt người tham gia học tập tại trung tâm học tập cộng đồng trong một năm (một người có thể được tính nhiều lần).'),
  ind('cclc_attendances_period', 'Số lượt người học tại TTHTCĐ và trung tâm GDTX trong giai đoạn', 'Attendances at community learning and continuing-education centres over a period', 'count', '', 'centres', 'Tổng số lượt người tham gia các lớp học tại trung tâm GDTX cấp huyện và TTHTCĐ cấp xã trong một giai đoạn.'),
  ind('cclc_learners_count', 'Số người tham gia học tại TTHTCĐ', 'People attending community learning centre classes', 'count', '', 'centres', 'Số người tham gia các lớp chuyên đề, kỹ năng, cập nhật kiến thức tại TTHTCĐ trong kỳ.'),
  ind('cclc_sustainable_pct', 'Tỷ lệ TTHTCĐ hoạt động bền vững', 'Share of community learning centres operating sustainably', 'percent', 'tổng số trung tâm học tập cộng đồng', 'centres', 'Số TTHTCĐ được đánh giá hoạt động bền vững chia cho tổng số TTHTCĐ.'),
  ind('cclc_combined_with_culture_house_count', 'Số TTHTCĐ kết hợp với nhà văn hóa xã', 'Community learning centres combined with the commune culture house', 'count', '', 'centres', 'Số TTHTCĐ hoạt động kết hợp với nhà văn hóa xã.'),
  ind('cclc_state_funding_period_vnd', 'Kinh phí ngân sách nhà nước cho TTHTCĐ trong giai đoạn', 'State budget for community learning centres over a period', 'vnd', '', 'centres', 'Tổng kinh phí ngân sách nhà nước cấp cho các TTHTCĐ trong một giai đoạn.'),
  ind('cclc_using_ict_pct', 'Tỷ lệ TTHTCĐ ứng dụng công nghệ thông tin', 'Share of community learning centres using ICT', 'percent', 'tổng số trung tâm học tập cộng đồng', 'centres', 'Số TTHTCĐ ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục chia cho tổng số TTHTCĐ.', 'qd-1373-2021'),
  ind('khuyenhoc_leaders_managing_cclc_pct', 'Tỷ lệ Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học cấp xã tham gia quản lý TTHTCĐ', 'Share of commune association chairs or vice-chairs taking part in managing the community learning centre', 'percent', 'tổng số Hội Khuyến học cấp xã', 'centres', 'Số Hội Khuyến học cấp xã có Chủ tịch hoặc Phó Chủ tịch tham gia quản lý trung tâm học tập cộng đồng chia cho tổng số Hội Khuyến học cấp xã.', 'qd-387-2022'),
  ind('khuyenhoc_cadres_cclc_ict_trained_pct', 'Tỷ lệ cán bộ khuyến học cấp xã tham gia hoạt động TTHTCĐ và được bồi dưỡng về CNTT', 'Share of commune learning-promotion cadres active in community learning centres and trained in ICT', 'percent', 'tổng số cán bộ làm công tác khuyến học cấp xã', 'centres', 'Số cán bộ làm công tác khuyến học cấp xã tham gia tổ chức hoạt động của TTHTCĐ và được bồi dưỡng, tập huấn về ứng dụng công nghệ thông tin chia cho tổng số cán bộ đó.', 'qd-387-2022'),
  ind('continuing_education_facilities_count', 'Số cơ sở giáo dục thường xuyên', 'Continuing-education facilities', 'count', '', 'education', 'Tổng số cơ sở giáo dục thường xuyên (trung tâm GDTX cấp tỉnh, cấp huyện, TTHTCĐ, trung tâm ngoại ngữ - tin học, trung tâm kỹ năng sống).'),
  // Education / literacy -----------------------------------------------------------------------
  ind('literacy_rate_15_60_pct', 'Tỷ lệ người 15–60 tuổi biết chữ', 'Literacy rate, ages 15–60', 'percent', 'dân số 15–60 tuổi', 'education', 'Số người trong độ tuổi 15–60 biết chữ chia cho dân số trong độ tuổi đó.', 'qd-89-2013'),
  ind('literacy_rate_level1_15_60_pct', 'Tỷ lệ người 15–60 tuổi đạt chuẩn biết chữ mức độ 1', 'Literacy rate at level 1, ages 15–60', 'percent', 'dân số 15–60 tuổi', 'education', 'Số người 15–60 tuổi đạt chuẩn biết chữ mức độ 1 chia cho dân số trong độ tuổi đó.', 'qd-1373-2021'),
  ind('literacy_rate_level2_15_60_pct', 'Tỷ lệ người 15–60 tuổi đạt chuẩn biết chữ mức độ 2', 'Literacy rate at level 2, ages 15–60', 'percent', 'dân số 15–60 tuổi', 'education', 'Số người 15–60 tuổi đạt chuẩn biết chữ mức độ 2 chia cho dân số trong độ tuổi đó.', 'qd-1373-2021'),
  ind('provinces_literacy_level2_pct', 'Tỷ lệ tỉnh, thành phố đạt chuẩn xóa mù chữ mức độ 2', 'Share of provinces meeting the level-2 literacy standard', 'percent', 'tổng số tỉnh, thành phố trực thuộc trung ương', 'education', 'Số tỉnh, thành phố trực thuộc trung ương đạt chuẩn xóa mù chữ mức độ 2 chia cho tổng số tỉnh, thành phố.', 'qd-1373-2021'),
  ind('literacy_class_learners_count', 'Số người được huy động ra lớp xóa mù chữ', 'People mobilised to literacy classes', 'count', '', 'education', 'Số học viên được huy động tham gia lớp xóa mù chữ (có nguồn gồm cả lớp sau biết chữ) trong năm học.'),
  ind('people_made_literate_period', 'Số người được xóa mù chữ trong giai đoạn', 'People made literate over a period', 'count', '', 'education', 'Số người trong độ tuổi 15–60 được xóa mù chữ trong một giai đoạn.', 'qd-89-2013'),
  ind('adult_nonformal_learners_per_year', 'Số lượt người lớn học tại cơ sở giáo dục không chính quy mỗi năm', 'Adult learners in non-formal education per year (attendances)', 'count', '', 'education', 'Số lượt người lớn học tại các cơ sở giáo dục không chính quy mỗi năm (bình quân, tính theo lượt).'),
  ind('pop15_trained_pct', 'Tỷ lệ dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật', 'Share of the population aged 15+ with technical or professional training', 'percent', 'dân số từ 15 tuổi trở lên', 'education', 'Số người từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật chia cho dân số từ 15 tuổi trở lên.', 'qd-1373-2021'),
  ind('working_age_life_skills_pct', 'Tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống', 'Share of working-age people equipped with life skills', 'percent', 'số người trong độ tuổi lao động', 'education', 'Số người trong độ tuổi lao động được trang bị kỹ năng sống (có nguồn gộp cả năng lực thông tin) chia cho tổng số người trong độ tuổi lao động.', 'qd-1373-2021'),
  ind('public_libraries_lifelong_services_pct', 'Tỷ lệ thư viện công cộng cấp huyện có dịch vụ học tập suốt đời', 'Share of district public libraries offering lifelong-learning services', 'percent', 'tổng số thư viện công cộng cấp huyện', 'education', 'Số thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ học tập suốt đời chia cho tổng số thư viện công cộng cấp huyện.'),
  ind('unesco_gnlc_members_count', 'Số thành phố của Việt Nam trong Mạng lưới thành phố học tập toàn cầu UNESCO', 'Vietnamese cities in the UNESCO Global Network of Learning Cities', 'count', '', 'education', 'Số thành phố của Việt Nam là thành viên Mạng lưới thành phố học tập toàn cầu (GNLC) của UNESCO.'),
  // Digital ------------------------------------------------------------------------------------
  ind('learning_citizens_digital_skills_pct', 'Tỷ lệ Công dân học tập có kỹ năng số', 'Share of learning citizens with digital skills', 'percent', 'số người đạt danh hiệu Công dân học tập', 'digital', 'Số người đạt danh hiệu Công dân học tập có kỹ năng số đáp ứng yêu cầu công việc (Chương trình chuyển đổi số quốc gia) chia cho tổng số người đạt danh hiệu.', 'qd-677-2022'),
  ind('universities_digital_pct', 'Tỷ lệ trường đại học triển khai đại học số', 'Share of universities implementing a digital university', 'percent', 'tổng số trường đại học', 'digital', 'Số trường đại học triển khai đại học số và xây dựng học liệu số chia cho tổng số trường đại học.', 'qd-1373-2021'),
];
