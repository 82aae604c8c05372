-- Reporting periods and their cut-off dates as data (issue 16): each report kind follows a period scheme.
-- CALENDAR: months and quarters of the calendar, as Party bodies usually report.
-- GOV_15_14: the government's statistical cut-off, Nghị định 09/2019/NĐ-CP Điều 12: the year's report counts
-- 15/12 of the previous year to 14/12 (research/fieldwork-reporting.md, read in a sectoral regulation that
-- applies it). The same rule gives a month 15th of the month before to the 14th, a quarter 15th of the month
-- before it to the 14th of its last month, 6 and 9 months from 15/12 to 14/6 and 14/9: the research marks those
-- shorter windows as recalled, not read in the decree's text.
create table reporting_period_scheme (
    code varchar(20) primary key,
    name varchar(200) not null,
    start_day integer not null,
    legal_basis varchar(500) not null,
    constraint ck_reporting_period_scheme_day check (start_day between 1 and 28)
);

insert into reporting_period_scheme (code, name, start_day, legal_basis) values
('CALENDAR', 'Theo tháng, quý dương lịch (ngày 01 đến cuối tháng)', 1,
 'Kỳ báo cáo theo lịch của cấp ủy, cơ quan đảng'),
('GOV_15_14', 'Chốt số liệu từ ngày 15 tháng trước đến ngày 14 (năm: 15/12 năm trước đến 14/12)', 15,
 'Nghị định số 09/2019/NĐ-CP của Chính phủ, Điều 12 (thời gian chốt số liệu báo cáo định kỳ)');

alter table reporting_kind add column period_scheme_code varchar(20) not null default 'CALENDAR';
alter table reporting_kind add constraint fk_reporting_kind_period_scheme
    foreign key (period_scheme_code) references reporting_period_scheme (code);
