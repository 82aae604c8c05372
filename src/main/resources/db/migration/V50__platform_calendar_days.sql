-- The official calendar: weekdays that are days off (holidays and compensatory days) and weekend days that are
-- make-up working days. Every other Monday-to-Friday is a working day. The administrator adds a year when the
-- Government announces it.
create table platform_calendar_day (
    on_date     date primary key,
    cal_year    integer      not null,
    kind        varchar(10)  not null check (kind in ('OFF', 'WORKING')),
    name        varchar(200) not null,
    legal_basis varchar(500) not null
);

create index platform_calendar_day_cal_year on platform_calendar_day (cal_year);

insert into platform_calendar_day (on_date, cal_year, kind, name, legal_basis) values
('2020-01-01', 2020, 'OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2012, Điều 115'),
('2020-01-23', 2020, 'OFF', 'Tết Nguyên đán Canh Tý', 'Bộ luật Lao động 2012, Điều 115; lịch nghỉ Tết Canh Tý của cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý, Bộ LĐ-TB&XH thông báo)'),
('2020-01-24', 2020, 'OFF', 'Tết Nguyên đán Canh Tý', 'Bộ luật Lao động 2012, Điều 115; lịch nghỉ Tết Canh Tý của cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý, Bộ LĐ-TB&XH thông báo)'),
('2020-01-25', 2020, 'OFF', 'Tết Nguyên đán Canh Tý', 'Bộ luật Lao động 2012, Điều 115; lịch nghỉ Tết Canh Tý của cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý, Bộ LĐ-TB&XH thông báo)'),
('2020-01-26', 2020, 'OFF', 'Tết Nguyên đán Canh Tý', 'Bộ luật Lao động 2012, Điều 115; lịch nghỉ Tết Canh Tý của cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý, Bộ LĐ-TB&XH thông báo)'),
('2020-01-27', 2020, 'OFF', 'Tết Nguyên đán Canh Tý', 'Bộ luật Lao động 2012, Điều 115; lịch nghỉ Tết Canh Tý của cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý, Bộ LĐ-TB&XH thông báo)'),
('2020-01-28', 2020, 'OFF', 'Tết Nguyên đán Canh Tý', 'Bộ luật Lao động 2012, Điều 115; lịch nghỉ Tết Canh Tý của cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý, Bộ LĐ-TB&XH thông báo)'),
('2020-01-29', 2020, 'OFF', 'Tết Nguyên đán Canh Tý', 'Bộ luật Lao động 2012, Điều 115; lịch nghỉ Tết Canh Tý của cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý, Bộ LĐ-TB&XH thông báo)'),
('2020-04-02', 2020, 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2012, Điều 115'),
('2020-04-30', 2020, 'OFF', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2012, Điều 115'),
('2020-05-01', 2020, 'OFF', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2012, Điều 115'),
('2020-09-02', 2020, 'OFF', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2012, Điều 115'),
('2026-01-01', 2026, 'OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112'),
('2026-02-14', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-15', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-16', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-17', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-18', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-19', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-20', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-21', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-02-22', 2026, 'OFF', 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ của cán bộ, công chức, viên chức (Bộ Nội vụ thông báo)'),
('2026-04-27', 2026, 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)', 'Bộ luật Lao động 2019, Điều 112 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)'),
('2026-04-30', 2026, 'OFF', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112'),
('2026-05-01', 2026, 'OFF', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112'),
('2026-09-01', 2026, 'OFF', 'Quốc khánh (ngày liền kề 2/9)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ'),
('2026-09-02', 2026, 'OFF', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ');
