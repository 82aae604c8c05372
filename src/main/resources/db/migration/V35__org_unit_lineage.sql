-- A unit's life as data: when it was set up and on what basis, and on what basis it ended (merged_on is
-- the first day it no longer exists; merged_into is its successor, when it has one).
alter table org_unit add column established_on date;
alter table org_unit add column legal_basis varchar(500);
alter table org_unit add column end_basis varchar(500);
create index org_unit_merged_into on org_unit (merged_into_id);

-- The bodies of the 2025 organisation (Quy định 298-QĐ/TW: the staff bodies of a commune Party committee).
insert into org_unit_kind (code, name, sort_order) values
    ('BAN_TUYEN_GIAO_DAN_VAN', 'Ban Tuyên giáo và Dân vận', 21),
    ('BAN_TUYEN_GIAO', 'Ban Tuyên giáo', 22),
    ('VAN_PHONG_CAP_UY', 'Văn phòng cấp ủy', 23),
    ('BAN_XAY_DUNG_DANG', 'Ban Xây dựng Đảng', 24),
    ('CO_QUAN_UBKT', 'Cơ quan Ủy ban kiểm tra', 25);
