-- Proposed nominations from other modules' events (emulation's NominationsRequested, exemplar's
-- ExemplarsHonoured): where each came from, with a link, and a key that makes a replayed event change nothing.
alter table commendation_nomination add column source_key varchar(120);
alter table commendation_nomination add column source_label varchar(300);
alter table commendation_nomination add column source_link varchar(300);
create unique index commendation_nomination_source on commendation_nomination (source_key);

-- Which award a proposal starts from, per source and kind of recipient: data the board may change.
create table commendation_proposal_award (
    source varchar(20) not null,
    recipient_kind varchar(12) not null,
    award_code varchar(40) not null,
    legal_basis varchar(500) not null,
    primary key (source, recipient_kind)
);

insert into commendation_proposal_award (source, recipient_kind, award_code, legal_basis) values
 ('EMULATION', 'COLLECTIVE', 'GK_TT', 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 75: giấy khen cho tập thể tiêu biểu trong phong trào thi đua (mức đề xuất ban đầu; Hội đồng xét có thể đổi hình thức)'),
 ('EXEMPLAR', 'COLLECTIVE', 'GK_TT', 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 75: giấy khen cho tập thể có mô hình "Dân vận khéo" được tuyên dương'),
 ('EXEMPLAR', 'INDIVIDUAL', 'GK_CN', 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 75: giấy khen cho cá nhân điển hình "Dân vận khéo" được tuyên dương');
