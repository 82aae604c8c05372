-- The dashboard's charts are data: each names the indicators it draws (from the figure catalogue) and whether
-- it shows the current period (PERIOD) or the last few years side by side (YEARS).
create table reporting_dashboard_chart (
    code varchar(60) primary key,
    sort_order integer not null,
    title varchar(300) not null,
    chart_type varchar(20) not null,
    span varchar(10) not null,
    years integer not null default 1,
    figure_codes varchar(2000) not null,
    active boolean not null default true
);

insert into reporting_dashboard_chart (code, sort_order, title, chart_type, span, years, figure_codes) values
('petitions', 1, 'Ý kiến, kiến nghị của Nhân dân theo tình trạng', 'bar', 'PERIOD', 1,
 'dialogue.opinions.raised,dialogue.opinions.on-the-spot,dialogue.opinions.forwarded,dialogue.opinions.answered,dialogue.opinions.overdue'),
('targets', 2, 'Tiến độ chỉ tiêu kế hoạch', 'doughnut', 'PERIOD', 1,
 'planning.targets.met,planning.targets.on-track,planning.targets.behind'),
('movements', 3, 'Phong trào thi đua', 'bar', 'PERIOD', 1,
 'emulation.movements.organised,emulation.participants,emulation.assessments.submitted'),
('exemplars', 4, 'Mô hình, điển hình "Dân vận khéo"', 'bar', 'PERIOD', 1,
 'exemplar.registered,exemplar.recognised.models,exemplar.recognised.exemplars,exemplar.typical'),
('commendations', 5, 'Khen thưởng qua các năm', 'bar', 'YEARS', 5,
 'commendation.awards.collectives,commendation.awards.individuals'),
('recommendations', 6, 'Kiến nghị sau kiểm tra, giám sát', 'bar', 'PERIOD', 1,
 'oversight.recommendations.issued,oversight.recommendations.accepted,oversight.recommendations.overdue'),
('directives', 7, 'Quán triệt văn bản chỉ đạo', 'bar', 'PERIOD', 1,
 'oversight.directives.units-required,oversight.directives.units-done,oversight.directives.units-late');
