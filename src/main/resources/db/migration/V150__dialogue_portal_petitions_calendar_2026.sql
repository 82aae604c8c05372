-- Petitions sent through the portal's public form: a hash of the sender's address, so that the rate limit counts
-- what every node has stored (not a per-node memory).
alter table dialogue_petition add column client_key varchar(64);
create index dialogue_petition_client on dialogue_petition (client_key, created_at);

-- Whether a day of the official calendar has been checked against the Government's notice. A day entered from an
-- announcement not yet read is marked unconfirmed, and the calendar page says so.
alter table platform_calendar_day add column confirmed boolean default true not null;

-- Saturday 10/1/2026, the make-up working day for Friday 2/1/2026 (V53): the Government agreed on 25/12/2025 to move
-- the working day, and the Ministry of Home Affairs notified it the same day.
insert into platform_calendar_day (on_date, cal_year, kind, name, legal_basis) values
('2026-01-10', 2026, 'WORKING', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 2/1/2026',
 'Văn bản của Văn phòng Chính phủ ngày 25/12/2025 (Chính phủ đồng ý hoán đổi ngày làm việc thứ Sáu 2/1/2026 sang thứ Bảy 10/1/2026); Bộ Nội vụ thông báo cùng ngày');

-- The two days of Quốc khánh 2026 come from the Labour Code (2/9 and the day before or after it). The Ministry of
-- Home Affairs proposed a longer break around them; the Prime Minister's decision has not been read, so the day
-- next to 2/9 stays marked unconfirmed until the administrator checks it against the notice.
update platform_calendar_day set confirmed = false,
    legal_basis = legal_basis || '; chưa đối chiếu thông báo chính thức của Thủ tướng Chính phủ về lịch nghỉ Quốc khánh 2026 (Bộ Nội vụ đã đề xuất phương án nghỉ dài hơn)'
  where on_date = '2026-09-01';
