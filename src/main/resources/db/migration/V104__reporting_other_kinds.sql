-- The other report kinds, as data like the periodic review (V100): the emulation summary of a movement, the
-- "Dân vận khéo" stage summary, the citizen-reception and dialogue report of Quy định 11-QĐi/TW, and the flash
-- report on one event. Each has its sections, the indicator codes each carries, and which collects the
-- units' recommendations.
alter table reporting_kind add column sort_order integer not null default 100;
update reporting_kind set sort_order = 1 where code = 'PERIODIC';

insert into reporting_kind (code, name, title_prefix, legal_basis, effective_from, sort_order) values
('EMULATION', 'Báo cáo sơ kết, tổng kết phong trào thi đua',
 'Báo cáo sơ kết, tổng kết phong trào thi đua',
 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (mẫu báo cáo thành tích, tổng kết phong trào)', date '2024-01-01', 2),
('EXEMPLAR_STAGE', 'Báo cáo sơ kết, tổng kết phong trào thi đua "Dân vận khéo"',
 'Báo cáo sơ kết, tổng kết phong trào thi đua "Dân vận khéo"',
 'Hướng dẫn của Ban Dân vận Trung ương về phong trào thi đua "Dân vận khéo" theo giai đoạn', date '2015-01-01', 3),
('RECEPTION', 'Báo cáo công tác tiếp công dân, đối thoại trực tiếp với Nhân dân của người đứng đầu cấp ủy',
 'Báo cáo kết quả tiếp công dân, đối thoại trực tiếp với Nhân dân',
 'Quy định 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị (báo cáo quý I, 6 tháng, 9 tháng, năm; hằng tháng từ cuối năm 2025)', date '2019-02-18', 4),
('FLASH', 'Báo cáo nhanh một sự việc, sự kiện',
 'Báo cáo nhanh',
 'Quy chế thông tin, báo cáo công tác dân vận của cấp ủy', date '2015-01-01', 5);

insert into reporting_template_section (kind_code, sort_order, heading, guidance, figure_codes, collects_recommendations) values
('EMULATION', 1, 'I. Công tác chỉ đạo, tổ chức phong trào',
 'Việc ban hành kế hoạch, phát động, đăng ký thi đua; tuyên truyền; phân công cụm, khối thi đua.',
 'emulation.movements.organised,emulation.participants', false),
('EMULATION', 2, 'II. Kết quả thực hiện các tiêu chí thi đua',
 'Kết quả tự chấm và thẩm định theo thang điểm; đơn vị dẫn đầu, đơn vị còn hạn chế.',
 'emulation.assessments.submitted', false),
('EMULATION', 3, 'III. Công tác khen thưởng',
 'Số tập thể, cá nhân được đề nghị và được khen thưởng theo hình thức.',
 'commendation.awards.collectives,commendation.awards.individuals,commendation.awards.households,commendation.awards.amount', false),
('EMULATION', 4, 'IV. Đánh giá chung, kiến nghị, đề xuất',
 'Ưu điểm, hạn chế, nguyên nhân, bài học kinh nghiệm; kiến nghị, đề xuất.', '', true),
('EMULATION', 5, 'V. Phương hướng thời gian tới',
 'Nhiệm vụ, giải pháp tiếp tục đẩy mạnh phong trào.', '', false),

('EXEMPLAR_STAGE', 1, 'I. Công tác lãnh đạo, chỉ đạo',
 'Việc quán triệt, ban hành văn bản, đăng ký xây dựng mô hình, điển hình "Dân vận khéo" trong giai đoạn.',
 'exemplar.registered', false),
('EXEMPLAR_STAGE', 2, 'II. Kết quả xây dựng, nhân rộng mô hình, điển hình',
 'Theo lĩnh vực: kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng hệ thống chính trị; kết quả huy động nguồn lực.',
 'exemplar.recognised,exemplar.recognised.models,exemplar.recognised.exemplars,exemplar.typical,exemplar.improved,exemplar.outcome.people,exemplar.outcome.money', false),
('EXEMPLAR_STAGE', 3, 'III. Biểu dương, khen thưởng',
 'Các mô hình, điển hình được biểu dương, khen thưởng trong giai đoạn.',
 'exemplar.honoured,commendation.awards.collectives,commendation.awards.individuals', false),
('EXEMPLAR_STAGE', 4, 'IV. Đánh giá chung, kiến nghị, đề xuất',
 'Ưu điểm, hạn chế, bài học kinh nghiệm; kiến nghị, đề xuất.', '', true),
('EXEMPLAR_STAGE', 5, 'V. Phương hướng giai đoạn tới',
 'Nhiệm vụ, giải pháp đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn tới.', '', false),

('RECEPTION', 1, 'I. Công tác lãnh đạo, chỉ đạo',
 'Việc ban hành lịch tiếp công dân định kỳ của người đứng đầu cấp ủy; kế hoạch đối thoại.', '', false),
('RECEPTION', 2, 'II. Kết quả tiếp công dân của người đứng đầu cấp ủy',
 'Số buổi tiếp theo lịch và đã tiếp; số lượt người, vụ việc; kết quả giải quyết.',
 'dialogue.reception.scheduled,dialogue.reception.held', false),
('RECEPTION', 3, 'III. Kết quả đối thoại trực tiếp với Nhân dân',
 'Số cuộc đối thoại (toàn diện, chuyên đề), số người dự; ý kiến, kiến nghị tiếp nhận, giải đáp tại chỗ, chuyển cơ quan chức năng, đã trả lời, quá hạn.',
 'dialogue.dialogues.comprehensive,dialogue.dialogues.thematic,dialogue.dialogues.attendance,dialogue.opinions.raised,dialogue.opinions.on-the-spot,dialogue.opinions.forwarded,dialogue.opinions.answered,dialogue.opinions.overdue', false),
('RECEPTION', 4, 'IV. Đánh giá, kiến nghị, đề xuất',
 'Ưu điểm, hạn chế, nguyên nhân; kiến nghị, đề xuất.', '', true),

('FLASH', 1, 'I. Diễn biến sự việc',
 'Thời gian, địa điểm, nguyên nhân ban đầu, diễn biến, số người tham gia, tình hình hiện tại.', '', false),
('FLASH', 2, 'II. Công tác nắm tình hình, vận động quần chúng đã triển khai',
 'Các biện pháp cấp ủy, chính quyền, Mặt trận, đoàn thể đã thực hiện; kết quả bước đầu.', '', false),
('FLASH', 3, 'III. Nhận xét sơ bộ',
 'Đánh giá ban đầu về tính chất, mức độ, khả năng diễn biến tiếp theo.', '', false),
('FLASH', 4, 'IV. Kiến nghị, đề xuất',
 'Kiến nghị với cấp ủy, chính quyền cấp trên các biện pháp xử lý.', '', true);
